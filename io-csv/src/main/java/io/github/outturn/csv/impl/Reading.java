package io.github.outturn.csv.impl;

import io.github.outturn.model.Codes;
import io.github.outturn.model.Indicator;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.YearType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one read of a folder or a table: the year type of each indicator read so far, and
 * one instance of each distinct id, period and enum code, so that a dataset of many observations
 * holds each only once (as the JSON and LAIT readers do) and each distinct cell text is parsed once.
 * Its maps grow with the distinct values, not with the rows.
 *
 * <p>{@code Reading reading = new Reading(); reading.knowIndicators(ds.getIndicators());}
 *
 * <p>Mutable, for one read on one thread.
 */
public final class Reading {

    private final Map<String, YearType> yearTypes = new HashMap<>();
    private final Map<String, String> strings = new HashMap<>();
    /** Periods by label, per year type (the key {@code null} for labels read without one). */
    private final Map<YearType, Map<String, ReportingPeriod>> periods = new HashMap<>();

    private final Map<Class<?>, Map<String, Enum<?>>> codes = new HashMap<>();
    /** The last text shared, per column: sorted tables repeat a cell down many rows. */
    private String[] lastText = new String[0];

    /** Learns the year type of each indicator (the first of a repeated id stands). */
    public void knowIndicators(List<Indicator> indicators) {
        indicators.forEach(i -> yearTypes.putIfAbsent(i.id(), i.yearType()));
    }

    /** An indicator's year type, or {@code null} for an unknown or absent id. */
    YearType yearType(String indicator) {
        return indicator == null ? null : yearTypes.get(indicator);
    }

    /** The one instance of this text in the read. */
    String share(int column, String text) {
        if (column >= lastText.length) {
            lastText = java.util.Arrays.copyOf(lastText, column + 1);
        }
        String last = lastText[column];
        if (text.equals(last)) {
            return last;
        }
        String shared = strings.putIfAbsent(text, text);
        shared = shared == null ? text : shared;
        lastText[column] = shared;
        return shared;
    }

    /** The period a label stands for, one instance per label and year type; {@code null} if malformed. */
    ReportingPeriod period(String label, YearType yearType) {
        Map<String, ReportingPeriod> known = periods.computeIfAbsent(yearType, k -> new HashMap<>());
        ReportingPeriod found = known.get(label);
        if (found == null) {
            try {
                found = parsePeriod(label, yearType);
            } catch (IllegalArgumentException e) {
                return null;
            }
            known.put(label, found);
        }
        return found;
    }

    /** A label read as the year type says, or bare two-year labels as financial years if it is {@code null}. */
    static ReportingPeriod parsePeriod(String label, YearType yearType) {
        return yearType == null ? ReportingPeriod.parse(label) : ReportingPeriod.parse(label, yearType);
    }

    /** The enum value a code names, each distinct text parsed once; {@code null} if it names none. */
    <E extends Enum<E>> E code(Class<E> type, String text) {
        Map<String, Enum<?>> known = codes.computeIfAbsent(type, k -> new HashMap<>());
        Enum<?> found = known.get(text);
        if (found == null) {
            found = Codes.parse(type, text).orElse(null);
            if (found != null) {
                known.put(text, found);
            }
        }
        return type.cast(found);
    }
}
