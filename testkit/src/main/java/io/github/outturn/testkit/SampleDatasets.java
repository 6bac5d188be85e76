package io.github.outturn.testkit;

import io.github.outturn.finance.BudgetLine;
import io.github.outturn.finance.Money;
import io.github.outturn.finance.RiskRating;
import io.github.outturn.finance.Saving;
import io.github.outturn.finance.SavingStatus;
import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.AgeBandCount;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Frequency;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.MeasureType;
import io.github.outturn.model.Milestone;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Plan;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Priority;
import io.github.outturn.model.ReportedSummary;
import io.github.outturn.model.StandardisationMethod;
import io.github.outturn.model.StatisticType;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.model.Target;
import io.github.outturn.model.TargetProfile;
import io.github.outturn.model.Theme;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.CalendarYear;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.YearType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.commons.numbers.fraction.Fraction;

/**
 * Small, valid datasets that use every part of the model, for tests here and in the format modules
 * (shipped in core's test-jar). Figures are illustrative.
 */
public final class SampleDatasets {

    private SampleDatasets() {}

    /** A financial period label, such as {@code "2014/15 Q2"}. */
    public static ReportingPeriod fy(String label) {
        return ReportingPeriod.parse(label, YearType.FINANCIAL);
    }

    /** A decimal exactly as written. */
    public static BigDecimal dec(String text) {
        return new BigDecimal(text);
    }

