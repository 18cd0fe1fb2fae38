package io.grouployalty.adapters.rest;

/**
 * What of a request may appear in a log line, escaped (API.md §6.50): CR, LF and every other control character
 * (Unicode Cc), and the line and paragraph separators, become visible escapes, so no request can start a line of its own.
 */
public final class LogText {

    private LogText() {
    }

    public static String escaped(String value) {
        if (value == null || value.codePoints().noneMatch(LogText::breaksLines)) {
            return value;
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\r' -> escaped.append("\\r");
                case '\n' -> escaped.append("\\n");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (breaksLines(c)) {
                        escaped.append("\\u%04x".formatted(c));
                    } else {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean breaksLines(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
