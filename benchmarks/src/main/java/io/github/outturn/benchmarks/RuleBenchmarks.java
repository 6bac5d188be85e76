package io.github.outturn.benchmarks;

import io.github.outturn.benchmark.Band;
import io.github.outturn.benchmark.Bands;
import io.github.outturn.benchmark.BoundaryRule;
import io.github.outturn.benchmark.CutPoints;
import io.github.outturn.benchmark.Ranking;
import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Priority;
import io.github.outturn.model.Status;
import io.github.outturn.model.Target;
import io.github.outturn.model.Theme;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.FinancialHalfYear;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.IndicatorAssessment;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.summary.ActionSummaries;
import io.github.outturn.summary.PlanSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.numbers.fraction.Fraction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The rule functions alone, on inputs built in the setup: indicator assessments, the summaries of a
 * 10,000-action register, and the rank and bands of 153 values.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar RuleBenchmarks -prof gc}
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RuleBenchmarks {

    /** Assessments per invocation of {@link #assess}. */
    static final int ASSESSMENTS = 1024;

    /** Values ranked and banded: England's 153 local authorities of 2019. */
    static final int VALUES = 153;

    private final RatingPolicy ratingPolicy = RatingPolicy.defaults();
    private Indicator[] indicators;
    private String[] areas;
    private ReportingPeriod period;
    private List<Optional<Observation>> observations;
    private List<Optional<Target>> targets;
    private List<Optional<Observation>> lastYears;
    private Dataset register;
    private ReportingPeriod review;
    private List<BigDecimal> values;

    /** Builds the inputs. */
    @Setup(Level.Trial)
    public void setUp() {
        period = FinancialYear.of(2016);
        ReportingPeriod before = FinancialYear.of(2015);
        Indicator higher = Indicator.builder()
                .id("take-up")
                .name("Take-up")
                .polarity(Polarity.HIGHER_IS_BETTER)
                .build();
        Indicator lower = Indicator.builder()
                .id("admissions")
                .name("Admissions")
                .polarity(Polarity.LOWER_IS_BETTER)
                .build();
        indicators = new Indicator[ASSESSMENTS];
        areas = new String[ASSESSMENTS];
        observations = new ArrayList<>(ASSESSMENTS);
        targets = new ArrayList<>(ASSESSMENTS);
        lastYears = new ArrayList<>(ASSESSMENTS);
        for (int i = 0; i < ASSESSMENTS; i++) {
            Indicator ind = i % 2 == 0 ? higher : lower;
            String area = "E0800" + (1000 + i);
            indicators[i] = ind;
            areas[i] = area;
            // Values from 40.0 to 59.9 against a target of 50 with a 5% tolerance: every status occurs.
            BigDecimal value = BigDecimal.valueOf(400 + (i * 37) % 200, 1);
            observations.add(
                    i % 50 == 49 ? Optional.empty() : Optional.of(Observation.of(ind.id(), area, period, value)));
            targets.add(Optional.of(Target.builder()
                    .indicatorId(ind.id())
                    .period(period)
                    .value(BigDecimal.valueOf(50))
                    .tolerance(Tolerance.parse("5%"))
                    .build()));
            lastYears.add(Optional.of(
                    Observation.of(ind.id(), area, before, BigDecimal.valueOf(450 + (i * 13) % 100, 1))));
        }

        review = FinancialHalfYear.of(2016, 1);
        Dataset.Builder b = Dataset.builder();
        for (int t = 0; t < 4; t++) {
            b.addThemes(Theme.builder().id("T" + t).name("Theme " + t).build());
        }
        for (int p = 0; p < 20; p++) {
            b.addPriorities(Priority.builder()
                    .id("P" + p)
                    .name("Priority " + p)
                    .themeId("T" + p % 4)
                    .build());
        }
        Status[] statuses = {Status.GREEN, Status.AMBER, Status.RED, Status.BLUE, Status.NOT_RATED};
        for (int a = 0; a < 10_000; a++) {
            Action.Builder action =
                    Action.builder().id("A" + a).title("Action " + a).addPriorityIds("P" + a % 20);
            if (a % 3 == 0) {
                action.addPriorityIds("P" + (a + 7) % 20).addWeights(Fraction.of(1, 4), Fraction.of(3, 4));
            }
            b.addActions(action.build());
            if (a % 25 != 24) {
                b.addActionUpdates(ActionUpdate.of("A" + a, review, statuses[a % statuses.length]));
            }
            b.addActionUpdates(ActionUpdate.of("A" + a, FinancialHalfYear.of(2015, 2), Status.AMBER));
        }
        register = b.build();

        values = new ArrayList<>(VALUES);
        for (int i = 0; i < VALUES; i++) {
            values.add(i % 40 == 39 ? null : BigDecimal.valueOf(300 + (i * 61) % 400, 1));
        }
    }

    /** Indicator assessments against a target with tolerance and last year's value. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(ASSESSMENTS)
    public void assess(Blackhole bh) {
        for (int i = 0; i < ASSESSMENTS; i++) {
            IndicatorAssessment a = IndicatorRating.assess(
                    indicators[i],
                    areas[i],
                    period,
                    observations.get(i),
                    targets.get(i),
                    lastYears.get(i),
                    ratingPolicy);
            bh.consume(a);
        }
    }

    /** The same ratings as {@link #assess}, the status alone ({@link IndicatorRating#status}). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(ASSESSMENTS)
    public void status(Blackhole bh) {
        for (int i = 0; i < ASSESSMENTS; i++) {
            bh.consume(IndicatorRating.status(
                    indicators[i],
                    areas[i],
                    period,
                    observations.get(i),
                    targets.get(i),
                    lastYears.get(i),
                    ratingPolicy));
        }
    }

    /** The plan, priority and theme summaries of a 10,000-action register for one review. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public PlanSummary summarise() {
        return ActionSummaries.summarise(register, review, ratingPolicy);
    }

    /** The rank and quartile band of each of 153 values. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long rankAndBand() {
        Ranking ranking = Ranking.of(values, Polarity.HIGHER_IS_BETTER);
        CutPoints cuts = ranking.cutPoints(4);
        long checksum = 0;
        for (int i = 0; i < VALUES; i++) {
            checksum += ranking.rankNumberAt(i);
            checksum += Bands.band(values.get(i), cuts, Polarity.HIGHER_IS_BETTER, BoundaryRule.LAIT)
                    .map(Band::number)
                    .orElse(0);
        }
        return checksum;
    }
}
