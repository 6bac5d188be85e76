package io.github.outturn.rating;

/**
 * What a year-end forecast rests on: a forecast the council gave (an observation with status
 * FORECAST), or one the library made from the year to date (docs/in-year.md).
 *
 * <pre>{@code
 * RatingPolicy p = RatingPolicy.defaults().withForecastMethod(ForecastBasis.RUN_RATE);
 * }</pre>
 */
public enum ForecastBasis {
    /** A forecast observation of the dataset, rated as given. */
    OBSERVATION,
    /**
     * The year to date carried on at the same rate: a cumulative measure's value divided by the part
     * of the year gone (Quarter 2 of 4: doubled); any other measure's latest value as it stands.
     */
    RUN_RATE,
    /** The year to date divided by its seasonal share of the year, drawn from earlier years' actuals. */
    SEASONAL
}
