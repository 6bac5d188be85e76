package io.github.outturn.io;

import io.github.outturn.model.OutturnStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One problem found while reading input, with its place: the file, the line and column or the JSON
 * pointer, the field, the offending value, and what was expected.
 *
 * <pre>{@code
 * InputProblem p = InputProblem.builder()
 *         .source("observations.csv").line(12).field("value").value("12,5")
 *         .message("expected a number such as 12.5")
 *         .build();
 * p.toString(); // observations.csv:12: value "12,5": expected a number such as 12.5
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class InputProblem {

    /** The file or resource read, such as {@code "observations.csv"}. */
    public abstract String source();

    /** The line, counting from 1. */
    public abstract OptionalInt line();

    /** The column, counting from 1. */
    public abstract OptionalInt column();

    /** The JSON pointer of the offending value, such as {@code "/observations/12/value"}. */
    public abstract Optional<String> pointer();

    /** The field or column name. */
    public abstract Optional<String> field();

    /** The offending value, as found. */
    public abstract Optional<String> value();

    /** What was wrong and what was expected. */
    public abstract String getMessage();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * One line: {@code source:line:column: pointer field "value": message}, leaving out what is
     * unknown; the value quoted by {@link Quote#of} and the place and field escaped by {@link
     * Quote#bare}, so that the line stays one short line whatever the input holds.
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(source());
        line().ifPresent(l -> s.append(':').append(l));
        column().ifPresent(c -> s.append(':').append(c));
        s.append(':');
        pointer().ifPresent(p -> s.append(' ').append(Quote.bare(p)));
        field().ifPresent(f -> s.append(' ').append(Quote.bare(f)));
        value().ifPresent(v -> s.append(' ').append(Quote.of(v)));
        if (s.charAt(s.length() - 1) == ':') {
            s.setLength(s.length() - 1);
        }
        return s.append(": ").append(getMessage()).toString();
    }

    /**
     * Builds a {@link InputProblem}, started by {@link #builder()}; {@code source} and {@code message} are required.
     */
    public static final class Builder extends ImmutableInputProblem.Builder {}
}
