package io.github.outturn.json.impl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.outturn.io.Quote;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads an object of a {@link Shape}: each field by its declared type, an unknown field refused (or
 * skipped when the mapper allows it), a null optional as empty, every missing required field named at
 * once, and a builder's or factory's refusal as a problem at the object's start.
 *
 * <pre>{@code
 * new ShapeDeserializer(Shape.record(SeriesRecord.class, typeFactory))
 * }</pre>
 */
final class ShapeDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient Shape shape;

    ShapeDeserializer(Shape shape) {
        super(shape.type());
        this.shape = shape;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Class<?> type = shape.type();
        JsonToken t = p.currentToken();
        JsonLocation start = p.currentTokenLocation();
        if (t == JsonToken.START_OBJECT) {
            t = p.nextToken();
        } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
            throw MismatchedInputException.from(
                    p, type, "expected " + ResultReader.describe(type) + ", found " + ResultReader.found(p));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JavaType propertyType = shape.properties().get(name);
            if (propertyType == null) {
                if (!shape.ignored().contains(name)
                        && ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
                    // Located at the field's name, with the field at the end of its path.
                    UnrecognizedPropertyException e = new UnrecognizedPropertyException(
                            p,
                            "unknown field " + Quote.of(name),
                            p.currentTokenLocation(),
                            type,
                            name,
                            new ArrayList<>(
                                    new TreeSet<Object>(shape.properties().keySet())));
                    e.prependPath(type, name);
                    throw e;
                }
                p.nextToken();
                p.skipChildren();
                continue;
            }
            p.nextToken();
            try {
                Object value;
                if (p.hasToken(JsonToken.VALUE_NULL)) {
                    value = Shape.absent(propertyType.getRawClass());
                    if (value == null) {
                        throw MismatchedInputException.from(
                                p,
                                propertyType,
                                "null for required field " + Quote.of(name) + ": expected "
                                        + ResultReader.describe(propertyType.getRawClass()));
                    }
                } else {
                    value = ctxt.readValue(p, propertyType);
                }
                values.put(name, value);
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, type, name);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String r : shape.required()) {
            if (!values.containsKey(r)) {
                missing.add(r);
            }
        }
        if (!missing.isEmpty()) {
            throw missing(p, start, type, missing);
        }
        try {
            return shape.build().build(values);
        } catch (InvocationTargetException e) {
            throw invalid(p, start, type, e.getCause());
        } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
            throw invalid(p, start, type, e);
        } catch (Exception e) {
            throw new JsonMappingException(p, "cannot build " + type.getSimpleName() + ": " + e, start);
        }
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    private static JsonMappingException missing(JsonParser p, JsonLocation start, Class<?> type, List<String> names) {
        String quoted = "\"" + String.join("\", \"", names) + "\"";
        return new JsonMappingException(
                p,
                "missing required field" + (names.size() == 1 ? " " : "s ") + quoted + " for "
                        + ResultReader.describe(type),
                start);
    }

    /** A builder's or factory's refusal as a problem at the object's start. */
    private static JsonMappingException invalid(JsonParser p, JsonLocation start, Class<?> type, Throwable cause) {
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        // Immutables: "Cannot build X, some of required attributes are not set [a, b]".
        int open = message.indexOf("required attributes are not set [");
        if (cause instanceof IllegalStateException && open >= 0 && message.endsWith("]")) {
            String names = message.substring(message.indexOf('[', open) + 1, message.length() - 1);
            return missing(p, start, type, List.of(names.split(",\\s*")));
        }
        return new JsonMappingException(p, "invalid " + type.getSimpleName() + ": " + message, start);
    }
}
