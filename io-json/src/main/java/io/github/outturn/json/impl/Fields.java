package io.github.outturn.json.impl;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import io.github.outturn.finance.Money;
import io.github.outturn.model.Codes;
import io.github.outturn.model.Status;
import io.github.outturn.model.TargetProfile;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.YearType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.commons.numbers.fraction.Fraction;

/**
 * The parts field declarations are made of: a {@link Kind} reads and writes one type of value, a
 * {@link Field} names a field of an element and pairs its kind with the element's getter and its
 * builder's setter, and an {@link Element} lists its fields in the order they are written. Reading
 * ({@link DatasetReader}, {@link PolicyReader}) and writing ({@link DatasetWriter}) both follow the
 * declarations, so a field added to a declaration is read and written alike.
 *
 * <p>Longer than most classes because the kinds, the field and element types and the per-element
 * reading state ({@link ElementInput}) work as one and change together; each part is short.
 *
 * <pre>{@code
 * optional("multiplier", DECIMAL, Indicator::getMultiplier, Indicator.Builder::multiplier)
 * }</pre>
 */
final class Fields {

    private Fields() {}

    /**
     * How a value of one type is read from the current token (null when absent, or after a problem
     * is reported) and written (after its field's name), and what a required field of it expects.
     */
    record Kind<V>(String expected, Reader<V> reader, Writer<V> writer) {}

    @FunctionalInterface
    interface Reader<V> {
        V read(ElementInput in, String field) throws IOException;
    }

    @FunctionalInterface
    interface Writer<V> {
        void write(JsonGenerator g, V value) throws IOException;
    }

    static <V> Kind<V> kind(String expected, Reader<V> reader, Writer<V> writer) {
        return new Kind<>(expected, reader, writer);
    }

    static final String A_STRING = "a string";
    static final String A_LABEL = "a period label such as \"2014/15 Q2\"";

    static final Kind<String> TEXT = kind(A_STRING, (in, f) -> in.in.string(f), JsonGenerator::writeString);

    /** A string shared with equal ids read before: ids repeat across many elements. */
    static final Kind<String> ID = kind(A_STRING, (in, f) -> in.in.id(f), JsonGenerator::writeString);

    static final Kind<BigDecimal> DECIMAL = kind("a number", (in, f) -> in.in.decimal(f), JsonGenerator::writeNumber);
    static final Kind<Integer> INTEGER =
            kind("a whole number", (in, f) -> in.in.integer(f), JsonGenerator::writeNumber);
    static final Kind<Boolean> BOOLEAN = kind("true or false", (in, f) -> in.in.bool(f), JsonGenerator::writeBoolean);
    static final Kind<ReportingPeriod> PERIOD = kind(A_LABEL, (in, f) -> in.in.period(f), Fields::writeText);

    /** A period parsed with the year type of the element's indicator ({@link ElementInput#indicatorPeriod}). */
    static final Kind<ReportingPeriod> INDICATOR_PERIOD =
            kind(A_LABEL, ElementInput::indicatorPeriod, Fields::writeText);

    static final Kind<LocalDate> DATE =
            kind("an ISO date such as \"2014-10-01\"", (in, f) -> in.in.date(f), Fields::writeText);
    static final Kind<Tolerance> TOLERANCE =
            kind("a tolerance such as \"5%\"", (in, f) -> in.in.tolerance(f), Fields::writeText);
    static final Kind<TargetProfile> PROFILE =
            kind("a target profile such as \"straight-line\"", (in, f) -> in.in.profile(f), Fields::writeText);
    static final Kind<List<String>> STRINGS = kind("an array of strings", (in, f) -> in.in.strings(f), (g, v) -> {
        g.writeStartArray();
        for (String s : v) {
            g.writeString(s);
        }
        g.writeEndArray();
    });

    /**
     * An amount of money: a number for pounds sterling ({@code 1234.56}), a string with the
     * currency's code for another currency ({@code "EUR 10.00"}); both are read, and a string in
     * pounds ({@code "GBP 1234.56"}) too.
     */
    static final Kind<Money> MONEY =
            kind("an amount such as 1234.56 (pounds) or \"EUR 10.00\"", Fields::money, (g, v) -> {
                if (v.currency().equals(Money.GBP)) {
                    g.writeNumber(v.amount());
                } else {
                    g.writeString(v.toString());
                }
            });

    /** A financial year such as {@code "2016/17"}. */
    static final Kind<FinancialYear> FINANCIAL_YEAR =
            kind("a financial year such as \"2016/17\"", Fields::financialYear, Fields::writeText);

    /** Weights: {@code ["1/2", "1/2"]}. */
    static final Kind<List<Fraction>> FRACTIONS =
            kind("an array of fractions such as [\"1/2\", \"1/2\"]", Fields::fractions, (g, v) -> {
                g.writeStartArray();
                for (Fraction w : v) {
                    g.writeString(Fractions.format(w));
                }
                g.writeEndArray();
            });

