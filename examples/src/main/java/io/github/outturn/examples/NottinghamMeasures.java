package io.github.outturn.examples;

import io.github.outturn.benchmark.AreaBenchmarks;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.GroupComparison;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.DirectionOfTravelRating;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.rating.TravelTerm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Nottingham-style priority measures, 2015: each against its target, the previous year, the
 * statistical neighbour average and England, and avoidable admissions against the 2012/13 baseline.
 * Figures are illustrative, in the manner of the minutes.
 *
 * <pre>{@code
 * NottinghamMeasures.report().forEach(System.out::println);
 * }</pre>
 */
public final class NottinghamMeasures {

    private NottinghamMeasures() {}

    static final String NOTTINGHAM = "892";
    static final ReportingPeriod YEAR = FinancialYear.of(2014);
    static final ReportingPeriod BASELINE = FinancialYear.of(2012);

    /**
     * The report, line by line.
     *
     * @return the lines
     */
    public static List<String> report() {
        Dataset ds = Bundled.dataset("nottingham-cypp-2015.json");
        RatingPolicy rating = RatingPolicy.defaults();
        BenchmarkPolicy benchmarks = BenchmarkPolicy.defaults();
        ComparatorGroup neighbours = ds.findComparatorGroup("sn-892").orElseThrow();
        List<String> lines = new ArrayList<>();
        for (Indicator i : ds.indicators()) {
            String id = i.id();
            lines.add(i.name() + ", " + YEAR + ":");
            lines.add("  target: "
                    + IndicatorRating.assess(ds, id, NOTTINGHAM, YEAR, rating).reason());
            lines.add("  previous year: "
                    + DirectionOfTravelRating.compare(ds, id, NOTTINGHAM, YEAR, TravelTerm.SHORT_TERM, rating)
                            .reason());
            GroupComparison sn = AreaBenchmarks.compareWithGroup(ds, id, NOTTINGHAM, YEAR, neighbours, benchmarks);
            if (sn.average().usedCount() > 0) {
                lines.add("  statistical neighbours: " + sn.comparison().reason());
            }
            for (Comparison c : AreaBenchmarks.compareWithBenchmarks(ds, id, NOTTINGHAM, YEAR, benchmarks)) {
                lines.add("  " + c.comparator() + ": " + c.reason());
            }
        }
        Comparison baseline =
                AreaBenchmarks.compareWithPeriod(ds, "avoidable-admissions", NOTTINGHAM, YEAR, BASELINE, benchmarks);
        BigDecimal change = baseline.relativeDifferencePercent().orElseThrow().setScale(0, RoundingMode.HALF_UP);
        lines.add("Avoidable emergency admissions: " + baseline.areaValue().orElseThrow() + " in " + YEAR
                + " against the " + BASELINE + " baseline of "
                + baseline.comparatorValue().orElseThrow() + ": a "
                + change.abs() + "% " + (change.signum() < 0 ? "reduction" : "increase"));
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
