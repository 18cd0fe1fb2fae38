package io.grouployalty.adapters.rest.auth;

import io.grouployalty.domain.org.TillCode;
import io.vavr.control.Option;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Basic credentials of a till exactly as sent, and the address they came from. */
public record TillLogin(TillCode code, String password, String from) {

    private static final String SCHEME = "Basic";

    /**
     * The login of an {@code Authorization} header, or none when it holds no Basic credentials or names a code that no
     * till can have (API.md §6.47); nothing of what was sent is trimmed.
     */
    public static Option<TillLogin> read(String authorization, String from) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
            return Option.none();
        }
        return decoded(authorization.substring(SCHEME.length() + 1)).flatMap(userAndPassword -> {
            int colon = userAndPassword.indexOf(':');
            return colon < 0 ? Option.none() : TillCode.asSent(userAndPassword.substring(0, colon)).toOption()
                    .map(code -> new TillLogin(code, userAndPassword.substring(colon + 1), from));
        });
    }

    private static Option<String> decoded(String base64) {
        try {
            return Option.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Base64.getDecoder().decode(base64)))
                    .toString());
        } catch (IllegalArgumentException | CharacterCodingException notBasic) {
            return Option.none();
        }
    }

    @Override
    public String toString() {
        return "TillLogin[code=" + code + ", from=" + from + "]";
    }
}
