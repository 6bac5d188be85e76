package io.github.outturn.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.Action;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.numbers.fraction.Fraction;
import org.junit.jupiter.api.Test;

class ActionWeightsTest {

    static final Action THREE = Action.builder()
            .id("A1")
            .title("Early help")
            .addPriorityIds("P1", "P2", "P5")
            .build();
    static final Action WEIGHTED = Action.builder()
            .id("A2")
            .title("School nursing")
            .addPriorityIds("P2", "P3")
            .addWeights(Fraction.of(1, 4), Fraction.of(3, 4))
            .build();

    @Test
    void test_weightIn_fractional_oneThirdEach_orTheExplicitWeights() {
        assertThat(ActionWeights.weightIn(THREE, "P2", CountingMethod.FRACTIONAL))
                .isEqualTo(BigFraction.of(1, 3));
        assertThat(ActionWeights.weightIn(THREE, "P4", CountingMethod.FRACTIONAL))
                .isEqualTo(BigFraction.ZERO);
        assertThat(ActionWeights.weightIn(WEIGHTED, "P3", CountingMethod.FRACTIONAL))
                .isEqualTo(BigFraction.of(3, 4));
        // A theme of P1 and P2 holds two thirds of the action; all three priorities hold all of it.
        assertThat(ActionWeights.weightIn(THREE, Set.of("P1", "P2"), CountingMethod.FRACTIONAL))
                .isEqualTo(BigFraction.of(2, 3));
        assertThat(ActionWeights.weightIn(THREE, Set.of("P1", "P2", "P5"), CountingMethod.FRACTIONAL))
                .isEqualTo(BigFraction.ONE);
    }

    @Test
    void test_weightIn_full_andPrimary() {
        assertThat(ActionWeights.weightIn(THREE, "P5", CountingMethod.FULL)).isEqualTo(BigFraction.ONE);
        assertThat(ActionWeights.weightIn(THREE, "P4", CountingMethod.FULL)).isEqualTo(BigFraction.ZERO);
        assertThat(ActionWeights.weightIn(THREE, Set.of("P1", "P2"), CountingMethod.FULL))
                .isEqualTo(BigFraction.ONE);
        assertThat(ActionWeights.weightIn(THREE, "P1", CountingMethod.PRIMARY)).isEqualTo(BigFraction.ONE);
        assertThat(ActionWeights.weightIn(THREE, "P2", CountingMethod.PRIMARY)).isEqualTo(BigFraction.ZERO);
        assertThat(ActionWeights.weightIn(WEIGHTED, "P2", CountingMethod.PRIMARY))
                .isEqualTo(BigFraction.ONE);
    }

    @Test
    void test_weights_perLinkedPriority() {
        assertThat(ActionWeights.weights(WEIGHTED, CountingMethod.FRACTIONAL))
                .containsExactly(
                        org.assertj.core.api.Assertions.entry("P2", BigFraction.of(1, 4)),
                        org.assertj.core.api.Assertions.entry("P3", BigFraction.of(3, 4)));
        assertThat(ActionWeights.weights(THREE, CountingMethod.PRIMARY)).containsOnlyKeys("P1");
        assertThat(ActionWeights.weights(THREE, CountingMethod.FULL)).containsOnlyKeys("P1", "P2", "P5");
        assertThat(ActionWeights.planWeight()).isEqualTo(BigFraction.ONE);
    }
}
