package io.github.outturn.validation;

import io.github.outturn.io.Quote;
import io.github.outturn.model.OutturnStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rule a dataset breaks: where ({@code observations[12].value}), the offending value, and a
 * message an analyst understands.
 *
 * <pre>{@code
 * Violation v = Violation.of("observations[12].numerator", "441",
 *         "the numerator is above the denominator 400 of a proportion");
 * v.toString(); // observations[12].numerator "441": the numerator is above the denominator 400 of a proportion
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class Violation implements Comparable<Violation> {

    /** Where in the dataset: collection, index and field, such as {@code actions[3].weights}. */
    public abstract String path();

    /** The offending value as text, if there is one. */
    public abstract Optional<String> value();

    /** What is wrong, in words. */
    public abstract String getMessage();

    /** A builder, as for every model and result type (formats read through it). */
    public static Builder builder() {
        return new Builder();
    }

    /** A violation with a value. */
    public static Violation of(String path, Object value, String message) {
        return builder()
                .path(path)
                .value(Optional.ofNullable(value).map(String::valueOf))
                .message(message)
                .build();
    }

    /** Orders by path, then message: the order a report lists violations in. */
    @Override
    public int compareTo(Violation other) {
        int byPath = comparePaths(path(), other.path());
        return byPath != 0 ? byPath : getMessage().compareTo(other.getMessage());
    }

    /** {@code path "value": message}, the value quoted by {@link Quote#of}. */
    @Override
    public String toString() {
        return path() + value().map(v -> " " + Quote.of(v)).orElse("") + ": " + getMessage();
    }

    /** Compares paths with their indexes as numbers, so that [2] comes before [10]. */
    static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = Long.compare(Long.parseLong(a.substring(i, endA)), Long.parseLong(b.substring(j, endB)));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else if (ca != cb) {
                return Character.compare(ca, cb);
            } else {
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && end - from < 18 && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Builds a {@link Violation}, started by {@link #builder()}; {@code path} and {@code message} are required. */
    public static final class Builder extends ImmutableViolation.Builder {}
}
