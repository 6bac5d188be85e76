package io.github.outturn.summary;

import io.github.outturn.model.Action;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.numbers.fraction.Fraction;

/**
 * The weight an action carries in a priority, or in a group of priorities such as a theme, under a
 * counting method, as an exact rational.
 *
 * <ul>
 *   <li>FRACTIONAL: an action linked to k priorities carries 1/k in each, or its explicit weights; in
 *       a group of priorities it carries the sum of its weights in them.
 *   <li>FULL: 1 in every linked priority, and 1 in any group that holds one of them.
 *   <li>PRIMARY: 1 in its first linked priority, and in any group that holds it; 0 elsewhere.
 * </ul>
 *
 * <p>The whole plan counts each action once (weight 1) under every method: {@link #planWeight()}.
 *
 * <pre>{@code
 * Action a = Action.builder().id("A2").title("Early help").addPriorityIds("P1", "P2", "P5").build();
 * ActionWeights.weightIn(a, "P2", CountingMethod.FRACTIONAL);              // 1 / 3
 * ActionWeights.weightIn(a, Set.of("P1", "P2"), CountingMethod.FRACTIONAL); // 2 / 3
 * ActionWeights.weightIn(a, "P2", CountingMethod.PRIMARY);                 // 0
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ActionWeights {

    private ActionWeights() {}

    /**
     * The weight of an action in one priority.
     *
     * @param action the action, not null
     * @param priorityId a priority id, not null
     * @param method the counting method, not null
     * @return the weight, between 0 and 1 for valid weights
     */
    public static BigFraction weightIn(Action action, String priorityId, CountingMethod method) {
        return weightIn(action, Set.of(priorityId), method);
    }

    /**
     * The weight of an action in a group of priorities (a theme): under FRACTIONAL the sum of its
     * weights in the group's priorities, under FULL and PRIMARY 1 or 0.
     *
     * @param action the action, not null
     * @param priorityIds the priorities of the group, not null
     * @param method the counting method, not null
     * @return the weight
     */
    public static BigFraction weightIn(Action action, Set<String> priorityIds, CountingMethod method) {
        Objects.requireNonNull(priorityIds, "priorityIds");
        switch (Objects.requireNonNull(method, "method")) {
            case FULL:
                for (String id : action.priorityIds()) {
                    if (priorityIds.contains(id)) {
                        return BigFraction.ONE;
                    }
                }
                return BigFraction.ZERO;
            case PRIMARY:
                return priorityIds.contains(action.primaryPriorityId()) ? BigFraction.ONE : BigFraction.ZERO;
            default:
                // Each linked priority once, however often it is listed (weightFor sums its repeats).
                // No set is built: this runs for every action in every scope of a summary, and a
                // set per call was most of a 10,000-action summary's allocation.
                List<String> ids = action.priorityIds();
                BigFraction sum = BigFraction.ZERO;
                for (int i = 0; i < ids.size(); i++) {
                    String id = ids.get(i);
                    if (priorityIds.contains(id) && ids.indexOf(id) == i) {
                        sum = sum.add(big(action.weightFor(id)));
                    }
                }
                return sum;
        }
    }

    /**
     * The weights of an action in each priority it is linked to, in the order it lists them, leaving
     * out priorities where it carries nothing (all but the first under PRIMARY).
     *
     * @param action the action, not null
     * @param method the counting method, not null
     * @return priority id to weight, in link order, unmodifiable
     */
    public static Map<String, BigFraction> weights(Action action, CountingMethod method) {
        Map<String, BigFraction> out = new LinkedHashMap<>();
        for (String id : action.priorityIds()) {
            BigFraction w = weightIn(action, id, method);
            if (!w.isZero()) {
                out.put(id, w);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The weight of every action in the whole plan: 1, whatever the counting method. */
    public static BigFraction planWeight() {
        return BigFraction.ONE;
    }

    /** The same rational as a {@link BigFraction}, for sums that must not overflow. */
    static BigFraction big(Fraction f) {
        return BigFraction.of(BigInteger.valueOf(f.getNumerator()), BigInteger.valueOf(f.getDenominator()));
    }
}
