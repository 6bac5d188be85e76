package io.github.outturn.json.impl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.io.Quote;
import io.github.outturn.json.impl.DatasetFields.Part;
import io.github.outturn.json.impl.Fields.Element;
import io.github.outturn.json.impl.Fields.ElementInput;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.ImmutableDataset;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.YearType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a dataset document token by token with Jackson's streaming parser, following the field
 * declarations of {@link DatasetFields}: each element's fields are read into their places and the
 * element built through its builder, so no tree of the document (nor of an element) is built.
 *
 * <p>Every problem is collected with its place; the dataset is built only when there are none. A
 * period of an observation, target or benchmark is parsed with its indicator's year type: at once when
 * the indicator came earlier in the document (as written by {@link DatasetWriter}), otherwise once the
 * whole document has been read. One instance reads one document.
 */
public final class DatasetReader {

    private final JsonInput in;
    private final JsonParser p;

    /** The year type of each indicator read so far (the first of duplicate ids). */
    private final Map<String, YearType> yearTypes = new HashMap<>();

    /** Elements whose period waits for an indicator later in the document. */
    private final List<Runnable> deferred = new ArrayList<>();

    /** The elements read, by part, in the order of {@link DatasetFields#PARTS}. */
    private final List<List<Object>> read = new ArrayList<>();

    private DatasetReader(JsonParser p, String source, boolean lenient, int maxProblems) {
        this.p = p;
        this.in = new JsonInput(p, source, lenient, maxProblems);
        for (int i = 0; i < DatasetFields.PARTS.size(); i++) {
            read.add(new ArrayList<>());
        }
    }

    /**
     * Reads one dataset document.
     *
     * @param parser a parser at the start of the document; not closed here
     * @param source the file name for problems
     * @param lenient whether unknown fields are skipped rather than reported
     * @param maxProblems the number of problems after which reading stops
     * @return the dataset
     * @throws InvalidInputException with every problem found
     * @throws IOException if the input cannot be read
     */
    public static Dataset read(JsonParser parser, String source, boolean lenient, int maxProblems) throws IOException {
        return new DatasetReader(parser, source, lenient, maxProblems).read();
    }

    private Dataset read() throws IOException {
        try {
            readDocument();
            for (Runnable r : deferred) {
                r.run();
            }
        } catch (JsonProcessingException e) {
            fatal(in, e);
        } catch (JsonInput.TooManyProblems e) {
            // The cap is reached: report what was found.
        }
        in.throwIfProblems();
        // Each list goes in through with*, which copies it once at its size; a builder would grow a
        // list of its own step by step and then copy it again.
        ImmutableDataset dataset = Dataset.builder().build();
        for (int i = 0; i < DatasetFields.PARTS.size(); i++) {
            dataset = with(dataset, DatasetFields.PARTS.get(i), read.get(i));
        }
        return dataset;
    }

    @SuppressWarnings("unchecked")
    private static <T> ImmutableDataset with(ImmutableDataset dataset, Part<T> part, List<Object> elements) {
        return elements.isEmpty() ? dataset : part.with().apply(dataset, (List<T>) elements);
    }

    /** Records a malformed or truncated document: the parser cannot go on. */
    static void fatal(JsonInput in, JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String pointer = in.p.getParsingContext() == null
                ? null
                : in.p.getParsingContext().pathAsPointer().toString();
        in.problem(
                where,
                pointer == null || pointer.isEmpty() ? null : pointer,
                null,
                null,
                (e instanceof StreamConstraintsException ? "document exceeds a reading limit: " : "malformed JSON: ")
                        + e.getOriginalMessage());
    }