    /**
     * A plan with two themes, three priorities, four actions (one linked to two priorities, one with
     * explicit weights), their updates for two half years, three indicators (quarterly proportion,
     * annual rate, academic-year count without judgement), targets (value with each tolerance kind
     * and a band), observations of every status, three areas, a comparator group, benchmarks and
     * printed figures. Valid: the dataset validator finds nothing.
     */
    public static Dataset plan() {
        ReportingPeriod h1 = fy("2014/15 H1");
        ReportingPeriod h2 = fy("2014/15 H2");
        return Dataset.builder()
                .plan(Plan.builder()
                        .id("cypp")
                        .name("Children and Young People's Plan 2013-16")
                        .owner("Children's Trust")
                        .start(fy("2013/14"))
                        .end(fy("2015/16"))
                        .build())
                .addThemes(
                        Theme.of("start-well", "Start Well"),
                        Theme.builder()
                                .id("live-well")
                                .name("Live Well")
                                .description("Healthy lives")
                                .build())
                .addPriorities(
                        Priority.builder()
                                .id("P1")
                                .name("Best start in life")
                                .themeId("start-well")
                                .build(),
                        Priority.builder()
                                .id("P2")
                                .name("Safe from harm")
                                .themeId("start-well")
                                .build(),
                        Priority.of("P3", "Healthy lifestyles"))
                .addActions(
                        Action.builder()
                                .id("A1")
                                .title("Extend the two-year-old offer")
                                .addPriorityIds("P1")
                                .lead("Early Years")
                                .build(),
                        Action.builder()
                                .id("A2")
                                .title("Joint early help assessments")
                                .addPriorityIds("P1", "P2")
                                .build(),
                        Action.builder()
                                .id("A3")
                                .title("School nursing programme")
                                .addPriorityIds("P2", "P3")
                                .addWeights(Fraction.of(1, 4), Fraction.of(3, 4))
                                .build(),
                        Action.builder()
                                .id("A4")
                                .title("Healthy weight pathway")
                                .addPriorityIds("P3")
                                .build())
                .addActionUpdates(
                        ActionUpdate.of("A1", h1, Status.GREEN),
                        ActionUpdate.builder()
                                .actionId("A2")
                                .period(h1)
                                .status(Status.AMBER)
                                .commentary("Training delayed, \"CAF\" uptake rising")
                                .updatedOn(LocalDate.of(2014, 10, 15))
                                .build(),
                        ActionUpdate.of("A3", h1, Status.RED),
                        ActionUpdate.of("A4", h1, Status.NOT_RATED),
                        ActionUpdate.of("A1", h2, Status.BLUE),
                        ActionUpdate.of("A2", h2, Status.GREEN),
                        ActionUpdate.of("A3", h2, Status.AMBER),
                        ActionUpdate.of("A4", h2, Status.GREEN))
                .addIndicators(
                        Indicator.builder()
                                .id("two-year-offer")
                                .name("Take-up of the two-year-old offer")
                                .unit("%")
                                .decimalPlaces(1)
                                .polarity(Polarity.HIGHER_IS_BETTER)
                                .measureType(MeasureType.SNAPSHOT)
                                .statisticType(StatisticType.PROPORTION)
                                .multiplier(dec("100"))
                                .frequency(Frequency.QUARTERLY)
                                .yearType(YearType.FINANCIAL)
                                .addPriorityIds("P1")
                                .description("Eligible two-year-olds in funded early education")
                                .build(),
                        Indicator.builder()
                                .id("admissions")
                                .name("Emergency admissions per 10,000")
                                .unit("per 10,000")
                                .decimalPlaces(0)
                                .polarity(Polarity.LOWER_IS_BETTER)
                                .measureType(MeasureType.CUMULATIVE)
                                .statisticType(StatisticType.RATE)
                                .multiplier(dec("10000"))
                                .frequency(Frequency.ANNUAL)
                                .addPriorityIds("P3")
                                .build(),
                        Indicator.builder()
                                .id("caseload")
                                .name("Average social work caseload")
                                .decimalPlaces(1)
                                .polarity(Polarity.TARGET_BAND)
                                .statisticType(StatisticType.MEAN)
                                .build(),
                        Indicator.builder()
                                .id("pupils")
                                .name("Pupils on roll")
                                .decimalPlaces(0)
                                .polarity(Polarity.NO_JUDGEMENT)
                                .statisticType(StatisticType.COUNT)
                                .yearType(YearType.ACADEMIC)
                                .quartileBanded(false)
                                .build())
                .addTargets(
                        Target.builder()
                                .indicatorId("two-year-offer")
                                .period(fy("2014/15 Q2"))
                                .value(dec("45.0"))
                                .tolerance(Tolerance.parse("5%"))
                                .build(),
                        Target.builder()
                                .indicatorId("two-year-offer")
                                .period(fy("2014/15"))
                                .areaCode("356")
                                .value(dec("50.0"))
                                .tolerance(Tolerance.parse("threshold 45.0"))
                                .build(),
                        Target.builder()
                                .indicatorId("admissions")
                                .period(fy("2014/15"))
                                .value(dec("120"))
                                .tolerance(Tolerance.parse("10"))
                                .build(),
                        Target.builder()
                                .indicatorId("caseload")
                                .period(fy("2014/15"))
                                .lower(dec("15"))
                                .upper(dec("20.0"))
                                .build())
                .addObservations(
                        Observation.builder()
                                .indicatorId("two-year-offer")
                                .areaCode("356")
                                .period(fy("2014/15 Q2"))
                                .value(dec("44.1"))
                                .numerator(dec("441"))
                                .denominator(dec("1000"))
                                .lowerCi(dec("41.0"))
                                .upperCi(dec("47.2"))
                                .ciLevel(dec("0.95"))
                                .status(ObservationStatus.PROVISIONAL)
                                .note("Q2 return")
                                .build(),
                        Observation.of("two-year-offer", "356", fy("2014/15 Q1"), dec("40.0")),
                        Observation.missing("two-year-offer", "356", fy("2014/15 Q3"), ObservationStatus.SUPPRESSED),
                        Observation.builder()
                                .indicatorId("two-year-offer")
                                .areaCode("356")
                                .period(fy("2014/15 Q4"))
                                .value(dec("52.3"))
                                .status(ObservationStatus.FORECAST)
                                .build(),
                        Observation.of("admissions", "356", fy("2013/14"), dec("131")),
                        Observation.builder()
                                .indicatorId("admissions")
                                .areaCode("356")
                                .period(fy("2014/15"))
                                .value(dec("122"))
                                .numerator(dec("671"))
                                .denominator(dec("55000"))
                                .status(ObservationStatus.REVISED)
                                .build(),
                        Observation.of("caseload", "356", fy("2014/15"), dec("21.5")),
                        Observation.builder()
                                .indicatorId("pupils")
                                .areaCode("356")
                                .period(ReportingPeriod.parse("2014/15", YearType.ACADEMIC))
                                .value(dec("40210"))
                                .status(ObservationStatus.ESTIMATED)
                                .build(),
                        Observation.missing(
                                "pupils", "357", ReportingPeriod.parse("AY 2014/15"), ObservationStatus.MISSING))
                .addAreas(
                        Area.of("970", "England", AreaType.ENGLAND),
                        Area.builder()
                                .code("982")
                                .name("North West")
                                .type(AreaType.REGION)
                                .regionCode("970")
                                .build(),
                        Area.builder()
                                .code("356")
                                .name("Stockport")
                                .type(AreaType.LOCAL_AUTHORITY)
                                .regionCode("982")
                                .subtype("MD")
                                .build(),
                        Area.builder()
                                .code("357")
                                .name("Tameside")
                                .type(AreaType.LOCAL_AUTHORITY)
                                .regionCode("982")
                                .current(false)
                                .build())
                .addComparatorGroups(ComparatorGroup.builder()
                        .id("sn-356")
                        .name("Stockport statistical neighbours")
                        .type(ComparatorType.STATISTICAL_NEIGHBOURS)
                        .areaCode("356")
                        .addMemberCodes("357")
                        .build())
                .addBenchmarks(
                        BenchmarkValue.builder()
                                .indicatorId("two-year-offer")
                                .period(fy("2014/15 Q2"))
                                .comparator("970")
                                .type(ComparatorType.ENGLAND)
                                .value(dec("58.0"))
                                .lowerCi(dec("57.9"))
                                .upperCi(dec("58.1"))
                                .build(),
                        BenchmarkValue.builder()
                                .indicatorId("two-year-offer")
                                .period(fy("2014/15 Q2"))
                                .comparator("sn-356")
                                .type(ComparatorType.STATISTICAL_NEIGHBOURS)
                                .areaCode("356")
                                .build())
                .addReported(
                        ReportedSummary.builder()
                                .source("Progress report, October 2014")
                                .period(h1)
                                .scope(SummaryScope.PRIORITY)
                                .scopeId("P1")
                                .putCounts(Status.GREEN, dec("1"))
                                .putCounts(Status.AMBER, dec("0.5"))
                                .putCounts(Status.RED, dec("0"))
                                .build(),
                        ReportedSummary.builder()
                                .period(h1)
                                .scope(SummaryScope.THEME)
                                .scopeId("start-well")
                                .putCounts(Status.GREEN, dec("1"))
                                .build(),
                        ReportedSummary.builder()
                                .period(h1)
                                .scope(SummaryScope.PLAN)
                                .total(dec("3"))
                                .putPercentages(Status.GREEN, dec("33"))
                                .putPercentages(Status.AMBER, dec("33"))
                                .putPercentages(Status.RED, dec("33"))
                                .build())
                .build();
    }

