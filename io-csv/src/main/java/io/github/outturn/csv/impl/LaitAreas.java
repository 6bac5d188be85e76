package io.github.outturn.csv.impl;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * LAIT's areas and comparator groups: England, the regions and the local authorities of the LA code
 * list ({@code la_code_list__Sheet1.csv}), those the values name that the list leaves out, and the
 * statistical neighbour groups of the latest model ({@code sn_*.csv}). An area is found by its LA
 * number without hashing its text, since every value row names one.
 *
 * <p>{@code LaitAreas areas = new LaitAreas(reading, problems); areas.readCodeList(folder);}
 *
 * <p>Mutable, for one read on one thread.
 */
final class LaitAreas {

    /** England's LA number. */
    static final String ENGLAND = "970";

    /**
     * Authorities that no longer exist: Dorset, Poole and Bournemouth (835, 836 and 837, "Pre LG" in
     * the code list, replaced by Dorset 838 and Bournemouth, Christchurch and Poole 839 on 1 April
     * 2019), Northamptonshire (928, replaced by North and West Northamptonshire on 1 April 2021) and
     * Cumbria (909, replaced by Cumberland and Westmorland and Furness on 1 April 2023).
     */
    static final Set<String> FORMER_AUTHORITIES = Set.of("835", "836", "837", "909", "928");

    /** What an LA number stands for: a value for an authority is an observation, the others benchmarks. */
    enum Kind {
        LOCAL_AUTHORITY,
        ENGLAND,
        REGION;

        /** The kind of LA number {@code n}: 970 England, 980 to 999 the regions, any other an authority. */
        static Kind of(int n) {
            if (n == 970) {
                return ENGLAND;
            }
            return n >= 980 && n <= 999 ? REGION : LOCAL_AUTHORITY;
        }
    }

    /** An area and its ordinal in the order found, which keys it without hashing its code. */
    record Place(Area area, int ordinal) {}

    private final Reading reading;
    private final Problems problems;
    private final Map<String, String> regionByName = new HashMap<>();
    /** The areas in the order found, by code. */
    private final Map<String, Place> areas = new LinkedHashMap<>();
    /** The areas by LA number below 1000, for the row loop. */
    private final Place[] byNumber = new Place[1000];

    LaitAreas(Reading reading, Problems problems) {
        this.reading = reading;
        this.problems = problems;
    }

    /** Every area found, in order. */
    List<Area> all() {
        return areas.values().stream().map(Place::area).toList();
    }

    private Place add(Area area) {
        Place earlier = areas.get(area.code());
        Place place = new Place(area, earlier == null ? areas.size() : earlier.ordinal());
        areas.put(area.code(), place);
        int n = number(area.code());
        if (n >= 0 && n < byNumber.length) {
            byNumber[n] = place;
        }
        return place;
    }

    /** The area with this code (whose LA number is {@code number}), or {@code null}. */
    Place find(int number, String code) {
        Place place = number >= 0 && number < byNumber.length ? byNumber[number] : null;
        return place != null && place.area().code().equals(code) ? place : areas.get(code);
    }

    /** Whether an area found already still exists ({@code Area.current()}). */
    boolean isCurrent(String code) {
        return areas.get(code).area().current();
    }

    /** The ordinal of an area found already. */
    int ordinal(String code) {
        return areas.get(code).ordinal();
    }

    /** An LA number of up to six digits, or -1. */
    static int number(String s) {
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

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
    }

