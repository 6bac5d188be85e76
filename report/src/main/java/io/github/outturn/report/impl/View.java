package io.github.outturn.report.impl;

import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.Judgement;
import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.finance.Money;
import io.github.outturn.finance.RiskRating;
import io.github.outturn.finance.SavingStatus;
import io.github.outturn.highlight.ConcernReason;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Status;
import io.github.outturn.rating.Direction;
import io.github.outturn.rating.DirectionOfTravel;
import io.github.outturn.statistics.FunnelSignificance;
import io.github.outturn.summary.IndicatorRow;
import io.github.outturn.summary.RagDistribution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * How the templates write figures and statuses: words and symbols for statuses and directions (never
 * colour alone), values at the indicator's decimal places. Presentation only: every figure comes
 * from a result of the library.
 */
public final class View {

    private View() {}

    /** Every status, in order, for legends and tables. */
    public static final List<Status> STATUSES = List.of(Status.values());

    /**
     * A status in words.
     *
     * @param s the status
     * @return "Blue", "Green", "Amber", "Red", "Not rated" or "No data"
     */
    public static String statusWord(Status s) {
        return switch (s) {
            case BLUE -> "Blue";
            case GREEN -> "Green";
            case AMBER -> "Amber";
            case RED -> "Red";
            case NOT_RATED -> "Not rated";
            case NO_DATA -> "No data";
        };
    }

    /**
     * A saving's status as the report's status of the same name, for its word, symbol and colour.
     *
     * @param s the saving's status
     * @return the status
     */
    public static Status status(SavingStatus s) {
        return Status.valueOf(s.name());
    }

    /**
     * A saving's risk in words: "High", "Medium", "Low", or nothing when not given.
     *
     * @param r the risk
     * @return the word
     */
    public static String risk(Optional<RiskRating> r) {
        return r.map(x -> switch (x) {
                    case HIGH -> "High";
                    case MEDIUM -> "Medium";
                    case LOW -> "Low";
                })
                .orElse("");
    }

    /**
     * A variance as the policy shows amounts, with its sign: {@code "+£1.2m"}, {@code "-£50k"},
     * {@code "£0"}.
     *
     * @param m the variance
     * @param policy how amounts are shown
     * @return the text
     */
    public static String variance(Money m, FinancePolicy policy) {
        String shown = policy.display(m);
        return m.signum() > 0 && !shown.startsWith("-") ? "+" + shown : shown;
    }

    /**
     * A percentage of the budget as the policy shows it, with its sign: {@code "+14.1%"}; a dash when
     * there is none (a zero budget).
     *
     * @param p the percentage
     * @param policy how percentages are shown
     * @return the text
     */
    public static String percent(Optional<BigDecimal> p, FinancePolicy policy) {
        return p.map(x -> (x.signum() > 0 ? "+" : x.signum() < 0 ? "-" : "") + policy.displayPercent(x))
                .orElse("–");
    }

    /**
     * A status's symbol, so that it reads without colour.
     *
     * @param s the status
     * @return a symbol
     */
    public static String statusSymbol(Status s) {
        return switch (s) {
            case BLUE -> "★";
            case GREEN -> "✔";
            case AMBER -> "▲";
            case RED -> "✖";
            case NOT_RATED -> "–";
            case NO_DATA -> "○";
        };
    }

