package io.github.outturn.model;

import static io.github.outturn.testkit.SampleDatasets.dec;
import static io.github.outturn.testkit.SampleDatasets.fy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.outturn.period.PeriodKind;
import io.github.outturn.period.YearType;
import io.github.outturn.testkit.SampleDatasets;
import java.math.BigDecimal;
import org.apache.commons.numbers.fraction.Fraction;
import org.junit.jupiter.api.Test;

class ModelTest {

    private static final Dataset SAMPLE = SampleDatasets.plan();

    @Test
    void test_target_builderRejectsBothValueAndBand() {
        assertThatThrownBy(() -> Target.builder()
                        .indicatorId("i")
                        .period(fy("2014/15"))
                        .value(dec("1"))
                        .upper(dec("2"))
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Target for \"i\" 2014/15 has both a value and a band: give one or the other");
        assertThatThrownBy(() ->
                        Target.builder().indicatorId("i").period(fy("2014/15")).build())
                .hasMessage("Target for \"i\" 2014/15 has neither a value nor a band: give a value, or a lower and/or"
                        + " upper end");
        assertThat(Target.of("i", fy("2014/15"), dec("1")).isBand()).isFalse();
        assertThat(Target.builder()
                        .indicatorId("i")
                        .period(fy("2014/15"))
                        .lower(dec("1"))
                        .build()
                        .isBand())
                .isTrue();
    }

    @Test
    void property_targetBuilderAcceptsExactlyOneOfValueOrBand() {
        qt().withFixedSeed(7L)
                .forAll(booleans().all(), booleans().all(), booleans().all())
                .checkAssert((value, lower, upper) -> {
                    Target.Builder b = Target.builder().indicatorId("i").period(fy("2014/15 Q1"));
                    if (value) {
                        b.value(BigDecimal.ONE);
                    }
                    if (lower) {
                        b.lower(BigDecimal.ZERO);
                    }
                    if (upper) {
                        b.upper(BigDecimal.TEN);
                    }
                    boolean valid = value != (lower || upper);
                    if (valid) {
                        assertThat(b.build().isBand()).isEqualTo(!value);
                    } else {
                        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
                    }
                });
    }

    @Test
    void test_observation_builderRejectsAValueWhenSuppressed() {
        assertThatThrownBy(() -> Observation.builder()
                        .indicatorId("i")
                        .areaCode("356")
                        .period(fy("2014/15"))
                        .value(dec("4"))
                        .status(ObservationStatus.SUPPRESSED)
                        .build())
                .hasMessage("Observation of \"i\" for \"356\" 2014/15 is SUPPRESSED but has the value 4: a suppressed"
                        + " observation has no value");
        assertThatThrownBy(() -> Observation.missing("i", "356", fy("2014/15"), ObservationStatus.ACTUAL))
                .hasMessage("ACTUAL is not a status without a value: use SUPPRESSED or MISSING");
        Observation missing = Observation.missing("i", "356", fy("2014/15"), ObservationStatus.MISSING);
        assertThat(missing.value()).isEmpty();
        assertThat(Observation.of("i", "356", fy("2014/15"), dec("80.0")).value())
                .contains(dec("80.0"));
        assertThat(Observation.of("i", "356", fy("2014/15"), dec("80.0")))
                .isNotEqualTo(Observation.of("i", "356", fy("2014/15"), dec("80")));
    }

    @Test
    void test_action_weights() {
        Action equal = Action.builder()
                .id("A")
                .title("t")
                .addPriorityIds("P1", "P2", "P5")
                .build();
        assertThat(equal.weightFor("P5")).isEqualTo(Fraction.of(1, 3));
        assertThat(equal.weightFor("P4")).isEqualTo(Fraction.ZERO);
        assertThat(equal.primaryPriorityId()).isEqualTo("P1");
        Action weighted = Action.builder()
                .id("B")
                .title("t")
                .addPriorityIds("P1", "P2")
                .addWeights(Fraction.of(1, 4), Fraction.of(3, 4))
                .build();
        assertThat(weighted.weightFor("P2")).isEqualTo(Fraction.of(3, 4));
        assertThatThrownBy(() -> Action.builder()
                        .id("C")
                        .title("t")
                        .addPriorityIds("P1", "P2")
                        .addWeights(Fraction.ONE)
                        .build())
                .hasMessage("Action \"C\" has 1 weights for 2 priorities: give one weight per linked priority, or none"
                        + " for equal shares");
    }

