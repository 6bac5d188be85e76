package io.github.outturn.summary;

import io.github.outturn.model.Status;
import io.github.outturn.rating.RatingPolicy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A RAG distribution: the exact weighted number of actions for each status, the total of the
 * statuses that form a percentage's denominator (by default BLUE, GREEN, AMBER and RED), NOT_RATED
 * and NO_DATA beside it, exact shares and the figures as a report would print them.
 *
 * <p>Counts are exact rationals. Displayed counts are rounded half up to the policy's count
 * decimals; displayed percentages half up, or by largest remainder so that they sum to exactly 100,
 * to the policy's percentage decimals. With nothing in the denominator there are no shares or
 * percentages: they are empty, never a division by zero.
 *
 * <pre>{@code
 * RagDistribution d = RagDistribution.of(Map.of(
 *         Status.GREEN, BigFraction.of(13, 3),
 *         Status.AMBER, BigFraction.of(70, 3),
 *         Status.RED, BigFraction.of(7, 3)), RatingPolicy.defaults());
 * d.getTotal();                          // 30, exactly
 * d.getDisplayedCount(Status.GREEN);     // 4.3
 * d.getDisplayedPercentage(Status.AMBER); // Optional[78]
 * }</pre>
 *
 * <p>{@code equals} compares the counts and the display settings. Immutable and thread-safe.
 */
public final class RagDistribution {

    private static final BigFraction HUNDRED = BigFraction.of(100);

    private final Map<Status, BigFraction> counts;
    private final Set<Status> denominatorStatuses;
    private final PercentageRounding rounding;
    private final int percentageDecimals;
    private final int countDecimals;
    private final String policyReference;

