package io.github.outturn.summary;

import static io.github.outturn.testkit.SampleDatasets.fy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Priority;
import io.github.outturn.model.ReportedSummary;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.model.Theme;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.RatingPolicy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.numbers.fraction.Fraction;
import org.junit.jupiter.api.Test;

class SummaryPropertiesTest {

    static final ReportingPeriod H1 = fy("2014/15 H1");

    /**
     * A random plan: 1 to 4 priorities, spread over two themes or none; actions linked to 1 to all of
     * them, half with explicit weights (positive, summing to 1); most rated for H1 in any status, the
     * rest with no update.
     */
    static Dataset randomPlan(long seed, int minActions) {
        Random r = new Random(seed);
        int p = 1 + r.nextInt(4);
        io.github.outturn.model.Dataset.Builder b =
                Dataset.builder().addThemes(Theme.of("T1", "Start Well"), Theme.of("T2", "Live Well"));
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= p; i++) {
            ids.add("P" + i);
            int theme = r.nextInt(3);
            b.addPriorities(Priority.builder()
                    .id("P" + i)
                    .name("Priority " + i)
                    .themeId(theme == 0 ? java.util.Optional.empty() : java.util.Optional.of("T" + theme))
                    .build());
        }
        int n = minActions + r.nextInt(20);
        for (int a = 1; a <= n; a++) {
            List<String> linked = new ArrayList<>(ids);
            Collections.shuffle(linked, r);
            linked = linked.subList(0, 1 + r.nextInt(p));
            Action.Builder ab =
                    Action.builder().id("A" + a).title("Action " + a).addAllPriorityIds(linked);
            if (r.nextBoolean()) {
                int[] w = new int[linked.size()];
                int sum = 0;
                for (int i = 0; i < w.length; i++) {
                    w[i] = 1 + r.nextInt(5);
                    sum += w[i];
                }
                for (int wi : w) {
                    ab.addWeights(Fraction.of(wi, sum));
                }
            }
            b.addActions(ab.build());
            if (r.nextInt(10) > 0) {
                b.addActionUpdates(ActionUpdate.of("A" + a, H1, Status.values()[r.nextInt(Status.values().length)]));
            }
        }
        return b.build();
    }

    /** The figures a report would print from the library's own summary. */
    static List<ReportedSummary> print(PlanSummary s) {
        List<ReportedSummary> out = new ArrayList<>();
        for (ActionSummary a : s.priorities().values()) {
            out.add(printCounts(a));
        }
        for (ActionSummary a : s.themes().values()) {
            out.add(printCounts(a));
        }
        RagDistribution plan = s.plan().distribution();
        out.add(ReportedSummary.builder()
                .period(H1)
                .scope(SummaryScope.PLAN)
                .total(plan.displayedOverallTotal())
                .percentages(plan.displayedPercentages())
                .build());
        return out;
    }

    static ReportedSummary printCounts(ActionSummary a) {
        RagDistribution d = a.distribution();
        Map<Status, BigDecimal> counts = new EnumMap<>(Status.class);
        for (Status st : Status.values()) {
            if (!d.count(st).isZero()) {
                counts.put(st, d.displayedCount(st));
            }
        }
        return ReportedSummary.builder()
                .period(H1)
                .scope(a.scope())
                .scopeId(a.scopeId())
                .counts(counts)
                .total(d.displayedOverallTotal())
                .build();
    }

    @Test
    void property_fractionalWeightsAddUpExactlyToTheNumberOfActions() {
        qt().withFixedSeed(3301L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Dataset ds = randomPlan(seed, 1);
            PlanSummary s = ActionSummaries.summarise(ds, H1, RatingPolicy.defaults());
            BigFraction sum = BigFraction.ZERO;
            for (ActionSummary p : s.priorities().values()) {
                sum = sum.add(p.distribution().overallTotal());
            }
            assertThat(sum).isEqualTo(BigFraction.of(ds.actions().size()));
            assertThat(s.plan().distribution().overallTotal()).isEqualTo(sum);
            for (Action a : ds.actions()) {
                BigFraction w = BigFraction.ZERO;
                for (BigFraction x : ActionWeights.weights(
                                a, RatingPolicy.defaults().countingMethod())
                        .values()) {
                    w = w.add(x);
                }
                assertThat(w).isEqualTo(BigFraction.ONE);
            }
        });
    }

    @Test
    void property_largestRemainderPercentagesSumTo100() {
        qt().withFixedSeed(3302L)
                .withExamples(500)
                .forAll(
                        lists().of(integers().between(0, 500)).ofSize(6),
                        integers().between(1, 12),
                        integers().between(0, 3))
                .checkAssert((numerators, denominator, decimals) -> {
                    Map<Status, BigFraction> counts = new EnumMap<>(Status.class);
                    for (int i = 0; i < 6; i++) {
                        counts.put(Status.values()[i], BigFraction.of(numerators.get(i), denominator));
                    }
                    RagDistribution d = RagDistribution.of(
                            counts,
                            RatingPolicy.defaults()
                                    .withPercentageRounding(PercentageRounding.LARGEST_REMAINDER)
                                    .withPercentageDecimals(decimals));
                    Map<Status, BigDecimal> pct = d.displayedPercentages();
                    if (d.total().isZero()) {
                        assertThat(pct).isEmpty();
                        return;
                    }
                    BigDecimal sum = pct.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(sum).isEqualByComparingTo("100");
                    BigFraction unit = BigFraction.of(BigInteger.ONE, BigInteger.TEN.pow(decimals));
                    pct.forEach((st, v) -> {
                        BigFraction exact = d.share(st).orElseThrow().multiply(100);
                        // Within one unit of the exact share, never below its floor.
                        assertThat(Reconciliation.fraction(v).subtract(exact).abs())
                                .isLessThan(unit);
                        assertThat(v.scale()).isEqualTo(decimals);
                    });
                });
    }

    @Test
    void property_computedSummariesPrintedAtAnyPrecisionReconcileWithThemselvesAndTheData() {
        qt().withFixedSeed(3303L)
                .withExamples(150)
                .forAll(
                        longs().all(),
                        integers().between(0, 2),
                        integers().between(0, 2),
                        integers().between(0, 1))
                .checkAssert((seed, countDecimals, percentageDecimals, rounding) -> {
                    Dataset ds = randomPlan(seed, 1);
                    RatingPolicy policy = RatingPolicy.defaults()
                            .withCountDecimals(countDecimals)
                            .withPercentageDecimals(percentageDecimals)
                            .withPercentageRounding(PercentageRounding.values()[rounding]);
                    List<ReportedSummary> printed = print(ActionSummaries.summarise(ds, H1, policy));
                    ReconciliationReport alone = Reconciliation.reconcile(printed, policy);
                    assertThat(alone.discrepancies()).isEmpty();
                    ReconciliationReport withData = Reconciliation.reconcile(printed, ds, policy);
                    assertThat(withData.againstData())
                            .isEqualTo(!ds.actionUpdates().isEmpty());
                    assertThat(withData.discrepancies()).isEmpty();
                    assertThat(withData.checkCount()).isGreaterThan(alone.checkCount());
                });
    }

    @Test
    void property_aPlantedDecimalSlipIsFound_andListedFirstAgainstTheRegister() {
        qt().withFixedSeed(3304L).withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            // At least 24 actions over at most 4 priorities x 6 statuses: some count is 1.0 or more.
            Dataset ds = randomPlan(seed, 24);
            RatingPolicy policy = RatingPolicy.defaults();
            List<ReportedSummary> printed = print(ActionSummaries.summarise(ds, H1, policy));
            int target = 0;
            Status status = null;
            BigDecimal largest = BigDecimal.ZERO;
            for (int i = 0; i < printed.size(); i++) {
                if (printed.get(i).scope() == SummaryScope.PRIORITY) {
                    for (Map.Entry<Status, BigDecimal> c :
                            printed.get(i).counts().entrySet()) {
                        if (c.getValue().compareTo(largest) > 0) {
                            largest = c.getValue();
                            target = i;
                            status = c.getKey();
                        }
                    }
                }
            }
            assertThat(largest).isGreaterThanOrEqualTo(BigDecimal.ONE);
            // "12.5" printed as "125": the decimal point lost.
            BigDecimal slipped = largest.movePointRight(1).setScale(0);
            Map<Status, BigDecimal> counts = new EnumMap<>(printed.get(target).counts());
            counts.put(status, slipped);
            List<ReportedSummary> planted = new ArrayList<>(printed);
            planted.set(
                    target,
                    io.github.outturn.model.ImmutableReportedSummary.copyOf(printed.get(target))
                            .withCounts(counts));
            ReconciliationReport r = Reconciliation.reconcile(planted, ds, policy);
            assertThat(r.isConsistent()).isFalse();
            String where = printed.get(target).scopeId().orElseThrow();
            Status st = status;
            BigDecimal original = largest;
            assertThat(r.corrections()).anySatisfy(c -> {
                assertThat(c.figure().scopeId()).contains(where);
                assertThat(c.figure().status()).contains(st);
                assertThat(c.corrected()).isEqualByComparingTo(original);
                assertThat(c.edit()).isEqualTo(EditKind.MISPLACED_DECIMAL_POINT);
            });
            // Without the register the slip is found too (among the candidates).
            assertThat(Reconciliation.reconcile(planted, policy).corrections()).anySatisfy(c -> {
                assertThat(c.figure().scopeId()).contains(where);
                assertThat(c.corrected()).isEqualByComparingTo(original);
            });
            // Against the register, changing the slip back is the most plausible correction.
            assertThat(r.corrections().get(0).corrected()).isEqualByComparingTo(original);
        });
    }
}