    @Test
    void property_equalWeightsAddUpToOne() {
        qt().withFixedSeed(11L).forAll(integers().between(1, 12)).checkAssert(k -> {
            Action.Builder b = Action.builder().id("A").title("t");
            for (int i = 0; i < k; i++) {
                b.addPriorityIds("P" + i);
            }
            Action a = b.build();
            Fraction sum = Fraction.ZERO;
            for (String id : a.priorityIds()) {
                sum = sum.add(a.weightFor(id));
            }
            assertThat(sum).isEqualTo(Fraction.ONE);
        });
    }

    @Test
    void test_reportedSummary_scopeNeedsAnIdExceptForThePlan() {
        assertThatThrownBy(() ->
                        ReportedSummary.builder().scope(SummaryScope.PRIORITY).build())
                .hasMessage("Printed figures for a priority must say which one (scopeId)");
        assertThatThrownBy(() -> ReportedSummary.builder()
                        .scope(SummaryScope.PLAN)
                        .scopeId("P1")
                        .build())
                .hasMessage("Printed figures for the whole plan name no priority or theme, but \"P1\" was given");
    }

    @Test
    void test_enums() {
        assertThat(Polarity.NO_JUDGEMENT.isJudged()).isFalse();
        assertThat(Polarity.TARGET_BAND.isJudged()).isTrue();
        assertThat(Status.NO_DATA.isRated()).isFalse();
        assertThat(Status.NOT_RATED.isRated()).isFalse();
        assertThat(Status.BLUE.isRated()).isTrue();
        assertThat(ObservationStatus.FORECAST.hasValue()).isTrue();
        assertThat(ObservationStatus.MISSING.hasValue()).isFalse();
        assertThat(Frequency.ANNUAL.periodKind(YearType.FINANCIAL)).isEqualTo(PeriodKind.FINANCIAL_YEAR);
        assertThat(Frequency.ANNUAL.periodKind(YearType.ACADEMIC)).isEqualTo(PeriodKind.ACADEMIC_YEAR);
        assertThat(Frequency.ANNUAL.periodKind(YearType.CALENDAR)).isEqualTo(PeriodKind.CALENDAR_YEAR);
        assertThat(Frequency.QUARTERLY.fits(PeriodKind.FINANCIAL_QUARTER, YearType.ACADEMIC))
                .isTrue();
        assertThat(Frequency.MONTHLY.fits(PeriodKind.FINANCIAL_QUARTER, YearType.FINANCIAL))
                .isFalse();
        assertThat(Frequency.HALF_YEARLY.periodKind(YearType.CALENDAR)).isEqualTo(PeriodKind.FINANCIAL_HALF_YEAR);
        assertThat(Frequency.MULTI_YEAR.periodKind(YearType.CALENDAR)).isEqualTo(PeriodKind.POOLED_YEARS);
    }

    @Test
    void test_findStatisticalNeighbours_theFirstNeighbourGroupOfTheArea() {
        ComparatorGroup region = ComparatorGroup.builder()
                .id("nw")
                .name("North West")
                .type(ComparatorType.REGION)
                .areaCode("356")
                .addMemberCodes("357")
                .build();
        ComparatorGroup noArea = ComparatorGroup.builder()
                .id("sn-any")
                .name("Neighbours of no one")
                .type(ComparatorType.STATISTICAL_NEIGHBOURS)
                .addMemberCodes("357")
                .build();
        ComparatorGroup first = ComparatorGroup.builder()
                .id("sn-356-2015")
                .name("Stockport's neighbours (2015)")
                .type(ComparatorType.STATISTICAL_NEIGHBOURS)
                .areaCode("356")
                .addMemberCodes("357")
                .build();
        ComparatorGroup second = ComparatorGroup.builder()
                .from(first)
                .id("sn-356-2016")
                .name("Stockport's neighbours (2016)")
                .build();
        Dataset ds = Dataset.builder()
                .addComparatorGroups(region, noArea, first, second)
                .build();
        assertThat(ds.findStatisticalNeighbours("356")).contains(first);
        assertThat(ds.findStatisticalNeighbours("357")).isEmpty();
    }