    private static final String STATUS_NUMBERS_EXPECTED =
            "an object of numbers keyed by status, such as {\"green\": 12}";

    /** Numbers keyed by status codes: {@code {"green": 12, "amber": 28.5}}. */
    static final Kind<Map<Status, BigDecimal>> STATUS_NUMBERS = kind(
            STATUS_NUMBERS_EXPECTED,
            (in, f) -> in.in.codeMap(f, Status.class, STATUS_NUMBERS_EXPECTED, at -> in.in.numberAt(at, f)),
            (g, v) -> writeCodeMap(g, v, JsonGenerator::writeNumber));

    /** An enum written as its code, {@code "higher-is-better"}. */
    static <E extends Enum<E>> Kind<E> code(Class<E> type) {
        return kind(
                "one of " + Codes.allOf(type), (in, f) -> in.in.code(f, type), (g, v) -> g.writeString(Codes.of(v)));
    }

    static void writeText(JsonGenerator g, Object value) throws IOException {
        g.writeString(value.toString());
    }

    static <K extends Enum<K>, V> void writeCodeMap(JsonGenerator g, Map<K, V> map, Writer<V> values)
            throws IOException {
        g.writeStartObject();
        for (Map.Entry<K, V> e : map.entrySet()) {
            g.writeFieldName(Codes.of(e.getKey()));
            values.write(g, e.getValue());
        }
        g.writeEndObject();
    }

