package io.grouployalty.adapters.rest.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.grouployalty.domain.RequestDate;
import io.grouployalty.domain.Text;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.ArrayList;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Reads members of a request's JSON as the contract allows them (string or JSON booleans, aliases of names), and
 * collects every problem it meets, each with its path, instead of stopping at the first (API.md §3.3, §6.18, §6.40).
 */
public final class JsonInput {

    private final java.util.List<String> problems = new ArrayList<>();

    /** Reads a JSON object body with {@code reader}: the command, or every shape problem met on the way. */
    public static <T> Either<List<String>, T> read(JsonNode body, BiFunction<JsonInput, JsonNode, T> reader) {
        if (body == null || !body.isObject()) {
            return Either.left(List.of("body must be a JSON object"));
        }
        JsonInput in = new JsonInput();
        T command = reader.apply(in, body);
        return in.problems.isEmpty() ? Either.right(command) : Either.left(in.problems());
    }

    public List<String> problems() {
        return List.ofAll(problems);
    }

    public void problem(String path, String reason) {
        problems.add(path + " " + reason);
    }

    /** The first of {@code names} present and not null in {@code object}. */
    public Option<JsonNode> member(JsonNode object, String... names) {
        if (object == null || !object.isObject()) {
            return Option.none();
        }
        for (String name : names) {
            JsonNode value = object.get(name);
            if (value != null && !value.isNull()) {
                return Option.of(value);
            }
        }
        return Option.none();
    }

    /** True when the member is present, null included: {@code "parentCustomer": null} says something. */
    public boolean present(JsonNode object, String name) {
        return object != null && object.isObject() && object.has(name);
    }

    /**
     * A single-line text (names, codes, identifiers): numbers are read as their text, control characters refused; how long
     * it may be is for the rules of what it names (an item's error, not the request's).
     */
    public Option<String> text(JsonNode object, String path, String... names) {
        return member(object, names).flatMap(value -> {
            if (!value.isTextual() && !value.isNumber()) {
                problem(path, "must be text");
                return Option.none();
            }
            String text = value.asText();
            if (Text.hasControlCharacter(text)) {
                problem(path, "must not contain control characters");
                return Option.none();
            }
            return Option.of(text);
        });
    }

    /** A string, number or boolean as JSON text, kept with its type; a string holds no control character. */
    public Option<String> scalarAsJson(JsonNode object, String path, String... names) {
        return member(object, names).flatMap(value -> {
            if (value.isContainerNode()) {
                problem(path, "must be a value");
                return Option.none();
            }
            return value.isTextual() ? text(object, path, names).map(text -> value.toString()) : Option.of(value.toString());
        });
    }

    /** Free text (descriptions, field values): tab, newline and carriage return allowed (§6.25). */
    public Option<String> freeText(JsonNode object, String path, String... names) {
        return scalar(object, path, names, "must not contain control characters other than tab and newline",
                text -> text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r'));
    }

    /**
     * A date the item's rules judge (an enrollment's expiry dates): any JSON value but an object or an array, so one that is
     * no date is the item's error (§3.3 step 5, §6.18); a control character, tab and newline included, is the request's (§6.25).
     */
    public Option<String> itemDate(JsonNode object, String path, String... names) {
        return scalar(object, path, names, "must not contain control characters", Text::hasControlCharacter);
    }

    private Option<String> scalar(JsonNode object, String path, String[] names, String reason, Predicate<String> refused) {
        return member(object, names).flatMap(value -> {
            if (value.isContainerNode()) {
                problem(path, "must be a value");
                return Option.none();
            }
            String text = value.asText();
            if (refused.test(text)) {
                problem(path, reason);
                return Option.none();
            }
            return Option.of(text);
        });
    }

    /**
     * A date the contract accepts and nothing keeps ({@code createDate}, {@code lastViewedDate}): when present it must be one
     * (API.md §1); an empty or malformed one is a problem of the request (§6.18).
     */
    public void acceptDate(JsonNode object, String path, String... names) {
        member(object, names)
                .filter(value -> !value.isTextual() || Text.hasControlCharacter(value.asText()) || !RequestDate.isDate(value.asText()))
                .forEach(value -> problem(path, "must be a date"));
    }

    /** Without surrounding spaces; other white space, control characters among it, stays and makes the text invalid. */
    private static String spaceTrimmed(String text) {
        return text.replaceAll("^ +| +$", "");
    }

    /** {@code true}/{@code false}, as JSON booleans or as strings in any case. */
    public Option<Boolean> bool(JsonNode object, String path, String... names) {
        return member(object, names).flatMap(value -> {
            if (value.isBoolean()) {
                return Option.of(value.booleanValue());
            }
            String text = value.isTextual() ? spaceTrimmed(value.asText()).toLowerCase(Locale.ROOT) : "";
            if (text.equals("true") || text.equals("false")) {
                return Option.of(text.equals("true"));
            }
            problem(path, "must be true or false");
            return Option.none();
        });
    }

    /** A whole number (a JSON integer, or a string of digits); a fraction or a number out of range is a problem. */
    public Option<Long> integer(JsonNode object, String path, String... names) {
        return member(object, names).flatMap(value -> {
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                return Option.of(value.longValue());
            }
            if (value.isTextual() && spaceTrimmed(value.asText()).matches("-?[0-9]{1,18}")) {
                return Option.of(Long.parseLong(spaceTrimmed(value.asText())));
            }
            problem(path, value.isNumber() ? "must be a whole number in range" : "must be a whole number");
            return Option.none();
        });
    }

    public Option<Integer> smallInteger(JsonNode object, String path, String... names) {
        return integer(object, path, names).flatMap(value -> {
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                problem(path, "is out of range");
                return Option.none();
            }
            return Option.of(value.intValue());
        });
    }

    /** The elements of an array member (empty when absent). */
    public List<JsonNode> array(JsonNode object, String path, String... names) {
        Option<JsonNode> value = member(object, names);
        if (value.isEmpty()) {
            return List.empty();
        }
        if (!value.get().isArray()) {
            problem(path, "must be an array");
            return List.empty();
        }
        return List.ofAll(value.get());
    }

    /** An object member. */
    public Option<JsonNode> object(JsonNode object, String path, String... names) {
        return member(object, names).flatMap(value -> {
            if (!value.isObject()) {
                problem(path, "must be an object");
                return Option.none();
            }
            return Option.of(value);
        });
    }
}
