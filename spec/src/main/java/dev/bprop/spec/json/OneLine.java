package dev.bprop.spec.json;

/**
 * Keeps a message on one line (clause FMT-ERRORS: exactly one line): a name or value from the input that holds a
 * line break or another control character ({@code "re\nlu"}, a file name with a newline) must not forge a second
 * line. Control characters are written as their JSON escapes ({@code \n}, {@code \r}, {@code \t}, {@code \u0000}),
 * so that the user sees what they would type into the file.
 */
public final class OneLine {
    private OneLine() {
    }

    /** {@code text} with every control character (C0, DEL, C1, U+2028, U+2029) escaped. */
    public static String of(String text) {
        StringBuilder line = null;
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (!breaksTheLine(c)) {
                if (line != null) {
                    line.append(c);
                }
                continue;
            }
            if (line == null) {
                line = new StringBuilder(text.length() + 8).append(text, 0, index);
            }
            line.append(escape(c));
        }
        return line == null ? text : line.toString();
    }

    private static boolean breaksTheLine(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04x", (int) c);
        };
    }
}
