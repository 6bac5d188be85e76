package io.github.outturn.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.model.StatisticType;
import io.github.outturn.model.Status;
import io.github.outturn.model.Tolerance;
import io.github.outturn.summary.CountingMethod;
import io.github.outturn.summary.PercentageRounding;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RatingPolicyTest {

    @Test
    void test_defaults_areTheDocumentedOnes() {
        RatingPolicy p = RatingPolicy.defaults();
        assertThat(p.reference()).isEqualTo("outturn-default@2");
        assertThat(p.valueComparison()).isEqualTo(ValueComparison.DISPLAY_PRECISION);
        assertThat(p.defaultTolerance()).isEqualTo(Tolerance.parse("5%"));
        assertThat(p.zeroTargetRule()).isEqualTo(ZeroTargetRule.NO_TOLERANCE);
        assertThat(p.blueMargin()).isEmpty();
        assertThat(p.rescuedByImprovement()).isFalse();
        assertThat(p.forecastYearEnd()).isTrue();
        assertThat(p.noChangeBand()).isEmpty();
        assertThat(p.countingMethod()).isEqualTo(CountingMethod.FRACTIONAL);
        assertThat(p.denominatorStatuses())
                .containsExactlyInAnyOrder(Status.BLUE, Status.GREEN, Status.AMBER, Status.RED);
        assertThat(p.percentageRounding()).isEqualTo(PercentageRounding.HALF_UP);
        assertThat(p.percentageDecimals()).isZero();
        assertThat(p.countDecimals()).isEqualTo(1);
        assertThat(p.longTermYears()).isEqualTo(3);
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
        assertThat(p.reference()).isEqualTo("council@2");
        assertThat(RatingPolicy.defaults().withVersion("3")).isNotEqualTo(RatingPolicy.defaults());
    }

    @Test
    void test_builder_rejectsSettingsThatWouldMisprintOrCrash() {
        assertThatThrownBy(() -> RatingPolicy.defaults().withCountDecimals(-3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Rating policy outturn-default@2 has countDecimals -3: expected 0 to 6");
        assertThatThrownBy(() -> RatingPolicy.defaults().withPercentageDecimals(1_000_000_000))
                .hasMessage("Rating policy outturn-default@2 has percentageDecimals 1000000000: expected 0 to 6");
        assertThatThrownBy(() -> RatingPolicy.defaults().withDenominatorStatuses(EnumSet.noneOf(Status.class)))
                .hasMessage("Rating policy outturn-default@2 has no denominatorStatuses: percentages need at least"
                        + " one status to divide by");
        assertThatThrownBy(() -> RatingPolicy.defaults().withLongTermYears(1))
                .hasMessage("Rating policy outturn-default@2 has longTermYears 1: expected 2 to 10 (1 would repeat"
                        + " the short term on annual data)");
        assertThatThrownBy(() -> RatingPolicy.defaults().withLongTermYears(11))
                .hasMessageContaining("has longTermYears 11: expected 2 to 10");
        assertThatThrownBy(() -> RatingPolicy.defaults().withNoChangeBand(new BigDecimal("-1")))
                .hasMessage("Rating policy outturn-default@2 has noChangeBand -1: expected 0 or more");
        assertThat(RatingPolicy.defaults()
                        .withNoChangeBand(BigDecimal.ZERO)
                        .withCountDecimals(6)
                        .countDecimals())
                .isEqualTo(6);
    }
}
