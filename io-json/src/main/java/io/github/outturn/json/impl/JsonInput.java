package io.github.outturn.json.impl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import io.github.outturn.io.DatasetText;
import io.github.outturn.io.Quote;
import io.github.outturn.model.Codes;
import io.github.outturn.model.DecimalRange;
import io.github.outturn.model.TargetProfile;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.PeriodParseException;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.YearType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.numbers.fraction.Fraction;

/**
 * The typed values of one read: helpers that read the current token as a string, number, code,
 * period and so on, reporting a located problem (and returning {@code null}) when it is not one.
 *
 * <p>Each helper is called with the parser on a value token. On a problem it skips the value (with its
 * children), records the problem and marks the current element bad ({@link JsonCursor}). {@code null}
 * in the document reads as absent. Ids, codes and period labels repeat across many elements, so each
 * is read once per read and shared. One instance serves one read on one thread.
 *
 * <p>Longer than most classes because every kind of value the dataset and policy documents hold is
 * read here, beside the caches of ids, codes and periods those readers share; each reader is short.
 *
 * <pre>{@code
 * JsonInput in = new JsonInput(parser, "plan.json", false, 100);
 * BigDecimal value = in.decimal("value");   // null, and a problem, if the token is not a number
 * }</pre>
 */
final class JsonInput extends JsonCursor {

    private final Map<String, String> ids = new HashMap<>();
    private final Map<YearType, Map<String, ReportingPeriod>> periods = new EnumMap<>(YearType.class);
    private final Map<String, ReportingPeriod> plainPeriods = new HashMap<>();

    JsonInput(JsonParser p, String source, boolean lenient, int maxProblems) {
        super(p, source, lenient, maxProblems);
    }