    /**
     * The style class of a status.
     *
     * @param s the status
     * @return "s-blue", "s-green", ...
     */
    public static String statusClass(Status s) {
        return "s-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A direction of travel in words, with an arrow.
     *
     * @param d the direction
     * @return "↑ Improving", "↓ Worsening", "→ No change", "↗ Increasing", "↘ Decreasing" or "– Not compared"
     */
    public static String direction(DirectionOfTravel d) {
        Direction x = d.direction();
        return switch (x) {
            case IMPROVING -> "↑ Improving";
            case WORSENING -> "↓ Worsening";
            case NO_CHANGE -> "→ No change";
            case INCREASING -> "↗ Increasing";
            case DECREASING -> "↘ Decreasing";
            case NOT_COMPARABLE -> "– Not compared";
        };
    }

    /**
     * The style class of a direction.
     *
     * @param d the direction
     * @return "d-improving", ...
     */
    public static String directionClass(DirectionOfTravel d) {
        return "d-" + d.direction().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A value at the indicator's decimal places, half up, with thousands separated and its unit
     * when that is "%".
     *
     * @param v the value
     * @param i the indicator
     * @return the figure, or an empty string for no value
     */
    public static String value(Optional<BigDecimal> v, Indicator i) {
        return v.map(x -> value(x, i)).orElse("");
    }

    /**
     * A value at the indicator's decimal places, half up, with thousands separated.
     *
     * @param v the value
     * @param i the indicator
     * @return the figure, with "%" for a percentage
     */
    public static String value(BigDecimal v, Indicator i) {
        return number(v, i.decimalPlaces())
                + (i.unit().map(u -> u.strip().equals("%")).orElse(false) ? "%" : "");
    }

    /**
     * A figure the library computed from values (a mean, a limit), at one more decimal place than
     * the indicator's values, with "%" for a percentage: {@code "74.12%"}.
     *
     * @param v the figure
     * @param i the indicator
     * @return the figure, or "" when it is not finite
     */
    public static String computed(double v, Indicator i) {
        return Double.isFinite(v)
                ? number(BigDecimal.valueOf(v), i.decimalPlaces() + 1)
                        + (i.unit().map(u -> u.strip().equals("%")).orElse(false) ? "%" : "")
                : "";
    }

    /**
     * A confidence interval at the indicator's decimal places: "1,341 to 1,490 (95%)".
     *
     * @param ci the interval
     * @param i the indicator
     * @return the interval, or "" for none
     */
    public static String interval(Optional<ConfidenceInterval> ci, Indicator i) {
        return ci.map(c -> value(BigDecimal.valueOf(c.lower()), i) + " to " + value(BigDecimal.valueOf(c.upper()), i)
                        + " (" + c.level() + ")")
                .orElse("");
    }

    /**
     * A number at so many decimal places, half up, thousands separated by commas.
     *
     * @param v the number
     * @param places decimal places, 0 or more
     * @return the figure
     */
    public static String number(BigDecimal v, int places) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        f.setMinimumFractionDigits(places);
        f.setMaximumFractionDigits(places);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }

    /**
     * A count of actions as the library shows it, with the exact fraction when it is not whole; a
     * whole count without decimals, since no action is shared in it.
     *
     * @param d the distribution
     * @param s the status
     * @return "4.3 (13/3)" or "4"
     */
    public static String count(RagDistribution d, Status s) {
        return count(d.count(s), d.displayedCount(s));
    }

    /**
     * The overall total of a distribution, as {@link #count(RagDistribution, Status)} shows a count.
     *
     * @param d the distribution
     * @return "159", or "23.3 (70/3)"
     */
    public static String total(RagDistribution d) {
        return count(d.overallTotal(), d.displayedOverallTotal());
    }

    /**
     * The decimal places a count of actions is shown to: none when it is whole (159), the rating
     * policy's count decimals when a shared action makes it a fraction (4.3). The one place the
     * report decides this, for the HTML and the workbook.
     *
     * @param exact the count
     * @param d its distribution
     * @return the decimal places
     */
    public static int countPlaces(BigFraction exact, RagDistribution d) {
        return exact.getDenominator().equals(java.math.BigInteger.ONE) ? 0 : d.countDecimals();
    }

    private static String count(BigFraction exact, BigDecimal displayed) {
        return exact.getDenominator().equals(java.math.BigInteger.ONE)
                ? exact.getNumerator().toString()
                : displayed.toPlainString() + " (" + exact.getNumerator() + "/" + exact.getDenominator() + ")";
    }

    /**
     * A status's share of the distribution as the library rounds it.
     *
     * @param d the distribution
     * @param s the status
     * @return "42%", or "" when the status is outside the denominator
     */
    public static String percentage(RagDistribution d, Status s) {
        return d.displayedPercentage(s).map(p -> p.toPlainString() + "%").orElse("");
    }

    /**
     * A rank: "3 of 150".
     *
     * @param r the indicator's row
     * @return the rank, or "" when there is none
     */
    public static String rank(IndicatorRow r) {
        return r.rank().map(k -> k.rank() + " of " + k.of()).orElse("");
    }

    /**
     * A quartile band: "A (best)" to "D (worst)".
     *
     * @param r the indicator's row
     * @return the band, or ""
     */
    public static String quartile(IndicatorRow r) {
        return r.quartile()
                .map(b ->
                        b.name() + (b.name().equals("A") ? " (best)" : b.name().equals("D") ? " (worst)" : ""))
                .orElse("");
    }

    /**
     * A comparison's judgement in words: "better", "worse", "similar", "higher", "lower".
     *
     * @param c the comparison
     * @return the word, or "" when not compared
     */
    public static String judgement(Optional<Comparison> c) {
        return c.map(Comparison::judgement)
                .filter(j -> j != Judgement.NOT_COMPARED)
                .map(j -> j.name().toLowerCase(Locale.ROOT))
                .orElse("");
    }

    /**
     * Where an authority lies on a funnel plot, in words.
     *
     * @param s its significance
     * @return "above the 99.8% limit", "within the limits", ...
     */
    public static String significance(FunnelSignificance s) {
        return switch (s) {
            case HIGH_99_8 -> "above the 99.8% limit";
            case HIGH_95 -> "above the 95% limit";
            case NOT_SIGNIFICANT -> "within the limits";
            case LOW_95 -> "below the 95% limit";
            case LOW_99_8 -> "below the 99.8% limit";
            case NOT_APPLICABLE -> "not charted: fewer than 10 events";
        };
    }

    /**
     * A reason for an exception in words.
     *
     * @param r the reason
     * @return "Red against target", ...
     */
    public static String reason(ConcernReason r) {
        String w = r.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
