package org.example.council;

import io.github.outturn.io.DatasetFormats;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.IndicatorAssessment;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plan's dataset in any format Outturn finds, and rates every indicator of an area for a
 * period against its target with Outturn's default policy.
 *
 * <pre>{@code
 * List<IndicatorAssessment> rated = PlanRatings.rate(Path.of("plan.json"), "892", ReportingPeriod.parse("2014/15"));
 * }</pre>
 */
public final class PlanRatings {

    private PlanRatings() {}

    /**
     * Rates every indicator that has an observation for the area and period.
     *
     * @param file the dataset
     * @param area the area's code
     * @param period the period
     * @return one assessment per indicator observed, in the dataset's order
     * @throws IOException if the file cannot be read
     */
    public static List<IndicatorAssessment> rate(Path file, String area, ReportingPeriod period) throws IOException {
        Dataset ds = DatasetFormats.load().read(file);
        List<IndicatorAssessment> out = new ArrayList<>();
        for (Indicator i : ds.indicators()) {
            boolean observed = ds.observations().stream()
                    .map(Observation::indicatorId)
                    .anyMatch(i.id()::equals);
            if (observed) {
                out.add(IndicatorRating.assess(ds, i.id(), area, period, RatingPolicy.defaults()));
            }
        }
        return out;
    }

    /**
     * Prints the ratings of a dataset: {@code PlanRatings file area period}.
     *
     * @param args the file, the area's code and the period
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        for (IndicatorAssessment a : rate(Path.of(args[0]), args[1], ReportingPeriod.parse(args[2]))) {
            System.out.println(a.indicatorId() + ": " + a.reason());
        }
    }
}
