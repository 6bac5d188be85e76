package io.github.outturn.json.impl;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.model.Codes;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.DecimalRange;
import io.github.outturn.model.TargetProfile;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.ReportingPeriod;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.numbers.fraction.Fraction;

/**
 * The one {@link JsonMapper} configuration for writing result objects with the format's rules, so a
 * new result type needs no code here:
 *
 * <ul>
 *   <li>properties are named after their record-style accessors ({@code areaCode()} is {@code
 *       areaCode}, see {@code RecordStyleAccessors}); for an Immutables type ({@code ImmutableX}) only
 *       its attributes are written, that is the accessors the generated class implements, not derived
 *       helpers such as {@code reference()};
 *   <li>properties are written in alphabetical order, so the output does not depend on reflection;
 *   <li>enum values and enum map keys as codes ({@code "higher-is-better"}); periods, tolerances and
 *       fractions as their text ({@code "2014/15 Q2"}, {@code "5%"}, {@code "1/2"}); dates ISO;
 *   <li>decimals as exact plain numbers; absent optionals are left out;
 *   <li>a {@link Dataset} inside a result is written as the dataset document.
 * </ul>
 *
 * <p>The same mapper reads results back ({@link ResultReader}): the deserializers of {@link
 * ResultDeserializers} read Immutables types through their builders, records through their canonical
 * constructors, enums from codes and periods from labels, again with no code for a new result type.
 *
 * <p>A type that needs another shape can be given a mix-in or a serializer on a copy of {@link #create()}.
 * No default typing is enabled.
 */
public final class ResultMapper {

    private ResultMapper() {}

    /** A new, fully configured mapper on a default factory. */
    public static JsonMapper create() {
        return create(new JsonFactory());
    }

    /**
     * A new, fully configured mapper on the given factory (which carries the stream limits). Should
     * the mapper read JSON, floats read as {@code BigDecimal} and trees keep trailing zeros.
     */
    public static JsonMapper create(JsonFactory factory) {
        SimpleModule outturn = new SimpleModule("outturn");
        outturn.addSerializer(ReportingPeriod.class, ToStringSerializer.instance);
        outturn.addSerializer(Tolerance.class, ToStringSerializer.instance);
        outturn.addSerializer(TargetProfile.class, ToStringSerializer.instance);
        outturn.addSerializer(ConfidenceLevel.class, ToStringSerializer.instance);
        outturn.addSerializer(Fraction.class, new StdSerializer<>(Fraction.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Fraction value, JsonGenerator g, SerializerProvider provider) throws IOException {
                g.writeString(Fractions.format(value));
            }
        });
        outturn.addSerializer(BigFraction.class, new StdSerializer<>(BigFraction.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(BigFraction value, JsonGenerator g, SerializerProvider provider) throws IOException {
                g.writeString(Fractions.format(value));
            }
        });
        outturn.addSerializer(Dataset.class, new StdSerializer<>(Dataset.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Dataset value, JsonGenerator g, SerializerProvider provider) throws IOException {
                DatasetWriter.write(value, g);
            }
        });
        @SuppressWarnings({"rawtypes", "unchecked"})
        Class<Enum<?>> enumClass = (Class) Enum.class;
        outturn.addSerializer(enumClass, new StdSerializer<Enum<?>>(enumClass) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Enum<?> value, JsonGenerator g, SerializerProvider provider) throws IOException {
                g.writeString(Codes.of(value));
            }
        });
        outturn.addKeySerializer(enumClass, new StdSerializer<Enum<?>>(enumClass) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Enum<?> value, JsonGenerator g, SerializerProvider provider) throws IOException {
                g.writeFieldName(Codes.of(value));
            }
        });
        outturn.addDeserializer(BigDecimal.class, new StdDeserializer<>(BigDecimal.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                    return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
                }
                BigDecimal d = JsonInput.inRange(p, DecimalRange::containsResult);
                if (d == null) {
                    throw InvalidFormatException.from(
                            p, DecimalRange.OUT_OF_RESULT_RANGE, p.getText(), BigDecimal.class);
                }
                return d;
            }
        });
        outturn.setSerializerModifier(new ImmutablesAttributesOnly());
        SimpleModule reading = new SimpleModule("outturn-reading") {
            private static final long serialVersionUID = 1L;

            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addDeserializers(new ResultDeserializers());
                context.addKeyDeserializers(new ValueDeserializers.CodeKeys());
            }
        };
        return JsonMapper.builder(factory)
                .accessorNaming(new RecordStyleAccessors.Provider())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(outturn)
                .addModule(reading)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .build();
    }

    /** Keeps, for a class generated by Immutables, only the accessors it implements: its attributes. */
    static final class ImmutablesAttributesOnly extends BeanSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public List<BeanPropertyWriter> changeProperties(
                SerializationConfig config,
                com.fasterxml.jackson.databind.BeanDescription beanDesc,
                List<BeanPropertyWriter> beanProperties) {
            Class<?> type = beanDesc.getBeanClass();
            if (!isImmutablesType(type)) {
                return beanProperties;
            }
            return beanProperties.stream()
                    .filter(w -> {
                        AnnotatedMember m = w.getMember();
                        return m != null && m.getDeclaringClass() == type;
                    })
                    .collect(Collectors.toList());
        }

        /**
         * A class its own {@code builder()} builds, extending an abstract type: a class Immutables
         * generated ({@code ImmutableX extends X}), found without guessing its name.
         */
        static boolean isImmutablesType(Class<?> type) {
            Class<?> parent = type.getSuperclass();
            Method factory = builderFactory(type);
            if (factory == null || parent == null || !Modifier.isAbstract(parent.getModifiers())) {
                return false;
            }
            try {
                return factory.getReturnType().getMethod("build").getReturnType() == type;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    }

    /** The type's public static no-argument {@code builder()}, or null if it has none. */
    static Method builderFactory(Class<?> type) {
        try {
            Method m = type.getMethod("builder");
            return Modifier.isStatic(m.getModifiers()) ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
