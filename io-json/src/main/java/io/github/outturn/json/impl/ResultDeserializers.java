package io.github.outturn.json.impl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.benchmark.IntervalMethod;
import io.github.outturn.io.Codes;
import io.github.outturn.io.Quote;
import io.github.outturn.model.Status;
import io.github.outturn.model.TargetProfile;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.PercentageRounding;
import io.github.outturn.summary.MovementMatrix;
import io.github.outturn.summary.RagDistribution;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.numbers.fraction.Fraction;

/**
 * The deserializers that read result objects back from the form {@link ResultMapper} writes, with no
 * Jackson annotation in core:
 *
 * <ul>
 *   <li>an Immutables type {@code X} (with a generated {@code ImmutableX}) is read through its builder,
 *       one property for each attribute the writer writes; attributes left out take the builder's
 *       defaults (empty optionals and collections, {@code @Value.Default} values) and a missing
 *       required attribute is an error;
 *   <li>a record of the project is read through its canonical constructor: optional components may be
 *       left out, every other component is required; derived getters the writer adds (such as {@code
 *       SeriesRecord.isRecord()}) are accepted and ignored;
 *   <li>{@link ConfidenceInterval}, {@link MovementMatrix} and {@link RagDistribution} through their
 *       factories, their derived figures accepted and ignored;
 *   <li>enums and enum map keys from codes, periods from labels, tolerances and fractions from text.
 * </ul>
 *
 * <p>Unknown fields are errors while {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is on.
 */
final class ResultDeserializers extends Deserializers.Base {

    private static final String PACKAGE = "io.github.outturn.";

    @Override
    public JsonDeserializer<?> findEnumDeserializer(
            Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
        return type.getName().startsWith(PACKAGE) ? new CodeDeserializer(type) : null;
    }

    @Override
    public JsonDeserializer<?> findBeanDeserializer(
            JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
        Class<?> raw = type.getRawClass();
        if (ReportingPeriod.class.isAssignableFrom(raw)) {
            return new TextDeserializer(raw, "a period label such as \"2014/15 Q2\"", ReportingPeriod::parse);
        }
        if (raw == ConfidenceLevel.class) {
            return new TextDeserializer(raw, "a confidence level such as \"95%\" or \"0.998\"", ConfidenceLevel::parse);
        }
        if (raw == Tolerance.class) {
            return new TextDeserializer(raw, "a tolerance such as \"5%\" or \"2\"", Tolerance::parse);
        }
        if (raw == TargetProfile.class) {
            return new TextDeserializer(raw, "a target profile such as \"straight-line\"", TargetProfile::parse);
        }
        if (raw == Fraction.class) {
            return new TextDeserializer(raw, "a fraction such as \"1/2\" or \"1\"", ResultDeserializers::fraction);
        }
        if (raw == BigFraction.class) {
            return new TextDeserializer(raw, "a fraction such as \"3/2\" or \"1\"", ResultDeserializers::bigFraction);
        }
        if (!raw.getName().startsWith(PACKAGE)) {
            return null;
        }
        TypeFactory tf = config.getTypeFactory();
        Shape shape = raw == ConfidenceInterval.class
                ? confidenceInterval(tf)
                : raw == MovementMatrix.class
                        ? movementMatrix(tf)
                        : raw == RagDistribution.class ? ragDistribution(tf) : null;
        if (shape == null && raw.isRecord()) {
            shape = record(raw, tf);
        }
        if (shape == null) {
            shape = immutables(raw, tf);
        }
        return shape == null ? null : new ShapeDeserializer(shape);
    }

