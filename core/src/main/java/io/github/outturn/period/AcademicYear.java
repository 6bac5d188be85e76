package io.github.outturn.period;

import java.time.LocalDate;

/**
 * An academic year, September to August: {@code "AY 2015/16"} runs from 1 September 2015 to 31
 * August 2016.
 *
 * <pre>{@code
 * AcademicYear ay = AcademicYear.of(2015);
 * ay.toString();                                   // "AY 2015/16"
 * AcademicYear.parse("2015/16").equals(ay);        // true: the year type is known here
 * AcademicYear.containing(LocalDate.of(2016, 7, 1)); // AY 2015/16
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param startYear the calendar year the academic year starts in
 */
public record AcademicYear(int startYear) implements ReportingPeriod {

    /** Checks the year is one of 1000 to 9998. */
    public AcademicYear {
        PeriodLabels.checkYear(startYear);
    }

    /** The academic year starting in September of {@code startYear}. */
    public static AcademicYear of(int startYear) {
        return new AcademicYear(startYear);
    }

    /** The academic year that contains a date. */
    public static AcademicYear containing(LocalDate date) {
        return of(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1);
    }

    /**
     * Parses {@code "AY 2015/16"}, {@code "2015/16"} or {@code "2015-16"}.
     *
     * @param label the label
     * @return the academic year
     * @throws PeriodParseException if the label is not an academic year
     */
    public static AcademicYear parse(CharSequence label) {
        return PeriodLabels.parseAs(label, YearType.ACADEMIC, AcademicYear.class);
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.ACADEMIC_YEAR;
    }

    @Override
    public LocalDate start() {
        return LocalDate.of(startYear, 9, 1);
    }

    @Override
    public LocalDate end() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    @Override
    public AcademicYear next() {
        return of(startYear + 1);
    }

    @Override
    public AcademicYear previous() {
        return of(startYear - 1);
    }

    @Override
    public AcademicYear samePeriodLastYear() {
        return previous();
    }

    /** The canonical label, {@code "AY 2015/16"}. */
    @Override
    public String toString() {
        return "AY " + PeriodLabels.twoYears(startYear);
    }
}