    @Test
    void test_dataset_lookups() {
        assertThat(SAMPLE.findTheme("live-well").map(Theme::name)).contains("Live Well");
        assertThat(SAMPLE.findPriority("P3").map(Priority::themeId)).contains(java.util.Optional.empty());
        assertThat(SAMPLE.findAction("A3").map(Action::title)).contains("School nursing programme");
        assertThat(SAMPLE.findIndicator("admissions").map(Indicator::decimalPlaces))
                .contains(0);
        assertThat(SAMPLE.findArea("356").map(Area::name)).contains("Stockport");
        assertThat(SAMPLE.findComparatorGroup("sn-356").map(ComparatorGroup::memberCodes))
                .contains(java.util.List.of("357"));
        assertThat(SAMPLE.findIndicator("nothing")).isEmpty();
        assertThat(SAMPLE.findStatisticalNeighbours("356").map(ComparatorGroup::id))
                .contains("sn-356");
        assertThat(SAMPLE.findStatisticalNeighbours("357")).isEmpty();
        // Series come in period order whatever the order in the file (Q2 was listed first).
        assertThat(SAMPLE.series("two-year-offer", "356"))
                .extracting(o -> o.period().toString())
                .containsExactly("2014/15 Q1", "2014/15 Q2", "2014/15 Q3", "2014/15 Q4");
        assertThat(SAMPLE.series("two-year-offer", "999")).isEmpty();
        assertThat(SAMPLE.findObservation("admissions", "356", fy("2013/14")).flatMap(Observation::value))
                .contains(dec("131"));
        assertThat(SAMPLE.findObservation("admissions", "356", fy("2012/13"))).isEmpty();
        assertThat(SAMPLE.updates("A1")).extracting(ActionUpdate::status).containsExactly(Status.GREEN, Status.BLUE);
        assertThat(SAMPLE.findUpdate("A2", fy("2014/15 H1")).flatMap(ActionUpdate::commentary))
                .contains("Training delayed, \"CAF\" uptake rising");
        assertThat(SAMPLE.findUpdate("A2", fy("2015/16 H1"))).isEmpty();
        assertThat(SAMPLE.targets("two-year-offer")).hasSize(2);
        // The area's own target wins over the general one; other areas get the general one.
        assertThat(SAMPLE.findTarget("two-year-offer", fy("2014/15"), "356").flatMap(Target::value))
                .contains(dec("50.0"));
        assertThat(SAMPLE.findTarget("two-year-offer", fy("2014/15"), "357")).isEmpty();
        assertThat(SAMPLE.findTarget("two-year-offer", fy("2014/15 Q2"), "357").flatMap(Target::value))
                .contains(dec("45.0"));
        assertThat(SAMPLE.benchmarks("two-year-offer", fy("2014/15 Q2")))
                .extracting(BenchmarkValue::comparator)
                .containsExactly("970", "sn-356");
        assertThat(SAMPLE.benchmarks("two-year-offer", fy("2014/15 Q3"))).isEmpty();
    }

    @Test
    void test_dataset_laterUpdateForTheSamePeriodWins_andGeneralTargetFirstOfDuplicates() {
        Dataset ds = Dataset.builder()
                .addActionUpdates(
                        ActionUpdate.of("A", fy("2014/15 H1"), Status.RED),
                        ActionUpdate.of("A", fy("2014/15 H1"), Status.AMBER))
                .addTargets(
                        Target.of("i", fy("2014/15"), dec("1")),
                        Target.of("i", fy("2014/15"), dec("2")),
                        Target.builder()
                                .indicatorId("i")
                                .period(fy("2014/15"))
                                .areaCode("x")
                                .value(dec("3"))
                                .build())
                .build();
        assertThat(ds.findUpdate("A", fy("2014/15 H1")).map(ActionUpdate::status))
                .contains(Status.AMBER);
        assertThat(ds.findTarget("i", fy("2014/15"), "y").flatMap(Target::value))
                .contains(dec("1"));
        assertThat(ds.findTarget("i", fy("2014/15"), "x").flatMap(Target::value))
                .contains(dec("3"));
    }

    @Test
    void test_factories() {
        assertThat(Theme.of("t", "T").description()).isEmpty();
        assertThat(Priority.of("P1", "One").themeId()).isEmpty();
        Area england = Area.of("970", "England", AreaType.ENGLAND);
        assertThat(england.current()).isTrue();
        assertThat(england.regionCode()).isEmpty();
        ActionUpdate u = ActionUpdate.of("A", fy("2014/15 H2"), Status.BLUE);
        assertThat(u.commentary()).isEmpty();
        Indicator defaults = Indicator.builder()
                .id("i")
                .name("n")
                .polarity(Polarity.HIGHER_IS_BETTER)
                .build();
        assertThat(defaults.decimalPlaces()).isEqualTo(1);
        assertThat(defaults.measureType()).isEqualTo(MeasureType.SNAPSHOT);
        assertThat(defaults.statisticType()).isEqualTo(StatisticType.OTHER);
        assertThat(defaults.frequency()).isEqualTo(Frequency.ANNUAL);
        assertThat(defaults.yearType()).isEqualTo(YearType.FINANCIAL);
        assertThat(defaults.quartileBanded()).isTrue();
        assertThat(Dataset.SCHEMA_VERSION).isEqualTo(1);
    }
}
