package io.github.outturn.period;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing and printing of period labels: the one place that knows their forms. */
final class PeriodLabels {

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern POOLED_TWO_YEAR =
            Pattern.compile("(AY\\s*)?(\\d{4})[/-](\\d{2})\\s*-\\s*(\\d{2})/(\\d{2})", CI);
    private static final Pattern YEAR_DASH_YEAR = Pattern.compile("(\\d{4})-(\\d{2}|\\d{4})");
    private static final Pattern TWO_YEAR = Pattern.compile("(AY\\s*)?(\\d{4})/(\\d{2}|\\d{4})", CI);
    private static final Pattern AY_DASH = Pattern.compile("AY\\s*(\\d{4})-(\\d{2}|\\d{4})", CI);
    private static final Pattern PART_AFTER = Pattern.compile("(\\d{4})[/-](\\d{2}|\\d{4})\\s*([QH])([1-4])", CI);
    private static final Pattern PART_BEFORE = Pattern.compile("([QH])([1-4])\\s*(\\d{4})[/-](\\d{2}|\\d{4})", CI);
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH_NAME = Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{4})");
    /** "Quarter 2", "Qtr 2", "2nd Quarter", "second quarter of": all read as "Q2". */
    private static final Pattern QUARTER_WORDS = Pattern.compile(
            "\\b(?:(?:quarter|qtr)\\s*([1-4])|(?:([1-4])(?:st|nd|rd|th)|(first|second|third|fourth))\\s+(?:quarter|qtr)"
                    + "(?:\\s+of)?)\\b",
            CI);

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");
    private static final Pattern CALENDAR_QUARTER_AFTER = Pattern.compile("(\\d{4})\\s*-?\\s*Q([1-4])", CI);
    private static final Pattern CALENDAR_QUARTER_BEFORE = Pattern.compile("Q([1-4])\\s*(\\d{4})", CI);
    private static final Pattern MONTH_RANGE =
            Pattern.compile("([A-Za-z]{3,9})\\.?\\s*(?:-|to)\\s*([A-Za-z]{3,9})\\.?\\s+(\\d{4})", CI);
    private static final Pattern MONTH_YEAR_RANGE =
            Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{4})\\s*(?:-|to)\\s*([A-Za-z]{3,9})\\.?\\s+(\\d{4})", CI);
    private static final Pattern ROLLING = Pattern.compile(
            "(?:(?:rolling\\s+)?(?:(?:12|twelve)\\s+months?|year)\\s+(?:to|ending|ended)|YE)"
                    + "\\s+(?:(?:the\\s+)?end\\s+(?:of\\s+)?)?([A-Za-z]{3,9})\\.?\\s+(\\d{4})",
            CI);
    private static final Pattern TERM_YEAR = Pattern.compile("(autumn|spring|summer)(?:\\s+term)?\\s+(\\d{4})", CI);
    private static final Pattern TERM_ACADEMIC_YEAR =
            Pattern.compile("(autumn|spring|summer)(?:\\s+term)?\\s+(?:AY\\s*)?(\\d{4})[/-](\\d{2}|\\d{4})", CI);
    private static final Pattern ACADEMIC_YEAR_TERM =
            Pattern.compile("(?:AY\\s*)?(\\d{4})[/-](\\d{2}|\\d{4})\\s+(autumn|spring|summer)(?:\\s+term)?", CI);

    /** The longest pool a two-digit label ("2014-16") names; longer ones give the last year in full. */
    private static final int MAX_SHORT_POOL = 20;

    private PeriodLabels() {}

    static void checkYear(int year) {
        if (year < 1000 || year > 9998) {
            throw new IllegalArgumentException("A reporting period's year is 1000 to 9998, not " + year);
        }
    }

    static String twoDigits(int year) {
        int yy = Math.floorMod(year, 100);
        return yy < 10 ? "0" + yy : Integer.toString(yy);
    }

    /** {@code "2014/15"} for 2014. */
    static String twoYears(int startYear) {
        return startYear + "/" + twoDigits(startYear + 1);
    }

    /** The four-digit year a two-digit ending names: the first at or after {@code after}. */
    private static int yearEnding(int after, int yy) {
        int year = after - Math.floorMod(after, 100) + yy;
        return year < after ? year + 100 : year;
    }

    /** Whether {@code yy} ("15" or "2015") names the year after {@code startYear}. */
    private static boolean consecutive(int startYear, String yy) {
        return yy.length() == 4
                ? Integer.parseInt(yy) == startYear + 1
                : Math.floorMod(startYear + 1, 100) == Integer.parseInt(yy);
    }

    /** The full English name of a month, {@code "June"}. */
    static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
    }

    static <P extends ReportingPeriod> P parseAs(CharSequence label, YearType yearType, Class<P> type) {
        // A month's label such as "2011-12" must not be read as a year.
        ReportingPeriod period = parse(label, yearType, type != CalendarMonth.class);
        if (!type.isInstance(period)) {
            throw new PeriodParseException(
                    label.toString(), "it is " + describe(period.kind()) + ", not " + describe(type));
        }
        return type.cast(period);
    }

    static ReportingPeriod parse(CharSequence label, YearType yearType, boolean yearTypeGiven) {
        String text = label.toString();
        String s = QUARTER_WORDS
                .matcher(text.strip().replaceAll("\\s+", " "))
                .replaceAll(m -> "Q" + quarterNumber(m.group(1), m.group(2), m.group(3)));
        try {
            ReportingPeriod period = parseStripped(s, yearType, yearTypeGiven);
            if (period != null) {
                return period;
            }
        } catch (PeriodParseException e) {
            throw new PeriodParseException(text, e.why());
        } catch (IllegalArgumentException e) {
            throw new PeriodParseException(text, e.getMessage());
        }
        throw new PeriodParseException(text, "");
    }

    private static int quarterNumber(String digitAfterWord, String digitBeforeWord, String ordinal) {
        if (digitAfterWord != null) {
            return Integer.parseInt(digitAfterWord);
        }
        return digitBeforeWord != null
                ? Integer.parseInt(digitBeforeWord)
                : ORDINALS.indexOf(ordinal.toLowerCase(Locale.ROOT)) + 1;
    }

    private static ReportingPeriod parseStripped(String s, YearType yearType, boolean yearTypeGiven) {
        ReportingPeriod period = parseYearsAndParts(s, yearType, yearTypeGiven);
        return period != null ? period : parseInYear(s);
    }

    private static ReportingPeriod parseYearsAndParts(String s, YearType yearType, boolean yearTypeGiven) {
        Matcher m;
        if ((m = PART_AFTER.matcher(s)).matches()) {
            return part(s, m.group(1), m.group(2), m.group(3), m.group(4));
        }
        if ((m = PART_BEFORE.matcher(s)).matches()) {
            return part(s, m.group(3), m.group(4), m.group(1), m.group(2));
        }
        if ((m = POOLED_TWO_YEAR.matcher(s)).matches()) {
            int first = Integer.parseInt(m.group(2));
            if (!consecutive(first, m.group(3))) {
                throw new PeriodParseException(s, m.group(2) + "/" + m.group(3) + " is not one year");
            }
            int last = yearEnding(first, Integer.parseInt(m.group(4)));
            if (!consecutive(last, m.group(5))) {
                throw new PeriodParseException(s, m.group(4) + "/" + m.group(5) + " is not one year");
            }
            YearType type = m.group(1) != null ? YearType.ACADEMIC : twoYearType(s, yearType, true);
            return PooledYears.of(type, first, last);
        }
        if ((m = TWO_YEAR.matcher(s)).matches()) {
            int first = Integer.parseInt(m.group(2));
            if (!consecutive(first, m.group(3))) {
                throw new PeriodParseException(
                        s, m.group(3) + " does not follow " + m.group(2) + "; write pooled years as \"2014-16\"");
            }
            return year(m.group(1) != null ? YearType.ACADEMIC : twoYearType(s, yearType, false), first);
        }
        if ((m = AY_DASH.matcher(s)).matches()) {
            return AcademicYear.of(academicStartYear(s, m.group(1), m.group(2)));
        }
        if ((m = YEAR_DASH_YEAR.matcher(s)).matches()) {
            return yearDashYear(m.group(1), m.group(2), yearType, yearTypeGiven);
        }
        if (CALENDAR.matcher(s).matches()) {
            return CalendarYear.of(Integer.parseInt(s));
        }
        return null;
    }

    /** Calendar quarters, rolling years, school terms and months. */
    private static ReportingPeriod parseInYear(String s) {
        Matcher m;
        if ((m = CALENDAR_QUARTER_AFTER.matcher(s)).matches()) {
            return CalendarQuarter.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = CALENDAR_QUARTER_BEFORE.matcher(s)).matches()) {
            return CalendarQuarter.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if ((m = ROLLING.matcher(s)).matches()) {
            Month month = monthNamed(m.group(1));
            return month == null ? null : RollingYear.endingIn(Integer.parseInt(m.group(2)), month.getValue());
        }
        if ((m = TERM_YEAR.matcher(s)).matches()) {
            return SchoolTerm.of(term(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = TERM_ACADEMIC_YEAR.matcher(s)).matches()) {
            return SchoolTerm.inAcademicYear(term(m.group(1)), academicStartYear(s, m.group(2), m.group(3)));
        }
        if ((m = ACADEMIC_YEAR_TERM.matcher(s)).matches()) {
            return SchoolTerm.inAcademicYear(term(m.group(3)), academicStartYear(s, m.group(1), m.group(2)));
        }
        if ((m = MONTH_RANGE.matcher(s)).matches()) {
            return monthRange(s, m.group(1), m.group(2), Integer.parseInt(m.group(3)));
        }
        if ((m = MONTH_YEAR_RANGE.matcher(s)).matches()) {
            return twelveMonths(s, m.group(1), m.group(2), m.group(3), m.group(4));
        }
        if ((m = MONTH_NAME.matcher(s)).matches()) {
            Month month = monthNamed(m.group(1));
            return month == null ? null : CalendarMonth.of(Integer.parseInt(m.group(2)), month.getValue());
        }
        return null;
    }

    private static int academicStartYear(String s, String startYear, String yy) {
        int first = Integer.parseInt(startYear);
        if (!consecutive(first, yy)) {
            throw new PeriodParseException(s, yy + " does not follow " + startYear);
        }
        return first;
    }

    private static SchoolTerm.Term term(String name) {
        return SchoolTerm.Term.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** {@code "Jan-Mar 2017"}: a calendar quarter. */
    private static ReportingPeriod monthRange(String s, String from, String to, int year) {
        Month first = monthNamed(from);
        Month last = monthNamed(to);
        if (first == null || last == null) {
            return null;
        }
        if (last.getValue() - first.getValue() != 2 || first.getValue() % 3 != 1) {
            throw new PeriodParseException(
                    s,
                    monthName(first.getValue()) + " to " + monthName(last.getValue()) + " is not a calendar quarter");
        }
        return CalendarQuarter.of(year, (first.getValue() + 2) / 3);
    }

    /** {@code "July 2014 to June 2015"}: twelve months. */
    private static ReportingPeriod twelveMonths(String s, String from, String fromYear, String to, String toYear) {
        Month first = monthNamed(from);
        Month last = monthNamed(to);
        if (first == null || last == null) {
            return null;
        }
        RollingYear rolling = RollingYear.endingIn(Integer.parseInt(toYear), last.getValue());
        if (!rolling.start().equals(LocalDate.of(Integer.parseInt(fromYear), first, 1))) {
            throw new PeriodParseException(
                    s, "a range of months names twelve months, such as \"July 2014 to June 2015\"");
        }
        return rolling;
    }

    /**
     * {@code "2014-15"}, {@code "2014-16"}, {@code "2014-2016"} or {@code "2014-07"}: a year of the
     * year type when the second year follows the first (a month only without a year type, for the
     * twelve labels 2000-01 to 2011-12 that read both ways), pooled calendar years when it is later,
     * else a month.
     */
    private static ReportingPeriod yearDashYear(String a, String b, YearType yearType, boolean yearTypeGiven) {
        int first = Integer.parseInt(a);
        if (b.length() == 4) {
            return PooledYears.of(YearType.CALENDAR, first, Integer.parseInt(b));
        }
        int second = Integer.parseInt(b);
        boolean isMonth = second >= 1 && second <= 12;
        if (consecutive(first, b) && (yearTypeGiven || !isMonth)) {
            return yearType == YearType.CALENDAR
                    ? PooledYears.of(YearType.CALENDAR, first, first + 1)
                    : year(yearType, first);
        }
        if (isMonth) {
            return CalendarMonth.of(first, second);
        }
        int last = yearEnding(first, second);
        if (last - first > MAX_SHORT_POOL) {
            throw new PeriodParseException(first + "-" + b, b + " is not a later year than " + first);
        }
        return PooledYears.of(YearType.CALENDAR, first, last);
    }

    private static YearType twoYearType(String s, YearType yearType, boolean pooled) {
        if (yearType == YearType.CALENDAR) {
            throw new PeriodParseException(
                    s,
                    "a calendar-year indicator's periods are single years such as \"2015\""
                            + (pooled ? " or pooled years such as \"2014-16\"" : "")
                            + "; two-year labels name financial or academic years");
        }
        return yearType;
    }

    private static ReportingPeriod year(YearType type, int startYear) {
        return switch (type) {
            case FINANCIAL -> FinancialYear.of(startYear);
            case ACADEMIC -> AcademicYear.of(startYear);
            case CALENDAR -> CalendarYear.of(startYear);
        };
    }

    private static ReportingPeriod part(String s, String startYear, String yy, String letter, String number) {
        int first = Integer.parseInt(startYear);
        if (!consecutive(first, yy)) {
            throw new PeriodParseException(s, yy + " does not follow " + startYear);
        }
        int n = Integer.parseInt(number);
        if (Character.toUpperCase(letter.charAt(0)) == 'Q') {
            return FinancialQuarter.of(first, n);
        }
        if (n > 2) {
            throw new PeriodParseException(s, "a financial year has halves H1 and H2");
        }
        return FinancialHalfYear.of(first, n);
    }

    private static Month monthNamed(String name) {
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.UK);
            if (name.length() >= 3
                    && name.length() <= full.length()
                    && full.regionMatches(true, 0, name, 0, name.length())) {
                return month;
            }
        }
        return null;
    }

    private static String describe(PeriodKind kind) {
        return switch (kind) {
            case FINANCIAL_YEAR -> "a financial year";
            case FINANCIAL_HALF_YEAR -> "a financial half year";
            case FINANCIAL_QUARTER -> "a financial quarter";
            case MONTH -> "a month";
            case ACADEMIC_YEAR -> "an academic year";
            case CALENDAR_YEAR -> "a calendar year";
            case POOLED_YEARS -> "pooled years";
            case CALENDAR_QUARTER -> "a calendar quarter";
            case ROLLING_YEAR -> "twelve months to a month";
            case SCHOOL_TERM -> "a school term";
        };
    }

    private static String describe(Class<? extends ReportingPeriod> type) {
        if (type == FinancialYear.class) {
            return describe(PeriodKind.FINANCIAL_YEAR);
        } else if (type == FinancialHalfYear.class) {
            return describe(PeriodKind.FINANCIAL_HALF_YEAR);
        } else if (type == FinancialQuarter.class) {
            return describe(PeriodKind.FINANCIAL_QUARTER);
        } else if (type == CalendarMonth.class) {
            return describe(PeriodKind.MONTH);
        } else if (type == AcademicYear.class) {
            return describe(PeriodKind.ACADEMIC_YEAR);
        } else if (type == CalendarYear.class) {
            return describe(PeriodKind.CALENDAR_YEAR);
        } else if (type == CalendarQuarter.class) {
            return describe(PeriodKind.CALENDAR_QUARTER);
        } else if (type == RollingYear.class) {
            return describe(PeriodKind.ROLLING_YEAR);
        } else if (type == SchoolTerm.class) {
            return describe(PeriodKind.SCHOOL_TERM);
        }
        return describe(PeriodKind.POOLED_YEARS);
    }
}
