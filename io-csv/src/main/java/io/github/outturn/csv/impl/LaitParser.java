package io.github.outturn.csv.impl;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.outturn.io.Quote;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Frequency;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.period.AcademicYear;
import io.github.outturn.period.CalendarYear;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.PeriodKind;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.YearType;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads DfE's Local Authority Interactive Tool files into a dataset; the mapping and every quirk
 * handled are documented in {@code docs/lait.md}.
 *
 * <pre>{@code
 * LaitParser.Result r = new LaitParser(100).parse(Path.of("data/lait"));
 * }</pre>
 *
 * <p>Mutable, for one read on one thread.
 */
public final class LaitParser {

    /** The long-format values. */
    public static final String VALUES = "bds_long.csv.gz";
    /** The data dictionary. */
    public static final String DICTIONARY = "lait_data_dictionary.csv";
    /** The LA code list. */
    public static final String CODES = "la_code_list__Sheet1.csv";

    /** England's LA number. */
    static final String ENGLAND = "970";

    /**
     * Authorities that no longer exist: Dorset, Poole and Bournemouth (835, 836 and 837, "Pre LG" in
     * the code list, replaced by Dorset 838 and Bournemouth, Christchurch and Poole 839 on 1 April
     * 2019), Northamptonshire (928, replaced by North and West Northamptonshire on 1 April 2021) and
     * Cumbria (909, replaced by Cumberland and Westmorland and Furness on 1 April 2023).
     */
    static final Set<String> FORMER_AUTHORITIES = Set.of("835", "836", "837", "909", "928");

    /** What a load found: the dataset and the row counts. */
    public record Result(Dataset dataset, long rows, long missingRows, long skippedRows) {}

    private final Problems problems;

    /** Interned strings: each indicator id and area code is one instance however many rows name it. */
    private final Map<String, String> strings = new HashMap<>();

    /** Decimal values by their text, within one measure: repeated values share one instance. */
    private final Map<String, BigDecimal> decimals = new HashMap<>();

    /** Parsed period labels, per year type. */
    private final Map<YearType, Map<String, Label>> labels = new EnumMap<>(YearType.class);

    /**
     * A parser that reports up to {@code cap} problems.
     *
     * @param cap the most problems reported
     */
    public LaitParser(int cap) {
        this.problems = new Problems(cap);
    }

    /** Whether the folder holds the LAIT values and data dictionary. Never throws. */
    public static boolean isLaitFolder(Path folder) {
        try {
            return Files.isRegularFile(folder.resolve(VALUES)) && Files.isRegularFile(folder.resolve(DICTIONARY));
        } catch (SecurityException e) {
            return false;
        }
    }

    private String intern(String s) {
        String shared = strings.putIfAbsent(s, s);
        return shared == null ? s : shared;
    }

    // ------------------------------------------------------------------ generic table reading

    /** A table read with a header row found by one of its column names, tolerant of header case. */
    private final class Sheet {
        final String source;
        final Map<String, Integer> columns = new HashMap<>();
        final List<CsvRecord> rows = new ArrayList<>();

        Sheet(String source) {
            this.source = source;
        }

        int column(String name) {
            Integer i = columns.get(name.toLowerCase(Locale.ROOT));
            return i == null ? -1 : i;
        }

        String cell(CsvRecord r, int column) {
            return column >= 0 && column < r.getFieldCount()
                    ? r.getField(column).strip()
                    : "";
        }

        boolean require(String... names) {
            boolean ok = true;
            for (String name : names) {
                if (column(name) < 0) {
                    ok = false;
                    problems.add(
                            source,
                            0,
                            name,
                            null,
                            "the column " + name + " is missing: the header found has " + columns.keySet());
                }
            }
            return ok;
        }
    }

    private static CsvReader<CsvRecord> csv(Reader reader) {
        return CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(reader);
    }