    /**
     * A plan whose actions have dates, for the formats' golden files and the command line: the
     * minutes' "a detailed workforce plan will be developed for 2016/17" with three milestones (one
     * done, one late at the end of the third quarter, one whose description needs quoting), an
     * evaluation due in February and completed, a strategy refresh past its due date, and an undated
     * action; updates for 2016/17 Q3 and Q4. Valid: the dataset validator finds nothing.
     */
    public static Dataset datedActions() {
        ReportingPeriod q3 = fy("2016/17 Q3");
        ReportingPeriod q4 = fy("2016/17 Q4");
        return Dataset.builder()
                .plan(Plan.builder()
                        .id("wf")
                        .name("Workforce and Early Help Plan 2016-18")
                        .start(fy("2016/17"))
                        .end(fy("2017/18"))
                        .build())
                .addThemes(Theme.of("start-well", "Start Well"))
                .addPriorities(
                        Priority.builder()
                                .id("P1")
                                .name("A skilled workforce")
                                .themeId("start-well")
                                .build(),
                        Priority.builder()
                                .id("P2")
                                .name("Early help")
                                .themeId("start-well")
                                .build())
                .addActions(
                        Action.builder()
                                .id("W1")
                                .title("Develop a detailed workforce plan for 2016/17")
                                .addPriorityIds("P1")
                                .lead("Head of Workforce")
                                .dueDate(LocalDate.of(2017, 3, 31))
                                .percentComplete(40)
                                .build(),
                        Action.builder()
                                .id("E1")
                                .title("Evaluate the early help pilot in February")
                                .addPriorityIds("P2")
                                .dueDate(LocalDate.of(2017, 2, 28))
                                .completedOn(LocalDate.of(2017, 2, 20))
                                .percentComplete(100)
                                .build(),
                        Action.builder()
                                .id("S1")
                                .title("Refresh the early help strategy")
                                .addPriorityIds("P2", "P1")
                                .lead("Early Help Manager")
                                .dueDate(LocalDate.of(2016, 12, 15))
                                .percentComplete(80)
                                .build(),
                        Action.builder()
                                .id("U1")
                                .title("Share good practice across the partnership")
                                .addPriorityIds("P2")
                                .build())
                .addMilestones(
                        milestone("W1", "Skills audit complete", LocalDate.of(2016, 9, 30), LocalDate.of(2016, 9, 21)),
                        milestone("W1", "Draft plan to the workforce board", LocalDate.of(2016, 11, 30), null),
                        milestone("W1", "Consultation closes, with \"all partners\"", LocalDate.of(2017, 2, 28), null))
                .addActionUpdates(
                        ActionUpdate.of("W1", q3, Status.GREEN),
                        ActionUpdate.of("E1", q3, Status.GREEN),
                        ActionUpdate.of("S1", q3, Status.AMBER),
                        ActionUpdate.of("U1", q3, Status.GREEN),
                        ActionUpdate.of("W1", q4, Status.AMBER),
                        ActionUpdate.of("E1", q4, Status.BLUE),
                        ActionUpdate.of("S1", q4, Status.RED),
                        ActionUpdate.of("U1", q4, Status.GREEN))
                .build();
    }

