package io.github.outturn.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests' LAIT folder is the repository's own data/lait, found from any folder below the root. */
class LaitDataFolderTest {

    @TempDir
    Path dir;

    @Test
    void test_folder_isTheRepositorysDataLait() {
        // Run from core/: the folder is ../data/lait, the repository's copy.
        Path folder = LaitData.folder();
        assertThat(folder).endsWith(Path.of("data", "lait"));
        assertThat(folder.resolve("bds_long.csv.gz")).isRegularFile();
        assertThat(folder.resolve("NOTICE"))
                .content()
                .contains("Contains public sector information licensed under the Open Government Licence v3.0.");
    }

    @Test
    void test_folderAbove_findsTheNearestParentHoldingTheFiles() throws IOException {
        Path lait = Files.createDirectories(dir.resolve("repo/data/lait"));
        Files.write(lait.resolve("bds_long.csv.gz"), new byte[0]);
        Path deep = Files.createDirectories(dir.resolve("repo/module/src"));
        assertThat(LaitData.folderAbove(deep)).isEqualTo(lait);
        assertThat(LaitData.folderAbove(dir.resolve("repo"))).isEqualTo(lait);
    }

    @Test
    void test_folderAbove_failsSayingWhereItLookedWhenTheFilesAreMissing() throws IOException {
        // A data/lait folder without the values file does not count.
        Files.createDirectories(dir.resolve("data/lait"));
        assertThatThrownBy(() -> LaitData.folderAbove(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no data/lait/bds_long.csv.gz in "
                        + dir.toAbsolutePath().normalize())
                .hasMessageContaining("checkout is incomplete");
    }
}
