package io.github.outturn.finance;

/**
 * What a budget assessment or savings summary covers: one service, a portfolio, or the council.
 *
 * <pre>{@code
 * report.getPortfolios().get(0).getScope(); // FinanceScope.PORTFOLIO
 * }</pre>
 */
public enum FinanceScope {
    /** One service or cost centre: one budget line. */
    SERVICE,
    /** A portfolio: the sum of its lines. */
    PORTFOLIO,
    /** The council: the sum of every line. */
    COUNCIL
}