    /**
     * A small in-year dataset for the formats' golden files: a quarterly year-to-date measure whose
     * 2016/17 target is spread by given shares and whose Stockport series starts again at 2016/17 Q1
     * (a new definition, said on the observation), and an academic measure whose series breaks for
     * every area at AY 2015/16 (a new curriculum, said on the indicator). Valid: the dataset
     * validator finds nothing.
     */
    public static Dataset inYear() {
        return Dataset.builder()
                .addAreas(Area.of("356", "Stockport", AreaType.LOCAL_AUTHORITY))
                .addIndicators(
                        Indicator.builder()
                                .id("cafs")
                                .name("CAFs initiated")
                                .decimalPlaces(0)
                                .polarity(Polarity.HIGHER_IS_BETTER)
                                .measureType(MeasureType.CUMULATIVE)
                                .statisticType(StatisticType.COUNT)
                                .frequency(Frequency.QUARTERLY)
                                .build(),
                        Indicator.builder()
                                .id("ks2-rwm")
                                .name("Key stage 2: expected standard in reading, writing and maths")
                                .unit("%")
                                .decimalPlaces(0)
                                .polarity(Polarity.HIGHER_IS_BETTER)
                                .statisticType(StatisticType.PROPORTION)
                                .yearType(YearType.ACADEMIC)
                                .seriesBreak(ReportingPeriod.parse("AY 2015/16"))
                                .seriesBreakNote("first results under the new curriculum")
                                .build())
                .addTargets(Target.builder()
                        .indicatorId("cafs")
                        .period(fy("2016/17"))
                        .value(dec("400"))
                        .profile(TargetProfile.parse("shares 20;25;25;30"))
                        .build())
                .addObservations(
                        Observation.of("cafs", "356", fy("2015/16 Q4"), dec("380")),
                        Observation.builder()
                                .indicatorId("cafs")
                                .areaCode("356")
                                .period(fy("2016/17 Q1"))
                                .value(dec("96"))
                                .note("new definition: contacts no longer counted")
                                .seriesBreak(true)
                                .build(),
                        Observation.of("cafs", "356", fy("2016/17 Q2"), dec("180")),
                        Observation.of("ks2-rwm", "356", ReportingPeriod.parse("AY 2014/15"), dec("79")),
                        Observation.of("ks2-rwm", "356", ReportingPeriod.parse("AY 2015/16"), dec("54")))
                .build();
    }

    private static Milestone milestone(String actionId, String description, LocalDate due, LocalDate doneOn) {
        Milestone.Builder m = Milestone.builder();
        m.actionId(actionId).description(description).due(due);
        if (doneOn != null) {
            m.done(true).doneOn(doneOn);
        }
        return m.build();
    }

