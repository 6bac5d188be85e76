package io.github.outturn.period;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A term of an English school's academic year, named by its season and calendar year as DfE releases
 * name them: {@code "Autumn 2016"}, {@code "Spring 2017"} and {@code "Summer 2017"} are the terms of
 * AY 2016/17.
 *
 * <pre>{@code
 * SchoolTerm spring = SchoolTerm.of(SchoolTerm.Term.SPRING, 2017);
 * spring.toString();                                        // "Spring 2017"
 * spring.getAcademicYear();                                 // AY 2016/17
 * SchoolTerm.parse("2016/17 spring term").equals(spring);   // true
 * spring.next();                                            // Summer 2017
 * }</pre>
 *
 * <p>Term dates differ between schools and years, so a term's dates are nominal, dividing the academic
 * year into three: autumn is September to December, spring January to April, summer May to August.
 * Immutable and thread-safe.
 *
 * @param term the term
 * @param year the calendar year the term falls in
 */
public record SchoolTerm(Term term, int year) implements ReportingPeriod {

    /** The three terms of the academic year, in order. */
    public enum Term {
        /** September to December. */
        AUTUMN,
        /** January to April. */
        SPRING,
        /** May to August. */
        SUMMER;

        /** The term's name with a capital, {@code "Autumn"}. */
        public String title() {
            return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }
    }

    /** Checks the term is not null and the academic year's first year is one of 1000 to 9998. */
    public SchoolTerm {
        if (term == null) {
            throw new NullPointerException("term");
        }
        PeriodLabels.checkYear(term == Term.AUTUMN ? year : year - 1);
    }

    /** The term {@code term} of the calendar year {@code year}. */
    public static SchoolTerm of(Term term, int year) {
        return new SchoolTerm(term, year);
    }

    /** The term whose nominal dates contain a date. */
    public static SchoolTerm containing(LocalDate date) {
        int month = date.getMonthValue();
        Term term = month >= 9 ? Term.AUTUMN : month >= 5 ? Term.SUMMER : Term.SPRING;
        return of(term, date.getYear());
    }

    /**
     * Parses {@code "Autumn 2016"}, {@code "Autumn term 2016"}, {@code "Autumn term 2016/17"} or
     * {@code "2016/17 autumn term"}.
     *
     * @param label the label
     * @return the term
     * @throws PeriodParseException if the label is not a school term
     */
    public static SchoolTerm parse(CharSequence label) {
        return PeriodLabels.parseAs(label, YearType.ACADEMIC, SchoolTerm.class);
    }

    /** The term of an academic year: {@code inAcademicYear(AUTUMN, 2016)} is Autumn 2016, SPRING gives Spring 2017. */
    public static SchoolTerm inAcademicYear(Term term, int academicStartYear) {
        return of(term, term == Term.AUTUMN ? academicStartYear : academicStartYear + 1);
    }

    /** The academic year the term belongs to. */
    public AcademicYear academicYear() {
        return AcademicYear.of(term == Term.AUTUMN ? year : year - 1);
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.SCHOOL_TERM;
    }

    @Override
    public LocalDate start() {
        return switch (term) {
            case AUTUMN -> LocalDate.of(year, 9, 1);
            case SPRING -> LocalDate.of(year, 1, 1);
            case SUMMER -> LocalDate.of(year, 5, 1);
        };
    }

    @Override
    public LocalDate end() {
        return switch (term) {
            case AUTUMN -> LocalDate.of(year, 12, 31);
            case SPRING -> LocalDate.of(year, 4, 30);
            case SUMMER -> LocalDate.of(year, 8, 31);
        };
    }

    @Override
    public SchoolTerm next() {
        return switch (term) {
            case AUTUMN -> of(Term.SPRING, year + 1);
            case SPRING -> of(Term.SUMMER, year);
            case SUMMER -> of(Term.AUTUMN, year);
        };
    }

    @Override
    public SchoolTerm previous() {
        return switch (term) {
            case AUTUMN -> of(Term.SUMMER, year);
            case SPRING -> of(Term.AUTUMN, year - 1);
            case SUMMER -> of(Term.SPRING, year);
        };
    }

    @Override
    public SchoolTerm samePeriodLastYear() {
        return of(term, year - 1);
    }

    /** The canonical label, {@code "Autumn 2016"}. */
    @Override
    public String toString() {
        return term.title() + " " + year;
    }
}
