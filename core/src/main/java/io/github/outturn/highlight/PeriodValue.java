package io.github.outturn.highlight;

import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of a series, as evidence: the period and the value.
 *
 * <pre>{@code
 * new PeriodValue(FinancialYear.of(2016), new BigDecimal("1875"));
 * }</pre>
 *
 * @param period the period
 * @param value the value
 *     <p>Immutable and thread-safe.
 */
public record PeriodValue(ReportingPeriod period, BigDecimal value) {

    /** Checks that no component is null. */
    public PeriodValue {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
    }
}