    private static Reader utf8(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        b.mark(3);
        byte[] bom = b.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            b.reset();
        }
        return new InputStreamReader(b, StandardCharsets.UTF_8);
    }

    /** Reads a whole small table; the header is the first row whose first cell is {@code firstColumn}. */
    private Sheet sheet(Path file, String firstColumn) throws IOException {
        String source = file.getFileName().toString();
        Sheet sheet = new Sheet(source);
        try (CsvReader<CsvRecord> in = csv(utf8(Files.newInputStream(file)))) {
            boolean header = false;
            for (CsvRecord r : in) {
                if (!header) {
                    if (r.getFieldCount() > 0 && r.getField(0).strip().equalsIgnoreCase(firstColumn)) {
                        for (int i = 0; i < r.getFieldCount(); i++) {
                            sheet.columns.putIfAbsent(r.getField(i).strip().toLowerCase(Locale.ROOT), i);
                        }
                        header = true;
                    }
                    continue;
                }
                if (!r.getFields().stream().allMatch(String::isBlank)) {
                    sheet.rows.add(r);
                }
            }
            if (!header) {
                problems.add(source, 0, firstColumn, null, "no header row starting with " + firstColumn + " was found");
            }
        } catch (CsvParseException | UncheckedIOException e) {
            problems.add(source, 0, null, null, "not readable as CSV: " + e.getMessage());
        }
        return sheet;
    }

    // ------------------------------------------------------------------ the dictionary

    /** One measure of the data dictionary, and what the values showed about it. */
    private static final class Measure {
        final String id;
        final String name;
        final Polarity polarity;
        Integer decimalPlaces;
        final YearType yearType;
        boolean banded;
        final String unit;
        final String description;
        int maxScale;
        /** How many values have each scale from 0 to 6; longer ones are binary-float artefacts. */
        final int[] scales = new int[7];

        boolean pooled;
        boolean suffixed;
        final Map<Long, long[]> seen = new HashMap<>();

        /**
         * Where this measure's rows lie in the observation and benchmark lists, one run per stretch
         * of rows in the file: {observations from, to, benchmarks from, to}, the last run open (its
         * ends {@code Integer.MAX_VALUE}) while the measure's rows keep coming. {@link #index} reads
         * these instead of every row read so far.
         */
        final List<int[]> runs = new ArrayList<>();

        void startRun(int observations, int benchmarks) {
            runs.add(new int[] {observations, Integer.MAX_VALUE, benchmarks, Integer.MAX_VALUE});
        }

        void endRun(int observations, int benchmarks) {
            int[] run = runs.get(runs.size() - 1);
            run[1] = observations;
            run[3] = benchmarks;
        }

        /**
         * The decimal places a measure whose dps is NA is shown at: the commonest scale of its values
         * up to 6 (values such as 64.099999999999994 are floats written out, not 15 published
         * decimals), else the largest scale up to 10.
         */
        int usualScale() {
            int best = -1;
            for (int i = 0; i < scales.length; i++) {
                if (scales[i] > 0 && (best < 0 || scales[i] > scales[best])) {
                    best = i;
                }
            }
            return best >= 0 ? best : Math.min(maxScale, 10);
        }

        Measure(
                String id,
                String name,
                Polarity polarity,
                Integer decimalPlaces,
                YearType yearType,
                boolean banded,
                String unit,
                String description) {
            this.id = id;
            this.name = name;
            this.polarity = polarity;
            this.decimalPlaces = decimalPlaces;
            this.yearType = yearType;
            this.banded = banded;
            this.unit = unit;
            this.description = description;
        }
    }

    private static String given(String s) {
        return s.isEmpty() || s.equals("-") || s.equalsIgnoreCase("NA") ? null : s;
    }

    /** LAIT's {@code Polarity}: High, Low, or {@code -}/{@code NA} for no judgement. */
    static Polarity polarity(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "high" -> Polarity.HIGHER_IS_BETTER;
            case "low" -> Polarity.LOWER_IS_BETTER;
            case "-", "na", "" -> Polarity.NO_JUDGEMENT;
            default -> null;
        };
    }

    /**
     * LAIT's {@code Year_Type}: the academic and financial kinds as named; "Annual" (figures at 31
     * March: children looked after, in need, on plans) financial; "Annual - January" (the January
     * school census) academic; "Calendar Year" and "Annual (end of Sept)" (the 30 September workforce
     * census) calendar.
     */
    static YearType yearType(String text) {
        return switch (text.toLowerCase(Locale.ROOT).strip()) {
            case "academic year", "annual - january" -> YearType.ACADEMIC;
            case "financial year", "annual" -> YearType.FINANCIAL;
            case "calendar year", "annual (end of sept)" -> YearType.CALENDAR;
            default -> null;
        };
    }

    private Map<String, Measure> dictionary(Path folder) throws IOException {
        Sheet sheet = sheet(folder.resolve(DICTIONARY), "Measure_code");
        Map<String, Measure> measures = new LinkedHashMap<>();
        if (!sheet.require("Measure_short", "Measure", "Polarity", "dps", "Year_Type", "No_Quartile")) {
            return measures;
        }
        int cShort = sheet.column("Measure_short");
        int cName = sheet.column("Measure");
        int cTitle = sheet.column("Chart_title");
        int cPolarity = sheet.column("Polarity");
        int cDps = sheet.column("dps");
        int cYear = sheet.column("Year_Type");
        int cQuartile = sheet.column("No_Quartile");
        int cUnit = sheet.column("y_axis_name");
        int cDescription = sheet.column("Description");
        for (CsvRecord r : sheet.rows) {
            long line = r.getStartingLineNumber();
            String id = sheet.cell(r, cShort);
            if (id.isEmpty()) {
                problems.add(
                        sheet.source,
                        line,
                        "Measure_short",
                        null,
                        "a measure needs its short name, the id" + " bds_long.csv.gz uses");
                continue;
            }
            String polarityText = sheet.cell(r, cPolarity);
            Polarity polarity = polarity(polarityText);
            if (polarity == null) {
                problems.add(sheet.source, line, "Polarity", polarityText, "expected High, Low, - or NA");
            }
            String yearText = sheet.cell(r, cYear);
            YearType yearType = yearType(yearText);
            if (yearType == null) {
                problems.add(
                        sheet.source,
                        line,
                        "Year_Type",
                        yearText,
                        "expected Academic Year, Financial Year,"
                                + " Calendar Year, Annual, Annual - January or Annual (end of Sept)");
            }
            String dpsText = sheet.cell(r, cDps);
            Integer dps = null;
            if (given(dpsText) != null) {
                try {
                    dps = Integer.valueOf(dpsText);
                    if (dps < 0 || dps > 10) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    problems.add(sheet.source, line, "dps", dpsText, "expected decimal places from 0 to 10, or NA");
                }
            }
            Measure first = measures.get(id);
            if (first != null) {
                // The same measure listed again under another Topic: the first listing stands, but a
                // dps or No_Quartile it leaves NA is filled from the later one.
                if (first.decimalPlaces == null && dps != null) {
                    first.decimalPlaces = dps;
                }
                if (given(sheet.cell(r, cQuartile)) != null) {
                    first.banded = false;
                }
                continue;
            }
            if (polarity == null || yearType == null) {
                continue;
            }
            String name = given(sheet.cell(r, cName));
            if (name == null) {
                name = given(sheet.cell(r, cTitle));
            }
            String shared = intern(id);
            measures.put(
                    shared,
                    new Measure(
                            shared,
                            name,
                            polarity,
                            dps,
                            yearType,
                            given(sheet.cell(r, cQuartile)) == null,
                            given(sheet.cell(r, cUnit)),
                            given(sheet.cell(r, cDescription))));
        }
        return measures;
    }

    // ------------------------------------------------------------------ areas

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
    }

    private final Map<String, String> regionByName = new HashMap<>();

    private List<Area> areas(Path folder) throws IOException {
        List<Area> areas = new ArrayList<>();
        Path file = folder.resolve(CODES);
        if (!Files.isRegularFile(file)) {
            return areas;
        }
        Sheet sheet = sheet(file, "LA Number");
        if (!sheet.require("LA Number", "LA Name", "Region", "Type")) {
            return areas;
        }
        int cCode = sheet.column("LA Number");
        int cName = sheet.column("LA Name");
        int cRegion = sheet.column("Region");
        int cType = sheet.column("Type");
        List<CsvRecord> las = new ArrayList<>();
        for (CsvRecord r : sheet.rows) {
            String code = sheet.cell(r, cCode);
            String name = sheet.cell(r, cName);
            int n = number(code);
            if (n < 0 || name.isEmpty()) {
                problems.add(
                        sheet.source, r.getStartingLineNumber(), "LA Number", code, "expected an LA number and name");
            } else if (n == 970) {
                areas.add(Area.of(intern(code), name, AreaType.ENGLAND));
            } else if (n >= 980 && n <= 999) {
                String parent = n == 987 || n == 988 ? "986" : ENGLAND;
                areas.add(Area.builder()
                        .code(intern(code))
                        .name(name)
                        .type(AreaType.REGION)
                        .regionCode(parent)
                        .build());
                regionByName.put(normalise(name), intern(code));
            } else if (n >= 1000) {
                // 1000, "England (discontinued)": no values name it.
                continue;
            } else {
                las.add(r);
            }
        }
        // "Inner London" in the LA rows is "London (Inner)" among the regions.
        String inner = regionByName.get("london inner");
        String outer = regionByName.get("london outer");
        if (inner != null) {
            regionByName.put("inner london", inner);
        }
        if (outer != null) {
            regionByName.put("outer london", outer);
        }
        for (CsvRecord r : las) {
            String code = sheet.cell(r, cCode);
            String region = sheet.cell(r, cRegion);
            String regionCode = regionByName.get(normalise(region));
            if (regionCode == null) {
                problems.add(
                        sheet.source,
                        r.getStartingLineNumber(),
                        "Region",
                        region,
                        "no region has this name: the" + " regions are " + regionByName.keySet());
                continue;
            }
            areas.add(Area.builder()
                    .code(intern(code))
                    .name(sheet.cell(r, cName))
                    .type(AreaType.LOCAL_AUTHORITY)
                    .regionCode(regionCode)
                    .subtype(java.util.Optional.ofNullable(given(sheet.cell(r, cType))))
                    .current(!FORMER_AUTHORITIES.contains(code))
                    .build());
        }
        return areas;
    }

    private static int number(String s) {
        if (s.isEmpty() || s.length() > 6) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(s);
    }

    // ------------------------------------------------------------------ statistical neighbours

    private List<ComparatorGroup> groups(Path folder, Map<String, Area> areas) throws IOException {
        List<ComparatorGroup> groups = new ArrayList<>();
        Path file = null;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "sn_*.csv")) {
            for (Path f : files) {
                if (file == null
                        || f.getFileName()
                                        .toString()
                                        .compareTo(file.getFileName().toString())
                                > 0) {
                    file = f; // the latest model by name (sn_may_2025__...)
                }
            }
        }
        if (file == null) {
            return groups;
        }
        Sheet sheet = sheet(file, "LA num");
        if (!sheet.require("LA num", "LA Name", "SN1")) {
            return groups;
        }
        int cCode = sheet.column("LA num");
        int cName = sheet.column("LA Name");
        for (CsvRecord r : sheet.rows) {
            String code = sheet.cell(r, cCode);
            if (code.isEmpty()) {
                continue; // the "Old SNs:" label that starts the former authorities' section
            }
            if (number(code) < 0) {
                problems.add(sheet.source, r.getStartingLineNumber(), "LA num", code, "expected an LA number");
                continue;
            }
            if (!areas.isEmpty() && !areas.containsKey(code)) {
                continue; // a former authority with no values, such as Poole (Pre LG), 836
            }
            List<String> members = new ArrayList<>();
            for (int k = 1; k <= 10; k++) {
                int c = sheet.column("SN" + k);
                String member = c < 0 ? "" : sheet.cell(r, c);
                if (!member.isEmpty()) {
                    members.add(intern(member));
                }
            }
            Area area = areas.get(code);
            String name = area != null ? area.getName() : sheet.cell(r, cName);
            groups.add(ComparatorGroup.builder()
                    .id("sn-" + code)
                    .name(name + " statistical neighbours")
                    .type(ComparatorType.STATISTICAL_NEIGHBOURS)
                    .areaCode(intern(code))
                    .addAllMemberCodes(members)
                    .build());
        }
        return groups;
    }

    // ------------------------------------------------------------------ values

    /** A parsed {@code years} label: the period, the status it implies, and its precedence. */
    private record Label(ReportingPeriod period, ObservationStatus status, int rank, boolean suffixed) {}

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
        int rank = 1;
        boolean suffixed = false;
        int open = text.lastIndexOf('(');
        if (open > 0 && text.endsWith(")")) {
            String suffix = text.substring(open + 1, text.length() - 1).strip().toLowerCase(Locale.ROOT);
            base = text.substring(0, open).strip();
            suffixed = true;
            switch (suffix) {
                case "prov", "provisional" -> {
                    status = ObservationStatus.PROVISIONAL;
                    rank = 0;
                }
                case "rev", "revised" -> {
                    status = ObservationStatus.REVISED;
                    rank = 2;
                }
                case "final" -> rank = 2;
                case "ot" -> rank = 1;
                default ->
                    throw new IllegalArgumentException(Quote.of(text) + " has the unknown suffix (" + suffix
                            + "): expected (prov), (Rev), (Final) or (OT)");
            }
        }
        ReportingPeriod period;
        if (base.length() == 4 && number(base) >= 0) {
            int year = Integer.parseInt(base);
            period = switch (yearType) {
                case ACADEMIC -> AcademicYear.of(year - 1);
                case FINANCIAL -> FinancialYear.of(year - 1);
                case CALENDAR -> CalendarYear.of(year);
            };
        } else {
            period = ReportingPeriod.parse(base, yearType);
        }
        Label label = new Label(period, status, rank, suffixed);
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

    /**
     * Reads the folder.
     *
     * @param folder the LAIT folder
     * @return the dataset and counts
     * @throws IOException if a file cannot be read, or an {@link io.github.outturn.io.InvalidInputException}
     *     with every problem found
     */
    public Result parse(Path folder) throws IOException {
        Map<String, Measure> measures = dictionary(folder);
        List<Area> areaList = areas(folder);
        Map<String, Area> areas = new LinkedHashMap<>();
        areaList.forEach(a -> areas.put(a.getCode(), a));
        List<ComparatorGroup> groups = groups(folder, areas);
        problems.throwIfAny();

        List<Observation> observations = new ArrayList<>(600_000);
        List<BenchmarkValue> benchmarks = new ArrayList<>(60_000);
        Map<String, Integer> areaOrdinals = new HashMap<>();
        Map<ReportingPeriod, Integer> periodOrdinals = new HashMap<>();
        long rows = 0;
        long missing = 0;
        long skipped = 0;
        String source = VALUES;
        try (CsvReader<CsvRecord> in =
                csv(utf8(new GZIPInputStream(Files.newInputStream(folder.resolve(VALUES)), 1 << 16)))) {
            int cMeasure = -1;
            int cYears = -1;
            int cArea = -1;
            int cNumber = -1;
            int cRegion = -1;
            int cValue = -1;
            boolean header = true;
            Measure current = null;
            String lastYears = null;
            YearType lastYearType = null;
            Label lastLabel = null;
            for (CsvRecord r : in) {
                if (header) {
                    header = false;
                    for (int i = 0; i < r.getFieldCount(); i++) {
                        switch (r.getField(i).strip().toLowerCase(Locale.ROOT)) {
                            case "measure" -> cMeasure = i;
                            case "years" -> cYears = i;
                            case "area" -> cArea = i;
                            case "la_number" -> cNumber = i;
                            case "region" -> cRegion = i;
                            case "value" -> cValue = i;
                            default -> {
                                // data_item, the long title, is in the dictionary too
                            }
                        }
                    }
                    if (cMeasure < 0 || cYears < 0 || cNumber < 0 || cValue < 0) {
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
                int n = r.getFieldCount();
                String measureId = cMeasure < n ? r.getField(cMeasure) : "";
                String years = cYears < n ? r.getField(cYears) : "";
                String number = cNumber < n ? r.getField(cNumber) : "";
                String valueText = cValue < n ? r.getField(cValue) : "";
                boolean isMissing = valueText.equals("-") || valueText.isEmpty();
                if (isMissing) {
                    missing++;
                }
                // The file is sorted by measure, then years, then area: most rows repeat the measure and
                // the years of the row before, which are then known without hashing their text.
                Measure m = current != null && measureId.equals(current.id) ? current : measures.get(measureId);
                if (m == null) {
                    problems.add(source, line, "measure", measureId, "the measure is not in " + DICTIONARY);
                    continue;
                }
                if (m != current) {
                    // Values repeat mostly within a measure: a cache per measure stays small and fast.
                    decimals.clear();
                    if (current != null) {
                        current.endRun(observations.size(), benchmarks.size());
                    }
                    m.startRun(observations.size(), benchmarks.size());
                    current = m;
                }
                if (years.equals("0")) {
                    skipped++; // a placeholder row with no period (CINPermExclusion), always "-"
                    continue;
                }
                Label label;
                try {
                    label = lastLabel != null && m.yearType == lastYearType && years.equals(lastYears)
                            ? lastLabel
                            : label(years, m.yearType);
                    lastYears = years;
                    lastYearType = m.yearType;
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
                    m.maxScale = Math.max(m.maxScale, value.scale());
                    if (value.scale() >= 0 && value.scale() < m.scales.length) {
                        m.scales[value.scale()]++;
                    }
                }
                Area known = areas.get(number);
                String code = known != null ? known.getCode() : null;
                if (code == null) {
                    code = intern(number);
                    Area added = areaFromRow(r, cArea, cRegion, code, line);
                    if (added == null) {
                        continue;
                    }
                    areas.put(code, added);
                }
                m.pooled |= label.period().getKind() == PeriodKind.POOLED_YEARS;
                int type = areaType(code);
                ObservationStatus status = isMissing ? ObservationStatus.MISSING : label.status();
                Object item = type == 0
                        ? Observation.builder()
                                .indicatorId(m.id)
                                .areaCode(code)
                                .period(label.period())
                                .value(java.util.Optional.ofNullable(value))
                                .status(status)
                                .build()
                        : BenchmarkValue.builder()
                                .indicatorId(m.id)
                                .period(label.period())
                                .comparator(code)
                                .type(type == 1 ? ComparatorType.ENGLAND : ComparatorType.REGION)
                                .value(java.util.Optional.ofNullable(value))
                                .build();
                if (label.suffixed() && !m.suffixed) {
                    m.suffixed = true;
                    index(m, observations, benchmarks, areaOrdinals, periodOrdinals);
                }
                if (m.suffixed) {
                    long key = key(code, label.period(), areaOrdinals, periodOrdinals);
                    long[] earlier = m.seen.get(key);
                    if (earlier != null) {
                        skipped++;
                        if (earlier[2] == label.rank()) {
                            problems.add(
                                    source,
                                    line,
                                    "years",
                                    years,
                                    "a second value of " + m.id + " for " + code + " in " + label.period()
                                            + ": one row per measure, area and period");
                        } else if (label.rank() > earlier[2]) {
                            // A revised or final figure replaces the plain or provisional one.
                            replace(observations, benchmarks, earlier, item);
                            earlier[2] = label.rank();
                        }
                        continue;
                    }
                    m.seen.put(key, new long[] {
                        type == 0 ? 0 : 1, type == 0 ? observations.size() : benchmarks.size(), label.rank()
                    });
                }
                if (item instanceof Observation o) {
                    observations.add(o);
                } else {
                    benchmarks.add((BenchmarkValue) item);
                }
            }
        } catch (CsvParseException | UncheckedIOException e) {
            problems.add(source, 0, null, null, "not readable as CSV: " + e.getMessage());
        }
        problems.throwIfAny();
        List<Indicator> indicators = new ArrayList<>(measures.size());
        for (Measure m : measures.values()) {
            indicators.add(Indicator.builder()
                    .id(m.id)
                    .name(m.name == null ? m.id : m.name)
                    .unit(java.util.Optional.ofNullable(m.unit))
                    .decimalPlaces(m.decimalPlaces != null ? m.decimalPlaces : m.usualScale())
                    .polarity(m.polarity)
                    .frequency(m.pooled ? Frequency.MULTI_YEAR : Frequency.ANNUAL)
                    .yearType(m.yearType)
                    .quartileBanded(m.banded)
                    .description(java.util.Optional.ofNullable(m.description))
                    .build());
            m.seen.clear();
            m.runs.clear();
        }
        Dataset dataset = Dataset.builder()
                .addAllIndicators(indicators)
                .addAllAreas(areas.values())
                .addAllComparatorGroups(groups)
                .build()
                // with* copies a large list once at its size; the builder grows one and copies it again.
                .withObservations(observations)
                .withBenchmarks(benchmarks);
        return new Result(dataset, rows, missing, skipped);
    }

    /** 0 for a local authority, 1 for England, 2 for a region. */
    private static int areaType(String code) {
        int n = number(code);
        if (n == 970) {
            return 1;
        }
        return n >= 980 && n <= 999 ? 2 : 0;
    }

    private Area areaFromRow(CsvRecord r, int cArea, int cRegion, String code, long line) {
        String name =
                cArea >= 0 && cArea < r.getFieldCount() ? r.getField(cArea).strip() : "";
        if (name.isEmpty() || number(code) < 0) {
            problems.add(VALUES, line, "la_number", code, "expected an LA number with an area name");
            return null;
        }
        int type = areaType(code);
        if (type == 1) {
            return Area.of(code, name, AreaType.ENGLAND);
        }
        if (type == 2) {
            return Area.builder()
                    .code(code)
                    .name(name)
                    .type(AreaType.REGION)
                    .regionCode(ENGLAND)
                    .build();
        }
        String region = cRegion >= 0 && cRegion < r.getFieldCount()
                ? r.getField(cRegion).strip()
                : "";
        return Area.builder()
                .code(code)
                .name(name)
                .type(AreaType.LOCAL_AUTHORITY)
                .regionCode(java.util.Optional.ofNullable(regionByName.get(normalise(region))))
                .current(!FORMER_AUTHORITIES.contains(code))
                .build();
    }

    private static long key(
            String code,
            ReportingPeriod period,
            Map<String, Integer> areaOrdinals,
            Map<ReportingPeriod, Integer> periods) {
        Integer a = areaOrdinals.get(code);
        if (a == null) {
            a = areaOrdinals.size();
            areaOrdinals.put(code, a);
        }
        Integer p = periods.get(period);
        if (p == null) {
            p = periods.size();
            periods.put(period, p);
        }
        // Area ordinals stay below 2^12 and period ordinals below 2^20, so the key is unique and its
        // Long hash (the two halves XORed) spreads well.
        return (long) a << 20 | p;
    }

    /**
     * Indexes the rows of a measure read so far, once the first suffixed label shows it may repeat
     * periods: only the measure's own runs of rows are read, not every row before them.
     */
    private static void index(
            Measure m,
            List<Observation> observations,
            List<BenchmarkValue> benchmarks,
            Map<String, Integer> areaOrdinals,
            Map<ReportingPeriod, Integer> periods) {
        for (int[] run : m.runs) {
            for (int i = run[0], end = Math.min(run[1], observations.size()); i < end; i++) {
                Observation o = observations.get(i);
                m.seen.put(
                        key(o.getAreaCode(), o.getPeriod(), areaOrdinals, periods),
                        new long[] {0, i, rank(o.getStatus())});
            }
            for (int i = run[2], end = Math.min(run[3], benchmarks.size()); i < end; i++) {
                BenchmarkValue b = benchmarks.get(i);
                m.seen.put(key(b.getComparator(), b.getPeriod(), areaOrdinals, periods), new long[] {1, i, 1});
            }
        }
    }

    private static int rank(ObservationStatus status) {
        return status == ObservationStatus.PROVISIONAL ? 0 : 1;
    }

    private static void replace(
            List<Observation> observations, List<BenchmarkValue> benchmarks, long[] at, Object item) {
        if (at[0] == 0) {
            observations.set((int) at[1], (Observation) item);
        } else {
            benchmarks.set((int) at[1], (BenchmarkValue) item);
        }
    }
}
