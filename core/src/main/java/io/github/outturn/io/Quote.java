package io.github.outturn.io;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Quotes a value from the input for a message: in double quotes, with control characters escaped
 * and a long value shortened, so that a message stays one short line whatever the data holds.
 *
 * <p>The rule, applied everywhere a message quotes a value (input problems, validation violations,
 * the command line's error lines):
 *
 * <ul>
 *   <li>a line feed, carriage return and tab are written {@code \n}, {@code \r} and {@code \t}; a
 *       double quote {@code \"} and a backslash {@code \\}; any other control character, a line or
 *       paragraph separator, a bidirectional control and a lone surrogate as a Java escape of its four hex digits ({@code \}{@code u0007});
 *   <li>a value longer than {@value #MAX_LENGTH} characters keeps its first {@value #HEAD} and last
 *       {@value #TAIL} characters with "…" between them, and says how long it was.
 * </ul>
 *
 * <pre>{@code
 * Quote.of("12,5");                 // "12,5"
 * Quote.of("Green\r\nRed");         // "Green\r\nRed" (escaped: one line)
 * Quote.of("x".repeat(1_000_000));  // "xxx…xxx" (1,000,000 characters)
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Quote {

    /** The longest value quoted whole, in characters (UTF-16 units). */
    public static final int MAX_LENGTH = 100;

    /** The characters kept from the start of a longer value. */
    public static final int HEAD = 60;

    /** The characters kept from the end of a longer value. */
    public static final int TAIL = 20;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Quote() {}

    /**
     * The value quoted, escaped and, when long, shortened.
     *
     * @param value the value as found; {@code null} is quoted as {@code null}, without quotes
     * @return the quoted text, such as {@code "12,5"}
     */
    public static String of(@Nullable String value) {
        return value == null ? "null" : quote(value, "\"");
    }

    /**
     * A name from the input (a JSON key, a pointer, a column) escaped and shortened as {@link #of}
     * does, without the quotes: {@code bare("/observations/3/va\nlue")} is {@code
     * /observations/3/va\nlue} with the line feed written {@code \n}.
     *
     * @param value the name as found, not null
     * @return the escaped, and when long shortened, text
     */
    public static String bare(String value) {
        return quote(value, "");
    }

    private static String quote(String value, String mark) {
        int n = value.length();
        StringBuilder s = new StringBuilder(Math.min(n, MAX_LENGTH) + 40).append(mark);
        if (n <= MAX_LENGTH) {
            escape(value, 0, n, s);
            return s.append(mark).toString();
        }
        // Cut between the halves of a surrogate pair neither end.
        int head = Character.isHighSurrogate(value.charAt(HEAD - 1)) ? HEAD - 1 : HEAD;
        int tail = Character.isLowSurrogate(value.charAt(n - TAIL)) ? n - TAIL - 1 : n - TAIL;
        escape(value, 0, head, s);
        s.append('…');
        escape(value, tail, n, s);
        return s.append(mark)
                .append(" (")
                .append(String.format(Locale.ROOT, "%,d", n))
                .append(" characters)")
                .toString();
    }

    /** Appends {@code value[from, to)} escaped. */
    private static void escape(String value, int from, int to, StringBuilder s) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(value.charAt(i + 1))) {
                        s.append(c).append(value.charAt(++i));
                    } else if (unsafe(c)) {
                        s.append("\\u")
                                .append(HEX[c >> 12])
                                .append(HEX[(c >> 8) & 0xf])
                                .append(HEX[(c >> 4) & 0xf])
                                .append(HEX[c & 0xf]);
                    } else {
                        s.append(c);
                    }
                }
            }
        }
    }

    /**
     * Whether a character could break a message's line or hide its text: a control character, a line
     * or paragraph separator, a bidirectional control, or a lone surrogate.
     */
    private static boolean unsafe(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e'
                || c == '\u200f'
                || c == '\u061c';
    }
}
