package io.github.outturn.model;

import io.github.outturn.io.Quote;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The text forms of enum values in the file formats: lower kebab case ({@code higher-is-better}).
 * Reading also accepts the Java constant ({@code HIGHER_IS_BETTER}) and any case.
 *
 * <pre>{@code
 * Codes.of(Polarity.HIGHER_IS_BETTER);                     // "higher-is-better"
 * Codes.parse(Polarity.class, "Lower-Is-Better");          // Optional[LOWER_IS_BETTER]
 * Codes.allOf(Polarity.class);                             // "higher-is-better, lower-is-better, ..."
 * Codes.unknown(Polarity.class, "up");                     // "unknown polarity \"up\": expected one of ..."
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Codes {

    private Codes() {}

    /** The code of an enum value: its name in lower kebab case. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The enum value a code names.
     *
     * @param type the enum class
     * @param code a code such as {@code "higher-is-better"} or {@code "HIGHER_IS_BETTER"}
     * @param <E> the enum type
     * @return the value, or empty if the code names none
     */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        String name = code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Every code of an enum, comma separated, for error messages. */
    public static String allOf(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
    }

    /**
     * What every format says of a text that names no value of an enum: {@code unknown observation
     * status "late": expected one of actual, ...}, the text quoted on one line ({@link Quote}).
     *
     * @param type the enum class
     * @param text the text read
     * @return the message
     */
    public static String unknown(Class<? extends Enum<?>> type, String text) {
        return "unknown " + words(type) + " " + Quote.of(text) + ": expected one of " + allOf(type);
    }

    /** An enum's name in words for messages: {@code ObservationStatus} is {@code "observation status"}. */
    public static String words(Class<? extends Enum<?>> type) {
        String camel = type.getSimpleName();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                s.append(' ');
            }
            s.append(Character.toLowerCase(c));
        }
        return s.toString();
    }
}