    private void readDocument() throws IOException {
        JsonToken t = p.nextToken();
        in.enter("", -1);
        if (t == null) {
            in.problem(null, null, null, null, "empty document: expected a JSON object with \"schemaVersion\": 1");
            return;
        }
        if (t != JsonToken.START_OBJECT) {
            in.problem(
                    in.here(),
                    null,
                    null,
                    in.shown(),
                    "expected a dataset document, a JSON object with \"schemaVersion\": 1, found " + in.found());
            return;
        }
        JsonLocation start = in.here();
        long seen = 0;
        boolean version = false;
        for (String f; (f = in.nextField()) != null; in.enter("", -1)) {
            int bit = rootBit(f);
            if (bit < 0) {
                in.unknown(f, DatasetFields.ROOT_NAMES);
                continue;
            }
            if ((seen & (1L << bit)) != 0) {
                in.problem(
                        in.fieldLocation(),
                        in.at(f),
                        f,
                        null,
                        "duplicate key " + Quote.of(f) + ": each field may appear once");
                p.skipChildren();
                continue;
            }
            seen |= 1L << bit;
            if (bit == 0) {
                version = true;
                schemaVersion();
            } else if (p.currentToken() != JsonToken.VALUE_NULL) {
                part(DatasetFields.PARTS.get(bit - 1), read.get(bit - 1));
            }
        }
        if (!version) {
            in.problem(
                    start,
                    "/schemaVersion",
                    "schemaVersion",
                    null,
                    "missing required field \"schemaVersion\": expected \"schemaVersion\": 1 (this reader reads version 1)");
        }
        in.expectEnd();
    }

    /** The root field's position: 0 for schemaVersion, then the parts' in order; -1 if unknown. */
    private static int rootBit(String f) {
        if (f.equals(DatasetFields.SCHEMA_VERSION)) {
            return 0;
        }
        for (int i = 0; i < DatasetFields.PARTS.size(); i++) {
            if (DatasetFields.PARTS.get(i).name().equals(f)) {
                return i + 1;
            }
        }
        return -1;
    }

    private void schemaVersion() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT && p.getText().equals("1")) {
            return;
        }
        in.problem(
                in.here(),
                "/schemaVersion",
                "schemaVersion",
                in.shown(),
                "unsupported schemaVersion: expected 1, the version this reader reads");
        p.skipChildren();
    }

    /** Reads the plan object, or an array of elements, into {@code into}. */
    private void part(Part<?> part, List<Object> into) throws IOException {
        String name = part.name();
        if (part.single()) {
            if (in.expectObject(name, part.what())) {
                in.enter(name, -1);
                element(part.element(), into);
            }
            return;
        }
        if (!in.expectArray(name, "an array of objects")) {
            return;
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            in.enter(name, i);
            if (p.currentToken() == JsonToken.START_OBJECT) {
                element(part.element(), into);
            } else {
                in.wrongType(null, "an object (" + part.what() + ")");
            }
            i++;
        }
    }

    /**
     * Reads one element and builds it: now, or once the document is read when its period waits for
     * an indicator later in the document.
     */
    private void element(Element<?> element, List<Object> into) throws IOException {
        ElementInput e = new ElementInput(in, yearTypes, element).readFields();
        if (element == DatasetFields.INDICATOR) {
            Object id = e.get("id");
            Object yearType = e.get("yearType");
            if (id != null) {
                yearTypes.putIfAbsent((String) id, yearType == null ? YearType.FINANCIAL : (YearType) yearType);
            }
        }
        if (!e.complete() || in.bad) {
            return;
        }
        if (e.pending == null || yearTypes.containsKey((String) e.get("indicatorId"))) {
            if (e.pending != null) {
                ReportingPeriod period = e.resolve();
                if (period == null) {
                    return;
                }
                e.setPeriod(period);
            }
            Object built = build(e, in.element());
            if (built != null) {
                into.add(built);
            }
            return;
        }
        int slot = into.size();
        into.add(null);
        String pointer = in.element();
        deferred.add(() -> {
            ReportingPeriod period = e.resolve();
            if (period != null) {
                e.setPeriod(period);
                into.set(slot, build(e, pointer));
            }
        });
    }

    /** Builds an element, reporting a builder invariant at the element's start; null then. */
    private Object build(ElementInput e, String pointer) {
        try {
            return e.build();
        } catch (IllegalStateException | IllegalArgumentException x) {
            in.problem(e.start, pointer, null, null, x.getMessage());
            return null;
        }
    }
}
