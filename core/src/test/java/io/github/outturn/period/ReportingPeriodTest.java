package io.github.outturn.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.outturn.testkit.OutturnGenerators;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

class ReportingPeriodTest {

    @ParameterizedTest(name = "{0} as {1} is {2}")
    @CsvSource({
        // label, year type, canonical, kind, start, end
        "2014/15, FINANCIAL, 2014/15, FINANCIAL_YEAR, 2014-04-01, 2015-03-31",
        "2014-15, FINANCIAL, 2014/15, FINANCIAL_YEAR, 2014-04-01, 2015-03-31",
        "2015/16, ACADEMIC, AY 2015/16, ACADEMIC_YEAR, 2015-09-01, 2016-08-31",
        "2015-16, ACADEMIC, AY 2015/16, ACADEMIC_YEAR, 2015-09-01, 2016-08-31",
        "AY 2015/16, FINANCIAL, AY 2015/16, ACADEMIC_YEAR, 2015-09-01, 2016-08-31",
        "ay2015-16, CALENDAR, AY 2015/16, ACADEMIC_YEAR, 2015-09-01, 2016-08-31",
        "2014/15 Q2, FINANCIAL, 2014/15 Q2, FINANCIAL_QUARTER, 2014-07-01, 2014-09-30",
        "Q2 2014/15, ACADEMIC, 2014/15 Q2, FINANCIAL_QUARTER, 2014-07-01, 2014-09-30",
        "2014-15 q4, FINANCIAL, 2014/15 Q4, FINANCIAL_QUARTER, 2015-01-01, 2015-03-31",
        "2014/15 H1, FINANCIAL, 2014/15 H1, FINANCIAL_HALF_YEAR, 2014-04-01, 2014-09-30",
        "H2 2014/15, FINANCIAL, 2014/15 H2, FINANCIAL_HALF_YEAR, 2014-10-01, 2015-03-31",
        "2014-07, FINANCIAL, 2014-07, MONTH, 2014-07-01, 2014-07-31",
        "July 2014, FINANCIAL, 2014-07, MONTH, 2014-07-01, 2014-07-31",
        "feb 2016, CALENDAR, 2016-02, MONTH, 2016-02-01, 2016-02-29",
        "2015, FINANCIAL, 2015, CALENDAR_YEAR, 2015-01-01, 2015-12-31",
        "2014-16, FINANCIAL, 2014-16, POOLED_YEARS, 2014-01-01, 2016-12-31",
        "2014-2016, CALENDAR, 2014-16, POOLED_YEARS, 2014-01-01, 2016-12-31",
        "2016-17, CALENDAR, 2016-2017, POOLED_YEARS, 2016-01-01, 2017-12-31",
        "2014/15-16/17, FINANCIAL, 2014/15-16/17, POOLED_YEARS, 2014-04-01, 2017-03-31",
        "2014/15-16/17, ACADEMIC, AY 2014/15-16/17, POOLED_YEARS, 2014-09-01, 2017-08-31",
        "AY 2014/15-16/17, FINANCIAL, AY 2014/15-16/17, POOLED_YEARS, 2014-09-01, 2017-08-31",
        "1999/00, FINANCIAL, 1999/00, FINANCIAL_YEAR, 1999-04-01, 2000-03-31",
        "'  2014/15   Q2 ', FINANCIAL, 2014/15 Q2, FINANCIAL_QUARTER, 2014-07-01, 2014-09-30",
    })
    void test_parse_forms(
            String label, YearType yearType, String canonical, PeriodKind kind, LocalDate start, LocalDate end) {
        ReportingPeriod p = ReportingPeriod.parse(label, yearType);
        assertThat(p).hasToString(canonical);
        assertThat(p.label()).isEqualTo(canonical);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(ReportingPeriod.parse(canonical)).isEqualTo(p);
    }

    @Test
    void test_parse_withoutYearType_readsBareTwoYearLabelsAsFinancial() {
        assertThat(ReportingPeriod.parse("2015/16")).isEqualTo(FinancialYear.of(2015));
        assertThat(ReportingPeriod.parse("2015-16")).isEqualTo(FinancialYear.of(2015));
        assertThat(ReportingPeriod.parse("2015/16", YearType.ACADEMIC)).isEqualTo(AcademicYear.of(2015));
    }

