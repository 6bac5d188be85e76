package io.github.outturn.statistics;

import java.util.Objects;

/**
 * The slope index of inequality (SII) and relative index of inequality (RII) of a value across
 * deprivation quantiles: the deterministic part of PHE's {@code phe_sii}, without its Monte-Carlo
 * confidence limits.
 *
 * <pre>{@code
 * SlopeIndexOfInequality s = Inequalities.slopeIndex(quintiles, populations, values,
 *         SiiValueType.NORMAL, false, 1);
 * s.sii();      // fitted value at the end of the last quantile minus that at the start of the first
 * s.rii();      // their ratio, end over start (start over end when the multiplier is negative)
 * s.reason();   // "Slope index of inequality 7.91933, relative index 1.10371, from 5 quantiles ..."
 * }</pre>
 *
 * @param method always {@link StatisticalMethod#SLOPE_INDEX_OF_INEQUALITY}
 * @param valueType the kind of value fitted
 * @param transformed whether the fit was on the log (rates) or logit (proportions) scale
 * @param multiplier what the SII is multiplied by; a negative one turns its sign and inverts the RII
 * @param quantiles the number of quantiles (groups) fitted
 * @param totalPopulation the population of all quantiles
 * @param sii the slope index of inequality
 * @param rii the relative index of inequality
 * @param intercept the fitted value at the start of the first quantile: back-transformed and times
 *     the size of the multiplier when transformed, as fitted otherwise (as PHE reports it)
 * @param slope the fitted slope, on the scale fitted
 * @param inputs a summary of the inputs
 * @param reason a sentence quoting the figures
 */
public record SlopeIndexOfInequality(
        StatisticalMethod method,
        SiiValueType valueType,
        boolean transformed,
        double multiplier,
        int quantiles,
        double totalPopulation,
        double sii,
        double rii,
        double intercept,
        double slope,
        String inputs,
        String reason) {

    /** Checks that nothing is null. */
    public SlopeIndexOfInequality {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(valueType, "valueType");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(reason, "reason");
    }
}