    /** Reads the LA code list, if the folder has one. */
    void readCodeList(Path folder) throws IOException {
        Path file = folder.resolve(LaitParser.CODES);
        if (!Files.isRegularFile(file)) {
            return;
        }
        LaitSheet sheet = LaitSheet.read(file, "LA Number", problems);
        if (!sheet.require("LA Number", "LA Name", "Region", "Type")) {
            return;
        }
        int cCode = sheet.column("LA Number");
        int cName = sheet.column("LA Name");
        List<CsvRecord> las = new ArrayList<>();
        for (CsvRecord r : sheet.rows) {
            String code = sheet.cell(r, cCode);
            String name = sheet.cell(r, cName);
            int n = number(code);
            if (n < 0 || name.isEmpty()) {
                problems.add(
                        sheet.source, r.getStartingLineNumber(), "LA Number", code, "expected an LA number and name");
            } else if (n >= 1000) {
                continue; // 1000, "England (discontinued)": no values name it.
            } else if (Kind.of(n) == Kind.ENGLAND) {
                add(Area.of(reading.share(1, code), name, AreaType.ENGLAND));
            } else if (Kind.of(n) == Kind.REGION) {
                String parent = n == 987 || n == 988 ? "986" : ENGLAND;
                add(Area.builder()
                        .code(reading.share(1, code))
                        .name(name)
                        .type(AreaType.REGION)
                        .regionCode(parent)
                        .build());
                regionByName.put(normalise(name), reading.share(1, code));
            } else {
                las.add(r);
            }
        }
        // "Inner London" in the LA rows is "London (Inner)" among the regions.
        Optional.ofNullable(regionByName.get("london inner")).ifPresent(c -> regionByName.put("inner london", c));
        Optional.ofNullable(regionByName.get("london outer")).ifPresent(c -> regionByName.put("outer london", c));
        for (CsvRecord r : las) {
            String code = sheet.cell(r, cCode);
            String region = sheet.cell(r, sheet.column("Region"));
            String regionCode = regionByName.get(normalise(region));
            if (regionCode == null) {
                problems.add(
                        sheet.source,
                        r.getStartingLineNumber(),
                        "Region",
                        region,
                        "no region has this name: the regions are " + regionByName.keySet());
                continue;
            }
            add(Area.builder()
                    .code(reading.share(1, code))
                    .name(sheet.cell(r, cName))
                    .type(AreaType.LOCAL_AUTHORITY)
                    .regionCode(regionCode)
                    .subtype(Optional.ofNullable(LaitSheet.given(sheet.cell(r, sheet.column("Type")))))
                    .current(!FORMER_AUTHORITIES.contains(code))
                    .build());
        }
    }

    /**
     * Adds an area a value row names that the code list does not have.
     *
     * @return the area, or {@code null} after reporting a row without an LA number and name
     */
    Place addFromValues(String code, int number, String name, String region, long line) {
        if (name.isEmpty() || number < 0) {
            problems.add(LaitParser.VALUES, line, "la_number", code, "expected an LA number with an area name");
            return null;
        }
        Area area = switch (Kind.of(number)) {
            case ENGLAND -> Area.of(code, name, AreaType.ENGLAND);
            case REGION ->
                Area.builder()
                        .code(code)
                        .name(name)
                        .type(AreaType.REGION)
                        .regionCode(ENGLAND)
                        .build();
            case LOCAL_AUTHORITY ->
                Area.builder()
                        .code(code)
                        .name(name)
                        .type(AreaType.LOCAL_AUTHORITY)
                        .regionCode(Optional.ofNullable(regionByName.get(normalise(region))))
                        .current(!FORMER_AUTHORITIES.contains(code))
                        .build();
        };
        return add(area);
    }

    /** Reads the statistical neighbour groups of the latest model in the folder (by file name), if any. */
    List<ComparatorGroup> readNeighbours(Path folder) throws IOException {
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
        LaitSheet sheet = LaitSheet.read(file, "LA num", problems);
        if (!sheet.require("LA num", "LA Name", "SN1")) {
            return groups;
        }
        int cCode = sheet.column("LA num");
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
                    members.add(reading.share(1, member));
                }
            }
            Place place = areas.get(code);
            String name = place != null ? place.area().name() : sheet.cell(r, sheet.column("LA Name"));
            groups.add(ComparatorGroup.builder()
                    .id("sn-" + code)
                    .name(name + " statistical neighbours")
                    .type(ComparatorType.STATISTICAL_NEIGHBOURS)
                    .areaCode(reading.share(1, code))
                    .addAllMemberCodes(members)
                    .build());
        }
        return groups;
    }
}
