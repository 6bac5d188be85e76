package io.github.outturn.csv.impl;

import static io.github.outturn.csv.impl.CellType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.io.InputProblem;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.ImmutableDataset;
import io.github.outturn.model.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a field to the CSV format is one line in a table's mapping: the worked example of
 * docs/architecture.md ("Adding a field"), kept true here. A table of themes without descriptions
 * gains the column with one {@code .optional(...)} line, and its header, its reading (with located
 * problems) and its writing all follow from that line.
 */
class TableMappingTest {

    @TempDir
    Path dir;

    /** The table before the field was added. */
    private static final TableMapping<Theme> BEFORE = TableMapping.of(
                    "themes.csv", Theme::builder, b -> b.build(), Dataset::themes, ImmutableDataset::withThemes)
            .required("id", TEXT, Theme::id, (b, v) -> b.id(v))
            .required("name", TEXT, Theme::name, (b, v) -> b.name(v))
            .build();

    /** The same table with the field added: the one line the example shows. */
    private static final TableMapping<Theme> AFTER = TableMapping.of(
                    "themes.csv", Theme::builder, b -> b.build(), Dataset::themes, ImmutableDataset::withThemes)
            .required("id", TEXT, Theme::id, (b, v) -> b.id(v))
            .required("name", TEXT, Theme::name, (b, v) -> b.name(v))
            .optional("description", TEXT, Theme::description, (b, v) -> b.description(v))
            .build();

    private final Theme theme = Theme.builder()
            .id("T1")
            .name("Safe, healthy children")
            .description("=HYPERLINK(\"x\")") // a formula, which writing must neutralise
            .build();

    private List<String> write(TableMapping<Theme> table, List<Theme> themes) throws IOException {
        Path file = dir.resolve(table.file());
        Problems problems = new Problems(10);
        try (TableWriter out = TableWriter.open(file, table, false, problems)) {
            for (Theme t : themes) {
                out.row(table.cells(t, out));
            }
        }
        assertThat(problems.list()).isEmpty();
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private List<Theme> read(TableMapping<Theme> table, Problems problems) throws IOException {
        List<Theme> themes = new ArrayList<>();
        try (TableReader in = TableReader.open(dir.resolve(table.file()), table, problems)) {
            Reading reading = new Reading();
            for (Row row = in.next(); row != null; row = in.next()) {
                Theme t = table.read(row, reading);
                if (t != null) {
                    themes.add(t);
                }
            }
        }
        return themes;
    }

    @Test
    void theAddedLineGivesTheHeaderTheColumnAndWritingTheValue() throws IOException {
        assertThat(BEFORE.names()).containsExactly("id", "name");
        assertThat(AFTER.names()).containsExactly("id", "name", "description");
        // Worked by hand: the header, then the row; the formula gets CsvEscaping's leading apostrophe
        // and, holding quotes, is quoted with the quotes doubled (RFC 4180).
        assertThat(write(AFTER, List.of(theme)))
                .containsExactly("id,name,description", "T1,\"Safe, healthy children\",\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void readingFollowsFromTheSameLineAndGivesBackWhatWasWritten() throws IOException {
        write(AFTER, List.of(theme));
        Problems problems = new Problems(10);
        assertThat(read(AFTER, problems)).containsExactly(theme);
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void aFileWrittenBeforeTheFieldWasAddedStillReads() throws IOException {
        write(BEFORE, List.of(theme));
        Problems problems = new Problems(10);
        assertThat(read(AFTER, problems))
                .containsExactly(
                        Theme.builder().id("T1").name("Safe, healthy children").build());
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void aFileWithTheNewColumnIsRefusedByTheTableWithoutIt() throws IOException {
        write(AFTER, List.of(theme));
        Problems problems = new Problems(10);
        assertThat(read(BEFORE, problems)).isEmpty();
        assertThat(problems.list())
                .extracting(InputProblem::field, InputProblem::getMessage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        java.util.Optional.of("description"),
                        "unknown column: the columns of themes.csv are id, name"));
    }
}
