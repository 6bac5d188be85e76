/**
 * Action weighting, RAG summaries of an action register and the reconciliation of figures printed in
 * published reports (docs/summaries.md): pure functions over the model and a {@link
 * io.github.outturn.rating.RatingPolicy}, with exact rational arithmetic.
 *
 * <pre>{@code
 * PlanSummary s = ActionSummaries.summarise(dataset, FinancialHalfYear.parse("2014/15 H1"), policy);
 * ReconciliationReport r = Reconciliation.reconcile(dataset.getReported(), dataset, policy);
 * }</pre>
 *
 * <p>Null-marked: no parameter, return value or element is null unless its type says {@code @Nullable}.
 */
@NullMarked
package io.github.outturn.summary;

import org.jspecify.annotations.NullMarked;
