package io.github.outturn.cli;

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
     * The area asked for, or the dataset's own area: the one its statistical neighbour groups and
     * area targets are for, else the only area with observations.
     */
    String area(String requested) {
        if (requested != null) {
            boolean known = dataset.findArea(requested).isPresent()
                    || dataset.getObservations().stream()
                            .anyMatch(o -> o.getAreaCode().equals(requested));
            if (!known) {
                throw usage("unknown --area \"" + requested + "\": the dataset has no area or observation with"
                        + " that code");
            }
            return requested;
        }
        Set<String> home = new LinkedHashSet<>();
        for (ComparatorGroup g : dataset.getComparatorGroups()) {
            if (g.getType() == ComparatorType.STATISTICAL_NEIGHBOURS) {
                g.getAreaCode().ifPresent(home::add);
            }
        }
        for (Target t : dataset.getTargets()) {
            t.getAreaCode().ifPresent(home::add);
        }
        if (home.isEmpty()) {
            dataset.getObservations().forEach(o -> home.add(o.getAreaCode()));
        }
        if (home.size() == 1) {
            return home.iterator().next();
        }
        throw usage(
                home.isEmpty()
                        ? "the dataset has no observations to assess"
                        : "the dataset covers " + home.size() + " areas (" + sample(home)
                                + "): choose one with --area CODE");
    }

    private static String sample(Set<String> codes) {
        List<String> first = codes.stream().limit(5).collect(Collectors.toList());
        return String.join(", ", first) + (codes.size() > 5 ? ", ..." : "");
    }

    /** The indicators asked for (all, in the dataset's order, when none is named). */
    List<Indicator> indicators(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return dataset.getIndicators();
        }
        List<Indicator> found = new ArrayList<>();
        for (String id : ids) {
            found.add(indicator(id));
        }
        return found;
    }

    Indicator indicator(String id) {
        if (dataset.getIndicators().isEmpty()) {
            throw usage("unknown --indicator \"" + id + "\": the dataset has no indicators");
        }
        return dataset.findIndicator(id)
                .orElseThrow(() -> usage("unknown --indicator \"" + id + "\": expected one of "
                        + sample(dataset.getIndicators().stream()
                                .map(Indicator::getId)
                                .collect(Collectors.toCollection(LinkedHashSet::new)))));
    }

    /** A period label parsed as the indicator's kind of year, or a usage error quoting it. */
    ReportingPeriod period(String label, Indicator indicator) {
        try {
            return ReportingPeriod.parse(label, indicator.getYearType());
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
        List<Observation> series = dataset.getSeries(indicator.getId(), area);
        for (int i = series.size() - 1; i >= 0; i--) {
            if (series.get(i).getStatus() != ObservationStatus.FORECAST) {
                return Optional.of(series.get(i).getPeriod());
            }
        }
        return Optional.empty();
    }

    /** The area's statistical neighbours, if the dataset has them. */
    Optional<ComparatorGroup> neighbours(String area) {
        return dataset.getComparatorGroups().stream()
                .filter(g -> g.getType() == ComparatorType.STATISTICAL_NEIGHBOURS
                        && g.getAreaCode().equals(Optional.of(area)))
                .findFirst();
    }

    /** A comparator group named by id or name, or a usage error listing the groups. */
    ComparatorGroup group(String idOrName) {
        return dataset.getComparatorGroups().stream()
                .filter(g -> g.getId().equalsIgnoreCase(idOrName) || g.getName().equalsIgnoreCase(idOrName))
                .findFirst()
                .orElseThrow(() -> usage("unknown --group \"" + idOrName + "\": expected one of "
                        + (dataset.getComparatorGroups().isEmpty()
                                ? "(none: the dataset has no comparator groups)"
                                : sample(dataset.getComparatorGroups().stream()
                                        .map(ComparatorGroup::getId)
                                        .collect(Collectors.toCollection(LinkedHashSet::new))))));
    }

    /** "Stockport (356)", or the code alone for an area the dataset does not list. */
    String areaName(String code) {
        return dataset.findArea(code).map(a -> a.getName() + " (" + code + ")").orElse(code);
    }
}
