package io.github.outturn.json.impl;

import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AccessorNamingStrategy;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.DefaultAccessorNamingStrategy;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Outturn's accessors are record style ({@code areaCode()}, not {@code getAreaCode()}): this tells
 * Jackson, and {@link Shape}, which of a type's methods are its properties.
 *
 * <p>On a type of the {@code io.github.outturn} packages, a public, non-static, non-void method with
 * no parameters named {@code x} is the accessor of property {@code x}, except {@code toString()} and
 * {@code hashCode()}; in a record, only the accessors of its components are (its other methods are
 * derived, as {@code samePeriodLastYear()} is). For a class Immutables generated, the result mapper
 * then keeps only the attributes. JavaBean getters are still read as Jackson reads them by default.
 *
 * <pre>{@code
 * JsonMapper.builder().accessorNaming(new RecordStyleAccessors.Provider()).build();
 * RecordStyleAccessors.propertyName(RagDistribution.class.getMethod("total")); // "total"
 * }</pre>
 */
final class RecordStyleAccessors {

    private static final String OUTTURN = "io.github.outturn.";
    private static final Pattern IS_GETTER = Pattern.compile("is\\p{Lu}.*");
    private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode");

    private RecordStyleAccessors() {}

    /**
     * The property {@code m} is the record-style accessor of, or null.
     *
     * @param m a method
     * @return its name if it is a record-style accessor of an Outturn type, else null
     */
    static String propertyName(Method m) {
        if (!accessorShaped(m)
                || !m.getDeclaringClass().getName().startsWith(OUTTURN)
                || IS_GETTER.matcher(m.getName()).matches() && m.getReturnType() == boolean.class) {
            // (a predicate isX() is left to the JavaBean rule: property x, as before)
            return null;
        }
        Class<?> owner = m.getDeclaringClass();
        if (owner.isRecord()) {
            return Arrays.stream(owner.getRecordComponents())
                            .anyMatch(c -> c.getName().equals(m.getName()))
                    ? m.getName()
                    : null;
        }
        return NOT_PROPERTIES.contains(m.getName()) ? null : m.getName();
    }

    /** Whether {@code m} has an accessor's form: public, not static, no parameters, a value returned. */
    static boolean accessorShaped(Method m) {
        return m.getParameterCount() == 0
                && !Modifier.isStatic(m.getModifiers())
                && Modifier.isPublic(m.getModifiers())
                && !m.isSynthetic()
                && !m.isBridge()
                && m.getReturnType() != void.class;
    }

    /** Jackson's default naming for beans, plus the record-style accessors of Outturn's types. */
    static final class Provider extends DefaultAccessorNamingStrategy.Provider {
        private static final long serialVersionUID = 1L;

        @Override
        public AccessorNamingStrategy forPOJO(MapperConfig<?> config, AnnotatedClass valueClass) {
            return new Naming(super.forPOJO(config, valueClass));
        }
    }

    /** The default strategy, asked first; then {@link #propertyName(Method)}. */
    private static final class Naming extends AccessorNamingStrategy {
        private final AccessorNamingStrategy beans;

        Naming(AccessorNamingStrategy beans) {
            this.beans = beans;
        }

        @Override
        public String findNameForIsGetter(AnnotatedMethod method, String name) {
            return beans.findNameForIsGetter(method, name);
        }

        @Override
        public String findNameForRegularGetter(AnnotatedMethod method, String name) {
            String bean = beans.findNameForRegularGetter(method, name);
            return bean != null ? bean : propertyName(method.getAnnotated());
        }

        @Override
        public String findNameForMutator(AnnotatedMethod method, String name) {
            return beans.findNameForMutator(method, name);
        }

        @Override
        public String modifyFieldName(AnnotatedField field, String name) {
            return beans.modifyFieldName(field, name);
        }
    }
}
