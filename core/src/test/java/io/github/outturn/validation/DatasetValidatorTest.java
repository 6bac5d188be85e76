package io.github.outturn.validation;

import static io.github.outturn.testkit.SampleDatasets.dec;
import static io.github.outturn.testkit.SampleDatasets.fy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.ImmutableAction;
import io.github.outturn.model.ImmutableActionUpdate;
import io.github.outturn.model.ImmutableArea;
import io.github.outturn.model.ImmutableBenchmarkValue;
import io.github.outturn.model.ImmutableComparatorGroup;
import io.github.outturn.model.ImmutableDataset;
import io.github.outturn.model.ImmutableIndicator;
import io.github.outturn.model.ImmutablePlan;
import io.github.outturn.model.ImmutablePriority;
import io.github.outturn.model.ImmutableReportedSummary;
import io.github.outturn.model.ImmutableTarget;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Plan;
import io.github.outturn.model.ReportedSummary;
import io.github.outturn.model.Status;
import io.github.outturn.model.Target;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.testkit.SampleDatasets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.Fraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatasetValidatorTest {

    private static final DatasetValidator VALIDATOR = DatasetValidator.create();
    private static final Dataset VALID = SampleDatasets.plan();

    /** One defect planted in the valid sample: what it breaks, and where the validator must say so. */
    record Defect(String name, UnaryOperator<ImmutableDataset> plant, String path, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static <T> List<T> replace(List<T> list, int index, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, item);
        return copy;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    static final List<Defect> DEFECTS = List.of(
            new Defect(
                    "plan ends before it starts",
                    d -> d.withPlan(ImmutablePlan.copyOf(d.plan().orElseThrow()).withEnd(fy("2012/13"))),
                    "plan.end",
                    "the plan ends before it starts (2013/14)"),
            new Defect(
                    "blank plan name",
                    d -> d.withPlan(ImmutablePlan.copyOf(d.plan().orElseThrow()).withName(" ")),
                    "plan.name",
                    "must not be blank"),
            new Defect(
                    "duplicate theme id",
                    d -> d.withThemes(append(d.themes(), d.themes().get(0))),
                    "themes[2]",
                    "duplicates themes[0]: each must be unique"),
            new Defect(
                    "priority in an unknown theme",
                    d -> d.withPriorities(replace(
                            d.priorities(),
                            2,
                            ImmutablePriority.copyOf(d.priorities().get(2)).withThemeId("age-well"))),
                    "priorities[2].themeId",
                    "no theme has this id"),
            new Defect(
                    "action linked to an unknown priority",
                    d -> d.withActions(replace(
                            d.actions(),
                            0,
                            ImmutableAction.copyOf(d.actions().get(0)).withPriorityIds("P9"))),
                    "actions[0].priorityIds",
                    "no priority has this id"),
            new Defect(
                    "action linked to a priority twice",
                    d -> d.withActions(replace(
                            d.actions(),
                            0,
                            ImmutableAction.copyOf(d.actions().get(0)).withPriorityIds("P1", "P1"))),
                    "actions[0].priorityIds",
                    "the action is linked to this priority more than once"),
            new Defect(
                    "weights that do not sum to 1",
                    d -> d.withActions(replace(
                            d.actions(),
                            2,
                            ImmutableAction.copyOf(d.actions().get(2))
                                    .withWeights(Fraction.of(1, 2), Fraction.of(1, 3)))),
                    "actions[2].weights",
                    "the weights sum to 5 / 6; they must sum to 1"),
            new Defect(
                    "a zero weight",
                    d -> d.withActions(replace(
                            d.actions(),
                            2,
                            ImmutableAction.copyOf(d.actions().get(2)).withWeights(Fraction.ZERO, Fraction.ONE))),
                    "actions[2].weights",
                    "a weight must be above 0"),
            new Defect(
                    "update of an unknown action",
                    d -> d.withActionUpdates(
                            append(d.actionUpdates(), ActionUpdate.of("A9", fy("2014/15 H1"), Status.RED))),
                    "actionUpdates[8].actionId",
                    "no action has this id"),
            new Defect(
                    "two ratings of one action for one period",
                    d -> d.withActionUpdates(
                            append(d.actionUpdates(), ActionUpdate.of("A1", fy("2014/15 H1"), Status.RED))),
                    "actionUpdates[8]",
                    "duplicates actionUpdates[0]: each must be unique"),
            new Defect(
                    "decimal places out of range",
                    d -> d.withIndicators(replace(
                            d.indicators(),
                            1,
                            ImmutableIndicator.copyOf(d.indicators().get(1)).withDecimalPlaces(11))),
                    "indicators[1].decimalPlaces",
                    "must be less than or equal to 10"),
            new Defect(
                    "a zero multiplier",
                    d -> d.withIndicators(replace(
                            d.indicators(),
                            1,
                            ImmutableIndicator.copyOf(d.indicators().get(1)).withMultiplier(dec("0")))),
                    "indicators[1].multiplier",
                    "must be greater than 0"),
            new Defect(
                    "indicator of an unknown priority",
                    d -> d.withIndicators(replace(
                            d.indicators(),
                            0,
                            ImmutableIndicator.copyOf(d.indicators().get(0)).withPriorityIds("P7"))),
                    "indicators[0].priorityIds",
                    "no priority has this id"),
            new Defect(
                    "duplicate indicator id",
                    d -> d.withIndicators(append(
                            d.indicators(),
                            ImmutableIndicator.copyOf(d.indicators().get(0)).withName("Again"))),
                    "indicators[4]",
                    "duplicates indicators[0]: each must be unique"),
            new Defect(
                    "target band upside down",
                    d -> d.withTargets(replace(
                            d.targets(),
                            3,
                            ImmutableTarget.copyOf(d.targets().get(3)).withLower(dec("25")))),
                    "targets[3].lower",
                    "the band's lower end is above its upper end 20.0"),
            new Defect(
                    "target of an unknown indicator",
                    d -> d.withTargets(append(d.targets(), Target.of("nothing", fy("2014/15"), dec("1")))),
                    "targets[4].indicatorId",
                    "no indicator has this id"),
            new Defect(
                    "monthly target for a quarterly indicator",
                    d -> d.withTargets(append(d.targets(), Target.of("two-year-offer", fy("2014-07"), dec("45.0")))),
                    "targets[4].period",
                    "a target of the quarterly indicator two-year-offer must be for a financial quarter or a"
                            + " financial year, not a month"),
            new Defect(
                    "quarterly target for an annual indicator",
                    d -> d.withTargets(append(d.targets(), Target.of("admissions", fy("2014/15 Q1"), dec("30")))),
                    "targets[4].period",
                    "a target of the annual indicator admissions must be for a financial year, not a financial"
                            + " quarter"),
            new Defect(
                    "target for a no-judgement indicator",
                    d -> d.withTargets(append(d.targets(), Target.of("pupils", fy("AY 2014/15"), dec("40000")))),
                    "targets[4].indicatorId",
                    "the indicator is no-judgement (data only): it is never rated, so it takes no target"),
            new Defect(
                    "Amber threshold on the better side",
                    d -> d.withTargets(replace(
                            d.targets(),
                            1,
                            ImmutableTarget.copyOf(d.targets().get(1)).withTolerance(Tolerance.parse("threshold 55")))),
                    "targets[1].tolerance",
                    "an Amber threshold must lie on the worse side of the target 50.0 for a higher-is-better"
                            + " indicator"),
            new Defect(
                    "Amber threshold below a lower-is-better target",
                    d -> d.withTargets(replace(
                            d.targets(),
                            2,
                            ImmutableTarget.copyOf(d.targets().get(2))
                                    .withTolerance(Tolerance.parse("threshold 100")))),
                    "targets[2].tolerance",
                    "an Amber threshold must lie on the worse side of the target 120 for a lower-is-better"
                            + " indicator"),
            new Defect(
                    "target for an unknown area",
                    d -> d.withTargets(replace(
                            d.targets(),
                            1,
                            ImmutableTarget.copyOf(d.targets().get(1)).withAreaCode("999"))),
                    "targets[1].areaCode",
                    "no area has this code"),
            new Defect(
                    "duplicate target",
                    d -> d.withTargets(append(d.targets(), d.targets().get(2))),
                    "targets[4]",
                    "duplicates targets[2]: each must be unique"),
            new Defect(
                    "numerator above denominator of a proportion",
                    d -> d.withObservations(
                            replace(d.observations(), 0, d.observations().get(0).withNumerator(dec("1441")))),
                    "observations[0].numerator",
                    "the numerator is above the denominator 1000 of a proportion"),
            new Defect(
                    "negative denominator",
                    d -> d.withObservations(
                            replace(d.observations(), 5, d.observations().get(5).withDenominator(dec("-1")))),
                    "observations[5].denominator",
                    "must be greater than or equal to 0"),
            new Defect(
                    "numerator over a zero denominator",
                    d -> d.withObservations(
                            replace(d.observations(), 5, d.observations().get(5).withDenominator(dec("0")))),
                    "observations[5].denominator",
                    "a denominator of 0 cannot have a numerator of 671"),
            new Defect(
                    "confidence limits that do not contain the value",
                    d -> d.withObservations(
                            replace(d.observations(), 0, d.observations().get(0).withUpperCi(dec("44.0")))),
                    "observations[0].value",
                    "the confidence interval [41.0, 44.0] does not contain the value"),
            new Defect(
                    "confidence limits upside down",
                    d -> d.withObservations(
                            replace(d.observations(), 0, d.observations().get(0).withLowerCi(dec("48.0")))),
                    "observations[0].lowerCi",
                    "the lower confidence limit is above the upper 47.2"),
            new Defect(
                    "a lone confidence limit",
                    d -> d.withObservations(
                            replace(d.observations(), 1, d.observations().get(1).withLowerCi(dec("39.0")))),
                    "observations[1].upperCi",
                    "confidence limits come in pairs: give both or neither"),
            new Defect(
                    "confidence level of 1",
                    d -> d.withObservations(
                            replace(d.observations(), 0, d.observations().get(0).withCiLevel(dec("1")))),
                    "observations[0].ciLevel",
                    "must be less than 1"),
            new Defect(
                    "observation of an unknown indicator",
                    d -> d.withObservations(
                            append(d.observations(), Observation.of("nothing", "356", fy("2014/15"), dec("1")))),
                    "observations[9].indicatorId",
                    "no indicator has this id"),
            new Defect(
                    "observation for an unknown area",
                    d -> d.withObservations(
                            append(d.observations(), Observation.of("admissions", "123", fy("2012/13"), dec("1")))),
                    "observations[9].areaCode",
                    "no area has this code"),
            new Defect(
                    "annual figure for a quarterly indicator",
                    d -> d.withObservations(
                            append(d.observations(), Observation.of("two-year-offer", "356", fy("2014/15"), dec("1")))),
                    "observations[9].period",
                    "an observation of the quarterly indicator two-year-offer must be for a financial quarter"
                            + " (or, as a year-end forecast, a financial year), not a financial year"),
            new Defect(
                    "duplicate observation",
                    d -> d.withObservations(
                            append(d.observations(), Observation.of("caseload", "356", fy("2014/15"), dec("19.0")))),
                    "observations[9]",
                    "duplicates observations[6]: each must be unique"),
            new Defect(
                    "area in an unknown region",
                    d -> d.withAreas(replace(
                            d.areas(), 2, ImmutableArea.copyOf(d.areas().get(2)).withRegionCode("989"))),
                    "areas[2].regionCode",
                    "no area has this code"),
            new Defect(
                    "group with an unknown member",
                    d -> d.withComparatorGroups(replace(
                            d.comparatorGroups(),
                            0,
                            ImmutableComparatorGroup.copyOf(d.comparatorGroups().get(0))
                                    .withMemberCodes("357", "111"))),
                    "comparatorGroups[0].memberCodes",
                    "no area has this code"),
            new Defect(
                    "group listing a member twice",
                    d -> d.withComparatorGroups(replace(
                            d.comparatorGroups(),
                            0,
                            ImmutableComparatorGroup.copyOf(d.comparatorGroups().get(0))
                                    .withMemberCodes("357", "357"))),
                    "comparatorGroups[0].memberCodes",
                    "the area is listed more than once"),
            new Defect(
                    "benchmark of an unknown comparator",
                    d -> d.withBenchmarks(replace(
                            d.benchmarks(),
                            0,
                            ImmutableBenchmarkValue.copyOf(d.benchmarks().get(0))
                                    .withComparator("E92000001"))),
                    "benchmarks[0].comparator",
                    "no area or comparator group has this id"),
            new Defect(
                    "benchmark limits that do not contain the value",
                    d -> d.withBenchmarks(replace(
                            d.benchmarks(),
                            0,
                            ImmutableBenchmarkValue.copyOf(d.benchmarks().get(0))
                                    .withValue(dec("60.0")))),
                    "benchmarks[0].value",
                    "the confidence interval [57.9, 58.1] does not contain the value"),
            new Defect(
                    "printed figures of an unknown priority",
                    d -> d.withReported(replace(
                            d.reported(),
                            0,
                            ImmutableReportedSummary.copyOf(d.reported().get(0)).withScopeId("P4"))),
                    "reported[0].scopeId",
                    "no priority has this id"),
            new Defect(
                    "printed figures of an unknown theme",
                    d -> d.withReported(replace(
                            d.reported(),
                            1,
                            ImmutableReportedSummary.copyOf(d.reported().get(1)).withScopeId("age-well"))),
                    "reported[1].scopeId",
                    "no theme has this id"),
            new Defect(
                    "a negative printed count",
                    d -> d.withReported(replace(
                            d.reported(),
                            0,
                            ReportedSummary.builder()
                                    .from(d.reported().get(0))
                                    .putCounts(Status.RED, dec("-1"))
                                    .build())),
                    "reported[0].counts.red",
                    "a number of actions cannot be negative"),
            new Defect(
                    "a negative printed percentage",
                    d -> d.withReported(replace(
                            d.reported(),
                            2,
                            ReportedSummary.builder()
                                    .from(d.reported().get(2))
                                    .putPercentages(Status.GREEN, dec("-3"))
                                    .build())),
                    "reported[2].percentages.green",
                    "a percentage cannot be negative"),
            new Defect(
                    "proportion of a denominator of 0",
                    d -> d.withObservations(replace(
                            d.observations(),
                            0,
                            d.observations().get(0).withNumerator(dec("0")).withDenominator(dec("0")))),
                    "observations[0].denominator",
                    "a proportion's denominator must be above 0 (a proportion of nobody is undefined: leave the"
                            + " value out and mark the observation missing)"),
            new Defect(
                    "band target without the end a higher-is-better indicator is rated against",
                    d -> d.withTargets(replace(
                            d.targets(),
                            0,
                            io.github.outturn.model.Target.builder()
                                    .indicatorId(d.targets().get(0).indicatorId())
                                    .period(d.targets().get(0).period())
                                    .upper(dec("60"))
                                    .build())),
                    "targets[0].upper",
                    "a band target of a higher-is-better indicator needs its lower end, the one it is rated"
                            + " against"),
            new Defect(
                    "an area that is its own region",
                    d -> d.withAreas(replace(
                            d.areas(), 1, ImmutableArea.copyOf(d.areas().get(1)).withRegionCode("982"))),
                    "areas[1].regionCode",
                    "the area names itself as its region"),
            new Defect(
                    "a negative printed total",
                    d -> d.withReported(replace(
                            d.reported(),
                            2,
                            ImmutableReportedSummary.copyOf(d.reported().get(2)).withTotal(dec("-3")))),
                    "reported[2].total",
                    "a number of actions cannot be negative"),
            new Defect(
                    "an update dated in the year 999999999",
                    d -> d.withActionUpdates(replace(
                            d.actionUpdates(),
                            1,
                            ImmutableActionUpdate.copyOf(d.actionUpdates().get(1))
                                    .withUpdatedOn(LocalDate.MAX))),
                    "actionUpdates[1].updatedOn",
                    "outside the years Outturn accepts: dates and periods from 1900-01-01 to 2199-12-31"),
            new Defect(
                    "an observation for 1066",
                    d -> d.withObservations(
                            replace(d.observations(), 1, d.observations().get(1).withPeriod(fy("1066/67 Q2")))),
                    "observations[1].period",
                    "outside the years Outturn accepts: dates and periods from 1900-01-01 to 2199-12-31"),
            new Defect(
                    "a target for 2200",
                    d -> d.withTargets(replace(
                            d.targets(),
                            0,
                            ImmutableTarget.copyOf(d.targets().get(0)).withPeriod(fy("2199/00")))),
                    "targets[0].period",
                    "outside the years Outturn accepts: dates and periods from 1900-01-01 to 2199-12-31"),
            new Defect(
                    "decimal places -1",
                    d -> d.withIndicators(replace(
                            d.indicators(),
                            0,
                            ImmutableIndicator.copyOf(d.indicators().get(0)).withDecimalPlaces(-1))),
                    "indicators[0].decimalPlaces",
                    "must be greater than or equal to 0"),
            new Defect(
                    "decimal places 11",
                    d -> d.withIndicators(replace(
                            d.indicators(),
                            0,
                            ImmutableIndicator.copyOf(d.indicators().get(0)).withDecimalPlaces(11))),
                    "indicators[0].decimalPlaces",
                    "must be less than or equal to 10"),
            new Defect(
                    "an area with an empty name",
                    d -> d.withAreas(replace(
                            d.areas(), 3, ImmutableArea.copyOf(d.areas().get(3)).withName(""))),
                    "areas[3].name",
                    "must not be blank"));

    static Stream<Arguments> defects() {
        return DEFECTS.stream().map(Arguments::of);
    }

    @Test
    void test_validate_validSampleHasNoViolations() {
        ValidationReport report = VALIDATOR.validate(VALID);
        assertThat(report.violations()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void test_validate_yearEndForecastOfAQuarterlyIndicatorIsWhatItSays() {
        // A year value reported in a quarter, marked FORECAST, is a year-end forecast, not a
        // quarterly figure of the wrong frequency; a half-year forecast is still refused.
        Observation forecast = Observation.builder()
                .indicatorId("two-year-offer")
                .areaCode("356")
                .period(fy("2014/15"))
                .value(dec("46.0"))
                .status(ObservationStatus.FORECAST)
                .build();
        assertThat(VALIDATOR
                        .validate(
                                ImmutableDataset.copyOf(VALID).withObservations(append(VALID.observations(), forecast)))
                        .isValid())
                .isTrue();
        ValidationReport half = VALIDATOR.validate(ImmutableDataset.copyOf(VALID)
                .withObservations(
                        append(VALID.observations(), forecast.withPeriod(ReportingPeriod.parse("2014/15 H1")))));
        assertThat(half.violations())
                .singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("observations[9].period"));
    }

    @Test
    void test_validate_printedPercentageAbove100_isLeftToReconciliation() {
        // Issue 13: "165" printed for 65% stopped reconcile at validation; finding the slip is
        // reconciliation's job, so validation accepts it.
        Dataset slipped = ImmutableDataset.copyOf(VALID)
                .withReported(replace(
                        VALID.reported(),
                        2,
                        ReportedSummary.builder()
                                .from(VALID.reported().get(2))
                                .putPercentages(Status.GREEN, dec("165"))
                                .build()));
        assertThat(VALIDATOR.validate(slipped).violations()).isEmpty();
    }

    @Test
    void test_validate_emptyDatasetIsValid() {
        assertThat(VALIDATOR.validate(Dataset.builder().build()).isValid()).isTrue();
    }

    @Test
    void test_validate_areasNamingEachOtherAsRegionAreEachReported() {
        // England (970) -> Stockport (356) -> North West (982) -> England: a ring of three. Tameside
        // (357) names the North West as its region and leads into the ring without being in it.
        Dataset broken = ImmutableDataset.copyOf(VALID)
                .withAreas(replace(
                        VALID.areas(),
                        0,
                        ImmutableArea.copyOf(VALID.areas().get(0)).withRegionCode("356")));
        String ring = "the area is in a ring of 3 areas each naming the next as its region (\"970\" → \"356\" → \"982\""
                + " → \"970\"): a region cannot lie within its own area";
        assertThat(VALIDATOR.validate(broken).violations())
                .extracting(Violation::path, Violation::value, Violation::getMessage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("areas[0].regionCode", java.util.Optional.of("356"), ring),
                        org.assertj.core.groups.Tuple.tuple("areas[1].regionCode", java.util.Optional.of("970"), ring),
                        org.assertj.core.groups.Tuple.tuple("areas[2].regionCode", java.util.Optional.of("982"), ring));
    }

    @Test
    void test_validate_aLongRingOfRegionsIsFoundInOnePassAndNamedShortly() {
        List<io.github.outturn.model.Area> areas = new ArrayList<>();
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            areas.add(io.github.outturn.model.Area.builder()
                    .code("A" + i)
                    .name("Area " + i)
                    .type(io.github.outturn.model.AreaType.REGION)
                    .regionCode("A" + ((i + 1) % n))
                    .build());
        }
        ValidationReport report =
                VALIDATOR.validate(Dataset.builder().addAllAreas(areas).build());
        assertThat(report.violations()).hasSize(n);
        assertThat(report.violations().get(0).getMessage())
                .isEqualTo("the area is in a ring of 100000 areas each naming the next as its region (\"A0\" → \"A1\""
                        + " → \"A2\" → \"A3\" → \"A4\" → … → \"A0\"): a region cannot lie within its own area");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void test_validate_findsEachPlantedDefectAndNothingElse(Defect defect) {
        Dataset broken = defect.plant().apply(ImmutableDataset.copyOf(VALID));
        ValidationReport report = VALIDATOR.validate(broken);
        assertThat(report.violations())
                .extracting(Violation::path, Violation::getMessage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(defect.path(), defect.message()));
    }

    @Test
    void test_validate_reportsEveryDefectAtOnceInPathOrder() {
        ImmutableDataset broken = ImmutableDataset.copyOf(VALID);
        for (Defect defect : List.of(DEFECTS.get(0), DEFECTS.get(6), DEFECTS.get(23), DEFECTS.get(14))) {
            broken = defect.plant().apply(broken);
        }
        assertThat(VALIDATOR.validate(broken).violations())
                .extracting(Violation::path)
                .containsExactly("actions[2].weights", "observations[0].numerator", "plan.end", "targets[3].lower");
    }

    @Test
    void property_eachDefectIsFoundWhateverElseIsPlanted() {
        // Defects that touch different objects, so that planting one cannot hide another.
        List<Integer> independent = List.of(0, 2, 3, 6, 8, 10, 14, 23, 34, 35, 37, 39, 41);
        qt().withFixedSeed(424242L)
                .withExamples(60)
                .forAll(lists().of(integers().between(0, independent.size() - 1))
                        .ofSizeBetween(1, 5))
                .checkAssert(picks -> {
                    ImmutableDataset broken = ImmutableDataset.copyOf(VALID);
                    List<String> expected = new ArrayList<>();
                    for (int pick : picks.stream().distinct().toList()) {
                        Defect defect = DEFECTS.get(independent.get(pick));
                        broken = defect.plant().apply(broken);
                        expected.add(defect.path() + ": " + defect.message());
                    }
                    assertThat(VALIDATOR.validate(broken).violations())
                            .extracting(v -> v.path() + ": " + v.getMessage())
                            .containsExactlyInAnyOrderElementsOf(expected);
                });
    }

    @Test
    void test_validateObject_jakartaConstraintsOnEveryKindOfAccessor() {
        assertThat(VALIDATOR
                        .validateObject(Plan.builder().id("").name("x").build())
                        .toString())
                .isEqualTo("id \"\": must not be blank");
        Indicator negativeDp = Indicator.builder()
                .id("i")
                .name("n")
                .polarity(io.github.outturn.model.Polarity.HIGHER_IS_BETTER)
                .decimalPlaces(-1)
                .build();
        assertThat(VALIDATOR.validateObject(negativeDp).toString())
                .isEqualTo("decimalPlaces \"-1\": must be greater than or equal to 0");
        Action blankPriority =
                Action.builder().id("A").title("t").addPriorityIds("P1", " ").build();
        assertThat(VALIDATOR.validateObject(blankPriority).toString())
                .isEqualTo("priorityIds[1] \" \": must not be blank");
        Action noPriority = Action.builder().id("A").title("t").build();
        assertThat(VALIDATOR.validateObject(noPriority).toString()).isEqualTo("priorityIds \"[]\": must not be empty");
        ComparatorGroup blankMember = ComparatorGroup.builder()
                .id("g")
                .name("g")
                .type(io.github.outturn.model.ComparatorType.CUSTOM)
                .addMemberCodes("")
                .build();
        assertThat(VALIDATOR.validateObject(blankMember).toString())
                .isEqualTo("memberCodes[0] \"\": must not be blank");
        Observation negativeNumerator = Observation.builder()
                .indicatorId("i")
                .areaCode("a")
                .period(fy("2014/15"))
                .numerator(dec("-3"))
                .ciLevel(dec("0"))
                .build();
        assertThat(VALIDATOR.validateObject(negativeNumerator).violations())
                .extracting(Violation::toString)
                .containsExactly(
                        "ciLevel \"0\": must be greater than 0",
                        "numerator \"-3\": must be greater than or equal to 0");
        BenchmarkValue blankComparator = BenchmarkValue.builder()
                .indicatorId("i")
                .period(fy("2014/15"))
                .comparator(" ")
                .type(io.github.outturn.model.ComparatorType.ENGLAND)
                .build();
        assertThat(VALIDATOR.validateObject(blankComparator).toString())
                .isEqualTo("comparator \" \": must not be blank");
        // A policy's decimals are refused by its builder already (RatingPolicyTest); a blank id is
        // a Jakarta constraint.
        assertThat(VALIDATOR.validateObject(RatingPolicy.defaults().withId(" ")).toString())
                .isEqualTo("id \" \": must not be blank");
        assertThat(VALIDATOR.validateObject(RatingPolicy.defaults()).isValid()).isTrue();
    }
}
