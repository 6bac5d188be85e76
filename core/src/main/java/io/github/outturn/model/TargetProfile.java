package io.github.outturn.model;

import io.github.outturn.io.Quote;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How an annual target is spread over the quarters or months of its year, so that a part-year
 * value can be rated against the target to date: in a straight line, by a seasonal profile drawn
 * from earlier years' actuals, or by shares given explicitly (each period's per cent of the year).
 *
 * <pre>{@code
 * TargetProfile.parse("straight-line");         // Quarter 2 is due 50% of the year
 * TargetProfile.parse("seasonal");              // each quarter's share from earlier years
 * TargetProfile.parse("shares 20;25;25;30");    // Quarter 2 is due 20 + 25 = 45%
 * TargetProfile.shares(List.of(new BigDecimal("50"), new BigDecimal("50"))).toString(); // "shares 50;50"
 * }</pre>
 *
 * <p>Given shares are not negative and add up to exactly 100. {@code equals} compares the shares
 * with their scale ("shares 50;50" and "shares 50.0;50.0" differ, as they print differently);
 * {@code compareTo} orders by kind, then share by share numerically, then by the text, consistently
 * with {@code equals}. Immutable and thread-safe.
 */
public final class TargetProfile implements Comparable<TargetProfile> {

    /** The ways a council spreads an annual target over its year. */
    public enum Kind {
        /** Each period due the same part of the year: Quarter 2 is due half the annual target. */
        STRAIGHT_LINE,
        /** Each period's share of the year as in earlier years' actuals. */
        SEASONAL,
        /** Each period's share given explicitly, in per cent, adding up to 100. */
        SHARES
    }

    private static final String SHARES_PREFIX = "shares ";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final TargetProfile STRAIGHT = new TargetProfile(Kind.STRAIGHT_LINE, List.of());
    private static final TargetProfile SEASONAL_PROFILE = new TargetProfile(Kind.SEASONAL, List.of());
    private static final Comparator<List<BigDecimal>> NUMERICALLY = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private final Kind kind;
    private final List<BigDecimal> shares;

    private TargetProfile(Kind kind, List<BigDecimal> shares) {
        this.kind = kind;
        this.shares = List.copyOf(shares);
    }

    /** The straight-line profile: every period of the year due an equal part of it. */
    public static TargetProfile straightLine() {
        return STRAIGHT;
    }

    /** The seasonal profile: each period's share taken from earlier years' actuals. */
    public static TargetProfile seasonal() {
        return SEASONAL_PROFILE;
    }

    /**
     * A profile of given shares, one per period of the year in order, in per cent.
     *
     * @param shares the shares, at least two, none negative, adding up to exactly 100
     * @return the profile
     * @throws IllegalArgumentException if the shares are fewer than two, negative, or do not add up to 100
     */
    public static TargetProfile shares(List<BigDecimal> shares) {
        Objects.requireNonNull(shares, "shares");
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal s : shares) {
            DecimalRange.require("share", Objects.requireNonNull(s, "share"));
            if (s.signum() < 0) {
                throw new IllegalArgumentException(
                        "A profile's share cannot be negative: " + s.toPlainString() + ": expected 0 to 100");
            }
            sum = sum.add(s);
        }
        if (shares.size() < 2 || sum.compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("A profile's shares must be two or more per cent figures adding up to"
                    + " 100, one per period of the year: " + shares.size() + " adding up to " + sum.toPlainString());
        }
        return new TargetProfile(Kind.SHARES, shares);
    }

    /**
     * Parses {@code "straight-line"}, {@code "seasonal"} or {@code "shares 20;25;25;30"}.
     *
     * @param text the text, not null
     * @return the profile
     * @throws IllegalArgumentException quoting the text if it is none of those forms
     */
    public static TargetProfile parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString().trim();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("straight-line")) {
            return STRAIGHT;
        }
        if (lower.equals("seasonal")) {
            return SEASONAL_PROFILE;
        }
        String expected = ": expected \"straight-line\", \"seasonal\" or \"shares\" and per cent figures adding up"
                + " to 100, such as \"shares 20;25;25;30\"";
        if (!lower.startsWith(SHARES_PREFIX)) {
            throw new IllegalArgumentException("Not a target profile: " + Quote.of(s) + expected);
        }
        List<BigDecimal> shares = new ArrayList<>();
        for (String cell : s.substring(SHARES_PREFIX.length()).split(";", -1)) {
            try {
                shares.add(new BigDecimal(cell.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a target profile: " + Quote.of(s) + expected, e);
            }
        }
        try {
            return shares(shares);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a target profile: " + Quote.of(s) + ": " + e.getMessage(), e);
        }
    }

    /** The kind of profile. */
    public Kind kind() {
        return kind;
    }

    /** For {@link Kind#SHARES}, each period's share of the year in per cent, in order; otherwise empty. */
    public List<BigDecimal> shares() {
        return shares;
    }

    /** How the reasons name the profile: "straight-line", "seasonal" or "given". */
    public String describe() {
        return switch (kind) {
            case STRAIGHT_LINE -> "straight-line";
            case SEASONAL -> "seasonal";
            case SHARES -> "given";
        };
    }

    /** {@code straight-line}, {@code seasonal} or {@code shares 20;25;25;30}: the form {@link #parse} reads. */
    @Override
    public String toString() {
        if (kind != Kind.SHARES) {
            return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        StringBuilder b = new StringBuilder(SHARES_PREFIX);
        for (int i = 0; i < shares.size(); i++) {
            b.append(i == 0 ? "" : ";").append(shares.get(i).toPlainString());
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetProfile p && kind == p.kind && shares.equals(p.shares);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + shares.hashCode();
    }

    @Override
    public int compareTo(TargetProfile other) {
        int c = kind.compareTo(other.kind);
        if (c == 0) {
            c = NUMERICALLY.compare(shares, other.shares);
        }
        return c != 0 ? c : toString().compareTo(other.toString());
    }
}
