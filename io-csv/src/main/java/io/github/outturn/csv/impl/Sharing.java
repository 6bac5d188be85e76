package io.github.outturn.csv.impl;

import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.YearType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Shares the cells that repeat down a large table within one read: one {@code String} per distinct
 * id or code and one period per distinct label and year type, so that a dataset of many observations
 * holds each only once (as the JSON and LAIT readers do); and parses each distinct enum code once.
 * Its maps grow with the distinct values, not with the rows. One per read; not thread-safe.
 *
 * <p>{@code Sharing shared = new Sharing(); String id = shared.text(row, "indicator");}
 */
final class Sharing {

    private final Map<String, String> strings = new HashMap<>();
    private final Map<YearType, Map<String, ReportingPeriod>> periods = new EnumMap<>(YearType.class);
    private final Map<String, ReportingPeriod> periodsWithoutYearType = new HashMap<>();
    private final Map<Class<?>, Map<String, Enum<?>>> codes = new HashMap<>();

    /** The last text shared, per column: sorted tables repeat a cell down many rows. */
    private final Map<String, String> lastText = new HashMap<>();

    /** {@link Row#text}, shared: the same string for every equal cell. */
    String text(Row row, String column) {
        String s = row.text(column);
        if (s == null) {
            return null;
        }
        String last = lastText.get(column);
        if (s.equals(last)) {
            return last;
        }
        String shared = strings.putIfAbsent(s, s);
        shared = shared == null ? s : shared;
        lastText.put(column, shared);
        return shared;
    }

    /** {@link Row#requiredPeriod}, shared: the same period for every equal label and year type. */
    ReportingPeriod period(Row row, String column, YearType yearType) {
        Map<String, ReportingPeriod> cache =
                yearType == null ? periodsWithoutYearType : periods.computeIfAbsent(yearType, k -> new HashMap<>());
        String label = row.raw(column);
        ReportingPeriod found = cache.get(label);
        if (found != null) {
            return found;
        }
        ReportingPeriod period = row.requiredPeriod(column, yearType);
        if (period != null) {
            cache.put(label, period);
        }
        return period;
    }

    /** {@link Row#code}, remembered: each distinct cell text is parsed once per read. */
    <E extends Enum<E>> Optional<E> code(Row row, String column, Class<E> type) {
        String raw = row.raw(column);
        Map<String, Enum<?>> known = codes.computeIfAbsent(type, k -> new HashMap<>());
        Enum<?> found = known.get(raw);
        if (found != null) {
            return Optional.of(type.cast(found));
        }
        Optional<E> code = row.code(column, type);
        code.ifPresent(c -> known.put(raw, c));
        return code;
    }
}
