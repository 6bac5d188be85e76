package io.github.outturn.json.impl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import io.github.outturn.io.Codes;
import io.github.outturn.io.DatasetText;
import io.github.outturn.io.ImmutableInputProblem;
import io.github.outturn.io.InputProblem;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.io.Quote;
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
import java.util.function.Predicate;
import org.apache.commons.numbers.fraction.Fraction;

/**
 * The state of one read: the parser, the problems found so far, and helpers that read the current
 * token as a typed value, reporting a located problem (and returning {@code null}) when it is not one.
 *
 * <p>Each helper is called with the parser on a value token. On a problem it skips the value (with its
 * children), records the problem and marks the current element bad, so that the caller does not build
 * it. {@code null} in the document reads as absent. One instance serves one read on one thread.
 */
final class JsonInput {

    /** Thrown to stop reading once the problem cap is reached. */
    static final class TooManyProblems extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyProblems() {
            super(null, null, false, false);
        }
    }

    final JsonParser p;
    private final String source;
    private final boolean lenient;
    private final int maxProblems;
    private final List<InputProblem> problems = new ArrayList<>();

    /** The pointer of the element being read, such as {@code /observations/12}; built lazily. */
    private String collection = "";

    private int index = -1;
    private String elementPointer;

    /** The location of the current field's name. */
    private JsonLocation fieldLocation;

    /** Whether the element being read has a problem. */
    boolean bad;

    /** Field names already seen in the element being read, as bits. */
    private long seen;

    private final Map<String, String> ids = new HashMap<>();
    private final Map<YearType, Map<String, ReportingPeriod>> periods = new EnumMap<>(YearType.class);
    private final Map<String, ReportingPeriod> plainPeriods = new HashMap<>();

    JsonInput(JsonParser p, String source, boolean lenient, int maxProblems) {
        this.p = p;
        this.source = source;
        this.lenient = lenient;
        this.maxProblems = maxProblems;
    }

    List<InputProblem> problems() {
        return problems;
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    void throwIfProblems() throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    // ---- Place ----------------------------------------------------------------------------------

    /** Starts an element of a collection: {@code /collection/index}, or {@code /collection} for -1. */
    void enter(String collection, int index) {
        this.collection = collection;
        this.index = index;
        this.elementPointer = null;
        this.bad = false;
        this.seen = 0L;
        this.given = 0L;
    }

    /** The pointer of the current element. */
    String element() {
        if (elementPointer == null) {
            elementPointer = collection.isEmpty() ? "" : index < 0 ? "/" + collection : "/" + collection + "/" + index;
        }
        return elementPointer;
    }

    /** The pointer of a field of the current element. */
    String at(String field) {
        return element() + "/" + escape(field);
    }

    static String escape(String token) {
        return token.indexOf('~') < 0 && token.indexOf('/') < 0
                ? token
                : token.replace("~", "~0").replace("/", "~1");
    }

    JsonLocation here() {
        return p.currentTokenLocation();
    }

    // ---- Problems -------------------------------------------------------------------------------

    /** Records a problem at a location, and marks the current element bad. */
    void problem(JsonLocation where, String pointer, String field, String value, String message) {
        bad = true;
        problems.add(problemAt(source, where, pointer, field, value, message));
        if (problems.size() >= maxProblems) {
            problems.add(InputProblem.builder()
                    .source(source)
                    .message("stopped after " + maxProblems + " problems; there may be more")
                    .build());
            throw new TooManyProblems();
        }
    }

    /** A problem at a place (any of which may be null), with the line and column when known. */
    static InputProblem problemAt(
            String source, JsonLocation where, String pointer, String field, String value, String message) {
        ImmutableInputProblem.Builder b = InputProblem.builder()
                .source(source)
                .pointer(pointer)
                .field(field)
                .value(value)
                .message(message);
        if (where != null && where.getLineNr() > 0) {
            b.line(where.getLineNr());
            if (where.getColumnNr() > 0) {
                b.column(where.getColumnNr());
            }
        }
        return b.build();
    }

    /** Records a problem about the value at the current token, then skips the value. */
    void wrong(String field, String message) throws IOException {
        problem(here(), at(field), field, shown(), message);
        p.skipChildren();
    }

    /** The current value as text for a message: a scalar's text, or a short word for a container. */
    String shown() throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return null;
        }
        return switch (t) {
            case START_OBJECT -> "{...}";
            case START_ARRAY -> "[...]";
            case VALUE_NULL -> "null";
            default -> p.getText();
        };
    }

    /** Found-type words for wrong-type messages. */
    String found() {
        JsonToken t = p.currentToken();
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString();
        };
    }

    // ---- Fields ---------------------------------------------------------------------------------

    /**
     * Whether this is the first time the field (bit {@code bit} of the element's fields) appears; a
     * repeated field is reported as a duplicate key and its value skipped. The parser is on the value.
     */
    boolean first(int bit, String field) throws IOException {
        long mask = 1L << bit;
        if ((seen & mask) != 0) {
            problem(
                    fieldLocation,
                    at(field),
                    field,
                    null,
                    "duplicate key " + Quote.of(field) + ": each field may appear once");
            p.skipChildren();
            return false;
        }
        seen |= mask;
        if (p.currentToken() != JsonToken.VALUE_NULL) {
            given |= mask;
        }
        return true;
    }

    /** Fields of the current element given with a value (not null), as bits. */
    private long given;

    /** Whether field {@code bit} was given a value, so that its absence was reported as a problem with it. */
    boolean given(int bit) {
        return (given & (1L << bit)) != 0;
    }

    /**
     * Moves to the next field of the current object: returns its name with the parser on its value,
     * or null at the end of the object.
     */
    String nextField() throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.FIELD_NAME) {
            return null;
        }
        fieldLocation = p.currentTokenLocation();
        String name = p.currentName();
        p.nextToken();
        return name;
    }

    /** The location of the current field's name. */
    JsonLocation fieldLocation() {
        return fieldLocation;
    }

    /** Reports anything after the document's one object. */
    void expectEnd() throws IOException {
        if (p.nextToken() != null) {
            problem(
                    here(),
                    null,
                    null,
                    shown(),
                    "unexpected content after the end of the document: expected one JSON object");
        }
    }

    /** Handles a field the element does not have: an error, or skipped in lenient mode. */
    void unknown(String field, String expected) throws IOException {
        if (!lenient) {
            problem(
                    fieldLocation,
                    at(field),
                    field,
                    null,
                    "unknown field " + Quote.of(field) + ": expected one of " + expected
                            + " (a misspelt field is never dropped; read leniently to skip unknown fields)");
        }
        p.skipChildren();
    }

    /** Reports a required field the element lacks. */
    void missing(JsonLocation elementStart, String field, String expected) {
        problem(
                elementStart,
                at(field),
                field,
                null,
                "missing required field \"" + field + "\" (absent or null): expected " + expected);
    }

    /** Whether the value is an object; otherwise reports a wrong type and skips it. */
    boolean expectObject(String field, String what) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return true;
        }
        wrongType(field, what);
        return false;
    }

    /** Whether the value is an array; otherwise reports a wrong type and skips it. */
    boolean expectArray(String field, String what) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            return true;
        }
        wrongType(field, what);
        return false;
    }

    void wrongType(String field, String expected) throws IOException {
        JsonLocation where = here();
        String value = shown();
        String pointer = field == null ? element() : at(field);
        problem(where, pointer, field, value, "expected " + expected + ", found " + found());
        p.skipChildren();
    }

    // ---- Values ---------------------------------------------------------------------------------

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
        if (s == null) {
            return null;
        }
        String known = ids.get(s);
        if (known != null) {
            return known;
        }
        if (ids.size() < 100_000) {
            ids.put(s, s);
        }
        return s;
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
                problem(here(), pointer == null ? at(field) : pointer, field, text, unknownCode(type, text));
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

    static String unknownCode(Class<? extends Enum<?>> type, String text) {
        return "unknown " + words(type.getSimpleName()) + " " + Quote.of(text) + ": expected one of "
                + Codes.allOf(type);
    }

    /** "ObservationStatus" as "observation status". */
    static String words(String camel) {
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
                problem(keyAt, pointer, field, key, unknownCode(type, key));
                p.skipChildren();
                continue;
            }
            V v = value.read(pointer);
            if (v != null && map.put(code, v) != null) {
                String what = words(type.getSimpleName());
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
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getText();
            try {
                return Tolerance.parse(text);
            } catch (IllegalArgumentException e) {
                problem(here(), pointer, field, text, e.getMessage());
                return null;
            }
        }
        if (t != JsonToken.VALUE_NULL) {
            problem(
                    here(),
                    pointer,
                    field,
                    shown(),
                    "expected a tolerance as a string such as \"5%\", \"2\" or \"threshold 40\", found " + found());
            p.skipChildren();
        }
        return null;
    }

    /** A target profile: {@code "straight-line"}, {@code "seasonal"} or {@code "shares 20;25;25;30"}. */
    TargetProfile profile(String field) throws IOException {
        String pointer = at(field);
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getText();
            try {
                return TargetProfile.parse(text);
            } catch (IllegalArgumentException e) {
                problem(here(), pointer, field, text, e.getMessage());
                return null;
            }
        }
        if (t != JsonToken.VALUE_NULL) {
            problem(
                    here(),
                    pointer,
                    field,
                    shown(),
                    "expected a target profile as a string such as \"straight-line\", \"seasonal\" or"
                            + " \"shares 20;25;25;30\", found " + found());
            p.skipChildren();
        }
        return null;
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

    /** An ISO date, {@code "2014-10-01"}. */
    LocalDate date(String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getText();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(here(), at(field), field, text, "expected an ISO date such as \"2014-10-01\"");
                return null;
            }
        }
        if (t != JsonToken.VALUE_NULL) {
            wrongType(field, "an ISO date such as \"2014-10-01\"");
        }
        return null;
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
                    String known = ids.putIfAbsent(item, item);
                    list.add(known == null ? item : known);
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

    // ---- Periods --------------------------------------------------------------------------------

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
        return label == null ? null : period(label, null, here(), at(field), field);
    }

    /**
     * Parses the label at the current token with a year type; the place of a problem is worked out
     * only when there is one (this runs once per observation).
     */
    ReportingPeriod periodHere(String label, YearType yearType, String field) {
        ReportingPeriod known =
                periods.computeIfAbsent(yearType, y -> new HashMap<>()).get(label);
        return known != null ? known : period(label, yearType, here(), at(field), field);
    }

    /**
     * Parses a period label, with the year type of its indicator when known; a problem quotes the
     * parser's message.
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
            problem(where, pointer, field, label, e.getMessage());
            return null;
        }
    }
}
