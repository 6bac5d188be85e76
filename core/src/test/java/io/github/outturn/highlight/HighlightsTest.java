package io.github.outturn.highlight;

import static io.github.outturn.testkit.SampleDatasets.dec;
import static io.github.outturn.testkit.SampleDatasets.fy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.JudgementBasis;
import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.testkit.SampleDatasets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Highlights, exceptions, roll-ups and time series on the sample plan, every expected figure and
 * sentence worked by hand from the sample's values and docs/highlights.md.
 */
class HighlightsTest {

    private static final Dataset PLAN = SampleDatasets.plan();
    private static final String PLAN_NAME = "Children and Young People's Plan 2013-16";

    @Test
    void test_find_planAtQ2_targetChangeAndTargetsMet() {
        // Take-up 44.1% in Q2 against 45.0% (5%: Amber down to 42.75); Q1 was 40.0%: +4.1 points,
        // 10.25% (>= 10%). No rank (Tameside has no value: a group of 1), no record (2 values),
        // one comparator with a value (England; the neighbours' figure is blank).
        List<Highlight> h = Highlights.find(PLAN, "356", fy("2014/15 Q2"), HighlightPolicy.defaults());

        assertThat(h)
                .extracting(Highlight::kind)
                .containsExactly(
                        HighlightKind.TARGET,
                        HighlightKind.CHANGE,
                        HighlightKind.TARGETS_MET,
                        HighlightKind.TARGETS_MET);
        assertThat(h.get(0).sentence())
                .isEqualTo("Stockport's Take-up of the two-year-old offer of 44.1% in 2014/15 Q2 misses the target of"
                        + " 45.0%, within tolerance (Amber).");
        assertThat(h.get(0).news()).isEqualTo(News.NEUTRAL);
        assertThat(h.get(0).commentary()).contains("Q2 return");
        assertThat(h.get(0).assessment().orElseThrow().status()).isEqualTo(Status.AMBER);
        assertThat(h.get(1).sentence())
                .isEqualTo(
                        "Stockport's Take-up of the two-year-old offer of 44.1% in 2014/15 Q2 is a 4.1 point increase"
                                + " (10%) on 40.0% in 2014/15 Q1.");
        assertThat(h.get(1).news()).isEqualTo(News.GOOD);
        assertThat(h.get(1).series())
                .containsExactly(
                        new PeriodValue(fy("2014/15 Q1"), dec("40.0")), new PeriodValue(fy("2014/15 Q2"), dec("44.1")));
        // Only Take-up has a Q2 value: 1 measure rated (Amber), in the plan and in priority P1.
        assertThat(h.get(2).sentence())
                .isEqualTo("0 of 1 measure rated in " + PLAN_NAME + " is on target in 2014/15 Q2.");
        assertThat(h.get(2).news()).isEqualTo(News.BAD);
        assertThat(h.get(2).onTarget()).contains(0);
        assertThat(h.get(2).rated()).contains(1);
        assertThat(h.get(3).sentence())
                .isEqualTo("0 of 1 measure rated in priority Best start in life is on target in 2014/15 Q2.");
        assertThat(h).allSatisfy(x -> assertThat(x.policyReference()).isEqualTo("outturn-highlight-default@1"));
        assertThat(h.get(0).toString()).isEqualTo(h.get(0).sentence());
    }

    @Test
    void test_find_maxPerIndicatorKeepsTheEarlierKinds() {
        List<Highlight> h = Highlights.find(
                PLAN, "356", fy("2014/15 Q2"), HighlightPolicy.defaults().withMaxPerIndicator(1));

        assertThat(h)
                .extracting(Highlight::kind)
                .containsExactly(HighlightKind.TARGET, HighlightKind.TARGETS_MET, HighlightKind.TARGETS_MET);
    }

