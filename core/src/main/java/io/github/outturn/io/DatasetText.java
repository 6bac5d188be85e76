package io.github.outturn.io;

import java.util.Optional;

/**
 * What text every dataset format carries, said once for the readers and writers of all of them:
 * strings of at most {@value #MAX_LENGTH} characters that are well-formed Unicode (no lone surrogate,
 * which UTF-8 cannot encode). A reader refuses other text with a located problem, and so does a
 * writer, so that what one format writes the other reads back exactly.
 *
 * <pre>{@code
 * DatasetText.problem("Stockport");          // empty: carried as it is
 * DatasetText.problem("\uD800");             // "holds a lone surrogate (U+D800) at character 1: ..."
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class DatasetText {

    /** The longest text a dataset may hold, in UTF-16 characters (Java {@code char}s). */
    public static final int MAX_LENGTH = 1_000_000;

    private DatasetText() {}

    /**
     * Why a dataset cannot hold this text, or empty if it can.
     *
     * @param text the text
     * @return the reason, such as {@code "holds a lone surrogate (U+D800) at character 3: ..."}
     */
    public static Optional<String> problem(String text) {
        if (text.length() > MAX_LENGTH) {
            return Optional.of(String.format(
                    "is %,d characters long: a text may be at most %,d characters", text.length(), MAX_LENGTH));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format(
                        "holds a lone surrogate (U+%04X) at character %d: that is not Unicode text, and UTF-8"
                                + " cannot carry it",
                        (int) c, i + 1));
            }
        }
        return Optional.empty();
    }
}
