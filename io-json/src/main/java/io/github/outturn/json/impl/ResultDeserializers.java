package io.github.outturn.json.impl;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.json.impl.ValueDeserializers.CodeDeserializer;
import io.github.outturn.json.impl.ValueDeserializers.TextDeserializer;
import io.github.outturn.model.TargetProfile;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.summary.MovementMatrix;
import io.github.outturn.summary.RagDistribution;
import java.util.Collection;
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
 * Values written as text are read by {@link ValueDeserializers}, objects by a {@link ShapeDeserializer}
 * of their {@link Shape}.
 *
 * <pre>{@code
 * context.addDeserializers(new ResultDeserializers());
 * }</pre>
 */
final class ResultDeserializers extends Deserializers.Base {

    @Override
    public JsonDeserializer<?> findEnumDeserializer(
            Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
        return ValueDeserializers.isProjectType(type) ? new CodeDeserializer(type) : null;
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
            return new TextDeserializer(raw, "a fraction such as \"1/2\" or \"1\"", Fractions::parse);
        }
        if (raw == BigFraction.class) {
            return new TextDeserializer(raw, "a fraction such as \"3/2\" or \"1\"", Fractions::parseBig);
        }
        if (!ValueDeserializers.isProjectType(raw)) {
            return null;
        }
        Shape shape = Shape.of(raw, config.getTypeFactory());
        return shape == null ? null : new ShapeDeserializer(shape);
    }

    /** For {@link Collection} types in messages. */
    static boolean isCollection(Class<?> raw) {
        return Collection.class.isAssignableFrom(raw) || Iterable.class.isAssignableFrom(raw);
    }
}