    /** Enum map keys of the project's enums, as codes. */
    static final class CodeKeys implements KeyDeserializers {
        @Override
        public KeyDeserializer findKeyDeserializer(
                JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            if (!raw.isEnum() || !raw.getName().startsWith(PACKAGE)) {
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

    // ---- Text values ----------------------------------------------------------------------------

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

    static String unknownCode(Class<?> type, String code) {
        return "unknown " + type.getSimpleName() + " " + Quote.of(code) + ": expected one of " + allCodes(type);
    }

    private static Fraction fraction(String text) {
        return Fractions.parse(text);
    }

    private static BigFraction bigFraction(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        try {
            if (slash < 0) {
                return BigFraction.of(new java.math.BigInteger(s));
            }
            java.math.BigInteger num =
                    new java.math.BigInteger(s.substring(0, slash).strip());
            java.math.BigInteger den =
                    new java.math.BigInteger(s.substring(slash + 1).strip());
            return den.signum() == 0 ? null : BigFraction.of(num, den);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- Objects --------------------------------------------------------------------------------

    /** Builds a value from the properties read, by name. */
    interface Build {
        Object build(Map<String, Object> values) throws Exception;
    }

    /** How an object type is read: its properties, the derived ones ignored, and how it is built. */
    record Shape(
            Class<?> type, Map<String, JavaType> properties, Set<String> ignored, Set<String> required, Build build) {}

    /** Reads an object of a {@link Shape}. */
    static final class ShapeDeserializer extends StdDeserializer<Object> {
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
                        value = absent(propertyType.getRawClass());
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

    /** The value an optional property takes when absent or null, or null for a required one. */
    static Object absent(Class<?> raw) {
        if (raw == Optional.class) {
            return Optional.empty();
        }
        if (raw == OptionalInt.class) {
            return OptionalInt.empty();
        }
        if (raw == OptionalLong.class) {
            return OptionalLong.empty();
        }
        if (raw == OptionalDouble.class) {
            return OptionalDouble.empty();
        }
        return null;
    }

    /**
     * A type read through its builder, or null if it has none: the type's public static {@code
     * builder()} (every Immutables type of the project has one, as does {@code Observation}) whose
     * {@code build()} makes the type. Its properties are the accessors the built class declares.
     */
    static Shape immutables(Class<?> raw, TypeFactory tf) {
        Method builderFactory = ResultMapper.builderFactory(raw);
        if (builderFactory == null) {
            return null;
        }
        Method buildMethod;
        try {
            buildMethod = builderFactory.getReturnType().getMethod("build");
        } catch (NoSuchMethodException e) {
            return null;
        }
        Class<?> generated = buildMethod.getReturnType();
        if (!raw.isAssignableFrom(generated)) {
            return null;
        }
        Class<?> builderType = builderFactory.getReturnType();
        Map<String, JavaType> properties = new TreeMap<>();
        Map<String, Method> setters = new LinkedHashMap<>();
        Set<String> ignored = new TreeSet<>();
        for (Method m : generated.getDeclaredMethods()) {
            String name = propertyName(m);
            if (name == null) {
                continue;
            }
            Method setter = setter(builderType, name, m.getName(), m.getReturnType());
            if (setter == null) {
                ignored.add(name);
                continue;
            }
            properties.put(name, tf.constructType(m.getGenericReturnType()));
            setters.put(name, setter);
        }
        return new Shape(raw, properties, ignored, Set.of(), values -> {
            Object builder = builderFactory.invoke(null);
            for (Map.Entry<String, Object> e : values.entrySet()) {
                setters.get(e.getKey()).invoke(builder, e.getValue());
            }
            return buildMethod.invoke(builder);
        });
    }

    /** The builder method that sets an attribute to its accessor's type: {@code x(Optional)}, {@code x(Iterable)}. */
    private static Method setter(Class<?> builderType, String name, String accessor, Class<?> type) {
        String plain = accessor.startsWith("get")
                ? decapitalize(accessor.substring(3))
                : accessor.startsWith("is") ? decapitalize(accessor.substring(2)) : accessor;
        Method best = null;
        for (Method m : builderType.getMethods()) {
            if (m.getParameterCount() != 1
                    || Modifier.isStatic(m.getModifiers())
                    || !(m.getName().equals(name)
                            || m.getName().equals(plain)
                            || m.getName().equals(accessor))) {
                continue;
            }
            Class<?> param = m.getParameterTypes()[0];
            if (param == type) {
                return m;
            }
            if (param.isAssignableFrom(type) && (best == null || best.getParameterTypes()[0].isAssignableFrom(param))) {
                best = m;
            }
        }
        return best;
    }

    /** A record read through its canonical constructor. */
    static Shape record(Class<?> raw, TypeFactory tf) {
        RecordComponent[] components = raw.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Map<String, JavaType> properties = new TreeMap<>();
        Set<String> required = new TreeSet<>();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            properties.put(c.getName(), tf.constructType(c.getGenericType()));
            if (absent(c.getType()) == null) {
                required.add(c.getName());
            }
        }
        Set<String> ignored = new TreeSet<>();
        for (Method m : raw.getMethods()) {
            String name = propertyName(m);
            if (name != null && !properties.containsKey(name)) {
                ignored.add(name);
            }
        }
        Constructor<?> canonical;
        try {
            canonical = raw.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            return null;
        }
        return new Shape(raw, properties, ignored, required, values -> {
            Object[] args = new Object[components.length];
            for (int i = 0; i < args.length; i++) {
                Object v = values.get(components[i].getName());
                args[i] = v != null ? v : absent(types[i]);
            }
            return canonical.newInstance(args);
        });
    }

    private static Shape confidenceInterval(TypeFactory tf) {
        return new Shape(
                ConfidenceInterval.class,
                Map.of(
                        "lower", tf.constructType(double.class),
                        "upper", tf.constructType(double.class),
                        "level", tf.constructType(ConfidenceLevel.class),
                        "method", tf.constructType(IntervalMethod.class)),
                Set.of("width"),
                Set.of("level", "lower", "method", "upper"),
                v -> ConfidenceInterval.of(
                        (Double) v.get("lower"),
                        (Double) v.get("upper"),
                        (ConfidenceLevel) v.get("level"),
                        (IntervalMethod) v.get("method")));
    }

    @SuppressWarnings("unchecked")
    private static Shape movementMatrix(TypeFactory tf) {
        JavaType row = tf.constructMapType(Map.class, Status.class, BigFraction.class);
        JavaType cells = tf.constructMapType(Map.class, tf.constructType(Status.class), row);
        return new Shape(
                MovementMatrix.class,
                Map.of("cells", cells),
                Set.of("changed"),
                Set.of("cells"),
                v -> MovementMatrix.of((Map<Status, Map<Status, BigFraction>>) v.get("cells")));
    }

    @SuppressWarnings("unchecked")
    private static Shape ragDistribution(TypeFactory tf) {
        return new Shape(
                RagDistribution.class,
                Map.of(
                        "counts", tf.constructMapType(Map.class, Status.class, BigFraction.class),
                        "denominatorStatuses", tf.constructCollectionType(Set.class, Status.class),
                        "percentageRounding", tf.constructType(PercentageRounding.class),
                        "percentageDecimals", tf.constructType(int.class),
                        "countDecimals", tf.constructType(int.class),
                        "policyReference", tf.constructType(String.class)),
                Set.of(
                        "total",
                        "outsideTotal",
                        "overallTotal",
                        "displayedTotal",
                        "displayedOverallTotal",
                        "displayedPercentages"),
                Set.of(
                        "counts",
                        "countDecimals",
                        "denominatorStatuses",
                        "percentageDecimals",
                        "percentageRounding",
                        "policyReference"),
                v -> RagDistribution.of(
                        (Map<Status, BigFraction>) v.get("counts"),
                        (Set<Status>) v.get("denominatorStatuses"),
                        (PercentageRounding) v.get("percentageRounding"),
                        (Integer) v.get("percentageDecimals"),
                        (Integer) v.get("countDecimals"),
                        (String) v.get("policyReference")));
    }

    /**
     * The property a public getter names as Jackson does by default ({@code getAreaCode} is {@code
     * areaCode}, {@code isValid} is {@code valid}), or null if the method is not a getter.
     */
    static String propertyName(Method m) {
        if (m.getParameterCount() != 0
                || Modifier.isStatic(m.getModifiers())
                || !Modifier.isPublic(m.getModifiers())
                || m.isSynthetic()
                || m.isBridge()
                || m.getReturnType() == void.class) {
            return null;
        }
        String n = m.getName();
        if (n.startsWith("get") && n.length() > 3 && Character.isUpperCase(n.charAt(3)) && !n.equals("getClass")) {
            return mangle(n.substring(3));
        }
        if (n.startsWith("is")
                && n.length() > 2
                && Character.isUpperCase(n.charAt(2))
                && m.getReturnType() == boolean.class) {
            return mangle(n.substring(2));
        }
        return null;
    }

    /** Jackson's default: lower-cases the leading capitals ({@code URLValue} is {@code urlvalue}). */
    private static String mangle(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length() && Character.isUpperCase(s.charAt(i))) {
            b.append(Character.toLowerCase(s.charAt(i)));
            i++;
        }
        return b.append(s, i, s.length()).toString();
    }

    private static String decapitalize(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** For {@link Collection} types in messages. */
    static boolean isCollection(Class<?> raw) {
        return Collection.class.isAssignableFrom(raw) || Iterable.class.isAssignableFrom(raw);
    }
}
