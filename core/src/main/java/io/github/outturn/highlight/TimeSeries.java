package io.github.outturn.highlight;

import io.github.outturn.benchmark.AreaBenchmarks;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.ComparatorAverage;
import io.github.outturn.model.Area;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.OutturnStyle;
import io.github.outturn.model.Target;
import io.github.outturn.period.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One indicator for one area over up to ten periods, beside its region, its statistical neighbours'
 * average and England, with its targets: the table or chart a report shows.
 *
 * <pre>{@code
 * TimeSeries s = TimeSeries.of(lait, "LAC", "888", Optional.empty(), 10, BenchmarkPolicy.defaults());
 * s.getPoints().size();   // 10: the latest ten periods Lancashire has an observation for
 * s.getRegionName();      // Optional[North West]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class TimeSeries {

    /** The most periods a series holds. */
    public static final int MAX_PERIODS = 10;

    /** The indicator. */
    public abstract String indicatorId();

    /** The indicator's name. */
    public abstract String indicatorName();

    /** The indicator's decimal places, for showing the figures. */
    public abstract int decimalPlaces();

    /** The area. */
    public abstract String areaCode();

    /** The area's name (its code when the dataset does not name it). */
    public abstract String areaName();

    /** The area's region's name, when it has one. */
    public abstract Optional<String> regionName();

    /** The statistical neighbour group's name, when the area has one. */
    public abstract Optional<String> neighbourGroup();

    /** The periods, oldest first. */
    public abstract List<SeriesPoint> points();

    /** The benchmark policy of the neighbour averages, {@code id@version}. */
    public abstract String policyReference();

    /**
     * The series of an indicator for an area: the latest periods (up to {@code periods}) the area has
     * an observation for, not after {@code upTo}.
     *
     * @param dataset the dataset, not null
     * @param indicatorId the indicator, known to the dataset
     * @param areaCode the area, known to the dataset
     * @param upTo the last period, or empty for the latest
     * @param periods how many periods at most, 1 to {@link #MAX_PERIODS}
     * @param policy the benchmark policy, for computed neighbour averages, not null
     * @return the series
     * @throws IllegalArgumentException if the dataset has no such indicator or area, or periods is out of range
     */
    public static TimeSeries of(
            Dataset dataset,
            String indicatorId,
            String areaCode,
            Optional<ReportingPeriod> upTo,
            int periods,
            BenchmarkPolicy policy) {
        if (periods < 1 || periods > MAX_PERIODS) {
            throw new IllegalArgumentException(
                    "A series of " + periods + " periods is out of range: expected 1 to " + MAX_PERIODS);
        }
        Indicator indicator = Highlights.indicator(dataset, indicatorId);
        Highlights.checkAreas(dataset, List.of(areaCode));
        Optional<String> region = dataset.findArea(areaCode).flatMap(Area::regionCode);
        Optional<ComparatorGroup> neighbours = dataset.findStatisticalNeighbours(areaCode);
        List<Observation> chosen = new ArrayList<>();
        for (Observation o : dataset.series(indicatorId, areaCode)) {
            if (o.status() != ObservationStatus.FORECAST
                    && upTo.map(p -> o.period().compareTo(p) <= 0).orElse(true)) {
                chosen.add(o);
            }
        }
        List<SeriesPoint> points = new ArrayList<>();
        for (Observation o : chosen.subList(Math.max(0, chosen.size() - periods), chosen.size())) {
            ReportingPeriod p = o.period();
            SeriesPoint.Builder b = SeriesPoint.builder()
                    .period(p)
                    .value(o.value())
                    .status(o.status())
                    .commentary(o.note());
            boolean publishedNeighbours = false;
            for (BenchmarkValue v : dataset.benchmarks(indicatorId, p)) {
                if (v.type() == ComparatorType.ENGLAND) {
                    b.england(v.value());
                } else if (v.type() == ComparatorType.REGION
                        && region.map(v.comparator()::equals).orElse(false)) {
                    b.region(v.value());
                } else if (v.type() == ComparatorType.STATISTICAL_NEIGHBOURS
                        && v.areaCode().map(areaCode::equals).orElse(false)) {
                    b.neighbourAverage(v.value());
                    publishedNeighbours = true;
                }
            }
            if (!publishedNeighbours && neighbours.isPresent()) {
                ComparatorAverage avg = AreaBenchmarks.compareWithGroup(
                                dataset, indicatorId, areaCode, p, neighbours.get(), policy)
                        .average();
                b.neighbourAverage(avg.value()).neighbourCount(avg.usedCount());
            }
            Optional<Target> t = dataset.findTarget(indicatorId, p, areaCode);
            if (t.isPresent()) {
                b.target(t.get().value())
                        .targetLower(t.get().lower())
                        .targetUpper(t.get().upper());
            }
            points.add(b.build());
        }
        return builder()
                .indicatorId(indicatorId)
                .indicatorName(indicator.name())
                .decimalPlaces(indicator.decimalPlaces())
                .areaCode(areaCode)
                .areaName(dataset.findArea(areaCode).map(Area::name).orElse(areaCode))
                .regionName(region.map(r -> dataset.findArea(r).map(Area::name).orElse(r)))
                .neighbourGroup(neighbours.map(ComparatorGroup::name))
                .points(points)
                .policyReference(policy.reference())
                .build();
    }

    /** A builder, as for every model and result type (formats read through it). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link TimeSeries}, started by {@link #builder()}; {@code indicatorId}, {@code indicatorName}, {@code decimalPlaces}, {@code areaCode}, {@code areaName} and {@code policyReference} are required.
     */
    public static final class Builder extends ImmutableTimeSeries.Builder {}
}