    @Test
    void test_find_unknownAreas_allNamedAtOnce() {
        assertThatThrownBy(() -> Highlights.findAll(
                        PLAN,
                        List.of("356", "999", "998"),
                        Optional.empty(),
                        HighlightPolicy.defaults(),
                        RatingPolicy.defaults(),
                        BenchmarkPolicy.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Area \"999\", \"998\" are not in the dataset: expected the code of one of its areas, or of"
                        + " an area it has values for");
        assertThatThrownBy(() -> Highlights.find(PLAN, "999", HighlightPolicy.defaults()))
                .hasMessageStartingWith("Area \"999\" is not in the dataset");
        assertThatThrownBy(() -> Highlights.forIndicator(
                        PLAN,
                        "nope",
                        "356",
                        fy("2014/15"),
                        HighlightPolicy.defaults(),
                        RatingPolicy.defaults(),
                        BenchmarkPolicy.defaults()))
                .hasMessage("Indicator \"nope\" is not in the dataset: expected one of its indicator ids");
    }

    @Test
    void test_forIndicator_caseloadRedAgainstItsBand() {
        // 21.5 above the band 15 to 20.0; 5% of 20.0 is 1.0, so Amber up to 21.0: Red.
        List<Highlight> h = Highlights.forIndicator(
                PLAN,
                "caseload",
                "356",
                fy("2014/15"),
                HighlightPolicy.defaults(),
                RatingPolicy.defaults(),
                BenchmarkPolicy.defaults());

        assertThat(h).singleElement().satisfies(x -> {
            assertThat(x.sentence())
                    .isEqualTo("Stockport's Average social work caseload of 21.5 in 2014/15 misses the target range of"
                            + " 15.0 to 20.0 (Red).");
            assertThat(x.news()).isEqualTo(News.BAD);
        });
    }

    @Test
    void test_exceptions_latest_caseloadRed() {
        List<Concern> c = Exceptions.find(
                PLAN,
                "356",
                Optional.empty(),
                HighlightPolicy.defaults(),
                RatingPolicy.defaults(),
                BenchmarkPolicy.defaults());

        // Admissions 122 is Amber (120, tolerance 10); Take-up's latest (Q3) is suppressed; pupils is
        // not judged; actions at the latest update period (H2): none Red, none without an update.
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.subject()).isEqualTo(Concern.Subject.INDICATOR);
            assertThat(x.id()).isEqualTo("caseload");
            assertThat(x.reasons()).containsExactly(ConcernReason.RED_AGAINST_TARGET);
            assertThat(x.sentences())
                    .containsExactly("Stockport's Average social work caseload of 21.5 in 2014/15 misses the target"
                            + " range of 15.0 to 20.0 (Red).");
            assertThat(x.status()).contains(Status.RED);
            assertThat(x.areaCode()).contains("356");
            assertThat(x.toString()).isEqualTo(x.sentences().get(0));
        });
    }

    @Test
    void test_exceptions_actionsRedAndOverdue() {
        List<Concern> h1 = Exceptions.find(
                PLAN,
                "356",
                Optional.of(fy("2014/15 H1")),
                HighlightPolicy.defaults(),
                RatingPolicy.defaults(),
                BenchmarkPolicy.defaults());
        assertThat(h1).singleElement().satisfies(x -> {
            assertThat(x.subject()).isEqualTo(Concern.Subject.ACTION);
            assertThat(x.reasons()).containsExactly(ConcernReason.ACTION_RED);
            assertThat(x.sentences()).containsExactly("Action \"School nursing programme\" is Red in 2014/15 H1.");
        });

        // No update for 2015/16 H1: A1's last (H2) was Blue, complete; A2, A3 and A4 are overdue.
        List<Concern> next = Exceptions.find(
                PLAN,
                "356",
                Optional.of(fy("2015/16 H1")),
                HighlightPolicy.defaults(),
                RatingPolicy.defaults(),
                BenchmarkPolicy.defaults());
        assertThat(next).extracting(Concern::id).containsExactly("A2", "A3", "A4");
        assertThat(next.get(1).sentences())
                .containsExactly("Action \"School nursing programme\" has no update for 2015/16 H1; its last, for"
                        + " 2014/15 H2, was Amber.");
        assertThat(next.get(1).status()).contains(Status.AMBER);
    }

    @Test
    void test_exceptions_commentaryAndMostSeriousFirst() {
        Dataset ds = Dataset.builder()
                .from(PLAN)
                .addActionUpdates(ActionUpdate.builder()
                        .actionId("A5")
                        .period(fy("2014/15 H2"))
                        .status(Status.RED)
                        .commentary("Provider withdrew")
                        .build())
                .addActions(Action.builder()
                        .id("A5")
                        .title("Youth offer")
                        .addPriorityIds("P3")
                        .build())
                .build();

        List<Concern> c = Exceptions.find(
                ds,
                "356",
                Optional.empty(),
                HighlightPolicy.defaults(),
                RatingPolicy.defaults(),
                BenchmarkPolicy.defaults());

        // Red against target before a Red action; one reason each.
        assertThat(c).extracting(Concern::id).containsExactly("caseload", "A5");
        assertThat(c.get(1).commentary()).contains("Provider withdrew");
    }

    @Test
    void test_rollups_latest_countsDirectionsAndSentences() {
        List<IndicatorRollup> r = IndicatorRollups.of(PLAN, "356", Optional.empty(), RatingPolicy.defaults());

        assertThat(r)
                .extracting(IndicatorRollup::scope)
                .containsExactly(
                        SummaryScope.PLAN,
                        SummaryScope.THEME,
                        SummaryScope.THEME,
                        SummaryScope.PRIORITY,
                        SummaryScope.PRIORITY,
                        SummaryScope.PRIORITY);
        IndicatorRollup plan = r.get(0);
        // Take-up (Q3, no target): not rated; admissions Amber; caseload Red; pupils not judged.
        assertThat(plan.counts())
                .containsEntry(Status.AMBER, 1)
                .containsEntry(Status.RED, 1)
                .containsEntry(Status.NOT_RATED, 2)
                .containsEntry(Status.GREEN, 0)
                .containsEntry(Status.BLUE, 0)
                .containsEntry(Status.NO_DATA, 0);
        // Admissions 131 -> 122 improved; the others have no comparable previous value.
        assertThat(plan.improving()).isEqualTo(1);
        assertThat(plan.noChange()).isZero();
        assertThat(plan.worsening()).isZero();
        assertThat(plan.notJudged()).isEqualTo(3);
        assertThat(plan.onTarget()).isZero();
        assertThat(plan.rated()).isEqualTo(2);
        assertThat(plan.sentence())
                .isEqualTo("0 of 2 measures rated in " + PLAN_NAME + " are on target at their latest values.");
        assertThat(plan.policyReference()).isEqualTo("outturn-default@2");
        // Start Well holds P1 and P2: Take-up only.
        assertThat(r.get(1).name()).isEqualTo("Start Well");
        assertThat(r.get(1).counts()).containsEntry(Status.NOT_RATED, 1);
        assertThat(r.get(5).sentence())
                .isEqualTo("0 of 1 measure rated in priority Healthy lifestyles is on target at their latest values.");
    }

    @Test
    void test_rollups_askedPeriodWithoutObservation_isNoData() {
        IndicatorRollup plan = IndicatorRollups.of(PLAN, "356", Optional.of(fy("2014/15 Q2")), RatingPolicy.defaults())
                .get(0);

        assertThat(plan.counts()).containsEntry(Status.AMBER, 1).containsEntry(Status.NO_DATA, 3);
        assertThat(plan.period()).contains(fy("2014/15 Q2"));
    }

    @Test
    void test_timeSeries_takeUp_besideEnglandAndNeighbours() {
        TimeSeries s = TimeSeries.of(PLAN, "two-year-offer", "356", Optional.empty(), 10, BenchmarkPolicy.defaults());

        // Q1, Q2 and the suppressed Q3; the Q4 forecast is not a period of the series.
        assertThat(s.points())
                .extracting(SeriesPoint::period)
                .containsExactly(fy("2014/15 Q1"), fy("2014/15 Q2"), fy("2014/15 Q3"));
        SeriesPoint q2 = s.points().get(1);
        assertThat(q2.value()).contains(dec("44.1"));
        assertThat(q2.england()).contains(dec("58.0"));
        assertThat(q2.neighbourAverage()).isEmpty(); // published, blank
        assertThat(q2.target()).contains(dec("45.0"));
        assertThat(q2.commentary()).contains("Q2 return");
        SeriesPoint q1 = s.points().get(0);
        assertThat(q1.neighbourAverage()).isEmpty(); // computed: Tameside has no value
        assertThat(q1.neighbourCount()).isZero();
        assertThat(s.points().get(2).status()).isEqualTo(ObservationStatus.SUPPRESSED);
        assertThat(s.regionName()).contains("North West");
        assertThat(s.neighbourGroup()).contains("Stockport statistical neighbours");
        assertThat(s.areaName()).isEqualTo("Stockport");

        assertThat(TimeSeries.of(
                                PLAN,
                                "two-year-offer",
                                "356",
                                Optional.of(fy("2014/15 Q2")),
                                1,
                                BenchmarkPolicy.defaults())
                        .points())
                .extracting(SeriesPoint::period)
                .containsExactly(fy("2014/15 Q2"));
        assertThatThrownBy(() ->
                        TimeSeries.of(PLAN, "two-year-offer", "356", Optional.empty(), 11, BenchmarkPolicy.defaults()))
                .hasMessage("A series of 11 periods is out of range: expected 1 to 10");
    }

    @Test
    void test_comparators_byInterval_saySignificantly() {
        Map<String, String> row = new HashMap<>(Map.ofEntries(
                Map.entry("unit", ""),
                Map.entry("decimal_places", "2"),
                Map.entry("polarity", "higher-is-better"),
                Map.entry("value", "0.30"),
                Map.entry("series", ""),
                Map.entry("others", ""),
                Map.entry("others_previous", ""),
                Map.entry("comparators", "0.10;0.12;"),
                Map.entry("target", ""),
                Map.entry("previous_target", "")));
        Dataset base = HighlightConformanceTest.dataset(row);
        Dataset ds = Dataset.builder()
                .from(base)
                .observations(List.of(
                        base.observations().get(0).withLowerCi(dec("0.25")).withUpperCi(dec("0.35"))))
                .build();
        BenchmarkPolicy byInterval = BenchmarkPolicy.defaults().withJudgementBasis(JudgementBasis.CONFIDENCE_INTERVAL);

        List<Highlight> h = Highlights.find(
                ds,
                "A",
                Optional.empty(),
                HighlightPolicy.defaults().withKinds(EnumSet.of(HighlightKind.COMPARATORS)),
                RatingPolicy.defaults(),
                byInterval);

        assertThat(h)
                .singleElement()
                .satisfies(x -> assertThat(x.sentence())
                        .isEqualTo(
                                "Stockport's Take-up of 0.30 in 2016/17 is significantly higher than England (0.10) and the"
                                        + " North West (0.12)."));
    }

    @Test
    void test_wording_ordinalsNumbersArticlesAndPlaces() {
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 113, 152))
                .extracting(Wording::ordinal)
                .containsExactly(
                        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th",
                        "112th", "113th", "152nd");
        assertThat(Wording.number(dec("-1234567.891"), 2)).isEqualTo("-1,234,567.89");
        assertThat(Wording.number(dec("999.5"), 0)).isEqualTo("1,000");
        assertThat(List.of("8% increase", "80% drop", "11% fall", "18,000 more", "1.8 point", "110%", "7%"))
                .extracting(Highlights::article)
                .containsExactly("an", "an", "an", "an", "a", "a", "a");
        assertThat(Wording.place("North West")).isEqualTo("the North West");
        assertThat(Wording.place("East of England")).isEqualTo("the East of England");
        assertThat(Wording.place("Northumberland")).isEqualTo("Northumberland");
        assertThat(Wording.place("London (Inner)")).isEqualTo("London (Inner)");
        assertThat(Wording.possessive("St Helens")).isEqualTo("St Helens'");
        assertThat(Wording.name(io.github.outturn.model.Indicator.builder()
                        .id("x")
                        .name(" Children in  reception year ")
                        .polarity(Polarity.NO_JUDGEMENT)
                        .build()))
                .isEqualTo("Children in reception year");
        assertThat(Wording.list(List.of("a"))).isEqualTo("a");
        assertThat(Wording.periods(1, fy("2014/15 Q2"))).isEqualTo("1 quarter");
        assertThat(Wording.periods(2, fy("2014/15 H1"))).isEqualTo("2 half years");
        assertThat(Wording.periods(3, io.github.outturn.period.CalendarMonth.of(2015, 1)))
                .isEqualTo("3 months");
    }

    @Test
    void test_news_byPolarity() {
        assertThat(News.of(true, Polarity.HIGHER_IS_BETTER)).isEqualTo(News.GOOD);
        assertThat(News.of(true, Polarity.LOWER_IS_BETTER)).isEqualTo(News.BAD);
        assertThat(News.of(false, Polarity.LOWER_IS_BETTER)).isEqualTo(News.GOOD);
        assertThat(News.of(false, Polarity.TARGET_BAND)).isEqualTo(News.NEUTRAL);
        assertThat(News.of(true, Polarity.NO_JUDGEMENT)).isEqualTo(News.NEUTRAL);
    }

    @Test
    void test_policy_defaultsAndChecks() {
        HighlightPolicy p = HighlightPolicy.defaults();
        assertThat(p.reference()).isEqualTo("outturn-highlight-default@1");
        assertThat(p.kinds()).containsExactlyInAnyOrder(HighlightKind.values());
        assertThat(List.of(
                        p.topN(),
                        p.neighbourTopN(),
                        p.minimumGroupSize(),
                        p.recordTop(),
                        p.minimumSeriesLength(),
                        p.runLength(),
                        p.minimumComparators(),
                        p.maxPerIndicator()))
                .containsExactly(5, 3, 5, 3, 3, 3, 2, 3);
        assertThat(p.minimumRelativeChange()).isEqualByComparingTo("10");
        assertThatThrownBy(() -> p.withTopN(0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("topN 0 of highlight policy outturn-highlight-default@1 is too small: expected 1 or more");
        assertThatThrownBy(() -> p.withMinimumGroupSize(1)).hasMessageContaining("expected 2 or more");
        assertThatThrownBy(() -> p.withMinimumRelativeChange(dec("-1")))
                .hasMessage("minimumRelativeChange -1 of highlight policy outturn-highlight-default@1 is negative:"
                        + " expected 0 or more");
    }

    @Test
    void test_ranks_aRegionIsNotRankedAmongItsAuthorities() {
        // Found in review: a region's figure (an average) was ranked among the councils, "the highest
        // in the country, 1st of 7". Six councils of 1 to 6 and their region at 99: no rank, no band.
        var b = io.github.outturn.model.Dataset.builder()
                .addIndicators(io.github.outturn.model.Indicator.builder()
                        .id("x")
                        .name("X")
                        .decimalPlaces(0)
                        .polarity(io.github.outturn.model.Polarity.HIGHER_IS_BETTER)
                        .build())
                .addAreas(io.github.outturn.model.Area.of("R", "North West", io.github.outturn.model.AreaType.REGION));
        var year = io.github.outturn.period.FinancialYear.of(2015);
        b.addObservations(io.github.outturn.model.Observation.of("x", "R", year, new java.math.BigDecimal("99")));
        for (int i = 1; i <= 6; i++) {
            b.addAreas(io.github.outturn.model.Area.builder()
                    .code("L" + i)
                    .name("Council " + i)
                    .type(io.github.outturn.model.AreaType.LOCAL_AUTHORITY)
                    .regionCode("R")
                    .build());
            b.addObservations(
                    io.github.outturn.model.Observation.of("x", "L" + i, year, java.math.BigDecimal.valueOf(i)));
        }
        var ds = b.build();
        assertThat(Highlights.find(ds, "R", year, HighlightPolicy.defaults()))
                .noneMatch(h -> h.kind() == HighlightKind.RANK || h.kind() == HighlightKind.QUARTILE_MOVE);
        assertThat(Highlights.find(ds, "L6", year, HighlightPolicy.defaults()))
                .anyMatch(h -> h.kind() == HighlightKind.RANK && h.sentence().contains("the highest"));
    }

    @Test
    void test_ranks_theCountryNeedsEnoughValuesNotOnlyEnoughAuthorities() {
        // Found in review: 150 authorities listed but 20 with a value made "the highest in the
        // country, 1st of 20". With fewer values than nationalGroupMinimum (140) the group is named
        // for what it is.
        var b = io.github.outturn.model.Dataset.builder()
                .addIndicators(io.github.outturn.model.Indicator.builder()
                        .id("x")
                        .name("X")
                        .decimalPlaces(0)
                        .polarity(io.github.outturn.model.Polarity.HIGHER_IS_BETTER)
                        .build());
        var year = io.github.outturn.period.FinancialYear.of(2015);
        for (int i = 1; i <= 150; i++) {
            b.addAreas(io.github.outturn.model.Area.of(
                    "L" + i, "Council " + i, io.github.outturn.model.AreaType.LOCAL_AUTHORITY));
            if (i <= 20) {
                b.addObservations(
                        io.github.outturn.model.Observation.of("x", "L" + i, year, java.math.BigDecimal.valueOf(i)));
            }
        }
        assertThat(Highlights.find(b.build(), "L20", year, HighlightPolicy.defaults()))
                .filteredOn(h -> h.kind() == HighlightKind.RANK)
                .extracting(Highlight::sentence)
                .containsExactly("Council 20's X of 20 in 2015/16 is the highest among local authorities with a value,"
                        + " 1st of 20.");
    }
}
