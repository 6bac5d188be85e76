package io.github.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.outturn.json.OutturnJson;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Observation;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.testkit.OutturnGenerators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CsvPropertyTest {

    private static final CsvFormat CSV = new CsvFormat();

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
     * JSON -> CSV -> JSON is lossless for every dataset of the whole model and awkward text: the JSON document read back
     * from the CSV tables is the same, byte for byte, as the one they were written from.
     */
    @Test
    void property_jsonToCsvToJsonIsLossless() {
        qt().withFixedSeed(20_261_202L)
                .withExamples(200)
                .forAll(OutturnGenerators.datasets())
                .checkAssert(ds -> {
                    String json = JSON.writeDatasetAsString(ds);
                    try {
                        Dataset fromJson = JSON.readDataset(
                                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "generated.json");
                        assertThat(JSON.writeDatasetAsString(roundTrip(fromJson)))
                                .isEqualTo(json);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Test
    void property_writtenThenReadDatasetsAreEqual() {
        qt().withFixedSeed(20_141_015L)
                .withExamples(150)
                .forAll(OutturnGenerators.datasets())
                .checkAssert(ds -> assertThat(roundTrip(ds)).isEqualTo(ds));
    }

    @Test
    void property_decimalsKeepTheirScale() {
        qt().withFixedSeed(7L)
                .withExamples(300)
                .forAll(OutturnGenerators.decimals())
                .checkAssert(v -> {
                    Dataset ds = Dataset.builder()
                            .addObservations(Observation.of("ind", "356", FinancialYear.of(2014), v))
                            .build();
                    BigDecimal back =
                            roundTrip(ds).observations().get(0).value().orElseThrow();
                    assertThat(back.scale()).isEqualTo(v.scale());
                    assertThat(back).isEqualTo(v);
                });
    }
}
