package io.github.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.Dataset;
import io.github.outturn.testkit.SampleDatasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** budgets.csv and savings.csv: golden files both ways, another currency, bad amounts located. */
class FinanceCsvTest {

    private static final List<String> TABLES = List.of("budgets.csv", "savings.csv");
    private final CsvFormat csv = new CsvFormat();

    @TempDir
    Path dir;

    static String golden(String table) throws IOException {
        return GoldenTables.golden("finance/", table);
    }

    @Test
    void test_write_matchesTheGoldenFiles() throws IOException {
        GoldenTables.assertWrites(csv, SampleDatasets.finance(), dir, "finance/", TABLES);
    }

    @Test
    void test_read_goldenFilesGiveTheSample() throws IOException {
        for (String table : TABLES) {
            Files.writeString(dir.resolve(table), golden(table), StandardCharsets.UTF_8);
        }
        assertThat(csv.read(dir)).isEqualTo(SampleDatasets.finance());
    }

    @Test
    void test_roundTrip_otherCurrencyAndPoundSign() throws IOException {
        Files.writeString(
                dir.resolve("budgets.csv"),
                "portfolio,service,year,period,budget,forecast\n" + "P,S,2016/17,2016/17 Q1,EUR 10.5,\"£1,000\"\n");
        Dataset ds = csv.read(dir);
        assertThat(ds.budgetLines().get(0).budget().toString()).isEqualTo("EUR 10.50");
        assertThat(ds.budgetLines().get(0).forecast().toString()).isEqualTo("GBP 1000.00");
        Path out = dir.resolve("out");
        csv.write(ds, out);
        assertThat(Files.readString(out.resolve("budgets.csv"))).contains("EUR 10.50,1000.00");
        assertThat(csv.read(out)).isEqualTo(ds);
    }

    @Test
    void test_read_badCellsAreLocatedProblems() throws IOException {
        Files.writeString(
                dir.resolve("savings.csv"),
                "reference,title,portfolio,year,period,required,forecast,status\n"
                        + "S1,T,P,2016/17 Q1,2016/17 Q1,10.005,12;5,purple\n");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> csv.read(dir));
        assertThat(e.problems())
                .extracting(Object::toString)
                .anySatisfy(p -> assertThat(p).startsWith("savings.csv:2: year \"2016/17 Q1\""))
                .anySatisfy(p -> assertThat(p).contains("more decimal places than GBP has (2)"))
                .anySatisfy(p -> assertThat(p).contains("Not an amount of money: \"12;5\""))
                .anySatisfy(p -> assertThat(p).contains("expected one of blue, green, amber, red"));
    }
}
