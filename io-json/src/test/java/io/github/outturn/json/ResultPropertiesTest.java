package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.benchmark.IntervalMethod;
import io.github.outturn.benchmark.Judgement;
import io.github.outturn.benchmark.JudgementBasis;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.period.FinancialHalfYear;
import io.github.outturn.summary.ActionSummary;
import io.github.outturn.summary.PercentageRounding;
import io.github.outturn.summary.RagDistribution;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * Generated summaries and comparisons written and read back are equal. Each example is built from one
 * generated seed, so that a failure names the seed that reproduces it.
 */
class ResultPropertiesTest {

    private static final OutturnJson INDENTED = OutturnJson.standard();
    private static final OutturnJson COMPACT = OutturnJson.standard().withIndent(false);

    private static <T> void assertRoundTrip(T value, Class<T> type) throws Exception {
        assertThat(INDENTED.readResult(INDENTED.writeResultAsString(value), type))
                .isEqualTo(value);
        assertThat(COMPACT.readResult(COMPACT.writeResultAsString(value), type)).isEqualTo(value);
    }

    /** A decimal of up to 12 digits with 0 to 4 places, trailing zeros kept ({@code 80.0}). */
    private static BigDecimal decimal(Random r) {
        return new BigDecimal(BigInteger.valueOf(r.nextLong() % 1_000_000_000_000L), r.nextInt(5));
    }

    private static <E extends Enum<E>> E pick(Random r, Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[r.nextInt(values.length)];
    }

    static RagDistribution distribution(Random r) {
        Map<Status, BigFraction> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            if (r.nextInt(4) > 0) {
                counts.put(s, BigFraction.of(r.nextInt(1000), 1 + r.nextInt(12)));
            }
        }
        Set<Status> denominator = EnumSet.noneOf(Status.class);
        for (Status s : Status.values()) {
            if (r.nextBoolean()) {
                denominator.add(s);
            }
        }
        if (denominator.isEmpty()) {
            denominator.add(pick(r, Status.class));
        }
        return RagDistribution.of(
                counts,
                denominator,
                pick(r, PercentageRounding.class),
                r.nextInt(4),
                r.nextInt(4),
                "p-" + r.nextInt(9) + "@1");
    }

    @Test
    void property_anySummaryWrittenAndReadBackIsEqual() {
        qt().withFixedSeed(20141015L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            RagDistribution d = distribution(r);
            ActionSummary s = ActionSummary.builder()
                    .scope(SummaryScope.THEME)
                    .scopeId("theme-" + r.nextInt(100))
                    .period(FinancialHalfYear.of(2000 + r.nextInt(30), 1 + r.nextInt(2)))
                    .distribution(d)
                    .actionCount(r.nextInt(50))
                    .policyReference(d.policyReference())
                    .build();
            try {
                assertRoundTrip(d, RagDistribution.class);
                assertRoundTrip(s, ActionSummary.class);
                // The displayed figures, derived from the exact counts and settings, come back too.
                RagDistribution back = INDENTED.readResult(INDENTED.writeResultAsString(d), RagDistribution.class);
                assertThat(back.displayedPercentages()).isEqualTo(d.displayedPercentages());
                assertThat(back.displayedTotal()).isEqualTo(d.displayedTotal());
            } catch (Exception e) {
                throw new AssertionError("seed " + seed, e);
            }
        });
    }

    @Test
    void property_anyComparisonWrittenAndReadBackIsEqual() {
        qt().withFixedSeed(20160331L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Optional<ConfidenceInterval> interval = Optional.empty();
            if (r.nextBoolean()) {
                double a = r.nextGaussian() * 100;
                double b = a + Math.abs(r.nextGaussian() * 10);
                interval = Optional.of(ConfidenceInterval.of(
                        a, b, ConfidenceLevel.defaults().get(r.nextInt(2)), pick(r, IntervalMethod.class)));
            }
            Comparison c = new Comparison(
                    "comparator " + r.nextInt(10),
                    r.nextBoolean() ? Optional.of(decimal(r)) : Optional.empty(),
                    r.nextBoolean() ? Optional.of(decimal(r)) : Optional.empty(),
                    r.nextBoolean() ? Optional.of(decimal(r)) : Optional.empty(),
                    r.nextBoolean() ? Optional.of(decimal(r)) : Optional.empty(),
                    pick(r, Judgement.class),
                    pick(r, JudgementBasis.class),
                    interval,
                    "reason \"" + r.nextInt() + "\"\n",
                    "b@" + r.nextInt(5));
            try {
                assertRoundTrip(c, Comparison.class);
            } catch (Exception e) {
                throw new AssertionError("seed " + seed, e);
            }
        });
    }
}
