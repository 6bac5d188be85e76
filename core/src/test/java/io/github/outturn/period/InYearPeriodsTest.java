package io.github.outturn.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The in-year forms: the seeds' quarter labels, calendar quarters, rolling twelve months and school terms. */
class InYearPeriodsTest {

    @ParameterizedTest(name = "{0} as {1} is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // label | year type | canonical | kind | start | end
                // The seeds' labels, exactly as the minutes print them.
                "2nd Quarter 2014/15|FINANCIAL|2014/15 Q2|FINANCIAL_QUARTER|2014-07-01|2014-09-30",
                "Quarter 1 2017/18|FINANCIAL|2017/18 Q1|FINANCIAL_QUARTER|2017-04-01|2017-06-30",
                "2015/2016|FINANCIAL|2015/16|FINANCIAL_YEAR|2015-04-01|2016-03-31",
                "2015/2016|ACADEMIC|AY 2015/16|ACADEMIC_YEAR|2015-09-01|2016-08-31",
                // Other forms of a financial quarter.
                "Q1 2017/18|FINANCIAL|2017/18 Q1|FINANCIAL_QUARTER|2017-04-01|2017-06-30",
                "Q1 2017-18|FINANCIAL|2017/18 Q1|FINANCIAL_QUARTER|2017-04-01|2017-06-30",
                "2017/18 Quarter 3|FINANCIAL|2017/18 Q3|FINANCIAL_QUARTER|2017-10-01|2017-12-31",
                "Qtr 4 2014/15|FINANCIAL|2014/15 Q4|FINANCIAL_QUARTER|2015-01-01|2015-03-31",
                "first quarter of 2016/17|FINANCIAL|2016/17 Q1|FINANCIAL_QUARTER|2016-04-01|2016-06-30",
                "3rd quarter 2015/2016|FINANCIAL|2015/16 Q3|FINANCIAL_QUARTER|2015-10-01|2015-12-31",
                "AY 2015/2016|FINANCIAL|AY 2015/16|ACADEMIC_YEAR|2015-09-01|2016-08-31",
                // Calendar quarters, as ONS prints them.
                "2017 Q1|FINANCIAL|2017 Q1|CALENDAR_QUARTER|2017-01-01|2017-03-31",
                "Q1 2017|FINANCIAL|2017 Q1|CALENDAR_QUARTER|2017-01-01|2017-03-31",
                "2017Q2|CALENDAR|2017 Q2|CALENDAR_QUARTER|2017-04-01|2017-06-30",
                "2017-Q3|CALENDAR|2017 Q3|CALENDAR_QUARTER|2017-07-01|2017-09-30",
                "Quarter 4 2017|CALENDAR|2017 Q4|CALENDAR_QUARTER|2017-10-01|2017-12-31",
                "Jan-Mar 2017|ACADEMIC|2017 Q1|CALENDAR_QUARTER|2017-01-01|2017-03-31",
                "Oct to Dec 2016|FINANCIAL|2016 Q4|CALENDAR_QUARTER|2016-10-01|2016-12-31",
                // Rolling twelve months, as NHS and DfE releases print them.
                "12 months to June 2015|FINANCIAL|12 months to June 2015|ROLLING_YEAR|2014-07-01|2015-06-30",
                "12 months ending Jun 2015|FINANCIAL|12 months to June 2015|ROLLING_YEAR|2014-07-01|2015-06-30",
                "twelve months to March 2016|ACADEMIC|12 months to March 2016|ROLLING_YEAR|2015-04-01|2016-03-31",
                "rolling 12 months to end of September 2015|FINANCIAL|12 months to September 2015|ROLLING_YEAR"
                        + "|2014-10-01|2015-09-30",
                "Year ending December 2016|CALENDAR|12 months to December 2016|ROLLING_YEAR|2016-01-01|2016-12-31",
                "year to Sept 2015|FINANCIAL|12 months to September 2015|ROLLING_YEAR|2014-10-01|2015-09-30",
                "YE Mar 2015|FINANCIAL|12 months to March 2015|ROLLING_YEAR|2014-04-01|2015-03-31",
                "July 2014 to June 2015|FINANCIAL|12 months to June 2015|ROLLING_YEAR|2014-07-01|2015-06-30",
                "Jan 2016 - Dec 2016|FINANCIAL|12 months to December 2016|ROLLING_YEAR|2016-01-01|2016-12-31",
                // School terms, and terms of an academic year as DfE's absence releases print them.
                "Autumn 2016|FINANCIAL|Autumn 2016|SCHOOL_TERM|2016-09-01|2016-12-31",
                "Spring 2017|ACADEMIC|Spring 2017|SCHOOL_TERM|2017-01-01|2017-04-30",
                "Summer 2017|CALENDAR|Summer 2017|SCHOOL_TERM|2017-05-01|2017-08-31",
                "autumn term 2016|FINANCIAL|Autumn 2016|SCHOOL_TERM|2016-09-01|2016-12-31",
                "Spring term 2016/17|FINANCIAL|Spring 2017|SCHOOL_TERM|2017-01-01|2017-04-30",
                "Autumn 2016/17|FINANCIAL|Autumn 2016|SCHOOL_TERM|2016-09-01|2016-12-31",
                "2016/17 summer term|FINANCIAL|Summer 2017|SCHOOL_TERM|2017-05-01|2017-08-31",
                "2016-17 Spring|ACADEMIC|Spring 2017|SCHOOL_TERM|2017-01-01|2017-04-30",
            })
    void test_parse_inYearForms(
            String label, YearType yearType, String canonical, PeriodKind kind, LocalDate start, LocalDate end) {
        ReportingPeriod p = ReportingPeriod.parse(label, yearType);
        assertThat(p).hasToString(canonical);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(ReportingPeriod.parse(canonical)).isEqualTo(p);
        assertThat(ReportingPeriod.parse(canonical, yearType)).isEqualTo(p);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Quarter 5 2017/18|",
                "2nd Quarter 2014/16|16 does not follow 2014",
                "2015/2017|2017 does not follow 2015; write pooled years as \"2014-16\"",
                "Feb-Apr 2017|February to April is not a calendar quarter",
                "Jul 2014 - Mar 2015|a range of months names twelve months, such as \"July 2014 to June 2015\"",
                "12 months to Smarch 2015|",
                "Autumn term 2016/18|18 does not follow 2016",
                "Winter 2016|",
                "2017 Q5|",
            })
    void test_parse_rejectsQuotingTheLabelAsGiven(String label, String why) {
        assertThatThrownBy(() -> ReportingPeriod.parse(label))
                .isInstanceOfSatisfying(
                        PeriodParseException.class, e -> assertThat(e.label()).isEqualTo(label))
                .hasMessageStartingWith("\"" + label + "\" is not a reporting period"
                        + (why == null ? ": expected" : " (" + why + "): expected"))
                .hasMessageEndingWith(PeriodParseException.ACCEPTED_FORMS);
    }

    @Test
    void test_acceptedForms_giveAnExampleOfEachNewForm() {
        assertThat(PeriodParseException.ACCEPTED_FORMS)
                .contains(
                        "\"2nd Quarter 2014/15\"",
                        "\"2015/2016\"",
                        "\"2017 Q1\"",
                        "\"12 months to June 2015\"",
                        "\"Autumn 2016\"",
                        "\"Autumn term 2016/17\"");
        // every example the message gives parses
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(PeriodParseException.ACCEPTED_FORMS);
        int examples = 0;
        while (m.find()) {
            assertThat(ReportingPeriod.parse(m.group(1), YearType.FINANCIAL)).isNotNull();
            examples++;
        }
        assertThat(examples).isEqualTo(20);
    }

    @Test
    void test_typedParse() {
        assertThat(CalendarQuarter.parse("Q3 2016")).isEqualTo(CalendarQuarter.of(2016, 3));
        assertThat(RollingYear.parse("year ending June 2015")).isEqualTo(RollingYear.endingIn(2015, 6));
        assertThat(SchoolTerm.parse("2016/17 spring term")).isEqualTo(SchoolTerm.of(SchoolTerm.Term.SPRING, 2017));
        assertThatThrownBy(() -> CalendarQuarter.parse("2017/18 Q1"))
                .hasMessageContaining("it is a financial quarter, not a calendar quarter");
        assertThatThrownBy(() -> RollingYear.parse("2015")).hasMessageContaining("not twelve months to a month");
        assertThatThrownBy(() -> SchoolTerm.parse("AY 2016/17")).hasMessageContaining("not a school term");
    }

    @Test
    void test_constructors_rejectOutOfRange() {
        assertThatThrownBy(() -> CalendarQuarter.of(2017, 5)).hasMessage("A calendar quarter is 1 to 4, not 5");
        assertThatThrownBy(() -> CalendarQuarter.of(999, 1))
                .hasMessage("A reporting period's year is 1000 to 9998, not 999");
        assertThatThrownBy(() -> new RollingYear(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RollingYear.endingIn(9999, 1))
                .hasMessage("A reporting period's year is 1000 to 9998, not 9999");
        assertThatThrownBy(() -> new SchoolTerm(null, 2016)).isInstanceOf(NullPointerException.class);
        // Spring 1000 belongs to AY 999/00
        assertThatThrownBy(() -> SchoolTerm.of(SchoolTerm.Term.SPRING, 1000))
                .hasMessage("A reporting period's year is 1000 to 9998, not 999");
    }

    @Test
    void test_navigationAndContainment() {
        CalendarQuarter q4 = CalendarQuarter.of(2016, 4);
        assertThat(q4.next()).hasToString("2017 Q1");
        assertThat(q4.next().previous()).isEqualTo(q4);
        assertThat(q4.samePeriodLastYear()).hasToString("2015 Q4");
        assertThat(q4.calendarYear()).isEqualTo(CalendarYear.of(2016));
        assertThat(q4.isWithin(CalendarYear.of(2016))).isTrue();
        assertThat(q4.isWithin(FinancialYear.of(2016))).isTrue();
        assertThat(CalendarQuarter.of(2017, 1).isWithin(FinancialYear.of(2016))).isTrue();
        assertThat(CalendarQuarter.of(2017, 2).isWithin(FinancialYear.of(2016))).isFalse();

        RollingYear june = RollingYear.endingIn(2015, 6);
        assertThat(june.next()).hasToString("12 months to July 2015");
        assertThat(june.previous()).hasToString("12 months to May 2015");
        assertThat(june.samePeriodLastYear()).hasToString("12 months to June 2014");
        assertThat(june.lastMonth()).isEqualTo(YearMonth.of(2015, 6));
        assertThat(RollingYear.endingIn(2015, 1).previous()).hasToString("12 months to December 2014");
        assertThat(RollingYear.endingIn(2015, 3).isWithin(FinancialYear.of(2014)))
                .isTrue();
        assertThat(RollingYear.endingIn(2015, 3)).isNotEqualTo(FinancialYear.of(2014));

        SchoolTerm autumn = SchoolTerm.of(SchoolTerm.Term.AUTUMN, 2016);
        assertThat(autumn.next()).hasToString("Spring 2017");
        assertThat(autumn.next().next()).hasToString("Summer 2017");
        assertThat(autumn.next().next().next()).isEqualTo(SchoolTerm.of(SchoolTerm.Term.AUTUMN, 2017));
        assertThat(autumn.previous()).hasToString("Summer 2016");
        assertThat(SchoolTerm.of(SchoolTerm.Term.SPRING, 2017).previous()).isEqualTo(autumn);
        assertThat(SchoolTerm.of(SchoolTerm.Term.SUMMER, 2017).previous()).hasToString("Spring 2017");
        assertThat(autumn.samePeriodLastYear()).hasToString("Autumn 2015");
        assertThat(autumn.academicYear()).isEqualTo(AcademicYear.of(2016));
        assertThat(SchoolTerm.of(SchoolTerm.Term.SUMMER, 2017).academicYear()).isEqualTo(AcademicYear.of(2016));
        assertThat(SchoolTerm.inAcademicYear(SchoolTerm.Term.SPRING, 2016)).hasToString("Spring 2017");
        assertThat(SchoolTerm.inAcademicYear(SchoolTerm.Term.AUTUMN, 2016)).isEqualTo(autumn);
        assertThat(SchoolTerm.Term.SUMMER.title()).isEqualTo("Summer");
        for (SchoolTerm t : List.of(autumn, autumn.next(), autumn.next().next())) {
            assertThat(t.isWithin(AcademicYear.of(2016))).isTrue();
        }
    }

    @Test
    void test_containing() {
        assertThat(ReportingPeriod.containing(PeriodKind.CALENDAR_QUARTER, LocalDate.of(2015, 1, 31)))
                .hasToString("2015 Q1");
        assertThat(ReportingPeriod.containing(PeriodKind.CALENDAR_QUARTER, LocalDate.of(2015, 12, 31)))
                .hasToString("2015 Q4");
        assertThat(ReportingPeriod.containing(PeriodKind.SCHOOL_TERM, LocalDate.of(2016, 9, 1)))
                .hasToString("Autumn 2016");
        assertThat(ReportingPeriod.containing(PeriodKind.SCHOOL_TERM, LocalDate.of(2017, 4, 30)))
                .hasToString("Spring 2017");
        assertThat(ReportingPeriod.containing(PeriodKind.SCHOOL_TERM, LocalDate.of(2017, 5, 1)))
                .hasToString("Summer 2017");
        assertThatThrownBy(() -> ReportingPeriod.containing(PeriodKind.ROLLING_YEAR, LocalDate.of(2015, 1, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ROLLING_YEAR");
    }

    @Test
    void test_compareTo_periodsOnTheSameDatesDifferByKind() {
        // 2017 Q2 and 2017/18 Q1 are both April to June 2017; 12 months to March 2015 is 2014/15's dates.
        List<ReportingPeriod> periods = List.of(
                RollingYear.endingIn(2015, 3),
                FinancialYear.of(2014),
                CalendarQuarter.of(2017, 2),
                FinancialQuarter.of(2017, 1),
                SchoolTerm.of(SchoolTerm.Term.SPRING, 2015),
                CalendarQuarter.of(2015, 1));
        assertThat(periods.stream().sorted().map(ReportingPeriod::toString))
                .containsExactly(
                        "2014/15", "12 months to March 2015", "2015 Q1", "Spring 2015", "2017/18 Q1", "2017 Q2");
        assertThat(CalendarQuarter.of(2017, 2)).isNotEqualTo(FinancialQuarter.of(2017, 1));
        assertThat(CalendarQuarter.of(2017, 2).compareTo(FinancialQuarter.of(2017, 1)))
                .isPositive();
    }
}
