package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.outturn.io.InputProblem;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.Dataset;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Helpers for reading documents held in strings and test resources. */
final class Documents {

    static final String SOURCE = "test.json";

    private Documents() {}

    static Dataset read(String json) {
        try {
            return OutturnJson.standard().readDataset(bytes(json), SOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dataset readWith(OutturnJson json, String document) {
        try {
            return json.readDataset(bytes(document), SOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<InputProblem> problems(OutturnJson json, String document) {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> json.readDataset(bytes(document), SOURCE));
        assertThat(e).as("an InvalidInputException").isNotNull();
        return e.problems();
    }

    static List<InputProblem> problems(String document) {
        return problems(OutturnJson.standard(), document);
    }

    /** The one problem a document has. */
    static InputProblem problem(String document) {
        List<InputProblem> problems = problems(document);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    static InputStream bytes(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    static String resource(String name) {
        try (InputStream in = Documents.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
