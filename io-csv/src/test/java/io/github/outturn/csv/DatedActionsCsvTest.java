package io.github.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.outturn.io.InputProblem;
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

/** actions.csv with dates and milestones.csv: hand-written golden files both ways, bad cells located. */
class DatedActionsCsvTest {

    private static final List<String> TABLES = List.of("actions.csv", "milestones.csv");
    private final CsvFormat csv = new CsvFormat();

    @TempDir
    Path dir;

    static String golden(String table) throws IOException {
        return GoldenTables.golden("dated/", table);
    }

    @Test
    void test_write_matchesTheGoldenFiles() throws IOException {
        GoldenTables.assertWrites(csv, SampleDatasets.datedActions(), dir, "dated/", TABLES);
    }

    @Test
    void test_roundTrip_losslessThroughTheFolder() throws IOException {
        Dataset sample = SampleDatasets.datedActions();
        csv.write(sample, dir);
        assertThat(csv.read(dir)).isEqualTo(sample);
    }

    @Test
    void test_read_goldenFilesGiveTheSamplesActionsAndMilestones() throws IOException {
        for (String table : TABLES) {
            Files.writeString(dir.resolve(table), golden(table), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("priorities.csv"), "id,name\nP1,A\nP2,B\n");
        Dataset read = csv.read(dir);
        assertThat(read.actions())
                .containsExactlyElementsOf(SampleDatasets.datedActions().actions());
        assertThat(read.milestones())
                .containsExactlyElementsOf(SampleDatasets.datedActions().milestones());
    }

    @Test
    void test_read_badCellsLocatedAllAtOnce() throws IOException {
        Files.writeString(
                dir.resolve("actions.csv"), "id,title,priorities,due_date,percent_complete\nA1,T,P1,31/03/2017,120\n");
        Files.writeString(
                dir.resolve("milestones.csv"), "action,description,due,done,done_on\nA1,Step,2017-02-30,maybe,\n");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> csv.read(dir));
        List<String> places = e.problems().stream()
                .map(p -> p.source() + ":" + p.line().orElse(0) + " "
                        + p.field().orElse("") + " " + p.value().orElse(""))
                .toList();
        assertThat(places)
                .containsExactlyInAnyOrder(
                        "actions.csv:2 due_date 31/03/2017",
                        "actions.csv:2 percent_complete 120",
                        "milestones.csv:2 due 2017-02-30",
                        "milestones.csv:2 done maybe");
        assertThat(e.problems().stream().map(InputProblem::getMessage))
                .anyMatch(m -> m.contains("expected a whole number from 0 to 100"));
    }
}
