package io.github.outturn.report;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.highlight.HighlightPolicy;
import io.github.outturn.rating.RatingPolicy;
import java.util.List;
import java.util.Objects;

/**
 * The policies a report is assembled with, and what it shows: whether each indicator gets its own
 * page, and how many highlights of each kind of news the executive summary quotes.
 *
 * <pre>{@code
 * ReportOptions o = ReportOptions.defaults().withDetail(true);
 * o.ratingPolicy().getReference();   // "outturn-default@2"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param highlightPolicy which highlights and exceptions are found
 * @param ratingPolicy how statuses and directions of travel are decided
 * @param benchmarkPolicy how comparisons, averages, ranks and bands are decided
 * @param detail whether each indicator gets a page with its series and every authority ranked
 * @param summaryHighlights how many good-news and how many bad-news highlights the executive summary
 *     quotes, 0 or more
 * @param judgedOnly whether measures with no polarity (NO_JUDGEMENT: neither higher nor lower is
 *     better) are left out of the scorecard and the detail pages
 * @param financePolicy how budgets and savings are judged and shown in the resources section
 */
public record ReportOptions(
        HighlightPolicy highlightPolicy,
        RatingPolicy ratingPolicy,
        BenchmarkPolicy benchmarkPolicy,
        boolean detail,
        int summaryHighlights,
        boolean judgedOnly,
        FinancePolicy financePolicy) {

    /** The executive summary's default number of highlights of each kind of news. */
    public static final int DEFAULT_SUMMARY_HIGHLIGHTS = 8;

    /** Checks the values. */
    public ReportOptions {
        Objects.requireNonNull(highlightPolicy, "highlightPolicy");
        Objects.requireNonNull(ratingPolicy, "ratingPolicy");
        Objects.requireNonNull(benchmarkPolicy, "benchmarkPolicy");
        Objects.requireNonNull(financePolicy, "financePolicy");
        if (summaryHighlights < 0) {
            throw new IllegalArgumentException(
                    "summaryHighlights " + summaryHighlights + " is negative: expected 0 or more");
        }
    }

    /**
     * The default policies, no detail pages, {@value #DEFAULT_SUMMARY_HIGHLIGHTS} highlights of each
     * kind of news.
     *
     * @return the defaults
     */
    public static ReportOptions defaults() {
        return new ReportOptions(
                HighlightPolicy.defaults(),
                RatingPolicy.defaults(),
                BenchmarkPolicy.defaults(),
                false,
                DEFAULT_SUMMARY_HIGHLIGHTS,
                false,
                FinancePolicy.defaults());
    }

    /**
     * These options with other policies.
     *
     * @param highlight the highlight policy
     * @param rating the rating policy
     * @param benchmark the benchmark policy
     * @return the new options
     */
    public ReportOptions withPolicies(HighlightPolicy highlight, RatingPolicy rating, BenchmarkPolicy benchmark) {
        return new ReportOptions(highlight, rating, benchmark, detail, summaryHighlights, judgedOnly, financePolicy);
    }

    /**
     * These options with or without a page per indicator.
     *
     * @param withDetail whether each indicator gets a page
     * @return the new options
     */
    public ReportOptions withDetail(boolean withDetail) {
        return new ReportOptions(
                highlightPolicy,
                ratingPolicy,
                benchmarkPolicy,
                withDetail,
                summaryHighlights,
                judgedOnly,
                financePolicy);
    }

    /**
     * These options with another number of summary highlights.
     *
     * @param count how many of each kind of news, 0 or more
     * @return the new options
     */
    public ReportOptions withSummaryHighlights(int count) {
        return new ReportOptions(
                highlightPolicy, ratingPolicy, benchmarkPolicy, detail, count, judgedOnly, financePolicy);
    }

    /**
     * These options with or without the measures that have no polarity.
     *
     * @param only whether to leave out measures with no polarity
     * @return the new options
     */
    public ReportOptions withJudgedOnly(boolean only) {
        return new ReportOptions(
                highlightPolicy, ratingPolicy, benchmarkPolicy, detail, summaryHighlights, only, financePolicy);
    }

    /**
     * These options with another finance policy, for the resources section.
     *
     * @param finance the finance policy
     * @return the new options
     */
    public ReportOptions withFinancePolicy(FinancePolicy finance) {
        return new ReportOptions(
                highlightPolicy, ratingPolicy, benchmarkPolicy, detail, summaryHighlights, judgedOnly, finance);
    }

    /**
     * The policies' references, {@code id@version}: rating, benchmark, highlight.
     *
     * @return the references
     */
    public List<String> policyReferences() {
        return List.of(ratingPolicy.reference(), benchmarkPolicy.reference(), highlightPolicy.reference());
    }
}
