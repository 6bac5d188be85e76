package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.outturn.benchmark.AreaBenchmarks;
import io.github.outturn.benchmark.AverageMethod;
import io.github.outturn.benchmark.Band;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.BoundaryRule;
import io.github.outturn.benchmark.ComparatorAverage;
import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.ConfidenceIntervals;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.benchmark.GroupComparison;
import io.github.outturn.benchmark.JudgementBasis;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.benchmark.RankingSet;
import io.github.outturn.benchmark.SeriesRecord;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.ReportedSummary;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.rating.DirectionOfTravel;
import io.github.outturn.rating.DirectionOfTravelRating;
import io.github.outturn.rating.IndicatorAssessment;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.rating.TravelTerm;
import io.github.outturn.summary.ActionSummaries;
import io.github.outturn.summary.MovementMatrix;
import io.github.outturn.summary.PeriodComparison;
import io.github.outturn.summary.PlanSummary;
import io.github.outturn.summary.RagDistribution;
import io.github.outturn.summary.Reconciliation;
import io.github.outturn.summary.ReconciliationReport;
import io.github.outturn.testkit.SampleDatasets;
import io.github.outturn.validation.DatasetValidator;
import io.github.outturn.validation.ValidationReport;
import io.github.outturn.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every result type core computes, written and read back equal. */
class ResultRoundTripTest {

    private static final OutturnJson JSON = OutturnJson.standard();
    private static final Dataset DS = SampleDatasets.plan();
    private static final RatingPolicy POLICY = RatingPolicy.defaults();

    /** Writes, reads back as the value's own declared type, and checks the two are equal. */
    private static <T> T roundTrip(T value, Class<T> type) throws Exception {
        String text = JSON.writeResultAsString(value);
        T back = JSON.readResult(text, type);
        assertThat(back).as(text).isEqualTo(value);
        // And compact output reads back the same.
        assertThat(JSON.readResult(JSON.withIndent(false).writeResultAsString(value), type))
                .isEqualTo(value);
        return back;
    }

    @Test
    void test_readResult_indicatorAssessments() throws Exception {
        for (String[] a : new String[][] {
            {"two-year-offer", "2014/15 Q2"},
            {"two-year-offer", "2014/15 Q3"},
            {"admissions", "2014/15"},
            {"caseload", "2014/15"}
        }) {
            IndicatorAssessment assessment = IndicatorRating.assess(DS, a[0], "356", SampleDatasets.fy(a[1]), POLICY);
            roundTrip(assessment, IndicatorAssessment.class);
        }
        // A forecast year end nested inside an assessment, with the policy's forecasting on.
        IndicatorAssessment withForecast = IndicatorRating.assess(
                DS, "two-year-offer", "356", SampleDatasets.fy("2014/15 Q2"), POLICY.withForecastYearEnd(true));
        roundTrip(withForecast, IndicatorAssessment.class);
    }

    @Test
    void test_readResult_directionOfTravel() throws Exception {
        DirectionOfTravel d = DirectionOfTravelRating.compare(
                DS, "admissions", "356", SampleDatasets.fy("2014/15"), TravelTerm.SHORT_TERM, POLICY);
        assertThat(d.latestValue()).isPresent();
        roundTrip(d, DirectionOfTravel.class);
    }

    @Test
    void test_readResult_planSummaryAndDistributions() throws Exception {
        PlanSummary s = ActionSummaries.summarise(DS, SampleDatasets.fy("2014/15 H1"), POLICY);
        PlanSummary back = roundTrip(s, PlanSummary.class);
        // The priorities' fractional counts come back exact: P1 has amber 1/2 (A2 split over P1 and P2).
        assertThat(back.priorities().get("P1").distribution().displayedPercentages())
                .isEqualTo(s.priorities().get("P1").distribution().displayedPercentages());
        RagDistribution d = s.plan().distribution();
        roundTrip(d, RagDistribution.class);
        RatingPolicy other = POLICY.withPercentageDecimals(1).withCountDecimals(2);
        roundTrip(ActionSummaries.summarise(DS, SampleDatasets.fy("2014/15 H2"), other), PlanSummary.class);
    }

