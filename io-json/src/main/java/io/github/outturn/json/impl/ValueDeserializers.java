package io.github.outturn.json.impl;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.outturn.io.Quote;
import io.github.outturn.model.Codes;
import java.io.IOException;

/**
 * The deserializers of values a result document writes as one string: enums and enum map keys as
 * codes ({@code "higher-is-better"}), and values parsed from their text (periods, tolerances,
 * confidence levels, fractions), each refusal quoting the text and what was expected.
 *
 * <pre>{@code
 * new ValueDeserializers.TextDeserializer(Tolerance.class, "a tolerance such as \"5%\"", Tolerance::parse)
 * }</pre>
 */
final class ValueDeserializers {

    private static final String PACKAGE = "io.github.outturn.";

    private ValueDeserializers() {}

    /** Whether a type is one of the project's, read by these deserializers rather than Jackson's. */
    static boolean isProjectType(Class<?> type) {
        return type.getName().startsWith(PACKAGE);
    }

    /** Enum map keys of the project's enums, as codes. */
    static final class CodeKeys implements KeyDeserializers {
        @Override
        public KeyDeserializer findKeyDeserializer(
                JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            if (!raw.isEnum() || !isProjectType(raw)) {
                return null;
            }
            return new KeyDeserializer() {
                @Override
                public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                    Enum<?> e = parseCode(raw, key);
                    if (e == null) {
                        throw InvalidFormatException.from(ctxt.getParser(), unknownCode(raw, key), key, raw);
                    }
                    return e;
                }
            };
        }
    }

    /** A parse function that may throw {@link IllegalArgumentException} quoting the text. */
    interface Parse {
        Object parse(String text);
    }

    /** A value written as a string. */
    static final class TextDeserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;
        private final String expected;
        private final transient Parse parse;

        TextDeserializer(Class<?> type, String expected, Parse parse) {
            super(type);
            this.expected = expected;
            this.parse = parse;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw MismatchedInputException.from(
                        p, handledType(), "expected " + expected + ", found " + ResultReader.found(p));
            }
            String text = p.getText();
            Object value;
            try {
                value = parse.parse(text);
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw InvalidFormatException.from(p, e.getMessage(), text, handledType());
            }
            if (value == null || !handledType().isInstance(value)) {
                throw InvalidFormatException.from(
                        p,
                        Quote.of(text) + " is not " + expected
                                + (value == null
                                        ? ""
                                        : ": it is a " + value.getClass().getSimpleName()),
                        text,
                        handledType());
            }
            return value;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** An enum written as its code, {@code "higher-is-better"}. */
    static final class CodeDeserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        CodeDeserializer(Class<?> type) {
            super(type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Class<?> type = handledType();
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw MismatchedInputException.from(
                        p, type, "expected one of " + allCodes(type) + ", found " + ResultReader.found(p));
            }
            String text = p.getText();
            Enum<?> e = parseCode(type, text);
            if (e == null) {
                throw InvalidFormatException.from(p, unknownCode(type, text), text, type);
            }
            return e;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** The enum value of a code. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Enum<?> parseCode(Class<?> type, String code) {
        return (Enum<?>) Codes.parse((Class) type, code).orElse(null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static String allCodes(Class<?> type) {
        return Codes.allOf((Class) type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static String unknownCode(Class<?> type, String code) {
        return Codes.unknown((Class) type, code);
    }
}
