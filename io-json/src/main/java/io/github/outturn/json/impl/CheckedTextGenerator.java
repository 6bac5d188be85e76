package io.github.outturn.json.impl;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import io.github.outturn.io.DatasetText;
import io.github.outturn.io.InputProblem;
import io.github.outturn.io.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A generator that writes only text a dataset can hold ({@link DatasetText}): every other string is
 * reported with its JSON pointer and written as {@code null}, and {@link #throwIfAny} then throws
 * them all, so that the writer never writes what the reader would refuse or read differently.
 *
 * <pre>{@code
 * CheckedTextGenerator g = new CheckedTextGenerator(generator, "copy.json");
 * DatasetWriter.write(dataset, g);
 * g.throwIfAny(); // InvalidInputException: copy.json: /areas/0/name "\uD800": cannot be written: ...
 * }</pre>
 *
 * <p>Mutable, for one write on one thread.
 */
public final class CheckedTextGenerator extends JsonGeneratorDelegate {

    private static final int CAP = 100;

    private final String target;
    private final List<InputProblem> problems = new ArrayList<>();

    /**
     * @param delegate the generator written to
     * @param target the name problems give as their source, such as the file written
     */
    public CheckedTextGenerator(JsonGenerator delegate, String target) {
        super(delegate, false);
        this.target = target;
    }

    @Override
    public void writeString(String text) throws IOException {
        if (text != null && refused(text)) {
            delegate.writeNull();
        } else {
            delegate.writeString(text);
        }
    }

    @Override
    public void writeStringField(String fieldName, String value) throws IOException {
        delegate.writeFieldName(fieldName);
        writeString(value);
    }

    private boolean refused(String text) {
        Optional<String> problem = DatasetText.problem(text);
        if (problem.isEmpty()) {
            return false;
        }
        if (problems.size() < CAP) {
            // In an object the context names the field being written; in an array, the next index.
            JsonStreamContext context = delegate.getOutputContext();
            JsonStreamContext named = context.inArray() ? context.getParent() : context;
            String pointer = context.inArray()
                    ? named.pathAsPointer() + "/" + context.getEntryCount()
                    : context.pathAsPointer().toString();
            var b = InputProblem.builder()
                    .source(target)
                    .pointer(pointer)
                    .value(text)
                    .message("cannot be written: the text " + problem.get());
            if (named != null && named.getCurrentName() != null) {
                b.field(named.getCurrentName());
            }
            problems.add(b.build());
        }
        return true;
    }

    /**
     * Throws every text refused.
     *
     * @throws InvalidInputException if any was
     */
    public void throwIfAny() throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
