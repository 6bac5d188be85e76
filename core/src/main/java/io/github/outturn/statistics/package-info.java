/**
 * Public-health and improvement statistics (docs/statistics.md): directly and indirectly
 * standardised rates, funnel plot limits and significance, Fingertips' recent trend and NHS
 * England's "Making Data Count" XmR charts. Each is a pure function returning an immutable result
 * with its method, a summary of its inputs and a reason sentence.
 *
 * <pre>{@code
 * DirectlyStandardisedRate dsr = Standardisation.directRate(
 *         counts, populations, StandardPopulation.esp2013(), 100_000, ConfidenceLevel.NINETY_FIVE);
 * dsr.getReason(); // "Directly standardised rate 1,043.0 per 100,000 (95% 971.8 to 1,117.9, Dobson) ..."
 * }</pre>
 *
 * <p>Null-marked: no parameter, return value or element is null unless its type says {@code @Nullable}.
 */
@NullMarked
package io.github.outturn.statistics;

import org.jspecify.annotations.NullMarked;
