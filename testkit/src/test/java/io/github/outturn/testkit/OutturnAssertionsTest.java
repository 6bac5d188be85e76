package io.github.outturn.testkit;

import static io.github.outturn.testkit.OutturnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.benchmark.ConfidenceIntervals;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Status;
import io.github.outturn.model.Target;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.rating.IndicatorAssessment;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.summary.RagDistribution;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class OutturnAssertionsTest {

    private static final FinancialYear YEAR = FinancialYear.of(2014);

    /** 44.9% against a target of 45.0% with the default 5% tolerance (edge 42.75): AMBER, worked by hand. */
    private static IndicatorAssessment amber() {
        Indicator i = Indicator.builder()
                .id("take-up")
                .name("Take-up")
                .unit("%")
                .decimalPlaces(1)
                .polarity(Polarity.HIGHER_IS_BETTER)
                .build();
        return IndicatorRating.assess(
                i,
                "356",
                YEAR,
                Optional.of(Observation.of("take-up", "356", YEAR, new BigDecimal("44.9"))),
                Optional.of(Target.builder()
                        .indicatorId("take-up")
                        .period(YEAR)
                        .value(new BigDecimal("45.0"))
                        .build()),
                Optional.empty(),
                RatingPolicy.defaults());
    }

    @Test
    void assessment_passesAndFailsOnStatusReasonAndPolicy() {
        IndicatorAssessment a = amber();
        assertThat(a).isAmber().hasReasonContaining("within the 5% tolerance").hasPolicyReference("outturn-default@2");
        assertThatThrownBy(() -> assertThat(a).isRed())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to be RED but it was AMBER")
                .hasMessageContaining("44.9%");
        assertThatThrownBy(() -> assertThat(a).isGreen()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(a).isBlue()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(a).isNotRated()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(a).hasNoData()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(a).hasReasonContaining("beyond the tolerance"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(a).hasPolicyReference("other@1")).isInstanceOf(AssertionError.class);
    }

    /** 13/3 + 2/3 + 1 = 6 actions: 72.2%, 11.1%, 16.7%, shown 72, 11, 17 (half up). */
    @Test
    void distribution_checksExactCountsAndShownPercentages() {
        RagDistribution d = RagDistribution.of(
                Map.of(
                        Status.GREEN, BigFraction.of(13, 3),
                        Status.AMBER, BigFraction.of(2, 3),
                        Status.RED, BigFraction.ONE),
                RatingPolicy.defaults());
        assertThat(d)
                .hasCount(Status.GREEN, "13/3")
                .hasCount(Status.RED, "1")
                .hasTotal("6")
                .hasPercentage(Status.GREEN, "72")
                .hasPercentage(Status.AMBER, "11")
                .hasPercentage(Status.RED, "17")
                .hasPercentage(Status.NOT_RATED, null);
        assertThatThrownBy(() -> assertThat(d).hasCount(Status.GREEN, "4")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(d).hasTotal("5")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(d).hasPercentage(Status.GREEN, "72.2"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(d).hasPercentage(Status.NOT_RATED, "0"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void rank_checksRankAndTop() {
        assertThat(Rank.of(3, 152)).isRank("3 of 152").isInTop(3);
        assertThatThrownBy(() -> assertThat(Rank.of(3, 152)).isRank("3 of 151")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(Rank.of(3, 152)).isInTop(2)).isInstanceOf(AssertionError.class);
    }

    /**
     * Wilson score interval for 81 of 100 at 95% (z = 1.959964), worked by hand: centre (0.81 +
     * z^2/200) / (1 + z^2/100) = 0.798532, half-width z sqrt(0.81 * 0.19 / 100 + z^2/40000) / (1 +
     * z^2/100) = 0.076321, so 0.722212 to 0.874852.
     */
    @Test
    void interval_checksLimitsWithinATolerance() {
        var ci = ConfidenceIntervals.proportion(81, 100, ConfidenceLevel.NINETY_FIVE);
        assertThat(ci).hasLimitsWithin(0.722212, 0.874852, 0.000001).contains(0.81);
        assertThatThrownBy(() -> assertThat(ci).hasLimitsWithin(0.72, 0.87, 0.001))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(ci).contains(0.9)).isInstanceOf(AssertionError.class);
    }
}
