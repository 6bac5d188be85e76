package io.github.outturn.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Jakarta constraints of a dataset's objects for one validation run, each distinct value of a
 * constrained property checked once.
 *
 * <p>A LAIT folder holds 580,000 observations, and asking Hibernate Validator to validate each as a
 * bean cost two thirds of {@code outturn validate} (docs/performance.md). The observations share a few
 * hundred indicator ids and area codes, and most have no numerator, denominator or level: a type
 * whose constraints are all on its properties (none on the class, nothing cascaded) gives the same
 * violations for the same property value, so each value's violations are worked out once through
 * {@link Validator#validateValue} and reused. Any other type is validated whole, as before. The
 * constraints themselves stay declared once, on the model's accessors.
 *
 * <pre>{@code
 * BeanChecks checks = new BeanChecks(validator);
 * for (Observation o : dataset.observations()) {
 *     checks.validate(o);   // indicatorId "ks2-rwm" checked once for all its observations
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one per validation run.
 */
final class BeanChecks {

    private final Validator validator;
    private final Map<Class<?>, Optional<List<Property>>> byType = new HashMap<>();

    BeanChecks(Validator validator) {
        this.validator = validator;
    }

    /** One constrained property: its name, its accessor, and the violations of each value seen. */
    private record Property(
            Class<Object> type, String name, Method accessor, Map<Object, Set<ConstraintViolation<Object>>> seen) {}

    /**
     * The constraint violations of one object, with paths relative to it.
     *
     * @param bean the object
     * @return its violations, property by property in the order of their names
     */
    List<ConstraintViolation<Object>> validate(Object bean) {
        Optional<List<Property>> properties = byType.computeIfAbsent(bean.getClass(), this::properties);
        if (properties.isEmpty()) {
            return List.copyOf(validator.validate(bean));
        }
        List<ConstraintViolation<Object>> found = List.of();
        for (Property p : properties.get()) {
            Object value = read(p.accessor(), bean);
            Set<ConstraintViolation<Object>> violations = p.seen().get(value);
            if (violations == null) {
                violations = validator.validateValue(p.type(), p.name(), value);
                p.seen().put(value, violations);
            }
            if (!violations.isEmpty()) {
                if (found.isEmpty()) {
                    found = new ArrayList<>();
                }
                found.addAll(violations);
            }
        }
        return found;
    }

    /**
     * The constrained properties of a type, when its constraints can be checked property by property;
     * empty when it has a class-level or cascaded constraint, or an accessor cannot be found.
     */
    @SuppressWarnings("unchecked") // the type is the bean's own class, of which validateValue asks Class<T>
    private Optional<List<Property>> properties(Class<?> type) {
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        if (!bean.getConstraintDescriptors().isEmpty()) {
            return Optional.empty();
        }
        List<Property> properties = new ArrayList<>();
        for (PropertyDescriptor p : bean.getConstrainedProperties()) {
            if (p.isCascaded()
                    || p.getConstrainedContainerElementTypes().stream()
                            .anyMatch(ContainerElementTypeDescriptor::isCascaded)) {
                return Optional.empty();
            }
            Optional<Method> accessor = accessor(type, p.getPropertyName());
            if (accessor.isEmpty()) {
                return Optional.empty();
            }
            properties.add(new Property((Class<Object>) type, p.getPropertyName(), accessor.get(), new HashMap<>()));
        }
        properties.sort(Comparator.comparing(Property::name));
        return Optional.of(List.copyOf(properties));
    }

    /** The no-argument method of that name, public or not, on the type or a superclass. */
    private static Optional<Method> accessor(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Method m = c.getDeclaredMethod(name);
                m.setAccessible(true);
                return Optional.of(m);
            } catch (NoSuchMethodException | RuntimeException e) {
                // not declared here (or not accessible): look further up
            }
        }
        return Optional.empty();
    }

    private static Object read(Method accessor, Object bean) {
        try {
            return accessor.invoke(bean);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("reading " + accessor + " failed", e.getCause());
        }
    }
}