    @Test
    void test_parse_labelsThatReadAsMonthOrYear() {
        // "2011-12" is December 2011 or the year 2011/12: a year type says which.
        assertThat(ReportingPeriod.parse("2011-12")).isEqualTo(CalendarMonth.of(2011, 12));
        assertThat(ReportingPeriod.parse("2011-12", YearType.FINANCIAL)).isEqualTo(FinancialYear.of(2011));
        assertThat(CalendarMonth.parse("2011-12")).isEqualTo(CalendarMonth.of(2011, 12));
        assertThat(FinancialYear.parse("2011-12")).isEqualTo(FinancialYear.of(2011));
        // Pooled calendar years whose short label would read as a month are printed in full.
        PooledYears p = PooledYears.of(YearType.CALENDAR, 2009, 2011);
        assertThat(p).hasToString("2009-2011");
        assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p);
    }

    @Test
    void test_parse_calendarYearTypeRejectsTwoYearLabels() {
        assertThatThrownBy(() -> ReportingPeriod.parse("2015/16", YearType.CALENDAR))
                .isInstanceOf(PeriodParseException.class)
                .hasMessageStartingWith("\"2015/16\" is not a reporting period (a calendar-year indicator's periods"
                        + " are single years such as \"2015\"; two-year labels name financial or academic years)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Lent 2015|",
                "2014/16|16 does not follow 2014; write pooled years as \"2014-16\"",
                "2014/15 Q5|",
                "2014/15 H3|a financial year has halves H1 and H2",
                "2014/16 Q1|16 does not follow 2014",
                "2014-13|13 is not a later year than 2014",
                "2014-00|00 is not a later year than 2014",
                "0|",
                "|",
                "Smarch 2014|",
                "2014/15-17/18 extra|",
                "2014/16-16/17|2014/16 is not one year",
                "2014/15-16/18|16/18 is not one year",
                "0999|A reporting period's year is 1000 to 9998, not 999",
            })
    void test_parse_rejectsQuotingTheLabelAndListingForms(String label, String why) {
        String text = label == null ? "" : label;
        assertThatThrownBy(() -> ReportingPeriod.parse(text))
                .isInstanceOfSatisfying(
                        PeriodParseException.class, e -> assertThat(e.label()).isEqualTo(text))
                .hasMessageStartingWith("\"" + text + "\" is not a reporting period"
                        + (why == null ? ": expected" : " (" + why + "): expected"))
                .hasMessageEndingWith(PeriodParseException.ACCEPTED_FORMS);
    }

    @Test
    void test_typedParse_rejectsOtherKinds() {
        assertThatThrownBy(() -> FinancialQuarter.parse("2014/15"))
                .isInstanceOf(PeriodParseException.class)
                .hasMessageStartingWith(
                        "\"2014/15\" is not a reporting period (it is a financial year, not a financial quarter)");
        assertThat(FinancialYear.parse("2014/15")).isEqualTo(FinancialYear.of(2014));
        assertThat(AcademicYear.parse("2015-16")).isEqualTo(AcademicYear.of(2015));
        assertThat(CalendarYear.parse("2015")).isEqualTo(CalendarYear.of(2015));
        assertThat(FinancialHalfYear.parse("H1 2014/15")).isEqualTo(FinancialHalfYear.of(2014, 1));
        assertThat(PooledYears.parse("2014-16")).isEqualTo(PooledYears.of(YearType.CALENDAR, 2014, 2016));
        for (String other : List.of("2015", "2014-07", "AY 2015/16", "2014/15 H1", "2014-16", "2014/15 Q1")) {
            assertThatThrownBy(() -> FinancialYear.parse(other)).isInstanceOf(PeriodParseException.class);
        }
        assertThatThrownBy(() -> PooledYears.parse("2014/15 Q1")).hasMessageContaining("not pooled years");
        assertThatThrownBy(() -> CalendarMonth.parse("2015")).hasMessageContaining("not a month");
        assertThatThrownBy(() -> AcademicYear.parse("2015")).hasMessageContaining("not an academic year");
        assertThatThrownBy(() -> CalendarYear.parse("2015/16")).hasMessageContaining("two-year labels");
        assertThatThrownBy(() -> FinancialHalfYear.parse("2015")).hasMessageContaining("not a financial half year");
    }

    @Test
    void test_constructors_rejectOutOfRange() {
        assertThatThrownBy(() -> FinancialQuarter.of(2014, 0)).hasMessage("A financial quarter is 1 to 4, not 0");
        assertThatThrownBy(() -> FinancialHalfYear.of(2014, 3)).hasMessage("A financial half year is 1 or 2, not 3");
        assertThatThrownBy(() -> PooledYears.of(YearType.CALENDAR, 2016, 2016))
                .hasMessage("Pooled years run from an earlier to a later year, not 2016 to 2016");
        assertThatThrownBy(() -> PooledYears.of(YearType.CALENDAR, 1900, 2016))
                .hasMessage("Pooled years span less than a century, not 1900 to 2016");
        assertThatThrownBy(() -> CalendarYear.of(99999))
                .hasMessage("A reporting period's year is 1000 to 9998, not 99999");
        assertThatThrownBy(() -> new CalendarMonth(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void test_navigation() {
        FinancialQuarter q4 = FinancialQuarter.of(2014, 4);
        assertThat(q4.next()).isEqualTo(FinancialQuarter.of(2015, 1));
        assertThat(q4.next().previous()).isEqualTo(q4);
        assertThat(q4.samePeriodLastYear()).hasToString("2013/14 Q4");
        assertThat(q4.year()).isEqualTo(FinancialYear.of(2014));
        assertThat(FinancialYear.of(2014).quarter(2)).hasToString("2014/15 Q2");
        assertThat(FinancialYear.of(2014).halfYear(2)).hasToString("2014/15 H2");
        assertThat(FinancialHalfYear.of(2014, 2).next()).hasToString("2015/16 H1");
        assertThat(FinancialHalfYear.of(2014, 1).previous()).hasToString("2013/14 H2");
        assertThat(FinancialHalfYear.of(2014, 1).samePeriodLastYear()).hasToString("2013/14 H1");
        assertThat(CalendarMonth.of(2014, 12).next()).hasToString("2015-01");
        assertThat(CalendarMonth.of(2015, 1).samePeriodLastYear()).hasToString("2014-01");
        assertThat(CalendarMonth.of(2015, 1).financialYear()).hasToString("2014/15");
        assertThat(AcademicYear.of(2015).next()).hasToString("AY 2016/17");
        assertThat(AcademicYear.of(2015).samePeriodLastYear()).hasToString("AY 2014/15");
        assertThat(CalendarYear.of(2015).samePeriodLastYear()).hasToString("2014");
        PooledYears pooled = PooledYears.of(YearType.CALENDAR, 2014, 2016);
        assertThat(pooled.next()).hasToString("2015-17");
        assertThat(pooled.samePeriodLastYear()).hasToString("2013-15");
        assertThat(pooled.yearCount()).isEqualTo(3);
        assertThat(pooled.first()).isEqualTo(CalendarYear.of(2014));
        assertThat(PooledYears.of(YearType.FINANCIAL, 2014, 2016).last()).isEqualTo(FinancialYear.of(2016));
        assertThat(PooledYears.of(YearType.ACADEMIC, 2014, 2016).first()).isEqualTo(AcademicYear.of(2014));
        assertThat(FinancialYear.of(2015).follows(FinancialYear.of(2014))).isTrue();
        assertThat(FinancialYear.of(2016).follows(FinancialYear.of(2014))).isFalse();
        assertThat(FinancialQuarter.of(2014, 2).isWithin(FinancialYear.of(2014)))
                .isTrue();
        assertThat(FinancialYear.of(2014).isWithin(FinancialQuarter.of(2014, 2)))
                .isFalse();
    }

    @Test
    void test_containing() {
        LocalDate d = LocalDate.of(2015, 1, 31);
        assertThat(ReportingPeriod.containing(PeriodKind.FINANCIAL_YEAR, d)).hasToString("2014/15");
        assertThat(ReportingPeriod.containing(PeriodKind.FINANCIAL_QUARTER, d)).hasToString("2014/15 Q4");
        assertThat(ReportingPeriod.containing(PeriodKind.FINANCIAL_HALF_YEAR, d))
                .hasToString("2014/15 H2");
        assertThat(ReportingPeriod.containing(PeriodKind.MONTH, d)).hasToString("2015-01");
        assertThat(ReportingPeriod.containing(PeriodKind.ACADEMIC_YEAR, d)).hasToString("AY 2014/15");
        assertThat(ReportingPeriod.containing(PeriodKind.CALENDAR_YEAR, d)).hasToString("2015");
        assertThat(ReportingPeriod.containing(PeriodKind.ACADEMIC_YEAR, LocalDate.of(2015, 9, 1)))
                .hasToString("AY 2015/16");
        assertThat(ReportingPeriod.containing(PeriodKind.FINANCIAL_QUARTER, LocalDate.of(2014, 4, 1)))
                .hasToString("2014/15 Q1");
        assertThat(ReportingPeriod.containing(PeriodKind.FINANCIAL_QUARTER, LocalDate.of(2014, 12, 31)))
                .hasToString("2014/15 Q3");
        assertThatThrownBy(() -> ReportingPeriod.containing(PeriodKind.POOLED_YEARS, d))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void test_compareTo_ordersByStartThenEndThenKind() {
        List<ReportingPeriod> periods = List.of(
                FinancialYear.of(2014),
                FinancialQuarter.of(2014, 1),
                CalendarMonth.of(2014, 4),
                FinancialHalfYear.of(2014, 1),
                CalendarYear.of(2014),
                AcademicYear.of(2013));
        assertThat(periods.stream().sorted().map(ReportingPeriod::toString))
                .containsExactly("AY 2013/14", "2014", "2014-04", "2014/15 Q1", "2014/15 H1", "2014/15");
    }

    /** Every kind of period, over five centuries: the test kit's generator. */
    static Gen<ReportingPeriod> periods() {
        return OutturnGenerators.periods();
    }

    @Test
    void property_labelParsesBackToTheSamePeriod() {
        qt().withFixedSeed(20141501L).withExamples(5000).forAll(periods()).checkAssert(p -> {
            assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p);
            // A label that names its kind means the same under the indicator's year type (a month such as
            // "2011-12" reads as a year where a year type is given, as documented).
            if (p.kind() != PeriodKind.FINANCIAL_YEAR
                    && p.kind() != PeriodKind.MONTH
                    && !(p instanceof PooledYears pooled && pooled.yearType() == YearType.FINANCIAL)) {
                assertThat(ReportingPeriod.parse(p.toString(), YearType.ACADEMIC))
                        .isEqualTo(p);
            }
        });
    }

    @Test
    void property_nextAndPreviousAreInverse() {
        qt().withFixedSeed(7L).withExamples(3000).forAll(periods()).checkAssert(p -> {
            assertThat(p.next().previous()).isEqualTo(p);
            assertThat(p.previous().next()).isEqualTo(p);
            assertThat(p.next().follows(p)).isTrue();
            assertThat(p.next()).isGreaterThan(p);
            assertThat(p.samePeriodLastYear().start()).isEqualTo(p.start().minusYears(1));
            assertThat(p.kind()).isEqualTo(p.next().kind());
        });
    }

    @Test
    void property_orderingAgreesWithStartDatesAndEquals() {
        qt().withFixedSeed(11L).withExamples(3000).forAll(periods(), periods()).checkAssert((a, b) -> {
            int c = a.compareTo(b);
            if (a.start().isBefore(b.start())) {
                assertThat(c).isNegative();
            }
            assertThat(c == 0).isEqualTo(a.equals(b));
            assertThat(Integer.signum(c)).isEqualTo(-Integer.signum(b.compareTo(a)));
        });
    }

    /** The kinds whose periods do not overlap, so that a date lies in exactly one. */
    private static final List<PeriodKind> SINGLE_KINDS = List.of(
            PeriodKind.FINANCIAL_YEAR,
            PeriodKind.FINANCIAL_HALF_YEAR,
            PeriodKind.FINANCIAL_QUARTER,
            PeriodKind.MONTH,
            PeriodKind.ACADEMIC_YEAR,
            PeriodKind.CALENDAR_YEAR,
            PeriodKind.CALENDAR_QUARTER,
            PeriodKind.SCHOOL_TERM);

    @Test
    void property_containingContainsTheDate() {
        qt().withFixedSeed(3L)
                .withExamples(2000)
                .forAll(
                        integers().between(1500, 2900),
                        integers().between(1, 366),
                        integers().between(0, SINGLE_KINDS.size() - 1))
                .checkAssert((year, day, kind) -> {
                    LocalDate date = LocalDate.ofYearDay(year, Math.min(day, 365));
                    ReportingPeriod p = ReportingPeriod.containing(SINGLE_KINDS.get(kind), date);
                    assertThat(p.contains(date)).isTrue();
                    assertThat(p.next().contains(date)).isFalse();
                    assertThat(p.end().plusDays(1)).isEqualTo(p.next().start());
                });
    }
}