    @Test
    void test_readResult_periodComparisonAndMatrix() throws Exception {
        PeriodComparison c =
                ActionSummaries.compare(DS, SampleDatasets.fy("2014/15 H1"), SampleDatasets.fy("2014/15 H2"), POLICY);
        PeriodComparison back = roundTrip(c, PeriodComparison.class);
        assertThat(back.plan().changed()).isEqualTo(c.plan().changed());
        roundTrip(c.plan(), MovementMatrix.class);
    }

    @Test
    void test_readResult_reconciliationReportsAsAList() throws Exception {
        List<ReconciliationReport> reports = Reconciliation.reconcile(DS, POLICY);
        // And a printed summary that does not add up, so that discrepancies and corrections exist:
        // green 3, amber 1, red 1 printed with a total of 50 (3 + 1 + 1 is 5: a digit too many).
        ReconciliationReport wrong = Reconciliation.reconcile(
                List.of(ReportedSummary.builder()
                        .source("hand-made")
                        .period(SampleDatasets.fy("2014/15 H1"))
                        .scope(SummaryScope.PLAN)
                        .putCounts(Status.GREEN, new BigDecimal("3"))
                        .putCounts(Status.AMBER, new BigDecimal("1"))
                        .putCounts(Status.RED, new BigDecimal("1"))
                        .total(new BigDecimal("50"))
                        .build()),
                POLICY);
        assertThat(wrong.discrepancies()).isNotEmpty();
        assertThat(wrong.corrections()).isNotEmpty();
        List<ReconciliationReport> all = new java.util.ArrayList<>(reports);
        all.add(wrong);
        String text = JSON.writeResultAsString(all);
        List<ReconciliationReport> back = JSON.readResult(text, new TypeReference<List<ReconciliationReport>>() {});
        assertThat(back).isEqualTo(all);
        roundTrip(wrong, ReconciliationReport.class);
        ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        assertThat(JSON.readResult(in, "reports.json", new TypeReference<List<ReconciliationReport>>() {}))
                .isEqualTo(all);
    }

    @Test
    void test_readResult_comparisons() throws Exception {
        BenchmarkPolicy policy = BenchmarkPolicy.defaults();
        List<Comparison> cs = AreaBenchmarks.compareWithBenchmarks(
                DS, "two-year-offer", "356", SampleDatasets.fy("2014/15 Q2"), policy);
        assertThat(cs).isNotEmpty();
        for (Comparison c : cs) {
            roundTrip(c, Comparison.class);
        }
        Comparison byInterval = AreaBenchmarks.compareWithBenchmarks(
                        DS,
                        "two-year-offer",
                        "356",
                        SampleDatasets.fy("2014/15 Q2"),
                        policy.withJudgementBasis(JudgementBasis.CONFIDENCE_INTERVAL))
                .get(0);
        // Stockport's 44.1 has the interval [41.0, 47.2] in the sample: the comparison carries it.
        assertThat(byInterval.interval()).isPresent();
        roundTrip(byInterval, Comparison.class);
        Comparison withPeriod = AreaBenchmarks.compareWithPeriod(
                DS, "admissions", "356", SampleDatasets.fy("2014/15"), SampleDatasets.fy("2013/14"), policy);
        roundTrip(withPeriod, Comparison.class);
        ComparatorGroup group = DS.comparatorGroups().get(0);
        GroupComparison g = AreaBenchmarks.compareWithGroup(
                DS, "two-year-offer", "356", SampleDatasets.fy("2014/15 Q2"), group, policy);
        roundTrip(g, GroupComparison.class);
        roundTrip(g.average(), ComparatorAverage.class);
        roundTrip(
                new ComparatorAverage(
                        AverageMethod.MEDIAN, Optional.of(new BigDecimal("12.50")), List.of("a", "b"), List.of("c")),
                ComparatorAverage.class);
    }

