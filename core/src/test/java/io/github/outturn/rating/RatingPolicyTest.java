package io.github.outturn.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.StatisticType;
import io.github.outturn.model.Status;
import io.github.outturn.model.Tolerance;
import org.junit.jupiter.api.Test;

class RatingPolicyTest {

    @Test
    void test_defaults_areTheDocumentedOnes() {
        RatingPolicy p = RatingPolicy.defaults();
        assertThat(p.getReference()).isEqualTo("outturn-default@1");
        assertThat(p.getValueComparison()).isEqualTo(ValueComparison.DISPLAY_PRECISION);
        assertThat(p.getDefaultTolerance()).isEqualTo(Tolerance.parse("5%"));
        assertThat(p.getZeroTargetRule()).isEqualTo(ZeroTargetRule.NO_TOLERANCE);
        assertThat(p.getBlueMargin()).isEmpty();
        assertThat(p.isRescuedByImprovement()).isFalse();
        assertThat(p.isForecastYearEnd()).isTrue();
        assertThat(p.getNoChangeBand()).isEmpty();
        assertThat(p.getCountingMethod()).isEqualTo(CountingMethod.FRACTIONAL);
        assertThat(p.getDenominatorStatuses())
                .containsExactlyInAnyOrder(Status.BLUE, Status.GREEN, Status.AMBER, Status.RED);
        assertThat(p.getPercentageRounding()).isEqualTo(PercentageRounding.HALF_UP);
        assertThat(p.getPercentageDecimals()).isZero();
        assertThat(p.getCountDecimals()).isEqualTo(1);
    }

    @Test
    void test_defaultToleranceFor_statisticTypeOverridesTheFallback() {
        RatingPolicy p = RatingPolicy.builder()
                .id("council")
                .version("2")
                .putDefaultTolerances(StatisticType.PROPORTION, Tolerance.parse("2"))
                .build();
        assertThat(p.defaultToleranceFor(StatisticType.PROPORTION)).isEqualTo(Tolerance.parse("2"));
        assertThat(p.defaultToleranceFor(StatisticType.COUNT)).isEqualTo(Tolerance.parse("5%"));
        assertThat(p.getReference()).isEqualTo("council@2");
        assertThat(RatingPolicy.defaults().withVersion("2")).isNotEqualTo(RatingPolicy.defaults());
    }
}
