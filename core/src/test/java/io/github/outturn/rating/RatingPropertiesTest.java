package io.github.outturn.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Status;
import io.github.outturn.model.Target;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.period.FinancialYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RatingPropertiesTest {

    private static final String AREA = "E08000018";
    private static final FinancialYear FY = FinancialYear.of(2014);
    private static final List<Polarity> JUDGED =
            List.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER, Polarity.TARGET_BAND);

    /** One generated rating set-up: polarity, tolerance, precision and policy switches. */
    record Scenario(
            Polarity polarity,
            Tolerance.Kind kind,
            int dp,
            boolean raw,
            int blue,
            boolean rescue,
            BigDecimal target,
            BigDecimal width,
            BigDecimal amount,
            BigDecimal lastYear) {

        Indicator indicator() {
            return Indicator.builder()
                    .id("i")
                    .name("Indicator")
                    .decimalPlaces(dp)
                    .polarity(polarity)
                    .build();
        }

        Tolerance tolerance() {
            return switch (kind) {
                case RELATIVE -> Tolerance.relative(amount);
                case ABSOLUTE -> Tolerance.absolute(amount);
                // On the worse side: below the target (or band) unless lower is better.
                case THRESHOLD ->
                    Tolerance.threshold(
                            polarity == Polarity.LOWER_IS_BETTER ? target.add(amount) : target.subtract(amount));
            };
        }

        Target targetFor() {
            var b = Target.builder().indicatorId("i").period(FY).tolerance(tolerance());
            return polarity == Polarity.TARGET_BAND
                    ? b.lower(target).upper(target.add(width)).build()
                    : b.value(target).build();
        }

        RatingPolicy policy() {
            RatingPolicy p = RatingPolicy.defaults()
                    .withValueComparison(raw ? ValueComparison.RAW : ValueComparison.DISPLAY_PRECISION)
                    .withRescuedByImprovement(rescue);
            return switch (blue) {
                case 1 -> p.withBlueMargin(Tolerance.relative(new BigDecimal("10")));
                case 2 -> p.withBlueMargin(Tolerance.absolute(new BigDecimal("1.5")));
                default -> p;
            };
        }

        Status rate(BigDecimal value) {
            return IndicatorRating.assess(
                            indicator(),
                            AREA,
                            FY,
                            Optional.of(Observation.of("i", AREA, FY, value)),
                            Optional.of(targetFor()),
                            Optional.of(Observation.of("i", AREA, FY.samePeriodLastYear(), lastYear)),
                            policy())
                    .status();
        }

        BigDecimal compared(BigDecimal value) {
            return IndicatorRating.compared(value, indicator(), policy());
        }

        /** -1 below the band, 0 inside, +1 above (compared values). */
        int side(BigDecimal v) {
            if (v.compareTo(target) < 0) {
                return -1;
            }
            return v.compareTo(target.add(width)) > 0 ? 1 : 0;
        }

        BigDecimal distance(BigDecimal v) {
            int s = side(v);
            return s < 0 ? target.subtract(v) : s > 0 ? v.subtract(target.add(width)) : BigDecimal.ZERO;
        }

        /** Whether {@code a} is at least as good as {@code b}, comparing the values as the policy does. */
        boolean atLeastAsGood(BigDecimal a, BigDecimal b) {
            BigDecimal ca = compared(a);
            BigDecimal cb = compared(b);
            return switch (polarity) {
                case HIGHER_IS_BETTER -> ca.compareTo(cb) >= 0;
                case LOWER_IS_BETTER -> ca.compareTo(cb) <= 0;
                // Across the two sides of a band the Amber bands can differ (5% of each end, or a
                // threshold on one side only), so only values on the same side are ordered.
                default ->
                    side(ca) == 0 || (side(ca) == side(cb) && distance(ca).compareTo(distance(cb)) <= 0);
            };
        }
    }

    /** Hundredths from -200.00 to 200.00. */
    private static Gen<BigDecimal> values() {
        return integers().between(-20000, 20000).map(i -> BigDecimal.valueOf(i, 2));
    }

    private static Gen<Scenario> scenarios() {
        Gen<int[]> switches = integers()
                .between(0, 2)
                .zip(
                        integers().between(0, 2),
                        integers().between(0, 2),
                        integers().between(0, 2),
                        (p, k, dp, blue) -> new int[] {p, k, dp, blue});
        Gen<boolean[]> flags = booleans().all().zip(booleans().all(), (raw, rescue) -> new boolean[] {raw, rescue});
        Gen<BigDecimal[]> figures = integers()
                .between(-1000, 1000)
                .zip(
                        integers().between(0, 500),
                        integers().between(0, 300),
                        values(),
                        (t, w, a, ly) -> new BigDecimal[] {
                            BigDecimal.valueOf(t, 1), BigDecimal.valueOf(w, 1), BigDecimal.valueOf(a, 1), ly
                        });
        return switches.zip(
                flags,
                figures,
                (s, f, x) -> new Scenario(
                        JUDGED.get(s[0]),
                        Tolerance.Kind.values()[s[1]],
                        s[2],
                        f[0],
                        s[3],
                        f[1],
                        x[0],
                        x[1],
                        x[2],
                        x[3]));
    }

    private static int rank(Status s) {
        return switch (s) {
            case BLUE -> 0;
            case GREEN -> 1;
            case AMBER -> 2;
            case RED -> 3;
            default -> throw new AssertionError("unexpected " + s);
        };
    }

    @Test
    void property_betterValueNeverGetsWorseStatus() {
        qt().withFixedSeed(20261201L)
                .withExamples(4000)
                .forAll(scenarios(), values(), values())
                .checkAssert((s, a, b) -> {
                    BigDecimal better = s.atLeastAsGood(a, b) ? a : b;
                    BigDecimal worse = better == a ? b : a;
                    if (s.atLeastAsGood(better, worse)) {
                        assertThat(rank(s.rate(better)))
                                .as("%s: %s against %s", s, better, worse)
                                .isLessThanOrEqualTo(rank(s.rate(worse)));
                    }
                });
    }

    @Test
    void property_statusAloneAgreesWithTheAssessment() {
        qt().withFixedSeed(20261202L)
                .withExamples(4000)
                .forAll(scenarios(), values(), integers().between(0, 3))
                .checkAssert((s, value, absent) -> {
                    // absent: 0 everything given, 1 no value (suppressed), 2 no target, 3 no last year.
                    Optional<Observation> observation = Optional.of(
                            absent == 1
                                    ? Observation.missing("i", AREA, FY, ObservationStatus.SUPPRESSED)
                                    : Observation.of("i", AREA, FY, value));
                    Optional<Target> target = absent == 2 ? Optional.empty() : Optional.of(s.targetFor());
                    Optional<Observation> lastYear = absent == 3
                            ? Optional.empty()
                            : Optional.of(Observation.of("i", AREA, FY.samePeriodLastYear(), s.lastYear()));
                    IndicatorAssessment whole =
                            IndicatorRating.assess(s.indicator(), AREA, FY, observation, target, lastYear, s.policy());
                    assertThat(IndicatorRating.status(
                                    s.indicator(), AREA, FY, observation, target, lastYear, s.policy()))
                            .as("%s: %s", s, whole.reason())
                            .isEqualTo(whole.status());
                });
    }

    @Test
    void property_valueEqualToTargetIsGreen() {
        // Targets are in tenths; compared at display precision the indicator shows at least one
        // decimal, so the value a reader sees is the target itself.
        qt().withFixedSeed(20261202L)
                .withExamples(2000)
                .forAll(scenarios(), integers().between(0, 2), booleans().all())
                .checkAssert((s0, extraScale, atUpper) -> {
                    Scenario s = new Scenario(
                            s0.polarity(),
                            s0.kind(),
                            s0.raw() ? s0.dp() : Math.max(1, s0.dp()),
                            s0.raw(),
                            0,
                            s0.rescue(),
                            s0.target(),
                            s0.width(),
                            s0.amount(),
                            s0.lastYear());
                    BigDecimal end = s.polarity() == Polarity.TARGET_BAND && atUpper
                            ? s.target().add(s.width())
                            : s.target();
                    BigDecimal value = end.setScale(end.scale() + extraScale);
                    assertThat(s.rate(value)).as("%s: %s", s, value).isEqualTo(Status.GREEN);
                });
    }

    @Test
    void property_directionOfTravelIsAntisymmetric() {
        FinancialQuarter q1 = FinancialQuarter.of(2014, 1);
        FinancialQuarter q2 = FinancialQuarter.of(2014, 2);
        qt().withFixedSeed(20261203L)
                .withExamples(3000)
                .forAll(
                        scenarios().zip(integers().between(0, 3), (s, p) -> new Object[] {s, p}),
                        integers().between(0, 100),
                        values(),
                        values())
                .checkAssert((sp, band, a, b) -> {
                    Scenario s = (Scenario) sp[0];
                    Polarity polarity = Polarity.values()[(Integer) sp[1]];
                    Indicator ind = Indicator.builder()
                            .from(s.indicator())
                            .polarity(polarity)
                            .build();
                    RatingPolicy policy =
                            band == 0 ? s.policy() : s.policy().withNoChangeBand(BigDecimal.valueOf(band, 2));
                    Optional<Target> target = Optional.of(s.targetFor());
                    DirectionOfTravel forward = DirectionOfTravelRating.compare(
                            ind,
                            AREA,
                            q2,
                            TravelTerm.SHORT_TERM,
                            Optional.of(Observation.of("i", AREA, q2, b)),
                            Optional.of(Observation.of("i", AREA, q1, a)),
                            target,
                            policy);
                    DirectionOfTravel back = DirectionOfTravelRating.compare(
                            ind,
                            AREA,
                            q2,
                            TravelTerm.SHORT_TERM,
                            Optional.of(Observation.of("i", AREA, q2, a)),
                            Optional.of(Observation.of("i", AREA, q1, b)),
                            target,
                            policy);
                    assertThat(back.direction())
                            .as("%s %s: %s then %s", polarity, s, a, b)
                            .isEqualTo(forward.direction().reversed());
                    assertThat(back.absoluteChange().orElseThrow())
                            .isEqualByComparingTo(
                                    forward.absoluteChange().orElseThrow().negate());
                    assertThat(forward.direction()).isNotEqualTo(Direction.NOT_COMPARABLE);
                });
    }
}
