package io.github.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The hand-written golden tables under {@code src/test/resources/golden/}, read and compared in one
 * place: {@code GoldenTables.assertWrites(CsvFormat, sample, dir, "finance/", List.of("budgets.csv"))}.
 */
final class GoldenTables {

    private GoldenTables() {}

    /** The golden text of {@code table} in {@code folder} ({@code ""} for the top folder, else {@code "finance/"}). */
    static String golden(String folder, String table) throws IOException {
        try (InputStream in = GoldenTables.class.getResourceAsStream("/golden/" + folder + table)) {
            assertThat(in).as("golden file " + folder + table).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Writes {@code dataset} to {@code dir} and asserts each table equals its golden file. Golden files
     * are kept with LF line ends in git; the format writes CRLF (RFC 4180), so line ends are compared
     * apart, and every written line must end in CRLF with no bare LF or CR.
     */
    static void assertWrites(CsvFormat csv, Dataset dataset, Path dir, String folder, List<String> tables)
            throws IOException {
        csv.write(dataset, dir);
        for (String table : tables) {
            String written = Files.readString(dir.resolve(table), StandardCharsets.UTF_8);
            assertThat(written.replace("\r\n", "\n"))
                    .as(table)
                    .isEqualTo(golden(folder, table).replace("\r\n", "\n"));
            assertThat(written).as(table + " line ends").endsWith("\r\n").doesNotContain("\n\n");
            assertThat(written.replace("\r\n", ""))
                    .as(table + " has no bare LF outside quotes")
                    .doesNotContain("\r");
        }
    }
}
