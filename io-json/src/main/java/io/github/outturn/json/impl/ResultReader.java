package io.github.outturn.json.impl;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.io.InputProblem;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.io.Quote;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.ReportingPeriod;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.numbers.fraction.Fraction;

/**
 * Reads one result document (an assessment, a summary, a reconciliation report, a comparison, a
 * policy, or a list of them) with the {@link ResultMapper}'s deserializers, and turns the first problem
 * into an {@link InvalidInputException} located by JSON pointer, line and column.
 *
 * <p>Unlike the dataset reader, which lists every problem, a result document reports its first
 * problem: results are written by programs, not typed by people.
 */
public final class ResultReader {

    private ResultReader() {}

    /**
     * Reads one document of the given type.
     *
     * @param mapper a mapper from {@link ResultMapper#create}
     * @param p a parser at the start of the document; not closed here
     * @param type the type to read, such as {@code IndicatorAssessment}
     * @param source the file name for problems
     * @param lenient whether unknown fields are skipped rather than reported
     * @param <T> the type
     * @return the value, never null
     * @throws InvalidInputException with the problem found, located
     * @throws IOException if the input cannot be read
     */
    public static <T> T read(JsonMapper mapper, JsonParser p, JavaType type, String source, boolean lenient)
            throws IOException {
        p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        ObjectReader reader = mapper.readerFor(type)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        reader = lenient
                ? reader.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                : reader.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        T value;
        try {
            if (p.nextToken() == null) {
                throw new InvalidInputException(List.of(JsonInput.problemAt(
                        source, null, null, null, null, "empty document: expected " + describe(type.getRawClass()))));
            }
            value = reader.readValue(p);
        } catch (JsonMappingException e) {
            throw new InvalidInputException(List.of(mapping(source, e, type)));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(List.of(syntax(source, p, e)));
        }
        if (value == null) {
            throw new InvalidInputException(List.of(JsonInput.problemAt(
                    source, null, null, null, "null", "expected " + describe(type.getRawClass()) + ", found null")));
        }
        return value;
    }

    private static InputProblem mapping(String source, JsonMappingException e, JavaType root) {
        StringBuilder pointer = new StringBuilder();
        String field = null;
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                pointer.append('/').append(JsonInput.escape(r.getFieldName()));
                field = r.getFieldName();
            } else if (r.getIndex() >= 0) {
                pointer.append('/').append(r.getIndex());
            }
        }
        String value = null;
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            value = null;
            field = u.getPropertyName();
            Collection<Object> known = u.getKnownPropertyIds();
            message = "unknown field " + Quote.of(u.getPropertyName())
                    + (known == null || known.isEmpty()
                            ? ""
                            : ": expected one of "
                                    + known.stream()
                                            .map(String::valueOf)
                                            .sorted()
                                            .collect(Collectors.joining(", ")));
        } else if (e instanceof InvalidFormatException f) {
            value = String.valueOf(f.getValue());
            message = f.getOriginalMessage();
            if (message.startsWith("Cannot deserialize")) {
                message = Quote.of(value) + " is not " + describe(f.getTargetType());
            }
        } else if (e instanceof MismatchedInputException m
                && m.getOriginalMessage().startsWith("Cannot")) {
            Class<?> target = m.getTargetType() == null ? root.getRawClass() : m.getTargetType();
            message = "expected " + describe(target) + ", found "
                    + (m.getProcessor() instanceof JsonParser p ? found(p) : "another kind of value");
        } else if (e.getOriginalMessage().startsWith("Trailing token")) {
            message = "unexpected content after the end of the document: expected one JSON value";
        } else {
            message = e.getOriginalMessage();
        }
        return JsonInput.problemAt(
                source, e.getLocation(), pointer.length() == 0 ? null : pointer.toString(), field, value, message);
    }

    private static InputProblem syntax(String source, JsonParser p, JsonProcessingException e) {
        String pointer = p.getParsingContext() == null
                ? ""
                : p.getParsingContext().pathAsPointer().toString();
        String message = e.getOriginalMessage();
        String field = null;
        if (message.startsWith("Duplicate field '")) {
            field = message.substring(
                    "Duplicate field '".length(), message.indexOf('\'', "Duplicate field '".length()));
            message = "duplicate key " + Quote.of(field) + ": each field may appear once";
        } else {
            // "(start marker at [Source: REDACTED (...); line: 1, column: 21])": keep the place only.
            message = (e instanceof StreamConstraintsException
                            ? "document exceeds a reading limit: "
                            : "malformed JSON: ")
                    + message.replaceAll("\\[Source: [^;]*; (line: \\d+, column: \\d+)\\]", "$1");
        }
        return JsonInput.problemAt(source, e.getLocation(), pointer.isEmpty() ? null : pointer, field, null, message);
    }

    /** What a value of this type looks like, for messages: {@code "a number"}, {@code "an array"}. */
    static String describe(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == BigDecimal.class || type == BigInteger.class || type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + ValueDeserializers.allCodes(type);
        }
        if (ReportingPeriod.class.isAssignableFrom(type)) {
            return "a period label such as \"2014/15 Q2\"";
        }
        if (type == ConfidenceLevel.class) {
            return "a confidence level such as \"95%\"";
        }
        if (type == Tolerance.class) {
            return "a tolerance such as \"5%\"";
        }
        if (type == Fraction.class || type == BigFraction.class) {
            return "a fraction such as \"1/2\"";
        }
        if (ResultDeserializers.isCollection(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        String name = ResultMapper.ImmutablesAttributesOnly.isImmutablesType(type)
                ? type.getSuperclass().getSimpleName()
                : type.getSimpleName();
        return (isVowel(name.charAt(0)) ? "an " : "a ") + name + " object";
    }

    private static boolean isVowel(char c) {
        return "AEIOUaeiou".indexOf(c) >= 0;
    }

    /** The current token, for messages: {@code "a string \"x\""}, {@code "an array"}. */
    static String found(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "the end of the document";
        }
        try {
            return switch (t) {
                case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
                case START_ARRAY, END_ARRAY -> "an array";
                case VALUE_STRING -> "the string " + Quote.of(p.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
                case VALUE_TRUE, VALUE_FALSE -> p.getText();
                case VALUE_NULL -> "null";
                default -> t.asString() == null ? t.name() : t.asString();
            };
        } catch (IOException e) {
            return t.name();
        }
    }
}
