package io.github.outturn.json.impl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.outturn.io.InputProblem;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.io.Quote;
import io.github.outturn.model.Codes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one read is and what it has found: the parser, the JSON pointer of the element and field being
 * read, the fields seen so far in the element, and the problems found so far, each located and capped.
 * {@link JsonInput} adds the typed values on top.
 *
 * <p>A problem marks the current element bad, so that the caller does not build it. One instance
 * serves one read on one thread.
 *
 * <pre>{@code
 * in.enter("observations", 12);
 * in.at("value");   // "/observations/12/value"
 * }</pre>
 */
class JsonCursor {

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

    JsonCursor(JsonParser p, String source, boolean lenient, int maxProblems) {
        this.p = p;
        this.source = source;
        this.lenient = lenient;
        this.maxProblems = maxProblems;
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
        InputProblem.Builder b = InputProblem.builder()
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

    /** The problem with a text that is not one of an enum's codes. */
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
}
