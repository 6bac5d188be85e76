package io.github.outturn.csv.impl;

import static io.github.outturn.csv.impl.LaitSheet.given;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.outturn.model.Frequency;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Polarity;
import io.github.outturn.period.YearType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * LAIT's data dictionary ({@code lait_data_dictionary.csv}): one {@link Measure} per measure, whose
 * values then tell the rest (the decimal places of a measure whose {@code dps} is NA, whether it
 * has pooled years).
 *
 * <p>{@code Map<String, LaitDictionary.Measure> measures = LaitDictionary.read(file, reading, problems);}
 *
 * <p>Stateless; each {@link Measure} is mutable, for one read on one thread.
 */
final class LaitDictionary {

    private LaitDictionary() {}

    /** One measure of the data dictionary, and what the values showed about it. */
    static final class Measure {
        final String id;
        final String name;
        final Polarity polarity;
        final YearType yearType;
        final String unit;
        final String description;
        Integer decimalPlaces;
        boolean banded;

        /** The largest scale of a value, and how many values have each scale from 0 to 6. */
        int maxScale;

        final int[] scales = new int[7];
        /** Whether a value is for pooled years. */
        boolean pooled;
        /** Whether a label with a suffix ("2016 (Rev)") showed that periods may repeat; see {@link LaitValues}. */
        boolean suffixed;

        /** Where each (area, period) of a suffixed measure was put, while its rows are read. */
        final Map<Long, LaitValues.Slot> seen = new HashMap<>();
        /** Where this measure's rows lie in the observation and benchmark lists, one run per stretch of the file. */
        final List<LaitValues.Run> runs = new ArrayList<>();

        Measure(
                String id,
                String name,
                Polarity polarity,
                Integer dps,
                YearType yearType,
                boolean banded,
                String unit,
                String description) {
            this.id = id;
            this.name = name;
            this.polarity = polarity;
            this.decimalPlaces = dps;
            this.yearType = yearType;
            this.banded = banded;
            this.unit = unit;
            this.description = description;
        }

        /** Counts a value's scale. */
        void sawScale(int scale) {
            maxScale = Math.max(maxScale, scale);
            if (scale >= 0 && scale < scales.length) {
                scales[scale]++;
            }
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

        /** The indicator this measure became. */
        Indicator indicator() {
            return Indicator.builder()
                    .id(id)
                    .name(name == null ? id : name)
                    .unit(Optional.ofNullable(unit))
                    .decimalPlaces(decimalPlaces != null ? decimalPlaces : usualScale())
                    .polarity(polarity)
                    .frequency(pooled ? Frequency.MULTI_YEAR : Frequency.ANNUAL)
                    .yearType(yearType)
                    .quartileBanded(banded)
                    .description(Optional.ofNullable(description))
                    .build();
        }
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

    /** The decimal places a {@code dps} cell gives, {@code null} for NA, after reporting a malformed one. */
    private static Integer dps(LaitSheet sheet, long line, String text, Problems problems) {
        if (given(text) == null) {
            return null;
        }
        try {
            int dps = Integer.parseInt(text);
            if (dps >= 0 && dps <= 10) {
                return dps;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(sheet.source, line, "dps", text, "expected decimal places from 0 to 10, or NA");
        return null;
    }

    /**
     * Reads the dictionary.
     *
     * @param file the dictionary
     * @param reading shares the ids
     * @param problems where each malformed row is reported
     * @return the measures by id, in the dictionary's order
     * @throws IOException if the file cannot be read
     */
    static Map<String, Measure> read(Path file, Reading reading, Problems problems) throws IOException {
        LaitSheet sheet = LaitSheet.read(file, "Measure_code", problems);
        Map<String, Measure> measures = new LinkedHashMap<>();
        if (!sheet.require("Measure_short", "Measure", "Polarity", "dps", "Year_Type", "No_Quartile")) {
            return measures;
        }
        int cShort = sheet.column("Measure_short");
        int cQuartile = sheet.column("No_Quartile");
        for (CsvRecord r : sheet.rows) {
            long line = r.getStartingLineNumber();
            String id = sheet.cell(r, cShort);
            if (id.isEmpty()) {
                problems.add(
                        sheet.source,
                        line,
                        "Measure_short",
                        null,
                        "a measure needs its short name, the id bds_long.csv.gz uses");
                continue;
            }
            String polarityText = sheet.cell(r, sheet.column("Polarity"));
            Polarity polarity = polarity(polarityText);
            if (polarity == null) {
                problems.add(sheet.source, line, "Polarity", polarityText, "expected High, Low, - or NA");
            }
            String yearText = sheet.cell(r, sheet.column("Year_Type"));
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
            Integer dps = dps(sheet, line, sheet.cell(r, sheet.column("dps")), problems);
            boolean banded = given(sheet.cell(r, cQuartile)) == null;
            Measure first = measures.get(id);
            if (first != null) {
                // The same measure listed again under another Topic: the first listing stands, but a
                // dps or No_Quartile it leaves NA is filled from the later one.
                if (first.decimalPlaces == null && dps != null) {
                    first.decimalPlaces = dps;
                }
                first.banded &= banded;
                continue;
            }
            if (polarity == null || yearType == null) {
                continue;
            }
            String name = given(sheet.cell(r, sheet.column("Measure")));
            if (name == null) {
                name = given(sheet.cell(r, sheet.column("Chart_title")));
            }
            String shared = reading.share(0, id);
            measures.put(
                    shared,
                    new Measure(
                            shared,
                            name,
                            polarity,
                            dps,
                            yearType,
                            banded,
                            given(sheet.cell(r, sheet.column("y_axis_name"))),
                            given(sheet.cell(r, sheet.column("Description")))));
        }
        return measures;
    }
}