    private RagDistribution(
            Map<Status, BigFraction> counts,
            Set<Status> denominatorStatuses,
            PercentageRounding rounding,
            int percentageDecimals,
            int countDecimals,
            String policyReference) {
        EnumMap<Status, BigFraction> all = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            BigFraction c = counts.getOrDefault(s, BigFraction.ZERO);
            if (c.signum() < 0) {
                throw new IllegalArgumentException(
                        "The weighted count of " + s + " is " + c + ": counts must be zero or more");
            }
            all.put(s, c);
        }
        this.counts = Collections.unmodifiableMap(all);
        this.denominatorStatuses = Collections.unmodifiableSet(EnumSet.copyOf(denominatorStatuses));
        this.rounding = Objects.requireNonNull(rounding, "rounding");
        this.percentageDecimals = percentageDecimals;
        this.countDecimals = countDecimals;
        this.policyReference = Objects.requireNonNull(policyReference, "policyReference");
    }

    /**
     * A distribution of these weighted counts, shown as the policy says.
     *
     * @param counts weighted count per status, each zero or more; statuses left out count zero
     * @param policy the policy: denominator statuses, rounding and decimals, not null
     * @return the distribution
     * @throws IllegalArgumentException if a count is negative
     */
    public static RagDistribution of(Map<Status, BigFraction> counts, RatingPolicy policy) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(policy, "policy");
        return new RagDistribution(
                counts,
                policy.denominatorStatuses(),
                policy.percentageRounding(),
                policy.percentageDecimals(),
                policy.countDecimals(),
                policy.reference());
    }

    /**
     * A distribution with display settings given one by one rather than by a policy, as when a
     * distribution is read back from its written form.
     *
     * <pre>{@code
     * RagDistribution d = RagDistribution.of(Map.of(Status.GREEN, BigFraction.ONE),
     *         EnumSet.of(Status.GREEN, Status.RED), PercentageRounding.HALF_UP, 0, 1, "outturn-default@2");
     * }</pre>
     *
     * @param counts weighted count per status, each zero or more; statuses left out count zero
     * @param denominatorStatuses the statuses that form the denominator, at least one
     * @param rounding how percentages are rounded
     * @param percentageDecimals decimals of displayed percentages, zero or more
     * @param countDecimals decimals of displayed counts, zero or more
     * @param policyReference the policy's id@version
     * @return the distribution
     * @throws IllegalArgumentException if a count is negative, no status is in the denominator or a
     *     number of decimals is negative
     */
    public static RagDistribution of(
            Map<Status, BigFraction> counts,
            Set<Status> denominatorStatuses,
            PercentageRounding rounding,
            int percentageDecimals,
            int countDecimals,
            String policyReference) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(denominatorStatuses, "denominatorStatuses");
        if (denominatorStatuses.isEmpty()) {
            throw new IllegalArgumentException("The denominator statuses are empty: expected at least one status");
        }
        if (percentageDecimals < 0 || countDecimals < 0) {
            throw new IllegalArgumentException("Decimals must be zero or more, not " + percentageDecimals
                    + " (percentages) and " + countDecimals + " (counts)");
        }
        return new RagDistribution(
                counts, denominatorStatuses, rounding, percentageDecimals, countDecimals, policyReference);
    }

    /** A distribution with nothing in it. */
    public static RagDistribution empty(RatingPolicy policy) {
        return of(Map.of(), policy);
    }

    /** The exact weighted count of one status. */
    public BigFraction count(Status status) {
        return counts.get(Objects.requireNonNull(status, "status"));
    }

    /** The exact weighted count of every status, in status order, zeros included. */
    public Map<Status, BigFraction> counts() {
        return counts;
    }

    /** The statuses whose counts form the denominator of percentages. */
    public Set<Status> denominatorStatuses() {
        return denominatorStatuses;
    }

    /** The total of the denominator statuses: the base of every share. */
    public BigFraction total() {
        return sum(denominatorStatuses);
    }

    /** The total of the statuses outside the denominator (by default NOT_RATED and NO_DATA). */
    public BigFraction outsideTotal() {
        return sum(EnumSet.complementOf(EnumSet.copyOf(denominatorStatuses)));
    }

    /** The total of every status, in and outside the denominator. */
    public BigFraction overallTotal() {
        return total().add(outsideTotal());
    }

    /** How displayed percentages are rounded, from the policy. */
    public PercentageRounding percentageRounding() {
        return rounding;
    }

    /** The decimals of displayed percentages, from the policy. */
    public int percentageDecimals() {
        return percentageDecimals;
    }

    /** The decimals of displayed counts, from the policy. */
    public int countDecimals() {
        return countDecimals;
    }

    /** The policy (id@version) whose display settings this distribution uses. */
    public String policyReference() {
        return policyReference;
    }

    /**
     * The exact share of one status in the denominator, between 0 and 1.
     *
     * @param status a status
     * @return the share; empty if the status is outside the denominator or the total is zero
     */
    public Optional<BigFraction> share(Status status) {
        BigFraction total = total();
        if (!denominatorStatuses.contains(status) || total.isZero()) {
            return Optional.empty();
        }
        return Optional.of(count(status).divide(total));
    }

    /** A weighted count as printed: rounded half up to the policy's count decimals (13/3 shows 4.3). */
    public BigDecimal displayedCount(Status status) {
        return display(count(status), countDecimals);
    }

    /** The denominator total as printed, rounded half up to the policy's count decimals. */
    public BigDecimal displayedTotal() {
        return display(total(), countDecimals);
    }

    /** The overall total as printed, rounded half up to the policy's count decimals. */
    public BigDecimal displayedOverallTotal() {
        return display(overallTotal(), countDecimals);
    }

    /**
     * A percentage as printed (25 means 25%).
     *
     * @param status a status
     * @return the percentage; empty if the status is outside the denominator or the total is zero
     */
    public Optional<BigDecimal> displayedPercentage(Status status) {
        return Optional.ofNullable(displayedPercentages().get(status));
    }

    /**
     * The percentage of every denominator status as printed, in status order: each rounded half up
     * (25.05% shows as 25%), or by largest remainder (rounded down, then one last unit added to the
     * largest remainders, ties to the earlier status, so that they sum to exactly 100). Empty when
     * the total is zero.
     *
     * @return status to percentage, unmodifiable
     */
    public Map<Status, BigDecimal> displayedPercentages() {
        BigFraction total = total();
        Map<Status, BigDecimal> out = new EnumMap<>(Status.class);
        if (total.isZero()) {
            return Collections.unmodifiableMap(out);
        }
        if (rounding == PercentageRounding.HALF_UP) {
            for (Status s : denominatorStatuses) {
                out.put(s, display(count(s).multiply(HUNDRED).divide(total), percentageDecimals));
            }
            return Collections.unmodifiableMap(out);
        }
        BigInteger units = BigInteger.TEN.pow(percentageDecimals + 2);
        List<Status> order = new ArrayList<>(denominatorStatuses);
        Map<Status, BigInteger> floors = new EnumMap<>(Status.class);
        Map<Status, BigFraction> remainders = new EnumMap<>(Status.class);
        BigInteger left = units;
        for (Status s : order) {
            BigFraction exact = count(s).multiply(units).divide(total);
            BigInteger floor = exact.getNumerator().divide(exact.getDenominator());
            floors.put(s, floor);
            remainders.put(s, exact.subtract(floor));
            left = left.subtract(floor);
        }
        // Stable sort: equal remainders keep status order.
        order.sort((a, b) -> remainders.get(b).compareTo(remainders.get(a)));
        for (int i = 0; i < left.intValueExact(); i++) {
            floors.merge(order.get(i), BigInteger.ONE, BigInteger::add);
        }
        for (Status s : denominatorStatuses) {
            out.put(s, new BigDecimal(floors.get(s), percentageDecimals));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Rounds an exact rational half up to a number of decimal places. */
    static BigDecimal display(BigFraction value, int decimals) {
        return value.bigDecimalValue(decimals, RoundingMode.HALF_UP);
    }

    private BigFraction sum(Set<Status> statuses) {
        BigFraction sum = BigFraction.ZERO;
        for (Status s : statuses) {
            sum = sum.add(counts.get(s));
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RagDistribution)) {
            return false;
        }
        RagDistribution d = (RagDistribution) o;
        return counts.equals(d.counts)
                && denominatorStatuses.equals(d.denominatorStatuses)
                && rounding == d.rounding
                && percentageDecimals == d.percentageDecimals
                && countDecimals == d.countDecimals
                && policyReference.equals(d.policyReference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(counts, denominatorStatuses, rounding, percentageDecimals, countDecimals, policyReference);
    }

    /** For example {@code GREEN 13/3 (4.3, 14%), AMBER 70/3 (23.3, 78%), ..., total 30 [outturn-default@2]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        Map<Status, BigDecimal> pct = displayedPercentages();
        for (Status s : Status.values()) {
            sb.append(s).append(' ').append(counts.get(s)).append(" (").append(displayedCount(s));
            if (pct.containsKey(s)) {
                sb.append(", ").append(pct.get(s).toPlainString()).append('%');
            }
            sb.append("), ");
        }
        return sb.append("total ")
                .append(total())
                .append(" [")
                .append(policyReference)
                .append(']')
                .toString();
    }
}
