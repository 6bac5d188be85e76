package io.github.outturn.rating;

import static io.github.outturn.testkit.SampleDatasets.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Status;
import io.github.outturn.model.Target;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.FinancialYear;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The target region and the one decision both rating functions use, worked by hand. */
class TargetRegionTest {

    private static final FinancialYear YEAR = FinancialYear.of(2014);

    private static Indicator indicator(Polarity polarity) {
        return Indicator.builder()
                .id("i")
                .name("I")
                .unit("%")
                .decimalPlaces(1)
                .polarity(polarity)
                .build();
    }

    @Test
    void test_of_relativeToleranceBelowAHigherIsBetterTarget() {
        TargetRegion r = TargetRegion.of(
                indicator(Polarity.HIGHER_IS_BETTER),
                Target.of("i", YEAR, dec("45.0")),
                Tolerance.parse("5%"),
                RatingPolicy.defaults());
        // 5% of 45.0 is 2.25: Amber from 42.75 up to 45.0, GREEN from 45.0, no upper edge.
        assertThat(r.greenLow()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("45.0"));
        assertThat(r.amberLow()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("42.75"));
        assertThat(r.greenHigh()).isEmpty();
        assertThat(r.amberHigh()).isEmpty();
        assertThat(r.shortfall(dec("44.1"))).isEqualByComparingTo("0.9");
        assertThat(r.shortfall(dec("46"))).isEqualByComparingTo("0");
        assertThat(r.isAmber(dec("42.75"))).isTrue();
        assertThat(r.isAmber(dec("42.7"))).isFalse();
        assertThat(r.isBlue(dec("99"))).isFalse();
    }

    @Test
    void test_of_zeroTargetHasNoAmberBandOrIsNotRated() {
        Target zero = Target.of("i", YEAR, BigDecimal.ZERO);
        Indicator lower = indicator(Polarity.LOWER_IS_BETTER);
        TargetRegion none = TargetRegion.of(lower, zero, Tolerance.parse("5%"), RatingPolicy.defaults());
        assertThat(none.zeroNoAmberHigh()).isTrue();
        assertThat(none.zeroNotRated()).isFalse();
        assertThat(none.missedZeroSide(dec("0.1"))).isTrue();

        RatingPolicy notRated = RatingPolicy.defaults().withZeroTargetRule(ZeroTargetRule.NOT_RATED);
        TargetRegion unrated = TargetRegion.of(lower, zero, Tolerance.parse("5%"), notRated);
        assertThat(unrated.zeroNotRated()).isTrue();
        assertThat(unrated.zeroNoAmberHigh()).isFalse();
        RatingDecision d = RatingDecision.decide(
                lower,
                YEAR,
                Optional.of(Observation.of("i", "356", YEAR, dec("0.1"))),
                Optional.of(zero),
                Optional.empty(),
                Optional.empty(),
                notRated);
        assertThat(d.ground()).isEqualTo(RatingDecision.Ground.ZERO_TARGET_UNDEFINED);
        assertThat(d.status()).isEqualTo(Status.NOT_RATED);
    }

    @Test
    void test_of_blueMarginBelowALowerIsBetterTarget() {
        // Lower is better, target 10.0, BLUE margin 2 points: BLUE at 8.0 or below.
        RatingPolicy policy = RatingPolicy.defaults().withBlueMargin(Tolerance.parse("2"));
        TargetRegion r = TargetRegion.of(
                indicator(Polarity.LOWER_IS_BETTER), Target.of("i", YEAR, dec("10.0")), Tolerance.parse("5%"), policy);
        assertThat(r.blueEdge()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8.0"));
        assertThat(r.isBlue(dec("8.0"))).isTrue();
        assertThat(r.isBlue(dec("8.1"))).isFalse();
        // A BLUE threshold above a lower-is-better target is on its worse side.
        RatingPolicy wrong = RatingPolicy.defaults().withBlueMargin(Tolerance.threshold(dec("11")));
        assertThatThrownBy(() -> TargetRegion.of(
                        indicator(Polarity.LOWER_IS_BETTER),
                        Target.of("i", YEAR, dec("10.0")),
                        Tolerance.parse("5%"),
                        wrong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("worse side");
    }
}
