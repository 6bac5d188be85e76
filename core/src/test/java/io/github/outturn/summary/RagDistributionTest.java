package io.github.outturn.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.model.Status;
import io.github.outturn.rating.RatingPolicy;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class RagDistributionTest {

    static final RatingPolicy DEFAULTS = RatingPolicy.defaults();

    @Test
    void test_of_thirdsAddUpExactly_andDisplayToOneDecimal() {
        // The Rotherham minutes (docs/summaries.md): 13/3 + 70/3 + 7/3 is exactly 30, shown 4.3, 23.3, 2.3.
        RagDistribution d = RagDistribution.of(
                Map.of(
                        Status.GREEN,
                        BigFraction.of(13, 3),
                        Status.AMBER,
                        BigFraction.of(70, 3),
                        Status.RED,
                        BigFraction.of(7, 3)),
                DEFAULTS);
        assertThat(d.total()).isEqualTo(BigFraction.of(30));
        assertThat(d.overallTotal()).isEqualTo(BigFraction.of(30));
        assertThat(d.displayedCount(Status.GREEN)).isEqualByComparingTo("4.3");
        assertThat(d.displayedCount(Status.AMBER)).isEqualByComparingTo("23.3");
        assertThat(d.displayedCount(Status.RED)).isEqualByComparingTo("2.3");
        assertThat(d.displayedCount(Status.GREEN).scale()).isEqualTo(1);
        assertThat(d.displayedTotal()).isEqualTo(new BigDecimal("30.0"));
        // Shares by hand: 13/90 = 14.4% -> 14; 70/90 = 77.8% -> 78; 7/90 = 7.8% -> 8; BLUE 0.
        assertThat(d.share(Status.GREEN)).contains(BigFraction.of(13, 90));
        assertThat(d.displayedPercentages())
                .containsEntry(Status.GREEN, new BigDecimal("14"))
                .containsEntry(Status.AMBER, new BigDecimal("78"))
                .containsEntry(Status.RED, new BigDecimal("8"))
                .containsEntry(Status.BLUE, new BigDecimal("0"))
                .doesNotContainKey(Status.NOT_RATED);
        assertThat(d.policyReference()).isEqualTo("outturn-default@2");
    }

    @Test
    void test_getDisplayedPercentage_halfUp_2505ShowsAs25() {
        // 25.05 Green of 100: 25.05% shows as 25% at 0 decimals (half up at the units), 25.1% at 1.
        Map<Status, BigFraction> counts =
                Map.of(Status.GREEN, BigFraction.of(2505, 100), Status.AMBER, BigFraction.of(7495, 100));
        assertThat(RagDistribution.of(counts, DEFAULTS).displayedPercentage(Status.GREEN))
                .contains(new BigDecimal("25"));
        assertThat(RagDistribution.of(counts, DEFAULTS.withPercentageDecimals(1))
                        .displayedPercentage(Status.GREEN))
                .contains(new BigDecimal("25.1"));
    }

    @Test
    void test_getDisplayedPercentages_largestRemainderSumsTo100() {
        // One action each: 33.33...% each. Half up gives 33 + 33 + 33 = 99; largest remainder gives
        // the last unit to the earliest of the equal remainders (GREEN): 34 + 33 + 33 = 100.
        Map<Status, BigFraction> counts =
                Map.of(Status.GREEN, BigFraction.ONE, Status.AMBER, BigFraction.ONE, Status.RED, BigFraction.ONE);
        RagDistribution halfUp = RagDistribution.of(counts, DEFAULTS);
        assertThat(halfUp.displayedPercentages().values())
                .containsExactly(new BigDecimal("0"), new BigDecimal("33"), new BigDecimal("33"), new BigDecimal("33"));
        RagDistribution lr =
                RagDistribution.of(counts, DEFAULTS.withPercentageRounding(PercentageRounding.LARGEST_REMAINDER));
        assertThat(lr.displayedPercentages())
                .containsEntry(Status.BLUE, new BigDecimal("0"))
                .containsEntry(Status.GREEN, new BigDecimal("34"))
                .containsEntry(Status.AMBER, new BigDecimal("33"))
                .containsEntry(Status.RED, new BigDecimal("33"));
        // 1/6, 2/6, 3/6 at one decimal: 16.6|6, 33.3|3, 50.0 -> floors 16.6, 33.3, 50.0 (99.9), the
        // largest remainder (2/3 of a unit, GREEN) gets the last tenth: 16.7, 33.3, 50.0.
        RagDistribution lr1 = RagDistribution.of(
                Map.of(Status.GREEN, BigFraction.ONE, Status.AMBER, BigFraction.of(2), Status.RED, BigFraction.of(3)),
                DEFAULTS.withPercentageRounding(PercentageRounding.LARGEST_REMAINDER)
                        .withPercentageDecimals(1));
        assertThat(lr1.displayedPercentage(Status.GREEN)).contains(new BigDecimal("16.7"));
        assertThat(lr1.displayedPercentage(Status.AMBER)).contains(new BigDecimal("33.3"));
        assertThat(lr1.displayedPercentage(Status.RED)).contains(new BigDecimal("50.0"));
    }

    @Test
    void test_getShare_noRatedActions_noPercentagesRatherThanDivisionByZero() {
        RagDistribution d = RagDistribution.of(Map.of(Status.NOT_RATED, BigFraction.of(2)), DEFAULTS);
        assertThat(d.total()).isEqualTo(BigFraction.ZERO);
        assertThat(d.outsideTotal()).isEqualTo(BigFraction.of(2));
        assertThat(d.overallTotal()).isEqualTo(BigFraction.of(2));
        assertThat(d.share(Status.GREEN)).isEmpty();
        assertThat(d.displayedPercentage(Status.GREEN)).isEmpty();
        assertThat(d.displayedPercentages()).isEmpty();
        assertThat(RagDistribution.empty(DEFAULTS).displayedPercentages()).isEmpty();
        assertThat(d.toString()).contains("NOT_RATED 2 (2.0)").doesNotContain("%");
    }

    @Test
    void test_getShare_statusOutsideTheDenominator_isEmpty() {
        RagDistribution d =
                RagDistribution.of(Map.of(Status.GREEN, BigFraction.ONE, Status.NO_DATA, BigFraction.ONE), DEFAULTS);
        assertThat(d.share(Status.NO_DATA)).isEmpty();
        assertThat(d.share(Status.GREEN)).contains(BigFraction.ONE);
        RagDistribution withNotRated = RagDistribution.of(
                Map.of(Status.GREEN, BigFraction.ONE, Status.NOT_RATED, BigFraction.ONE),
                DEFAULTS.withDenominatorStatuses(EnumSet.of(Status.GREEN, Status.NOT_RATED)));
        assertThat(withNotRated.share(Status.NOT_RATED)).contains(BigFraction.of(1, 2));
        assertThat(withNotRated.denominatorStatuses()).containsExactly(Status.GREEN, Status.NOT_RATED);
    }

    @Test
    void test_of_negativeCount_isRejectedWithTheValue() {
        assertThatThrownBy(() -> RagDistribution.of(Map.of(Status.RED, BigFraction.of(-1, 2)), DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RED")
                .hasMessageContaining("-1 / 2");
    }

    @Test
    void test_equals_countsAndSettings() {
        RagDistribution a = RagDistribution.of(Map.of(Status.GREEN, BigFraction.of(1, 2)), DEFAULTS);
        RagDistribution b = RagDistribution.of(Map.of(Status.GREEN, BigFraction.of(2, 4)), DEFAULTS);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isEqualTo(a).isNotEqualTo("x");
        assertThat(a).isNotEqualTo(RagDistribution.of(Map.of(Status.GREEN, BigFraction.ONE), DEFAULTS));
        assertThat(a).isNotEqualTo(RagDistribution.of(a.counts(), DEFAULTS.withCountDecimals(2)));
        assertThat(a).isNotEqualTo(RagDistribution.of(a.counts(), DEFAULTS.withPercentageDecimals(2)));
        assertThat(a)
                .isNotEqualTo(RagDistribution.of(
                        a.counts(), DEFAULTS.withPercentageRounding(PercentageRounding.LARGEST_REMAINDER)));
        assertThat(a).isNotEqualTo(RagDistribution.of(a.counts(), DEFAULTS.withVersion("3")));
        assertThat(a)
                .isNotEqualTo(
                        RagDistribution.of(a.counts(), DEFAULTS.withDenominatorStatuses(EnumSet.of(Status.GREEN))));
        assertThat(a.toString()).contains("GREEN 1 / 2 (0.5, 100%)").endsWith("[outturn-default@2]");
    }

    @Test
    void test_of_settingsOneByOne_equalsThePolicysDistribution() {
        RagDistribution byPolicy = RagDistribution.of(Map.of(Status.GREEN, BigFraction.of(1, 2)), DEFAULTS);
        // The defaults (docs/summaries.md): blue, green, amber and red in the denominator, percentages half up
        // to 0 decimals, counts to 1 decimal.
        RagDistribution oneByOne = RagDistribution.of(
                Map.of(Status.GREEN, BigFraction.of(1, 2)),
                EnumSet.of(Status.BLUE, Status.GREEN, Status.AMBER, Status.RED),
                PercentageRounding.HALF_UP,
                0,
                1,
                "outturn-default@2");
        assertThat(oneByOne).isEqualTo(byPolicy);
        assertThat(oneByOne.percentageRounding()).isEqualTo(PercentageRounding.HALF_UP);
        assertThat(oneByOne.percentageDecimals()).isZero();
        assertThat(oneByOne.countDecimals()).isEqualTo(1);
    }

    @Test
    void test_of_settingsOneByOne_rejectsNoDenominatorAndNegativeDecimals() {
        Map<Status, BigFraction> counts = Map.of(Status.GREEN, BigFraction.ONE);
        assertThatThrownBy(() -> RagDistribution.of(
                        counts, EnumSet.noneOf(Status.class), PercentageRounding.HALF_UP, 0, 1, "p@1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("denominator statuses are empty");
        assertThatThrownBy(() ->
                        RagDistribution.of(counts, EnumSet.of(Status.GREEN), PercentageRounding.HALF_UP, -1, 1, "p@1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1 (percentages)");
        assertThatThrownBy(() ->
                        RagDistribution.of(counts, EnumSet.of(Status.GREEN), PercentageRounding.HALF_UP, 0, -2, "p@1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-2 (counts)");
    }
}
