package io.github.outturn.validation;

import static io.github.outturn.testkit.SampleDatasets.dec;
import static io.github.outturn.testkit.SampleDatasets.fy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.Observation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The constraints checked value by value ({@link BeanChecks}) say what checking each object whole
 * says: every object with a bad value gets its own violation at its own place, however many share
 * the value, and a type with a cascaded property is still checked whole.
 */
class BeanChecksTest {

    private static final DatasetValidator VALIDATOR = DatasetValidator.create();

    @Test
    void test_validate_aBadValueSharedByManyObservations_isReportedAtEachOfThem() {
        // Four observations: 0 and 2 share the blank area " ", 1 and 3 share the negative numerator -3;
        // 2 also has the numerator. Expected by hand: five violations, each at its own index.
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Observation.Builder b = Observation.builder()
                    .indicatorId("i")
                    .areaCode(i % 2 == 0 ? " " : "356")
                    .period(fy("2014/15"))
                    .value(dec("1"));
            if (i >= 1) {
                b.numerator(dec(i == 2 ? "4" : "-3")).denominator(dec("10"));
            }
            observations.add(b.build());
        }
        Dataset ds = Dataset.builder().addAllObservations(observations).build();

        List<String> found = VALIDATOR.validate(ds).violations().stream()
                .map(Violation::toString)
                .filter(v -> v.contains(".areaCode") || v.contains(".numerator"))
                .toList();

        assertThat(found)
                .containsExactly(
                        "observations[0].areaCode \" \": must not be blank",
                        "observations[1].numerator \"-3\": must be greater than or equal to 0",
                        "observations[2].areaCode \" \": must not be blank",
                        "observations[3].numerator \"-3\": must be greater than or equal to 0");
    }

    /** A type whose constraint is reached through a cascaded property. */
    static final class Holder {
        private final Named named;

        Holder(Named named) {
            this.named = named;
        }

        @Valid
        Named named() {
            return named;
        }
    }

    /** What the holder cascades to. */
    static final class Named {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @NotBlank
        String name() {
            return name;
        }
    }

    @Test
    void test_validate_aCascadedProperty_isCheckedWhole() {
        assertThat(VALIDATOR.validateObject(new Holder(new Named(""))).toString())
                .isEqualTo("named.name \"\": must not be blank");
        assertThat(VALIDATOR.validateObject(new Holder(new Named("x"))).isValid())
                .isTrue();
    }
}
