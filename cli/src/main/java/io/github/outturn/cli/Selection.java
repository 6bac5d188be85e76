package io.github.outturn.cli;

import io.github.outturn.model.Area;
import io.github.outturn.model.AreaFinder;
import io.github.outturn.model.AreaMatch;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Target;
import io.github.outturn.period.PeriodParseException;
import io.github.outturn.period.ReportingPeriod;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** What a command works on when the options leave it open: the area, the indicators, the period. */
final class Selection {

    private final Dataset dataset;
    private final CommandSpec spec;

    Selection(Dataset dataset, CommandSpec spec) {
        this.dataset = dataset;
        this.spec = spec;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /**
     * The area asked for, by code or name ({@link AreaFinder}), or the dataset's own area: the one
     * its statistical neighbour groups and area targets are for, else the only area with
     * observations.
     */
    String area(String requested) {
        if (requested != null) {
            AreaMatch match = AreaFinder.of(dataset).find(requested);
            return match.code()
                    .orElseThrow(() -> usage("--area: " + match.reason() + " (outturn list areas DATASET lists them)"));
        }
        Set<String> home = new LinkedHashSet<>();
        for (ComparatorGroup g : dataset.comparatorGroups()) {
            if (g.type() == ComparatorType.STATISTICAL_NEIGHBOURS) {
                g.areaCode().ifPresent(home::add);
            }
        }
        for (Target t : dataset.targets()) {
            t.areaCode().ifPresent(home::add);
        }
        if (home.isEmpty()) {
            dataset.observations().forEach(o -> home.add(o.areaCode()));
        }
        if (home.size() == 1) {
            return home.iterator().next();
        }
        throw usage(
                home.isEmpty()
                        ? "the dataset has no observations to assess"
                        : "the dataset covers " + home.size() + " areas (" + sample(home)
                                + "): choose one with --area");
    }

    private static String sample(Set<String> codes) {
        List<String> first = codes.stream().limit(5).collect(Collectors.toList());
        return String.join(", ", first) + (codes.size() > 5 ? ", ..." : "");
    }

    /** The indicators asked for (all, in the dataset's order, when none is named). */
    List<Indicator> indicators(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return dataset.indicators();
        }
        List<Indicator> found = new ArrayList<>();
        for (String id : ids) {
            found.add(indicator(id));
        }
        return found;
    }

    Indicator indicator(String id) {
        if (dataset.indicators().isEmpty()) {
            throw usage("unknown --indicator \"" + id + "\": the dataset has no indicators");
        }
        return dataset.findIndicator(id)
                .orElseThrow(() -> usage("unknown --indicator \"" + id + "\": expected one of "
                        + sample(dataset.indicators().stream()
                                .map(Indicator::id)
                                .collect(Collectors.toCollection(LinkedHashSet::new)))));
    }

    /** A period label parsed as the indicator's kind of year, or a usage error quoting it. */
    ReportingPeriod period(String label, Indicator indicator) {
        try {
            return ReportingPeriod.parse(label, indicator.yearType());
        } catch (PeriodParseException e) {
            throw usage("--period: " + e.getMessage());
        }
    }

    /** A period label parsed without an indicator, or a usage error quoting it. */
    ReportingPeriod period(String option, String label) {
        try {
            return ReportingPeriod.parse(label);
        } catch (PeriodParseException e) {
            throw usage(option + ": " + e.getMessage());
        }
    }

    /** The latest period the area has an observation (not a forecast) of the indicator for. */
    Optional<ReportingPeriod> latest(Indicator indicator, String area) {
        List<Observation> series = dataset.series(indicator.id(), area);
        for (int i = series.size() - 1; i >= 0; i--) {
            if (series.get(i).status() != ObservationStatus.FORECAST) {
                return Optional.of(series.get(i).period());
            }
        }
        return Optional.empty();
    }

    /** The most periods a message lists: the latest ones. */
    private static final int PERIODS_SHOWN = 10;

    /** The periods the area has observations of any of the indicators for, in order. */
    List<ReportingPeriod> observedPeriods(List<Indicator> indicators, String area) {
        Set<ReportingPeriod> periods = new TreeSet<>();
        for (Indicator i : indicators) {
            dataset.series(i.id(), area).forEach(o -> periods.add(o.period()));
        }
        return new ArrayList<>(periods);
    }

    /** The periods any of the areas has observations of any of the indicators for, in order. */
    List<ReportingPeriod> observedPeriods(List<Indicator> indicators, List<String> areas) {
        Set<ReportingPeriod> periods = new TreeSet<>();
        areas.forEach(area -> periods.addAll(observedPeriods(indicators, area)));
        return new ArrayList<>(periods);
    }

    /**
     * A usage error for a period with no data: what is missing, and the periods that have some
     * ({@code what} such as "observations for Nottingham (892)"; the latest ten when there are
     * more).
     */
    CommandLine.ParameterException noData(String option, String label, String what, List<ReportingPeriod> have) {
        List<String> shown = have.subList(Math.max(0, have.size() - PERIODS_SHOWN), have.size()).stream()
                .map(Object::toString)
                .toList();
        return usage(option + " " + label + ": no " + what + " in " + label
                + (have.isEmpty()
                        ? ", nor in any other period"
                        : "; there are some in " + (have.size() > shown.size() ? "..., " : "")
                                + String.join(", ", shown))
                + " (outturn list periods DATASET)");
    }

    /** The area's statistical neighbours, if the dataset has them. */
    Optional<ComparatorGroup> neighbours(String area) {
        return dataset.findStatisticalNeighbours(area);
    }

    /** A comparator group named by id or name, or a usage error listing the groups. */
    ComparatorGroup group(String idOrName) {
        return dataset.comparatorGroups().stream()
                .filter(g -> g.id().equalsIgnoreCase(idOrName) || g.name().equalsIgnoreCase(idOrName))
                .findFirst()
                .orElseThrow(() -> usage("unknown --group \"" + idOrName + "\": expected one of "
                        + (dataset.comparatorGroups().isEmpty()
                                ? "(none: the dataset has no comparator groups)"
                                : sample(dataset.comparatorGroups().stream()
                                        .map(ComparatorGroup::id)
                                        .collect(Collectors.toCollection(LinkedHashSet::new))))));
    }

    /** "Stockport", or empty text for an area the dataset does not list. */
    String name(String code) {
        return dataset.findArea(code).map(Area::name).orElse("");
    }

    /** "Stockport (356)", or the code alone for an area the dataset does not list. */
    String areaName(String code) {
        return dataset.findArea(code).map(a -> a.name() + " (" + code + ")").orElse(code);
    }
}
