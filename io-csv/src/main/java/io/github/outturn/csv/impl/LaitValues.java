package io.github.outturn.csv.impl;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.outturn.benchmark.ObservationGroup;
import io.github.outturn.csv.impl.LaitAreas.Kind;
import io.github.outturn.csv.impl.LaitAreas.Place;
import io.github.outturn.csv.impl.LaitDictionary.Measure;
import io.github.outturn.io.Quote;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.period.AcademicYear;
import io.github.outturn.period.CalendarYear;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.PeriodKind;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.YearType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The row loop over LAIT's values ({@code bds_long.csv.gz}, sorted by measure, then years, then
 * area): each row becomes an observation (a local authority's value) or a benchmark value (England's
 * or a region's), or is skipped. A measure whose labels carry a suffix ("2016 (prov)", "2016 (Rev)")
 * may give one period twice; the later standing replaces the earlier ("2016 (Rev)" replaces "2016",
 * which replaces "2016 (prov)"), and two of the same standing are a problem.
 *
 * <p>Read whole, every row is kept ({@link #observations}, {@link #benchmarks}). Read one group at a
 * time ({@link #streamTo}), each measure's rows are kept only until the next measure begins, then
 * handed on as one {@link ObservationGroup} per period and let go: the file must hold each measure's
 * rows together, as DfE's does, and a measure met again after another is a problem.
 *
 * <p>{@code LaitValues values = new LaitValues(measures, areas, reading, problems); values.read(file);}
 *
 * <p>Mutable, for one read on one thread.
 */
final class LaitValues {

    /** How final a figure is: a later standing replaces an earlier one for the same period. */
    enum Standing {
        PROVISIONAL,
        PLAIN,
        FINAL
    }

    /** A parsed {@code years} label: the period and its ordinal in this read, its status and standing. */
    private record Label(
            ReportingPeriod period, int periodOrdinal, ObservationStatus status, Standing standing, boolean suffixed) {}

    /** Where an (area, period) of a suffixed measure was put: which list, at what index, and its standing. */
    record Slot(boolean benchmark, int index, Standing standing) {}

    /** One stretch of a measure's rows in the observation and benchmark lists; an open run ends at MAX_VALUE. */
    record Run(int observationsFrom, int observationsTo, int benchmarksFrom, int benchmarksTo) {}

    private final Map<String, Measure> measures;
    private final LaitAreas areas;
    private final Reading reading;
    private final Problems problems;

    final List<Observation> observations = new ArrayList<>(600_000);
    final List<BenchmarkValue> benchmarks = new ArrayList<>(60_000);
    long rows;
    long missing;
    long skipped;
    /** Rows that became observations and benchmark values, and groups handed on, when streaming. */
    long observationCount;

    long benchmarkCount;
    long groupCount;

    /** Where groups go when read one at a time; null when every row is kept. */
    private Consumer<ObservationGroup> sink;
    /** The measures whose rows have ended, when streaming: none may start again. */
    private final Set<String> ended = new HashSet<>();
    /** Whether the rows of a measure met again are being skipped, when streaming. */
    private boolean skipping;

    /** Decimal values by their text, within one measure: repeated values share one instance. */
    private final Map<String, BigDecimal> decimals = new HashMap<>();
    /** Parsed period labels, per year type. */
    private final Map<YearType, Map<String, Label>> labels = new EnumMap<>(YearType.class);

    private final Map<ReportingPeriod, Integer> periodOrdinals = new HashMap<>();

    LaitValues(Map<String, Measure> measures, LaitAreas areas, Reading reading, Problems problems) {
        this.measures = measures;
        this.areas = areas;
        this.reading = reading;
        this.problems = problems;
    }

    /**
     * Hands each measure's groups to {@code sink} once its rows end, instead of keeping every row;
     * nothing more is handed on once a problem is found.
     *
     * @param sink takes each (measure, period) group
     */
    void streamTo(Consumer<ObservationGroup> sink) {
        this.sink = sink;
    }

    /** The columns of the values file, by position. */
    private record Columns(int measure, int years, int area, int number, int region, int value) {

        static Columns of(CsvRecord header) {
            int[] c = {-1, -1, -1, -1, -1, -1};
            List<String> names = List.of("measure", "years", "area", "la_number", "region", "value");
            for (int i = 0; i < header.getFieldCount(); i++) {
                int at = names.indexOf(
                        header.getField(i).strip().toLowerCase(Locale.ROOT)); // data_item is in the dictionary
                if (at >= 0) {
                    c[at] = i;
                }
            }
            return new Columns(c[0], c[1], c[2], c[3], c[4], c[5]);
        }

        boolean complete() {
            return measure >= 0 && years >= 0 && number >= 0 && value >= 0;
        }

        static String field(CsvRecord r, int column) {
            return column >= 0 && column < r.getFieldCount() ? r.getField(column) : "";
        }
    }

    /**
     * Reads every row of the values file.
     *
     * @param file {@code bds_long.csv.gz}
     * @throws IOException if it cannot be read
     */
    void read(Path file) throws IOException {
        String source = LaitParser.VALUES;
        try (CsvReader<CsvRecord> in =
                LaitSheet.csv(LaitSheet.utf8(new GZIPInputStream(Files.newInputStream(file), 1 << 16)))) {
            Columns columns = null;
            Measure current = null;
            String lastYears = null;
            Label lastLabel = null;
            for (CsvRecord r : in) {
                if (columns == null) {
                    columns = Columns.of(r);
                    if (!columns.complete()) {
                        problems.add(
                                source,
                                r.getStartingLineNumber(),
                                null,
                                null,
                                "the header must name measure, years, la_number and value; it is " + r.getFields());
                        break;
                    }
                    continue;
                }
                if (problems.full()) {
                    break;
                }
                rows++;
                long line = r.getStartingLineNumber();
                String measureId = Columns.field(r, columns.measure());
                String years = Columns.field(r, columns.years());
                String number = Columns.field(r, columns.number());
                String valueText = Columns.field(r, columns.value());
                boolean isMissing = valueText.equals("-") || valueText.isEmpty();
                if (isMissing) {
                    missing++;
                }
                // Most rows repeat the measure and the years of the row before, known without hashing.
                Measure m = current != null && measureId.equals(current.id) ? current : measures.get(measureId);
                if (m == null) {
                    problems.add(source, line, "measure", measureId, "the measure is not in " + LaitParser.DICTIONARY);
                    continue;
                }
                if (m != current) {
                    decimals.clear(); // values repeat mostly within a measure: a cache per measure stays small
                    if (current != null) {
                        endRun(current);
                        current.seen.clear(); // kept for one measure at a time, not the whole file
                        if (sink != null) {
                            flush(current);
                        }
                    }
                    skipping = sink != null && !ended.add(m.id);
                    if (skipping) {
                        problems.add(
                                source,
                                line,
                                "measure",
                                measureId,
                                "the rows of " + m.id + " start again after other measures: reading one group"
                                        + " at a time needs each measure's rows together, as DfE publishes them");
                    }
                    m.runs.add(new Run(observations.size(), Integer.MAX_VALUE, benchmarks.size(), Integer.MAX_VALUE));
                    if (m.suffixed) {
                        index(m); // a measure met again further on: its earlier rows are keyed anew
                    }
                    current = m;
                    lastLabel = null;
                }
                if (skipping) {
                    continue;
                }
                if (years.equals("0")) {
                    skipped++; // a placeholder row with no period (CINPermExclusion), always "-"
                    continue;
                }
                Label label;
                try {
                    label = lastLabel != null && years.equals(lastYears) ? lastLabel : label(years, m.yearType);
                    lastYears = years;
                    lastLabel = label;
                } catch (IllegalArgumentException e) {
                    problems.add(source, line, "years", years, e.getMessage());
                    continue;
                }
                BigDecimal value = null;
                if (!isMissing) {
                    value = decimal(valueText);
                    if (value == null) {
                        problems.add(
                                source,
                                line,
                                "value",
                                valueText,
                                Cells.numberExpected(valueText) + ", or - for missing");
                        continue;
                    }
                    m.sawScale(value.scale());
                }
                int n = LaitAreas.number(number);
                Place place = areas.find(n, number);
                if (place == null) {
                    place = areas.addFromValues(
                            reading.share(1, number),
                            n,
                            Columns.field(r, columns.area()).strip(),
                            Columns.field(r, columns.region()).strip(),
                            line);
                    if (place == null) {
                        continue;
                    }
                }
                m.pooled |= label.period().kind() == PeriodKind.POOLED_YEARS;
                put(m, place, label, value, isMissing ? ObservationStatus.MISSING : label.status(), line, years);
            }
            if (sink != null && current != null) {
                flush(current);
            }
        } catch (CsvParseException | UncheckedIOException e) {
            problems.add(source, 0, null, null, "not readable as CSV: " + e.getMessage());
        }
    }

    /**
     * Hands on a measure's groups, one per period in the order the periods first appear (the order
     * a whole read's {@code ObservationGroup.allOf} gives), and lets its rows go.
     */
    private void flush(Measure m) {
        if (!problems.any()) {
            Map<ReportingPeriod, List<Observation>> byPeriod = new LinkedHashMap<>();
            for (Observation o : observations) {
                byPeriod.computeIfAbsent(o.period(), k -> new ArrayList<>()).add(o);
            }
            Map<ReportingPeriod, List<BenchmarkValue>> published = new HashMap<>();
            for (BenchmarkValue b : benchmarks) {
                published.computeIfAbsent(b.period(), k -> new ArrayList<>()).add(b);
            }
            var indicator = m.indicator();
            for (Map.Entry<ReportingPeriod, List<Observation>> e : byPeriod.entrySet()) {
                Set<String> former = new HashSet<>();
                for (Observation o : e.getValue()) {
                    if (!areas.isCurrent(o.areaCode())) {
                        former.add(o.areaCode());
                    }
                }
                sink.accept(new ObservationGroup(
                        indicator, e.getKey(), e.getValue(), published.getOrDefault(e.getKey(), List.of()), former));
                groupCount++;
            }
        }
        observationCount += observations.size();
        benchmarkCount += benchmarks.size();
        observations.clear();
        benchmarks.clear();
        m.runs.clear();
    }

    private void endRun(Measure m) {
        Run open = m.runs.remove(m.runs.size() - 1);
        m.runs.add(new Run(open.observationsFrom(), observations.size(), open.benchmarksFrom(), benchmarks.size()));
    }

    /** Adds a row's value, or replaces an earlier one for the same area and period of a lower standing. */
    private void put(
            Measure m, Place place, Label label, BigDecimal value, ObservationStatus status, long line, String years) {
        String code = place.area().code();
        Kind kind = Kind.of(LaitAreas.number(code));
        if (label.suffixed() && !m.suffixed) {
            m.suffixed = true;
            index(m);
        }
        Slot slot = null;
        if (m.suffixed) {
            long key = key(place.ordinal(), label.periodOrdinal());
            Slot earlier = m.seen.get(key);
            if (earlier != null) {
                skipped++;
                if (earlier.standing() == label.standing()) {
                    problems.add(
                            LaitParser.VALUES,
                            line,
                            "years",
                            years,
                            "a second value of " + m.id + " for " + code + " in " + label.period()
                                    + ": one row per measure, area and period");
                    return;
                }
                if (label.standing().compareTo(earlier.standing()) < 0) {
                    return;
                }
                slot = earlier; // a revised or final figure replaces the plain or provisional one
            }
            int index = slot != null
                    ? slot.index()
                    : kind == Kind.LOCAL_AUTHORITY ? observations.size() : benchmarks.size();
            m.seen.put(key, new Slot(kind != Kind.LOCAL_AUTHORITY, index, label.standing()));
        }
        if (kind == Kind.LOCAL_AUTHORITY) {
            Observation o = Observation.builder()
                    .indicatorId(m.id)
                    .areaCode(code)
                    .period(label.period())
                    .value(Optional.ofNullable(value))
                    .status(status)
                    .build();
            if (slot == null) {
                observations.add(o);
            } else {
                observations.set(slot.index(), o);
            }
        } else {
            BenchmarkValue b = BenchmarkValue.builder()
                    .indicatorId(m.id)
                    .period(label.period())
                    .comparator(code)
                    .type(kind == Kind.ENGLAND ? ComparatorType.ENGLAND : ComparatorType.REGION)
                    .value(Optional.ofNullable(value))
                    .build();
            if (slot == null) {
                benchmarks.add(b);
            } else {
                benchmarks.set(slot.index(), b);
            }
        }
    }

    /** The key of an area and period: two ordinals, each below 2^31. */
    private static long key(int area, int period) {
        return (long) area << 32 | period;
    }

    /**
     * Indexes the rows of a measure read so far, once the first suffixed label shows it may repeat
     * periods: only the measure's own runs of rows are read, not every row before them.
     */
    private void index(Measure m) {
        for (Run run : m.runs) {
            for (int i = run.observationsFrom(), end = Math.min(run.observationsTo(), observations.size());
                    i < end;
                    i++) {
                Observation o = observations.get(i);
                Standing standing = o.status() == ObservationStatus.PROVISIONAL ? Standing.PROVISIONAL : Standing.PLAIN;
                m.seen.put(key(areas.ordinal(o.areaCode()), periodOrdinal(o.period())), new Slot(false, i, standing));
            }
            for (int i = run.benchmarksFrom(), end = Math.min(run.benchmarksTo(), benchmarks.size()); i < end; i++) {
                BenchmarkValue b = benchmarks.get(i);
                m.seen.put(
                        key(areas.ordinal(b.comparator()), periodOrdinal(b.period())),
                        new Slot(true, i, Standing.PLAIN));
            }
        }
    }

    private int periodOrdinal(ReportingPeriod period) {
        return periodOrdinals.computeIfAbsent(period, p -> periodOrdinals.size());
    }

    /**
     * Reads one {@code years} label for a measure's year type. A bare year names the year that ends
     * in it ("2016": AY 2015/16, 2015/16, or calendar 2016); a suffix gives the status: "(prov)"
     * PROVISIONAL, "(Rev)" REVISED, "(Final)" and "(OT)" (outturn) ACTUAL.
     */
    private Label label(String text, YearType yearType) {
        Map<String, Label> cache = labels.computeIfAbsent(yearType, k -> new HashMap<>());
        Label found = cache.get(text);
        if (found != null) {
            return found;
        }
        String base = text;
        ObservationStatus status = ObservationStatus.ACTUAL;
        Standing standing = Standing.PLAIN;
        int open = text.lastIndexOf('(');
        boolean suffixed = open > 0 && text.endsWith(")");
        if (suffixed) {
            String suffix = text.substring(open + 1, text.length() - 1).strip().toLowerCase(Locale.ROOT);
            base = text.substring(0, open).strip();
            switch (suffix) {
                case "prov", "provisional" -> {
                    status = ObservationStatus.PROVISIONAL;
                    standing = Standing.PROVISIONAL;
                }
                case "rev", "revised" -> {
                    status = ObservationStatus.REVISED;
                    standing = Standing.FINAL;
                }
                case "final" -> standing = Standing.FINAL;
                case "ot" -> standing = Standing.PLAIN;
                default ->
                    throw new IllegalArgumentException(Quote.of(text) + " has the unknown suffix (" + suffix
                            + "): expected (prov), (Rev), (Final) or (OT)");
            }
        }
        ReportingPeriod period;
        if (base.length() == 4 && LaitAreas.number(base) >= 0) {
            int year = Integer.parseInt(base);
            period = switch (yearType) {
                case ACADEMIC -> AcademicYear.of(year - 1);
                case FINANCIAL -> FinancialYear.of(year - 1);
                case CALENDAR -> CalendarYear.of(year);
            };
        } else {
            period = ReportingPeriod.parse(base, yearType);
        }
        Label label = new Label(period, periodOrdinal(period), status, standing, suffixed);
        cache.put(text, label);
        return label;
    }

    private BigDecimal decimal(String text) {
        BigDecimal d = decimals.get(text);
        if (d == null) {
            d = Cells.decimal(text).orElse(null);
            if (d != null) {
                decimals.put(text, d);
            }
        }
        return d;
    }
}