    @Test
    void test_readResult_intervalsRanksBandsRecords() throws Exception {
        // 441 of 1000 at 95%: Wilson's interval, limits as doubles written in their shortest exact form.
        ConfidenceInterval ci = ConfidenceIntervals.proportion(441, 1000, ConfidenceLevel.NINETY_FIVE);
        ConfidenceInterval back = roundTrip(ci, ConfidenceInterval.class);
        assertThat(back.lower()).isEqualTo(ci.lower());
        roundTrip(
                ConfidenceInterval.given(
                        new BigDecimal("41.0"), new BigDecimal("47.2"), ConfidenceLevel.NINETY_NINE_POINT_EIGHT),
                ConfidenceInterval.class);
        roundTrip(Rank.of(3, 152), Rank.class);
        roundTrip(Band.C, Band.class);
        SeriesRecord r = AreaBenchmarks.record(DS, "admissions", "356", SampleDatasets.fy("2014/15"));
        roundTrip(r, SeriesRecord.class);
        SeriesRecord firstEver = AreaBenchmarks.record(DS, "admissions", "356", SampleDatasets.fy("2013/14"));
        roundTrip(firstEver, SeriesRecord.class);
    }

    @Test
    void test_readResult_validationReports() throws Exception {
        ValidationReport empty = DatasetValidator.create().validate(DS);
        roundTrip(empty, ValidationReport.class);
        ValidationReport some = ValidationReport.of(List.of(
                Violation.of("actions[3].weights", "1/3", "weights must sum to 1"),
                Violation.of("plan.id", null, "must not be blank")));
        roundTrip(some, ValidationReport.class);
    }

    @Test
    void test_readBenchmarkPolicy_roundTripAndDefaults(@TempDir Path dir) throws Exception {
        BenchmarkPolicy full = BenchmarkPolicy.builder()
                .id("lait-2024")
                .version("3")
                .confidenceLevel(ConfidenceLevel.NINETY_NINE_POINT_EIGHT)
                .judgementBasis(JudgementBasis.CONFIDENCE_INTERVAL)
                .similarityBand(new BigDecimal("0.50"))
                .averageMethod(AverageMethod.MEDIAN)
                .boundaryRule(BoundaryRule.values()[BoundaryRule.values().length - 1])
                .rankingSet(RankingSet.CURRENT_AUTHORITIES)
                .build();
        Path file = dir.resolve("benchmark-policy.json");
        JSON.writeBenchmarkPolicy(full, file);
        assertThat(JSON.readBenchmarkPolicy(file)).isEqualTo(full);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeBenchmarkPolicy(full, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.writeBenchmarkPolicyAsString(full));
        // Only id and version: every other setting is the documented default (95%, by value, mean, LAIT).
        BenchmarkPolicy bare = JSON.readBenchmarkPolicy(
                new ByteArrayInputStream("{\"id\": \"x\", \"version\": \"1\"}".getBytes(StandardCharsets.UTF_8)),
                "bare.json");
        assertThat(bare)
                .isEqualTo(BenchmarkPolicy.builder().id("x").version("1").build());
        assertThat(bare.confidenceLevel()).isEqualTo(ConfidenceLevel.NINETY_FIVE);
        assertThat(bare.averageMethod()).isEqualTo(AverageMethod.MEAN);
        assertThat(bare.similarityBand()).isEmpty();
        assertThat(bare.rankingSet()).isEqualTo(RankingSet.ALL_AUTHORITIES);
        assertThat(JSON.writeBenchmarkPolicyAsString(full)).contains("\"rankingSet\": \"current-authorities\"");
        BenchmarkPolicy current = JSON.readBenchmarkPolicy(
                new ByteArrayInputStream("{\"id\": \"x\", \"version\": \"1\", \"rankingSet\": \"current-authorities\"}"
                        .getBytes(StandardCharsets.UTF_8)),
                "current.json");
        assertThat(current.rankingSet()).isEqualTo(RankingSet.CURRENT_AUTHORITIES);
        // A rating policy reads back through the generic reader too.
        RatingPolicy rp = POLICY.withBlueMargin(io.github.outturn.model.Tolerance.parse("2%"));
        roundTrip(rp, RatingPolicy.class);
    }

    @Test
    void test_readResult_path(@TempDir Path dir) throws Exception {
        IndicatorAssessment a = IndicatorRating.assess(DS, "caseload", "356", SampleDatasets.fy("2014/15"), POLICY);
        Path file = dir.resolve("a.json");
        Files.writeString(file, JSON.writeResultAsString(a));
        assertThat(JSON.readResult(file, IndicatorAssessment.class)).isEqualTo(a);
    }
}
