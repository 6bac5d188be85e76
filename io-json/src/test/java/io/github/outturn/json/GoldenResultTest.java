package io.github.outturn.json;

import static io.github.outturn.testkit.SampleDatasets.dec;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.benchmark.Judgement;
import io.github.outturn.benchmark.JudgementBasis;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.FinancialHalfYear;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.rating.IndicatorAssessment;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.rating.ToleranceSource;
import io.github.outturn.summary.ActionSummaries;
import io.github.outturn.summary.ActionSummary;
import io.github.outturn.summary.Correction;
import io.github.outturn.summary.Discrepancy;
import io.github.outturn.summary.EditKind;
import io.github.outturn.summary.FigureKind;
import io.github.outturn.summary.PrintedFigure;
import io.github.outturn.summary.RagDistribution;
import io.github.outturn.summary.ReconciliationReport;
import io.github.outturn.testkit.SampleDatasets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * One golden document for each family of results (assessment, summary, reconciliation, comparison),
 * written by hand from docs/json-format.md: each reads to the value built by hand here, and that value
 * writes back to the same text.
 */
class GoldenResultTest {

    private static final OutturnJson JSON = OutturnJson.standard();

    private static String golden(String name) throws IOException {
        try (InputStream in = GoldenResultTest.class.getResourceAsStream("results/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static <T> void bothWays(String name, T value, Class<T> type) throws IOException {
        String text = golden(name);
        try (InputStream in = GoldenResultTest.class.getResourceAsStream("results/" + name)) {
            assertThat(JSON.readResult(in, name, type)).isEqualTo(value);
        }
        assertThat(JSON.writeResultAsString(value)).isEqualTo(text);
    }

    @Test
    void test_golden_assessment() throws Exception {
        FinancialQuarter q2 = FinancialQuarter.parse("2014/15 Q2");
        IndicatorAssessment a = IndicatorAssessment.builder()
                .indicatorId("two-year-offer")
                .areaCode("356")
                .period(q2)
                .status(Status.AMBER)
                .reason("44.1% is below the target of 45.0% by 0.9 points, within the 5% tolerance: AMBER")
                .policyReference("outturn-default@2")
                .observationStatus(ObservationStatus.PROVISIONAL)
                .publishedValue(dec("44.1"))
                .comparedValue(dec("44.1"))
                .targetPeriod(q2)
                .targetValue(dec("45.0"))
                .tolerance(Tolerance.parse("5%"))
                .toleranceSource(ToleranceSource.TARGET)
                .amberLowerEdge(dec("42.750"))
                .build();
        bothWays("assessment.json", a, IndicatorAssessment.class);
        // The sample's two-year offer: 44.1 against 45.0 with the target's 5% tolerance, so Amber down
        // to 45.0 x 0.95 = 42.750 (docs/rating.md section 1): core's assessment is the golden one.
        assertThat(IndicatorRating.assess(SampleDatasets.plan(), "two-year-offer", "356", q2, RatingPolicy.defaults()))
                .isEqualTo(a);
    }

    @Test
    void test_golden_actionSummary() throws Exception {
        FinancialHalfYear h1 = FinancialHalfYear.parse("2014/15 H1");
        // Priority P1 in 2014/15 H1: A1 green (wholly P1), A2 amber split half and half over P1 and P2.
        // Green 1 and amber 1/2 make a denominator of 3/2 (shown 1.5): green 1/(3/2) = 66.7% shows 67,
        // amber 33.3% shows 33, half up to whole percentages.
        ActionSummary s = ActionSummary.builder()
                .scope(SummaryScope.PRIORITY)
                .scopeId("P1")
                .period(h1)
                .distribution(RagDistribution.of(
                        Map.of(Status.GREEN, BigFraction.ONE, Status.AMBER, BigFraction.of(1, 2)),
                        RatingPolicy.defaults()))
                .actionCount(2)
                .policyReference("outturn-default@2")
                .build();
        bothWays("action-summary.json", s, ActionSummary.class);
        assertThat(ActionSummaries.summarise(SampleDatasets.plan(), h1, RatingPolicy.defaults())
                        .priorities()
                        .get("P1"))
                .isEqualTo(s);
    }

    @Test
    void test_golden_reconciliation() throws Exception {
        PrintedFigure total = PrintedFigure.builder()
                .scope(SummaryScope.PLAN)
                .kind(FigureKind.TOTAL)
                .printed(dec("40"))
                .build();
        // Printed green 3, red 1 and a total of 40: the counts sum to 4, each count within half a unit
        // so the sum within 3 to 5; 40 read as 39.5 to 40.5 misses it. Distance ((40 - 4) / 0.5)^2 = 5184.
        ReconciliationReport r = ReconciliationReport.builder()
                .source("Progress report, October 2014")
                .period(FinancialHalfYear.parse("2014/15 H1"))
                .countDecimals(0)
                .percentageDecimals(0)
                .figureCount(3)
                .checkCount(1)
                .againstData(false)
                .addDiscrepancies(Discrepancy.builder()
                        .figure(total)
                        .printedLow(dec("39.5"))
                        .printedHigh(dec("40.5"))
                        .basis("the sum of its counts")
                        .impliedValue(BigFraction.of(4))
                        .impliedLow(BigFraction.of(3))
                        .impliedHigh(BigFraction.of(5))
                        .message("plan total 40 (39.5 to 40.5) disagrees with the sum of its counts, 4 (3 to 5)")
                        .build())
                .addCorrections(Correction.builder()
                        .figure(total)
                        .corrected(dec("4.0"))
                        .edit(EditKind.MISPLACED_DECIMAL_POINT)
                        .distance(BigFraction.ZERO)
                        .message("plan total 40 was probably 4.0 (misplaced decimal point): every figure then"
                                + " agrees, at a distance of 0")
                        .build())
                .distance(BigFraction.of(5184))
                .policyReference("outturn-default@2")
                .build();
        bothWays("reconciliation.json", r, ReconciliationReport.class);
    }

    @Test
    void test_golden_comparison() throws Exception {
        // 44.1 against England's 58.0: difference -13.9, relative -13.9 / 58.0 = -0.23965517241379310...
        // to 16 significant digits; the given interval's width 47.2 - 41.0 is 6.200000000000003 in binary
        // floating point.
        Comparison c = new Comparison(
                "England",
                Optional.of(dec("44.1")),
                Optional.of(dec("58.0")),
                Optional.of(dec("-13.9")),
                Optional.of(dec("-0.2396551724137931")),
                Judgement.WORSE,
                JudgementBasis.CONFIDENCE_INTERVAL,
                Optional.of(ConfidenceInterval.given(dec("41.0"), dec("47.2"), ConfidenceLevel.NINETY_FIVE)),
                "England (58.0) lies above the 95% interval [41.0, 47.2] of 44.1: WORSE",
                "outturn-benchmark-default@1");
        bothWays("comparison.json", c, Comparison.class);
    }
}
