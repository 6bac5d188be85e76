package io.github.outturn.highlight;

import io.github.outturn.model.Indicator;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Pattern;

/** How highlights put figures into words: one place for ordinals, numbers, units and lists. */
final class Wording {

    // Compiled once: String.matches and replaceAll compile their pattern on every call, about a
    // twelfth of the time of highlights for every authority on LAIT.
    private static final Pattern COMPASS_POINT = Pattern.compile("(North|South|East|West)\\b.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Wording() {}

    /** {@code 1st}, {@code 2nd}, {@code 3rd}, {@code 4th}, {@code 11th}, {@code 12th}, {@code 21st}, {@code 101st}. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }

    /**
     * A number at the indicator's decimal places, rounded half up, with thousands separated by commas
     * as the minutes write them: {@code 1,875}, {@code 44.1}.
     */
    static String number(BigDecimal x, int places) {
        BigDecimal r = x.setScale(places, RoundingMode.HALF_UP);
        String plain = r.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(whole.charAt(i));
        }
        return (r.signum() < 0 ? "-" : "") + sb + fraction;
    }

    /**
     * A value with the indicator's unit when the unit is {@code %} or one lower-case word: {@code
     * 44.1%}, {@code 12.5 days}; any other unit (LAIT's axis labels, such as "% achieving expected
     * level", "Number" or "Score") is left to the indicator's name.
     */
    static String value(BigDecimal x, Indicator indicator) {
        return withUnit(number(x, indicator.decimalPlaces()), indicator);
    }

    /** Two values at the fewest places from the indicator's that tell them apart, when they differ. */
    static int places(BigDecimal a, BigDecimal b, Indicator indicator) {
        int places = indicator.decimalPlaces();
        int most = Math.max(
                places,
                Math.max(a.stripTrailingZeros().scale(), b.stripTrailingZeros().scale()));
        while (places < most
                && a.compareTo(b) != 0
                && a.setScale(places, RoundingMode.HALF_UP).compareTo(b.setScale(places, RoundingMode.HALF_UP)) == 0) {
            places++;
        }
        return places;
    }

    /** A value at given places with the indicator's short unit. */
    static String value(BigDecimal x, int places, Indicator indicator) {
        return withUnit(number(x, places), indicator);
    }

    private static String withUnit(String n, Indicator indicator) {
        String unit = indicator.unit().orElse("").strip();
        if (unit.equals("%")) {
            return n + "%";
        }
        if (isShortUnit(unit) && !unit.equals("number")) {
            return n + " " + unit;
        }
        return n;
    }

    /**
     * Whether the unit is one lower-case word of 1 to 12 letters ({@code [a-z]{1,12}}), checked
     * without a matcher: every value written asks.
     */
    static boolean isShortUnit(String unit) {
        if (unit.isEmpty() || unit.length() > 12) {
            return false;
        }
        for (int i = 0; i < unit.length(); i++) {
            char c = unit.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** Whether the indicator's values are percentages, whose differences are points. */
    static boolean isPercentage(Indicator indicator) {
        return indicator.unit().orElse("").strip().startsWith("%");
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** {@code 3 years} for yearly periods, {@code 3 quarters}, {@code 3 months}, {@code 3 terms}, else {@code 3 periods}. */
    static String periods(int n, ReportingPeriod period) {
        String unit = switch (period.kind()) {
            case FINANCIAL_YEAR, ACADEMIC_YEAR, CALENDAR_YEAR, POOLED_YEARS -> "year";
            case FINANCIAL_QUARTER, CALENDAR_QUARTER -> "quarter";
            case MONTH -> "month";
            case FINANCIAL_HALF_YEAR -> "half year";
            case SCHOOL_TERM -> "term";
            case ROLLING_YEAR -> "period";
        };
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** The subject of a sentence: {@code Stockport's Take-up of 44.1% in 2014/15}. */
    static String subject(String areaName, Indicator indicator, BigDecimal value, ReportingPeriod period) {
        return subject(areaName, indicator, value, indicator.decimalPlaces(), period);
    }

    /** The subject of a sentence with the value at given places. */
    static String subject(String areaName, Indicator indicator, BigDecimal value, int places, ReportingPeriod period) {
        return possessive(areaName) + " " + name(indicator) + " of " + value(value, places, indicator) + " in "
                + period;
    }

    /** {@code the North West}, {@code the East of England}, {@code Yorkshire and The Humber}, {@code London}. */
    static String place(String name) {
        return COMPASS_POINT.matcher(name).matches() ? "the " + name : name;
    }

    /** The indicator's name with its runs of spaces made single ("Children in  reception year", as LAIT writes it). */
    static String name(Indicator indicator) {
        String name = indicator.name().strip();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(name.charAt(i + 1)))) {
                return SPACES.matcher(name).replaceAll(" ");
            }
        }
        // Most names have single spaces only: no matcher, no copy.
        return name;
    }

    /** {@code Stockport's}; {@code St Helens'}. */
    static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }
}
