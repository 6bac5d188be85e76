package io.github.outturn.finance;

import io.github.outturn.model.Codes;
import io.github.outturn.model.DecimalRange;
import io.github.outturn.model.OutturnStyle;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every choice the finance rules leave open (docs/finance.md), as named data: the thresholds that
 * turn a budget variance into a status, when an underspend is significant, how amounts and
 * percentages are shown, and whether a saving may be forecast above its requirement. Every result
 * names the policy that produced it ({@code outturn-finance-default@1}).
 *
 * <pre>{@code
 * FinancePolicy council = FinancePolicy.builder().from(FinancePolicy.defaults())
 *         .id("stockport-2016").version("1")
 *         .amberAmount(new BigDecimal("500000"))
 *         .breach(Breach.BOTH_LIMITS)
 *         .build();
 * council.display(Money.of("1234567"));   // "£1.2m"
 * council.getRounding();                  // HALF_UP
 * }</pre>
 *
 * <p>The defaults, documented on each accessor: over budget by more than 2% of it or more than
 * £250,000 RED; otherwise on or under budget, or over by less than 1%, GREEN; else AMBER; an underspend of 2% or
 * £250,000 or more is significant; amounts shown by size (£m to one decimal place from £1m, £k to the
 * nearest thousand, else whole pounds) and percentages to one decimal place, rounded half up; savings
 * never forecast above their requirement. Amounts in a policy are in the dataset's currency. Statuses
 * are decided on the exact figures, never on the rounded ones shown. Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class FinancePolicy {

    /** The id of the default policy. */
    public static final String DEFAULT_ID = "outturn-finance-default";

    /** The version of the default policy. */
    public static final String DEFAULT_VERSION = "1";

    /** The most decimal places amounts and percentages are shown to. */
    public static final int MAX_DECIMALS = 6;

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** The policy's identifier. */
    @NotBlank
    public abstract String id();

    /** The policy's version: change it whenever a setting changes. */
    @NotBlank
    public abstract String version();

    /** An overspend below this percentage of the budget is GREEN. Default 1. */
    @Value.Default
    public BigDecimal greenPercent() {
        return BigDecimal.ONE;
    }

    /**
     * An overspend below this amount is GREEN (combined with {@link #greenPercent()} by {@link
     * #breach()}). Default absent: the percentage alone decides, and on a zero budget no overspend is
     * GREEN.
     */
    public abstract Optional<BigDecimal> greenAmount();

    /** An overspend up to and including this percentage of the budget is at worst AMBER. Default 2. */
    @Value.Default
    public BigDecimal amberPercent() {
        return BigDecimal.valueOf(2);
    }

    /** An overspend up to and including this amount is at worst AMBER. Default 250000. */
    @Value.Default
    public BigDecimal amberAmount() {
        return BigDecimal.valueOf(250_000);
    }

    /**
     * How the percentage and the amount combine: EITHER_LIMIT (default) leaves a band as soon as the
     * variance passes either, BOTH_LIMITS only when it passes both. On a zero budget the percentage
     * cannot be worked out and the amounts alone decide.
     */
    @Value.Default
    public Breach breach() {
        return Breach.EITHER_LIMIT;
    }

    /** An underspend of at least this percentage of the budget is significant. Default 2. */
    @Value.Default
    public BigDecimal underspendPercent() {
        return BigDecimal.valueOf(2);
    }

    /** An underspend of at least this amount is significant (combined by {@link #breach()}). Default 250000. */
    @Value.Default
    public BigDecimal underspendAmount() {
        return BigDecimal.valueOf(250_000);
    }

    /** The unit amounts are shown in. Default AUTO: £m, £k or £ by size. */
    @Value.Default
    public MoneyUnit displayUnit() {
        return MoneyUnit.AUTO;
    }

    /** Decimal places amounts are shown to in their unit (AUTO: in £m only). Default 1. */
    @Value.Default
    public int displayDecimals() {
        return 1;
    }

    /** Decimal places percentages are shown to. Default 1. */
    @Value.Default
    public int percentDecimals() {
        return 1;
    }

    /** How shown amounts and percentages are rounded. Default HALF_UP. */
    @Value.Default
    public RoundingMode rounding() {
        return RoundingMode.HALF_UP;
    }

    /** Whether a saving may be forecast above its requirement (over-delivery). Default false. */
    @Value.Default
    public boolean savingsAboveRequirementAllowed() {
        return false;
    }

    @Value.Check
    void check() {
        notNegative("greenPercent", greenPercent());
        greenAmount().ifPresent(a -> notNegative("greenAmount", a));
        notNegative("amberPercent", amberPercent());
        notNegative("amberAmount", amberAmount());
        notNegative("underspendPercent", underspendPercent());
        notNegative("underspendAmount", underspendAmount());
        if (greenPercent().compareTo(amberPercent()) > 0) {
            throw new IllegalStateException("Finance policy " + reference() + " has greenPercent "
                    + greenPercent().toPlainString() + " above amberPercent "
                    + amberPercent().toPlainString() + ": the Green band lies within the Amber one");
        }
        decimals("displayDecimals", displayDecimals());
        decimals("percentDecimals", percentDecimals());
        if (rounding() == RoundingMode.UNNECESSARY) {
            throw new IllegalStateException("Finance policy " + reference()
                    + " has rounding unnecessary: shown figures must be rounded, give half-up or another mode");
        }
    }

    private void notNegative(String name, BigDecimal value) {
        DecimalRange.require(name, value);
        if (value.signum() < 0) {
            throw new IllegalStateException("Finance policy " + reference() + " has " + name + " "
                    + value.toPlainString() + ": expected 0 or more");
        }
    }

    private void decimals(String name, int value) {
        if (value < 0 || value > MAX_DECIMALS) {
            throw new IllegalStateException(
                    "Finance policy " + reference() + " has " + name + " " + value + ": expected 0 to " + MAX_DECIMALS);
        }
    }

    /** {@code id@version}, the way results name their policy. */
    public String reference() {
        return id() + "@" + version();
    }

    /**
     * An amount as the policy shows it: {@code "£1.2m"}, {@code "-£250k"}, {@code "£12"}; the sign
     * dropped when the amount rounds to zero. Pounds sterling are shown with £, other currencies with
     * their symbol in a UK locale (€, US$).
     *
     * @param money the amount
     * @return the amount rounded as {@link #describeDisplay()} says
     */
    public String display(Money money) {
        BigDecimal size = money.amount().abs();
        MoneyUnit unit = displayUnit();
        int places = displayDecimals();
        if (unit == MoneyUnit.AUTO) {
            places = 0;
            if (size.compareTo(MILLION) >= 0
                    || size.divide(THOUSAND).setScale(0, rounding()).compareTo(THOUSAND) >= 0) {
                unit = MoneyUnit.MILLIONS;
                places = displayDecimals();
            } else if (size.compareTo(THOUSAND) >= 0
                    || size.setScale(0, rounding()).compareTo(THOUSAND) >= 0) {
                unit = MoneyUnit.THOUSANDS;
            } else {
                unit = MoneyUnit.UNITS;
            }
        }
        BigDecimal scaled = switch (unit) {
            case MILLIONS -> size.divide(MILLION);
            case THOUSANDS -> size.divide(THOUSAND);
            default -> size;
        };
        BigDecimal shown = scaled.setScale(places, rounding());
        String suffix = unit == MoneyUnit.MILLIONS ? "m" : unit == MoneyUnit.THOUSANDS ? "k" : "";
        String sign = money.signum() < 0 && shown.signum() != 0 ? "-" : "";
        return sign + symbol(money) + grouped(shown) + suffix;
    }

    /**
     * A percentage as the policy shows it, without its sign: {@code "4.5%"}.
     *
     * @param percent the exact percentage
     * @return the magnitude rounded to {@link #percentDecimals()} by {@link #rounding()}
     */
    public String displayPercent(BigDecimal percent) {
        return roundPercent(percent).abs().toPlainString() + "%";
    }

    /** A percentage rounded as the policy shows it, sign kept. */
    public BigDecimal roundPercent(BigDecimal percent) {
        return percent.setScale(percentDecimals(), rounding());
    }

    /**
     * How amounts are rounded for display, in words: {@code "amounts of £1m or more in £m to 1
     * decimal place, smaller ones to the nearest £1k or £1; percentages to 1 decimal place; rounded
     * half up"}.
     */
    public String describeDisplay() {
        String amounts = switch (displayUnit()) {
            case AUTO ->
                "amounts of £1m or more in £m to " + places(displayDecimals())
                        + ", smaller ones to the nearest £1k or £1";
            case MILLIONS -> "amounts in £m to " + places(displayDecimals());
            case THOUSANDS -> "amounts in £k to " + places(displayDecimals());
            case UNITS -> "amounts in £ to " + places(displayDecimals());
        };
        return amounts + "; percentages to " + places(percentDecimals()) + "; rounded "
                + Codes.of(rounding()).replace('-', ' ');
    }

    private static String places(int n) {
        return n + " decimal place" + (n == 1 ? "" : "s");
    }

    private static String symbol(Money money) {
        String code = money.currency().getCurrencyCode();
        if (code.equals("GBP")) {
            return "£";
        }
        String symbol = money.currency().getSymbol(Locale.UK);
        return symbol.equals(code) ? code + " " : symbol;
    }

    private static String grouped(BigDecimal value) {
        String plain = value.toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                s.append(',');
            }
            s.append(whole.charAt(i));
        }
        return s.append(point < 0 ? "" : plain.substring(point)).toString();
    }

    /** The documented default policy, {@code outturn-finance-default@1}. */
    public static FinancePolicy defaults() {
        return builder().id(DEFAULT_ID).version(DEFAULT_VERSION).build();
    }

    /** A builder; id and version are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a finance policy. */
    public static final class Builder extends ImmutableFinancePolicy.Builder {}
}