    /**
     * A small dataset with a directly standardised indicator for the formats' golden files: the
     * indicator (per 100,000, 2013 European Standard Population), one area's events and population in
     * each of the 19 age bands of 2023 (96 events in 47,900), and England's published rate.
     */
    public static Dataset standardised() {
        ReportingPeriod year = CalendarYear.of(2023);
        int[] counts = {0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 4, 6, 8, 10, 12, 14, 15, 12, 8};
        int[] populations = {
            3000, 3100, 3000, 2900, 3200, 3400, 3300, 3200, 3100, 3000, 2900, 2800, 2600, 2400, 2100, 1700, 1200, 700,
            300
        };
        String[] bands = {
            "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59",
            "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"
        };
        var b = Dataset.builder()
                .addIndicators(Indicator.builder()
                        .id("u75-cvd")
                        .name("Under 75 mortality rate from cardiovascular disease")
                        .unit("per 100,000")
                        .polarity(Polarity.LOWER_IS_BETTER)
                        .statisticType(StatisticType.RATE)
                        .multiplier(new BigDecimal("100000"))
                        .yearType(YearType.CALENDAR)
                        .standardisationMethod(StandardisationMethod.DIRECT)
                        .standardPopulation("esp2013")
                        .build())
                .addAreas(
                        Area.builder()
                                .code("E92000001")
                                .name("England")
                                .type(AreaType.ENGLAND)
                                .build(),
                        Area.builder()
                                .code("E1")
                                .name("Northby")
                                .type(AreaType.LOCAL_AUTHORITY)
                                .build())
                .addBenchmarks(BenchmarkValue.builder()
                        .indicatorId("u75-cvd")
                        .period(year)
                        .comparator("E92000001")
                        .type(ComparatorType.ENGLAND)
                        .value(new BigDecimal("150.0"))
                        .build());
        for (int i = 0; i < bands.length; i++) {
            b.addAgeBandCounts(AgeBandCount.builder()
                    .indicatorId("u75-cvd")
                    .areaCode("E1")
                    .period(year)
                    .band(bands[i])
                    .count(BigDecimal.valueOf(counts[i]))
                    .population(BigDecimal.valueOf(populations[i]))
                    .build());
        }
        return b.build();
    }

    /**
     * A small finance dataset for the formats' golden files: spending and income lines, one outside
     * the cash limit with actuals, commentary needing quotes, and savings with and without the
     * optional fields.
     */
    public static Dataset finance() {
        FinancialYear year = FinancialYear.of(2016);
        return Dataset.builder()
                .addBudgetLines(
                        BudgetLine.builder()
                                .portfolio("Children and Families")
                                .service("External placements")
                                .year(year)
                                .period(year.quarter(1))
                                .budget(Money.of("8500000"))
                                .forecast(Money.of("9700000.50"))
                                .commentary("More placements, \"external\", than budgeted for")
                                .build(),
                        BudgetLine.builder()
                                .portfolio("Education")
                                .service("Traded services income")
                                .year(year)
                                .period(year.quarter(1))
                                .budget(Money.of("-1500000"))
                                .forecast(Money.of("-1520000"))
                                .build(),
                        BudgetLine.builder()
                                .portfolio("Education")
                                .service("High needs block")
                                .year(year)
                                .period(year)
                                .budget(Money.of("22000000"))
                                .forecast(Money.of("22600000"))
                                .actual(Money.of("5400000.25"))
                                .cashLimit(false)
                                .build())
                .addSavings(
                        Saving.builder()
                                .reference("CF-01")
                                .title("Fewer external placements")
                                .portfolio("Children and Families")
                                .year(year)
                                .period(year.quarter(1))
                                .required(Money.of("600000"))
                                .forecast(Money.of("250000"))
                                .delivered(Money.of("50000"))
                                .status(SavingStatus.AMBER)
                                .risk(RiskRating.HIGH)
                                .commentary("Edge-of-care service starts in September")
                                .build(),
                        Saving.builder()
                                .reference("ED-01")
                                .title("Traded services at full cost")
                                .portfolio("Education")
                                .year(year)
                                .period(year.quarter(1))
                                .required(Money.of("200000"))
                                .forecast(Money.of("200000"))
                                .status(SavingStatus.GREEN)
                                .build())
                .build();
    }
}
