package io.github.outturn.examples;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.YearType;
import io.github.outturn.rating.DirectionOfTravelRating;
import io.github.outturn.rating.ForecastBasis;
import io.github.outturn.rating.IndicatorAssessment;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.rating.TravelTerm;
import io.github.outturn.summary.ActionPolicy;
import io.github.outturn.summary.ActionProgress;
import io.github.outturn.summary.ActionSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A Lancashire-style quarterly corporate performance report for Quarter 1 2017/18, under the
 * minutes' Start Well, Live Well and Age Well themes: quarterly measures rated against profiled
 * annual targets (seasonal, straight-line and given shares), a council's year-end forecast and one
 * made by the library, year-to-date measures against the same point last year, a key stage 2 measure
 * whose series breaks with the new curriculum, and actions against their due dates and milestones.
 * <b>Illustrative:</b> the figures are invented except the 1,875 children looked after (Lancashire's
 * Quarter 1 2017/18 minutes) and key stage 2's 54% in AY 2015/16 (DfE's LAIT).
 *
 * <pre>{@code
 * LancashireQuarterly.report().forEach(System.out::println);
 * }</pre>
 */
public final class LancashireQuarterly {

    private LancashireQuarterly() {}

    /** The bundled file the dataset is read from, in {@code examples/data}. */
    public static final String FILE = "lancashire-quarterly-2017.json";

    static final String LANCASHIRE = "888";

    /** The quarter reported on, as the Lancashire minutes label it. */
    static final ReportingPeriod QUARTER = ReportingPeriod.parse("Quarter 1 2017/18");

    /** The latest key stage 2 results at Quarter 1, as the Stockport minutes label the year. */
    static final ReportingPeriod KS2_YEAR = ReportingPeriod.parse("2015/2016", YearType.ACADEMIC);

    /** The reporting date the actions are judged on: the end of the quarter. */
    static final LocalDate AS_OF = QUARTER.end();

    /**
     * The illustrative dataset, {@code examples/data/lancashire-quarterly-2017.json}.
     *
     * @return the dataset
     */
    public static Dataset dataset() {
        return Bundled.dataset(FILE);
    }

    /**
     * The report's lines: each measure with its rating, forecast and direction of travel, the
     * library's seasonal forecast of CAFs initiated, then each action against its dates.
     *
     * @return the lines
     */
    public static List<String> report() {
        Dataset ds = dataset();
        RatingPolicy rating = RatingPolicy.defaults();
        List<String> lines = new ArrayList<>();
        lines.add("Illustrative figures. Quarterly performance at " + QUARTER + ", policy " + rating.reference());
        for (Indicator i : ds.indicators()) {
            ReportingPeriod period = i.yearType() == YearType.ACADEMIC ? KS2_YEAR : QUARTER;
            IndicatorAssessment a = IndicatorRating.assess(ds, i.id(), LANCASHIRE, period, rating);
            lines.add(i.name() + ", " + period + ": " + a.reason());
            a.forecastYearEnd().ifPresent(f -> lines.add("  forecast: " + f.reason()));
            lines.add("  direction of travel: "
                    + DirectionOfTravelRating.compare(ds, i.id(), LANCASHIRE, period, TravelTerm.SHORT_TERM, rating)
                            .reason());
        }
        // The library's own forecast, from the seasonal profile, where the council made none.
        RatingPolicy seasonal = RatingPolicy.defaults()
                .withId("lancashire-quarterly")
                .withVersion("1")
                .withForecastMethod(ForecastBasis.SEASONAL);
        IndicatorRating.assess(ds, "cafs-initiated", LANCASHIRE, QUARTER, seasonal)
                .forecastYearEnd()
                .ifPresent(f -> lines.add("CAFs initiated under " + seasonal.reference() + ": " + f.reason()));
        ActionPolicy actions = ActionPolicy.defaults();
        lines.add("Actions on " + AS_OF + ", policy " + actions.reference() + ":");
        for (ActionProgress p : ActionSchedule.progress(ds, AS_OF, actions)) {
            lines.add("  " + p.actionId() + ": " + p.reason());
        }
        return lines;
    }

    /**
     * Prints the report.
     *
     * @param args none
     */
    public static void main(String[] args) {
        report().forEach(System.out::println);
    }
}
