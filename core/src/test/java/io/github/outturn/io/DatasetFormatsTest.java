package io.github.outturn.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.model.Dataset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetFormatsTest {

    /** A format that claims an extension and reads an empty dataset. */
    static final class Dotted implements DatasetFormat {
        private final String name;

        Dotted(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<String> extensions() {
            return List.of(name);
        }

        @Override
        public boolean canRead(Path path) {
            return false;
        }

        @Override
        public Dataset read(Path path) {
            return Dataset.builder().build();
        }

        @Override
        public void write(Dataset dataset, Path path) {}
    }

    /** A folder format that recognises paths by their contents (here: a name prefix). */
    static final class Folder implements DatasetFormat {
        @Override
        public String name() {
            return "folder";
        }

        @Override
        public boolean canRead(Path path) {
            return path.getFileName() != null && path.getFileName().toString().startsWith("tables");
        }

        @Override
        public boolean canWrite() {
            return false;
        }

        @Override
        public Dataset read(Path path) {
            return Dataset.builder().build();
        }

        @Override
        public void write(Dataset dataset, Path path) {
            throw new UnsupportedOperationException("read-only");
        }
    }

    @Test
    void test_of_rejectsDuplicateNamesNamingBothClasses() {
        assertThatThrownBy(() -> DatasetFormats.of(List.of(new Dotted("json"), new Dotted("JSON"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Two dataset formats are named \"json\": " + Dotted.class.getName() + " and "
                        + Dotted.class.getName());
    }

    @Test
    void test_byName_andForPath() throws Exception {
        DatasetFormats formats = DatasetFormats.of(List.of(new Dotted("json"), new Folder()));
        assertThat(formats.names()).containsExactly("json", "folder");
        assertThat(formats.byName("Json")).get().extracting(DatasetFormat::name).isEqualTo("json");
        assertThat(formats.byName("xml")).isEmpty();
        assertThat(formats.forPath(Path.of("data", "plan.JSON")))
                .get()
                .extracting(DatasetFormat::name)
                .isEqualTo("json");
        assertThat(formats.forPath(Path.of("tables-2014")))
                .get()
                .extracting(DatasetFormat::name)
                .isEqualTo("folder");
        assertThat(formats.forPath(Path.of("/"))).isEmpty();
        assertThat(formats.read(Path.of("plan.json")).indicators()).isEmpty();
        assertThat(new Dotted("x").canWrite()).isTrue();
        assertThat(new Folder().canWrite()).isFalse();
        assertThat(new Folder().extensions()).isEmpty();
    }

    @Test
    void test_read_unrecognisedPathIsALocatedProblem() {
        DatasetFormats none = DatasetFormats.of(List.of());
        assertThatThrownBy(() -> none.read(Path.of("plan.xml")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("plan.xml: no dataset format recognises this path; the formats on the class path are"
                        + " none (add outturn-io-json or outturn-io-csv)");
        DatasetFormats some = DatasetFormats.of(List.of(new Dotted("json")));
        assertThatThrownBy(() -> some.read(Path.of("plan.xml"))).hasMessageEndingWith("are [json]");
    }

    @Test
    void test_load_findsNoFormatsInCore() {
        assertThat(DatasetFormats.load().names()).isEmpty();
    }
}
