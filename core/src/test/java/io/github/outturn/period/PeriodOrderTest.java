package io.github.outturn.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.outturn.testkit.OutturnGenerators;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order periods compare in, worked out from their fields ({@link PeriodOrder}), against the
 * documented rule worked out from the dates: start date, then end date, then kind.
 */
class PeriodOrderTest {

    /** The rule as documented, from the dates themselves. */
    private static final Comparator<ReportingPeriod> BY_DATES = Comparator.comparing(ReportingPeriod::start)
            .thenComparing(ReportingPeriod::end)
            .thenComparing(ReportingPeriod::kind);

    private static void assertSameOrder(ReportingPeriod a, ReportingPeriod b) {
        int expected = Integer.signum(BY_DATES.compare(a, b));
        assertThat(Integer.signum(a.compareTo(b))).as("%s against %s", a, b).isEqualTo(expected);
        assertThat(Integer.signum(ReportingPeriod.ORDER.compare(a, b)))
                .as("ORDER: %s against %s", a, b)
                .isEqualTo(expected);
    }

    @Test
    void property_orderIsTheDatesOrderOverFiveCenturies() {
        qt().withFixedSeed(20260L)
                .withExamples(20000)
                .forAll(OutturnGenerators.periods(), OutturnGenerators.periods())
                .checkAssert(PeriodOrderTest::assertSameOrder);
    }

    @Test
    void property_orderIsTheDatesOrderWhereStartsAndEndsMeet() {
        // Two years of every kind: most pairs overlap, many share a start or an end.
        qt().withFixedSeed(1415L)
                .withExamples(20000)
                .forAll(OutturnGenerators.periods(2014, 2015), OutturnGenerators.periods(2014, 2015))
                .checkAssert(PeriodOrderTest::assertSameOrder);
    }

    /** Every period of every kind starting in {@code from} to {@code to}, pooled ones two to four years long. */
    private static List<ReportingPeriod> everyPeriod(int from, int to) {
        List<ReportingPeriod> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            out.add(FinancialYear.of(y));
            out.add(AcademicYear.of(y));
            out.add(CalendarYear.of(y));
            for (int h = 1; h <= 2; h++) {
                out.add(FinancialHalfYear.of(y, h));
            }
            for (int q = 1; q <= 4; q++) {
                out.add(FinancialQuarter.of(y, q));
                out.add(CalendarQuarter.of(y, q));
            }
            for (int m = 1; m <= 12; m++) {
                out.add(CalendarMonth.of(y, m));
                out.add(new RollingYear(YearMonth.of(y, m)));
            }
            out.add(SchoolTerm.of(SchoolTerm.Term.AUTUMN, y));
            if (y > 1000) {
                out.add(SchoolTerm.of(SchoolTerm.Term.SPRING, y));
                out.add(SchoolTerm.of(SchoolTerm.Term.SUMMER, y));
            }
            for (YearType t : YearType.values()) {
                for (int length = 1; length <= 3 && y + length <= 9998; length++) {
                    out.add(PooledYears.of(t, y, y + length));
                }
            }
        }
        return out;
    }

    @Test
    void everyPairOfEveryKindOverFourYearsOrdersAsTheirDates() {
        List<ReportingPeriod> all = everyPeriod(2013, 2016);
        assertThat(all).hasSize(4 * 49);
        for (ReportingPeriod a : all) {
            for (ReportingPeriod b : all) {
                assertSameOrder(a, b);
            }
        }
    }

    @Test
    void theFirstAndLastYearsAllowedOrderAsTheirDates() {
        List<ReportingPeriod> ends = new ArrayList<>(everyPeriod(1000, 1001));
        ends.addAll(everyPeriod(9997, 9998));
        for (ReportingPeriod a : ends) {
            for (ReportingPeriod b : ends) {
                assertSameOrder(a, b);
            }
        }
    }

    @Test
    void sortingMixedKindsGivesTheDatesOrder() {
        List<ReportingPeriod> all = everyPeriod(2014, 2015);
        List<ReportingPeriod> byKey = new ArrayList<>(all);
        byKey.sort(null);
        List<ReportingPeriod> byDates = new ArrayList<>(all);
        byDates.sort(BY_DATES);
        assertThat(byKey).containsExactlyElementsOf(byDates);
    }
}
