package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.outturn.benchmark.AreaBenchmarks;
import io.github.outturn.benchmark.AuthorityRank;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.ComparatorAverage;
import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.ConfidenceIntervals;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.benchmark.GroupComparison;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.benchmark.SeriesRecord;
import io.github.outturn.highlight.Concern;
import io.github.outturn.highlight.Exceptions;
import io.github.outturn.highlight.Highlight;
import io.github.outturn.highlight.HighlightPolicy;
import io.github.outturn.highlight.Highlights;
import io.github.outturn.highlight.IndicatorRollup;
import io.github.outturn.highlight.IndicatorRollups;
import io.github.outturn.highlight.TimeSeries;
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
import io.github.outturn.summary.ActionSummary;
import io.github.outturn.summary.MovementMatrix;
import io.github.outturn.summary.PeriodComparison;
import io.github.outturn.summary.PlanSummary;
import io.github.outturn.summary.RagDistribution;
import io.github.outturn.summary.Reconciliation;
import io.github.outturn.summary.ReconciliationReport;
import io.github.outturn.testkit.SampleDatasets;
import io.github.outturn.validation.ValidationReport;
import io.github.outturn.validation.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A golden file for every result type, in {@code src/test/resources/golden/results/}: each result,
 * computed by core from the sample plan, writes to exactly its file, and the file reads back equal to
 * it. The figures inside are checked by core's own tests; these files pin the written form, so a
 * change to it shows as a diff to review. After a deliberate change of form, rewrite them with
 * {@code -Doutturn.golden.update=true} and review the diff.
 */
class ResultGoldenFilesTest {

    private static final OutturnJson JSON = OutturnJson.standard();
    private static final Dataset DS = SampleDatasets.plan();
    private static final RatingPolicy RATING = RatingPolicy.defaults();
    private static final BenchmarkPolicy BENCHMARK = BenchmarkPolicy.defaults();
    private static final HighlightPolicy HIGHLIGHT = HighlightPolicy.defaults();

    static Stream<Arguments> results() {
        var q2 = SampleDatasets.fy("2014/15 Q2");
        var year = SampleDatasets.fy("2014/15");
        var h1 = SampleDatasets.fy("2014/15 H1");
        PlanSummary summary = ActionSummaries.summarise(DS, h1, RATING);
        PeriodComparison movement = ActionSummaries.compare(DS, h1, SampleDatasets.fy("2014/15 H2"), RATING);
        GroupComparison group = AreaBenchmarks.compareWithGroup(
                DS, "two-year-offer", "356", q2, DS.comparatorGroups().get(0), BENCHMARK);
        ReconciliationReport reconciliation = Reconciliation.reconcile(
                List.of(ReportedSummary.builder()
                        .source("hand-made")
                        .period(h1)
                        .scope(SummaryScope.PLAN)
                        .putCounts(Status.GREEN, new BigDecimal("3"))
                        .putCounts(Status.AMBER, new BigDecimal("1"))
                        .putCounts(Status.RED, new BigDecimal("1"))
                        .total(new BigDecimal("50"))
                        .build()),
                RATING);
        return Stream.of(
                golden(
                        "indicator-assessment",
                        IndicatorRating.assess(DS, "two-year-offer", "356", q2, RATING.withForecastYearEnd(true)),
                        IndicatorAssessment.class),
                golden(
                        "direction-of-travel",
                        DirectionOfTravelRating.compare(DS, "admissions", "356", year, TravelTerm.SHORT_TERM, RATING),
                        DirectionOfTravel.class),
                golden("plan-summary", summary, PlanSummary.class),
                golden("action-summary", summary.plan(), ActionSummary.class),
                golden("rag-distribution", summary.plan().distribution(), RagDistribution.class),
                golden("period-comparison", movement, PeriodComparison.class),
                golden("movement-matrix", movement.plan(), MovementMatrix.class),
                golden("reconciliation-report", reconciliation, ReconciliationReport.class),
                golden(
                        "comparison",
                        AreaBenchmarks.compareWithBenchmarks(DS, "two-year-offer", "356", q2, BENCHMARK)
                                .get(0),
                        Comparison.class),
                golden("group-comparison", group, GroupComparison.class),
                golden("comparator-average", group.average(), ComparatorAverage.class),
                golden(
                        "confidence-interval",
                        ConfidenceIntervals.proportion(441, 1000, ConfidenceLevel.NINETY_FIVE),
                        ConfidenceInterval.class),
                golden("rank", Rank.of(3, 152), Rank.class),
                golden("series-record", AreaBenchmarks.record(DS, "admissions", "356", year), SeriesRecord.class),
                golden(
                        "authority-rank",
                        AreaBenchmarks.rankAmongAuthorities(DS, "two-year-offer", "356", q2, BENCHMARK),
                        AuthorityRank.class),
                golden(
                        "validation-report",
                        ValidationReport.of(List.of(
                                Violation.of("actions[3].weights", "1/3", "weights must sum to 1"),
                                Violation.of("plan.id", null, "must not be blank"))),
                        ValidationReport.class),
                golden("rating-policy", RATING, RatingPolicy.class),
                golden("benchmark-policy", BENCHMARK, BenchmarkPolicy.class),
                golden("highlight-policy", HIGHLIGHT, HighlightPolicy.class),
                golden(
                        "highlights",
                        Highlights.find(DS, "356", q2, HIGHLIGHT),
                        new TypeReference<List<Highlight>>() {}),
                golden(
                        "concerns",
                        Exceptions.find(DS, "356", Optional.empty(), HIGHLIGHT, RATING, BENCHMARK),
                        new TypeReference<List<Concern>>() {}),
                golden(
                        "indicator-rollups",
                        IndicatorRollups.of(DS, "356", Optional.empty(), RATING),
                        new TypeReference<List<IndicatorRollup>>() {}),
                golden(
                        "time-series",
                        TimeSeries.of(DS, "two-year-offer", "356", Optional.empty(), 10, BENCHMARK),
                        TimeSeries.class));
    }

    private static Arguments golden(String name, Object value, Class<?> type) {
        return Arguments.of(name, value, (Reader) text -> JSON.readResult(text, type));
    }

    private static Arguments golden(String name, Object value, TypeReference<?> type) {
        return Arguments.of(name, value, (Reader) text -> JSON.readResult(text, type));
    }

    /** Reads a golden file's text as the result's type. */
    @FunctionalInterface
    interface Reader {
        Object read(String text) throws IOException;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void test_goldenFile_writtenExactlyAndReadBackEqual(String name, Object value, Reader reader) throws IOException {
        Path file = Path.of("src/test/resources/golden/results", name + ".json");
        String written = JSON.writeResultAsString(value);
        if (Boolean.getBoolean("outturn.golden.update")) {
            Files.writeString(file, written);
        }
        assertThat(file).as("golden file").exists();
        String golden = Files.readString(file);
        assertThat(written).as(name).isEqualTo(golden);
        assertThat(reader.read(golden)).as(name).isEqualTo(value);
    }
}