    private static Money money(ElementInput e, String field) throws IOException {
        JsonInput in = e.in;
        JsonToken t = in.p.currentToken();
        String text;
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal d = in.decimal(field);
            if (d == null) {
                return null;
            }
            text = d.toPlainString();
        } else if (t == JsonToken.VALUE_STRING) {
            text = in.p.getText();
        } else {
            if (t != JsonToken.VALUE_NULL) {
                in.wrongType(field, MONEY.expected());
            }
            return null;
        }
        return parsedAt(in, field, text, Money::parse);
    }

    private static FinancialYear financialYear(ElementInput e, String field) throws IOException {
        String text = e.in.string(field);
        return text == null ? null : parsedAt(e.in, field, text, FinancialYear::parse);
    }

    /** The value {@code parse} gives, or a problem at the field quoting the text and the parser's message. */
    private static <V> V parsedAt(JsonInput in, String field, String text, Function<String, V> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException x) {
            in.problem(in.here(), in.at(field), field, text, x.getMessage());
            return null;
        }
    }

    private static List<Fraction> fractions(ElementInput e, String field) throws IOException {
        JsonInput in = e.in;
        List<Fraction> list = new ArrayList<>();
        if (in.p.currentToken() == JsonToken.VALUE_NULL || !in.expectArray(field, FRACTIONS.expected())) {
            return list;
        }
        int i = 0;
        while (in.p.nextToken() != JsonToken.END_ARRAY) {
            Fraction f = in.fraction(field, in.at(field) + "/" + i);
            if (f != null) {
                list.add(f);
            }
            i++;
        }
        return list;
    }

    /**
     * One field of an element {@code T} built with {@code B}: its name, its kind, how it is got for
     * writing and set on the builder, and what a required field expects (null when optional).
     */
    static final class Field<B, T> {
        final String name;
        private final Kind<Object> kind;
        private final Function<T, ?> getter;
        private final BiConsumer<B, Object> setter;
        final String required;
        private final boolean skipEmpty;

        @SuppressWarnings("unchecked")
        private <V> Field(
                String name,
                Kind<V> kind,
                Function<T, ?> getter,
                BiConsumer<B, V> setter,
                String required,
                boolean skipEmpty) {
            this.name = name;
            this.kind = (Kind<Object>) kind;
            this.getter = getter;
            this.setter = (BiConsumer<B, Object>) setter;
            this.required = required;
            this.skipEmpty = skipEmpty;
        }

        Object read(ElementInput in) throws IOException {
            return kind.reader().read(in, name);
        }

        void set(B builder, Object value) {
            setter.accept(builder, value);
        }

        /** Writes the field, unless it is absent, or an empty collection that reads back as its default. */
        void write(JsonGenerator g, T element) throws IOException {
            Object value = getter.apply(element);
            if (value instanceof Optional<?> o) {
                value = o.orElse(null);
            }
            if (value == null
                    || skipEmpty
                            && (value instanceof Collection<?> c && c.isEmpty()
                                    || value instanceof Map<?, ?> m && m.isEmpty())) {
                return;
            }
            g.writeFieldName(name);
            kind.writer().write(g, value);
        }
    }

    /** A required field, always written: an element without it is not built. */
    static <B, T, V> Field<B, T> required(String name, Kind<V> kind, Function<T, V> get, BiConsumer<B, V> set) {
        return new Field<>(name, kind, get, set, kind.expected(), false);
    }

    /** A required field whose problem says more than its kind does. */
    static <B, T, V> Field<B, T> required(
            String name, Kind<V> kind, Function<T, V> get, BiConsumer<B, V> set, String expected) {
        return new Field<>(name, kind, get, set, expected, false);
    }

    /** An optional field, written when present. */
    static <B, T, V> Field<B, T> optional(
            String name, Kind<V> kind, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
        return new Field<>(name, kind, get, set, null, false);
    }

    /** A field with a default value when absent; always written. */
    static <B, T, V> Field<B, T> defaulted(String name, Kind<V> kind, Function<T, V> get, BiConsumer<B, V> set) {
        return new Field<>(name, kind, get, set, null, false);
    }

    /** A list or map, empty when absent; written when not empty. */
    static <B, T, V> Field<B, T> collection(String name, Kind<V> kind, Function<T, V> get, BiConsumer<B, V> set) {
        return new Field<>(name, kind, get, set, null, true);
    }

    /** An element: its fields in the order they are written, and how its builder is made and built. */
    static final class Element<B, T> {
        final List<Field<B, T>> fields;

        /** The field names for "unknown field" messages: {@code "id, name, owner"}. */
        final String names;

        private final Map<String, Integer> index = new HashMap<>();
        private final Supplier<B> builder;
        private final Function<B, T> build;

        @SafeVarargs
        Element(Supplier<B> builder, Function<B, T> build, Field<B, T>... fields) {
            this.builder = builder;
            this.build = build;
            List<Field<B, T>> list = new ArrayList<>(fields.length);
            for (Field<B, T> f : fields) {
                index.put(f.name, list.size());
                list.add(f);
            }
            this.fields = List.copyOf(list);
            this.names = this.fields.stream().map(f -> f.name).collect(Collectors.joining(", "));
        }

        /** The position of a field, or -1 if the element has no such field. */
        int indexOf(String name) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }

        /**
         * Builds the element from the values read, by position.
         *
         * @throws IllegalStateException or IllegalArgumentException if the builder refuses the values
         */
        T build(Object[] values) {
            B b = builder.get();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    fields.get(i).set(b, values[i]);
                }
            }
            return build.apply(b);
        }

        void write(JsonGenerator g, T element) throws IOException {
            g.writeStartObject();
            for (Field<B, T> f : fields) {
                f.write(g, element);
            }
            g.writeEndObject();
        }
    }

    /**
     * The state of reading one element: the values read so far by position, and a period kept for its
     * indicator when the indicator's year type is not known yet.
     */
    static final class ElementInput {
        final JsonInput in;
        private final Map<String, YearType> yearTypes;
        private final Element<?, ?> element;
        final Object[] values;
        final JsonLocation start;

        /** A period label kept until its indicator's year type is known, with its place. */
        record Label(String text, JsonLocation where, String pointer) {}

        Label pending;

        ElementInput(JsonInput in, Map<String, YearType> yearTypes, Element<?, ?> element) {
            this.in = in;
            this.yearTypes = yearTypes;
            this.element = element;
            this.values = new Object[element.fields.size()];
            this.start = in.here();
        }

        /** Reads every field of the element, reporting duplicates and unknown fields. */
        ElementInput readFields() throws IOException {
            for (String f; (f = in.nextField()) != null; ) {
                int i = element.indexOf(f);
                if (i < 0) {
                    in.unknown(f, element.names);
                } else if (in.first(i, f)) {
                    values[i] = element.fields.get(i).read(this);
                }
            }
            return this;
        }

        Object get(String field) {
            return values[element.indexOf(field)];
        }

        /**
         * Reports every required field that is absent or null (and not already reported as wrong);
         * true when each is there or is a period kept for its indicator.
         */
        boolean complete() {
            boolean ok = true;
            for (int i = 0; i < values.length; i++) {
                Field<?, ?> f = element.fields.get(i);
                if (f.required != null
                        && values[i] == null
                        && !(pending != null && (Object) f.kind == INDICATOR_PERIOD)) {
                    if (!in.given(i)) {
                        in.missing(start, f.name, f.required);
                    }
                    ok = false;
                }
            }
            return ok;
        }

        /**
         * On a period token: the period if the element's indicator (its {@code indicatorId}, read
         * before) is known, else null with the label kept in {@link #pending}.
         */
        ReportingPeriod indicatorPeriod(String field) throws IOException {
            String label = in.label(field);
            if (label == null) {
                return null;
            }
            String indicatorId = (String) get("indicatorId");
            YearType yearType = indicatorId == null ? null : yearTypes.get(indicatorId);
            if (yearType != null) {
                return in.period(label, yearType, null, null, field);
            }
            pending = new Label(label, in.here(), in.at(field));
            return null;
        }

        /** Parses the kept label with the indicator's year type, or plainly if there is no such indicator. */
        ReportingPeriod resolve() {
            return in.period(
                    pending.text, yearTypes.get((String) get("indicatorId")), pending.where, pending.pointer, "period");
        }

        /** Builds the element from the values read; the builder may refuse them. */
        Object build() {
            return element.build(values);
        }

        /** Sets the resolved period in its place. */
        void setPeriod(ReportingPeriod period) {
            values[element.indexOf("period")] = period;
        }
    }
}
