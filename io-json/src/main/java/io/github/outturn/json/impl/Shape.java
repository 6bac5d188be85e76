package io.github.outturn.json.impl;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.benchmark.IntervalMethod;
import io.github.outturn.model.Status;
import io.github.outturn.summary.MovementMatrix;
import io.github.outturn.summary.PercentageRounding;
import io.github.outturn.summary.RagDistribution;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * How an object type of a result is read: its properties and their types, the derived properties the
 * writer adds that reading ignores, the required ones, and how the value is built from what was read.
 * The factories find the shape of an Immutables type (through its builder), of a record (through its
 * canonical constructor), and declare it for the three types built by a factory.
 *
 * <pre>{@code
 * Shape s = Shape.record(SeriesRecord.class, mapper.getTypeFactory());
 * s.required();   // the components that are not optional
 * }</pre>
 *
 * @param type the type read
 * @param properties each property's name and type
 * @param ignored derived properties accepted and ignored
 * @param required properties that must be given
 * @param build makes the value from the properties read
 */
record Shape(Class<?> type, Map<String, JavaType> properties, Set<String> ignored, Set<String> required, Build build) {

    /** Builds a value from the properties read, by name. */
    interface Build {
        Object build(Map<String, Object> values) throws Exception;
    }

    /**
     * The shape of one of the project's object types: declared for the types built by a factory, found
     * for a record or an Immutables type; null for any other type.
     */
    static Shape of(Class<?> raw, TypeFactory tf) {
        if (raw == ConfidenceInterval.class) {
            return confidenceInterval(tf);
        }
        if (raw == MovementMatrix.class) {
            return movementMatrix(tf);
        }
        if (raw == RagDistribution.class) {
            return ragDistribution(tf);
        }
        return raw.isRecord() ? record(raw, tf) : immutables(raw, tf);
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
     * The property a public accessor names as the result mapper does ({@code areaCode()} and {@code
     * getAreaCode} are {@code areaCode}, {@code isValid} is {@code valid}), or null if the method is
     * not an accessor.
     */
    static String propertyName(Method m) {
        if (!RecordStyleAccessors.accessorShaped(m)) {
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
        return RecordStyleAccessors.propertyName(m);
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
}