    /** A string, or null (absent or a problem). */
    String string(String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return text(field, -1);
        }
        if (t != JsonToken.VALUE_NULL) {
            wrongType(field, "a string");
        }
        return null;
    }

    /** A string shared with equal ids read before (ids repeat across many observations). */
    String id(String field) throws IOException {
        String s = string(field);
        return s == null ? null : intern(s);
    }

    private String intern(String s) {
        String known = ids.get(s);
        if (known == null && ids.size() < 100_000) {
            ids.put(s, s);
        }
        return known == null ? s : known;
    }

    /** A decimal, exactly as written: 80.0 keeps its scale; never through a double. */
    BigDecimal decimal(String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            return number(at(field), field);
        }
        if (t != JsonToken.VALUE_NULL) {
            wrongType(field, "a number such as 12.5");
        }
        return null;
    }

    /**
     * The number token the parser is on, when it lies in {@link DecimalRange}; otherwise a problem at
     * {@code pointer} quoting the number as written, and {@code null}.
     */
    BigDecimal number(String pointer, String field) throws IOException {
        BigDecimal d = inRange(p, DecimalRange::contains);
        if (d == null) {
            problem(here(), pointer, field, p.getText(), DecimalRange.OUT_OF_RANGE);
        }
        return d;
    }

    /** The number token {@code p} is on, or {@code null} when it lies outside {@code range}. */
    static BigDecimal inRange(JsonParser p, Predicate<BigDecimal> range) throws IOException {
        BigDecimal d;
        try {
            d = p.getDecimalValue();
        } catch (JsonParseException | NumberFormatException | ArithmeticException e) {
            // An exponent beyond what BigDecimal holds (1e2147483648): out of range all the same.
            return null;
        }
        return range.test(d) ? d : null;
    }

    /** A whole number within int range. */
    Integer integer(String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            try {
                return p.getIntValue();
            } catch (InputCoercionException e) {
                wrong(field, "expected a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
                return null;
            }
        }
        if (t != JsonToken.VALUE_NULL) {
            wrongType(field, "a whole number");
        }
        return null;
    }

    Boolean bool(String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (t != JsonToken.VALUE_NULL) {
            wrongType(field, "true or false");
        }
        return null;
    }

    /** An enum value from its code ({@code "higher-is-better"}; {@code "HIGHER_IS_BETTER"} also reads). */
    <E extends Enum<E>> E code(String field, Class<E> type) throws IOException {
        return code(field, type, null);
    }

    /** Codes already read, by enum type and text: a code is parsed once per read, not per element. */
    private final Map<Class<?>, Map<String, Enum<?>>> codes = new HashMap<>();

    /**
     * An enum value from its code, a problem placed at {@code pointer} (null: the field of the current
     * element).
     */
    <E extends Enum<E>> E code(String field, Class<E> type, String pointer) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getText();
            Map<String, Enum<?>> known = codes.computeIfAbsent(type, k -> new HashMap<>());
            Enum<?> cached = known.get(text);
            if (cached != null) {
                return type.cast(cached);
            }
            E value = Codes.parse(type, text).orElse(null);
            if (value == null) {
                problem(here(), pointer == null ? at(field) : pointer, field, text, Codes.unknown(type, text));
            } else if (known.size() < 1_000) {
                known.put(text, value);
            }
            return value;
        }
        if (t != JsonToken.VALUE_NULL) {
            problem(
                    here(),
                    pointer == null ? at(field) : pointer,
                    field,
                    shown(),
                    "expected one of " + Codes.allOf(type) + ", found " + found());
            p.skipChildren();
        }
        return null;
    }

    /** Reads the value of an object's member, a problem placed at {@code pointer}. */
    @FunctionalInterface
    interface ValueAt<V> {
        V read(String pointer) throws IOException;
    }

    /**
     * An object keyed by enum codes, such as {@code {"green": 12}}: each key once, each a code, each
     * value read by {@code value}; empty for null or a problem.
     */
    <K extends Enum<K>, V> Map<K, V> codeMap(String field, Class<K> type, String expected, ValueAt<V> value)
            throws IOException {
        Map<K, V> map = new EnumMap<>(type);
        if (p.currentToken() == JsonToken.VALUE_NULL || !expectObject(field, expected)) {
            return map;
        }
        Set<String> keys = new HashSet<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            JsonLocation keyAt = here();
            String key = p.currentName();
            String pointer = at(field) + "/" + escape(key);
            p.nextToken();
            if (!keys.add(key)) {
                problem(keyAt, pointer, field, null, "duplicate key " + Quote.of(key) + ": each field may appear once");
                p.skipChildren();
                continue;
            }
            K code = Codes.parse(type, key).orElse(null);
            if (code == null) {
                problem(keyAt, pointer, field, key, Codes.unknown(type, key));
                p.skipChildren();
                continue;
            }
            V v = value.read(pointer);
            if (v != null && map.put(code, v) != null) {
                String what = Codes.words(type);
                problem(
                        keyAt,
                        pointer,
                        field,
                        key,
                        "duplicate " + what + " " + Quote.of(key) + ": each " + what + " may appear once");
            }
        }
        return map;
    }

    /** A number at {@code pointer}, or null after a problem. */
    BigDecimal numberAt(String pointer, String field) throws IOException {
        JsonToken v = p.currentToken();
        if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
            return number(pointer, field);
        }
        problem(here(), pointer, field, shown(), "expected a number such as 12.5, found " + found());
        p.skipChildren();
        return null;
    }

    /** A tolerance: {@code "5%"}, {@code "2"} or {@code "threshold 40"}. */
    Tolerance tolerance(String field) throws IOException {
        return tolerance(field, at(field));
    }

    Tolerance tolerance(String field, String pointer) throws IOException {
        return parsedText(
                field, pointer, Tolerance::parse, "a tolerance as a string such as \"5%\", \"2\" or \"threshold 40\"");
    }

    /** A target profile: {@code "straight-line"}, {@code "seasonal"} or {@code "shares 20;25;25;30"}. */
    TargetProfile profile(String field) throws IOException {
        return parsedText(
                field,
                at(field),
                TargetProfile::parse,
                "a target profile as a string such as \"straight-line\", \"seasonal\" or \"shares 20;25;25;30\"");
    }

    /**
     * A value written as one string that {@code parse} reads; null, with the problem recorded, when the
     * text does not parse (its own message) or the token is not a string ({@code expected}).
     */
    private <T> T parsedText(String field, String pointer, Function<String, T> parse, String expected)
            throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return parsed(field, pointer, p.getText(), parse);
        }
        if (t != JsonToken.VALUE_NULL) {
            problem(here(), pointer, field, shown(), "expected " + expected + ", found " + found());
            p.skipChildren();
        }
        return null;
    }

    /** The value {@code parse} gives, or null with a problem at {@code pointer} quoting the text and why. */
    <T> T parsed(String field, String pointer, String text, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            problem(here(), pointer, field, text, e.getMessage());
            return null;
        }
    }

    /** A weight: {@code "1/2"} (also {@code "1"} or {@code "1 / 2"}). */
    Fraction fraction(String field, String pointer) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getText();
            Fraction f = Fractions.parse(text);
            if (f == null) {
                problem(here(), pointer, field, text, "expected a fraction such as \"1/2\" or \"1/3\"");
            }
            return f;
        }
        problem(here(), pointer, field, shown(), "expected a fraction as a string such as \"1/2\", found " + found());
        p.skipChildren();
        return null;
    }

    static final String DATE_EXPECTED = "an ISO date such as \"2014-10-01\"";

    /** An ISO date, {@code "2014-10-01"}. */
    LocalDate date(String field) throws IOException {
        return parsedText(field, at(field), JsonInput::isoDate, DATE_EXPECTED);
    }

    private static LocalDate isoDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected " + DATE_EXPECTED, e);
        }
    }

    /** A list of strings (null for absent or a problem; problems for bad items). */
    List<String> strings(String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!expectArray(field, "an array of strings")) {
            return null;
        }
        List<String> list = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String item = text(field, i);
                if (item != null) {
                    list.add(intern(item));
                }
            } else {
                problem(here(), at(field) + "/" + i, field, shown(), "expected a string, found " + found());
                p.skipChildren();
            }
            i++;
        }
        return list;
    }

    /**
     * The current string token, or null after reporting text no dataset format can carry (a lone
     * surrogate: {@link DatasetText}).
     */
    private String text(String field, int item) throws IOException {
        String s = p.getText();
        Optional<String> problem = DatasetText.problem(s);
        if (problem.isPresent()) {
            String pointer = field == null ? element() : item < 0 ? at(field) : at(field) + "/" + item;
            problem(here(), pointer, field, s, "the text " + problem.get());
            return null;
        }
        return s;
    }

    /** The period label at the current token, or null (absent or a problem). */
    String label(String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t != JsonToken.VALUE_NULL) {
            wrongType(field, "a period label such as \"2014/15 Q2\"");
        }
        return null;
    }

    /** A period read with the plain {@link ReportingPeriod#parse(CharSequence)}. */
    ReportingPeriod period(String field) throws IOException {
        String label = label(field);
        return label == null ? null : period(label, null, null, null, field);
    }

    /**
     * Parses a period label, with the year type of its indicator when known; a problem quotes the
     * parser's message, placed at {@code where} and {@code pointer} (null: the current token and field,
     * worked out only when there is a problem, as this runs once per observation).
     */
    ReportingPeriod period(String label, YearType yearType, JsonLocation where, String pointer, String field) {
        Map<String, ReportingPeriod> cache =
                yearType == null ? plainPeriods : periods.computeIfAbsent(yearType, y -> new HashMap<>());
        ReportingPeriod known = cache.get(label);
        if (known != null) {
            return known;
        }
        try {
            ReportingPeriod parsed =
                    yearType == null ? ReportingPeriod.parse(label) : ReportingPeriod.parse(label, yearType);
            if (cache.size() < 10_000) {
                cache.put(label, parsed);
            }
            return parsed;
        } catch (PeriodParseException e) {
            problem(
                    where == null ? here() : where,
                    pointer == null ? at(field) : pointer,
                    field,
                    label,
                    e.getMessage());
            return null;
        }
    }
}
