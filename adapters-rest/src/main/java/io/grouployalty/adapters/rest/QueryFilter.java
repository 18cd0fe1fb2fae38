package io.grouployalty.adapters.rest;

import io.grouployalty.adapters.rest.error.ErrorEnvelope;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Text;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The rules every query parameter obeys, as every other string of a request (API.md §6.18, §6.25): strict UTF-8 once
 * percent-decoded, no control characters (400).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public final class QueryFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query == null) {
            return;
        }
        List.of(query.split("&")).map(QueryFilter::problemOf).find(Option::isDefined).map(Option::get)
                .forEach(problem -> request.abortWith(ErrorEnvelope.respond(400, ErrorCode.INVALID_INPUT, problem).build()));
    }

    private static Option<String> problemOf(String parameter) {
        Option<String> text = decoded(parameter).flatMap(QueryFilter::utf8);
        if (text.isEmpty()) {
            return Option.of("query is not percent-encoded UTF-8");
        }
        return Text.hasControlCharacter(text.get())
                ? Option.of("query parameter " + text.get().split("=", 2)[0].strip() + " must not contain control characters")
                : Option.none();
    }

    /** The bytes as text when they are strict UTF-8. */
    private static Option<String> utf8(byte[] bytes) {
        try {
            return Option.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Option.none();
        }
    }

    /** The bytes a percent-encoded part of a query stands for, or none when an escape is broken. */
    private static Option<byte[]> decoded(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length() || !HexFormat.isHexDigit(encoded.charAt(i + 1)) || !HexFormat.isHexDigit(encoded.charAt(i + 2))) {
                    return Option.none();
                }
                bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
                i += 2;
            } else {
                int point = c == '+' ? ' ' : encoded.codePointAt(i);
                bytes.writeBytes(Character.toString(point).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(point) - 1;
            }
        }
        return Option.of(bytes.toByteArray());
    }
}
