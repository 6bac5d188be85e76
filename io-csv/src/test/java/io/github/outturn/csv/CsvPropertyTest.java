package io.github.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.outturn.json.OutturnJson;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Theme;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.YearType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CsvPropertyTest {

    private static final CsvFormat CSV = new CsvFormat();

    /**
     * Characters that stress CSV and spreadsheets: separators, quotes, line breaks, blanks and
     * controls, formula starters, characters beyond the BMP.
     */
    private static final List<String> CHARS = List.of(
            "a",
            "Z",
            "7",
            " ",
            ",",
            ";",
            "\"",
            "'",
            "\n",
            "\r",
            "=",
            "+",
            "-",
            "@",
            "é",
            "€",
            "\t",
            "/",
            "(",
            "\u0000",
            "\u00A0",
            "\uFEFF",
            "\uD83D\uDE00",
            ".");

    /** Free text of every awkward kind: empty, blank, padded, control characters, formula-like. */
    static Gen<String> text() {
        return lists().of(arbitrary().pick(CHARS)).ofSizeBetween(0, 12).map(cs -> String.join("", cs));
    }

    /** An id: text that is not empty (ids are required). */
    private static Gen<String> id() {
        return text().map(s -> s.isEmpty() ? "x" : s);
    }

    /** A decimal with its scale: unscaled value and scale chosen independently, negatives included. */
    private static Gen<BigDecimal> decimal() {
        return longs().between(-10_000_000L, 10_000_000L)
                .zip(integers().between(0, 4), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    }

    private static Gen<ReportingPeriod> period() {
        return integers()
                .between(2000, 2030)
                .zip(
                        integers().between(0, 4),
                        (year, q) -> q == 0 ? FinancialYear.of(year) : FinancialQuarter.of(year, q));
    }

    /** Themes with distinct ids, so that a dataset stays valid. */
    private static List<Theme> distinct(List<Theme> themes) {
        Map<String, Theme> byId = new LinkedHashMap<>();
        themes.forEach(t -> byId.putIfAbsent(t.getId(), t));
        return List.copyOf(byId.values());
    }

    private static Gen<Observation> observation() {
        return period().zip(decimal(), arbitrary().enumValues(ObservationStatus.class), text(), (p, v, s, note) -> {
            var b = Observation.builder()
                    .indicatorId("ind")
                    .areaCode("356")
                    .period(p)
                    .status(s)
                    .note(note);
            if (s.hasValue()) {
                b.value(v).numerator(v.abs()).denominator(v.abs().add(BigDecimal.TEN));
            }
            return b.build();
        });
    }

    private static Theme theme(String id, String name) {
        return Theme.builder().id(id).name(name).description(name + id).build();
    }

    private static Gen<Dataset> dataset() {
        Gen<List<Theme>> themes =
                lists().of(id().zip(text(), CsvPropertyTest::theme)).ofSizeBetween(0, 4);
        Gen<List<Observation>> observations = lists().of(observation()).ofSizeBetween(0, 6);
        Gen<Indicator> indicator = text().zip(
                        arbitrary().enumValues(Polarity.class),
                        integers().between(0, 10),
                        arbitrary().enumValues(YearType.class),
                        (name, polarity, dps, yearType) -> (Indicator) Indicator.builder()
                                .id("ind")
                                .name(name)
                                .unit(name)
                                .polarity(polarity)
                                .decimalPlaces(dps)
                                .yearType(YearType.FINANCIAL)
                                .quartileBanded(yearType != YearType.CALENDAR)
                                .build());
        return themes.zip(
                observations,
                indicator,
                text(),
                (ts, os, ind, areaName) -> Dataset.builder()
                        .addAllThemes(distinct(ts))
                        .addIndicators(ind)
                        .addAllObservations(os)
                        .addAreas(Area.builder()
                                .code("356")
                                .name(areaName)
                                .type(AreaType.LOCAL_AUTHORITY)
                                .subtype(areaName)
                                .build())
                        .build());
    }

    private static Dataset roundTrip(Dataset ds) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("outturn-csv-property");
            CSV.write(ds, dir);
            return CSV.read(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.toList());
            all.sort(Comparator.reverseOrder());
            for (Path p : all) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final OutturnJson JSON = OutturnJson.standard();

    /**
     * JSON -> CSV -> JSON is lossless for every dataset of awkward text: the JSON document read back
     * from the CSV tables is the same, byte for byte, as the one they were written from.
     */
    @Test
    void property_jsonToCsvToJsonIsLossless() {
        qt().withFixedSeed(20_261_202L).withExamples(200).forAll(dataset()).checkAssert(ds -> {
            String json = JSON.writeDatasetAsString(ds);
            try {
                Dataset fromJson = JSON.readDataset(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "generated.json");
                assertThat(JSON.writeDatasetAsString(roundTrip(fromJson))).isEqualTo(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void property_writtenThenReadDatasetsAreEqual() {
        qt().withFixedSeed(20_141_015L)
                .withExamples(150)
                .forAll(dataset())
                .checkAssert(ds -> assertThat(roundTrip(ds)).isEqualTo(ds));
    }

    @Test
    void property_decimalsKeepTheirScale() {
        qt().withFixedSeed(7L).withExamples(300).forAll(decimal()).checkAssert(v -> {
            Dataset ds = Dataset.builder()
                    .addObservations(Observation.of("ind", "356", FinancialYear.of(2014), v))
                    .build();
            BigDecimal back = roundTrip(ds).getObservations().get(0).getValue().orElseThrow();
            assertThat(back.scale()).isEqualTo(v.scale());
            assertThat(back).isEqualTo(v);
        });
    }
}
