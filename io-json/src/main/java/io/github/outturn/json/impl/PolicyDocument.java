package io.github.outturn.json.impl;

import static io.github.outturn.json.impl.Fields.BOOLEAN;
import static io.github.outturn.json.impl.Fields.DECIMAL;
import static io.github.outturn.json.impl.Fields.INTEGER;
import static io.github.outturn.json.impl.Fields.TEXT;
import static io.github.outturn.json.impl.Fields.TOLERANCE;
import static io.github.outturn.json.impl.Fields.code;
import static io.github.outturn.json.impl.Fields.collection;
import static io.github.outturn.json.impl.Fields.defaulted;
import static io.github.outturn.json.impl.Fields.kind;
import static io.github.outturn.json.impl.Fields.optional;
import static io.github.outturn.json.impl.Fields.required;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.outturn.json.impl.Fields.Element;
import io.github.outturn.json.impl.Fields.ElementInput;
import io.github.outturn.json.impl.Fields.Kind;
import io.github.outturn.model.Codes;
import io.github.outturn.model.StatisticType;
import io.github.outturn.model.Status;
import io.github.outturn.model.Tolerance;
import io.github.outturn.rating.ForecastBasis;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.rating.ValueComparison;
import io.github.outturn.rating.ZeroTargetRule;
import io.github.outturn.summary.CountingMethod;
import io.github.outturn.summary.PercentageRounding;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes a {@link RatingPolicy} document: {@code {"id": "stockport-2016", "version": "2",
 * "rescuedByImprovement": true}}, every other setting optional with the policy's default. Both follow
 * the one declaration {@link #POLICY}; problems are collected and located as for datasets.
 */
public final class PolicyDocument {

    private static final String TOLERANCES_EXPECTED =
            "an object of tolerances keyed by statistic type, such as {\"proportion\": \"2\"}";

    /** Tolerances keyed by statistic type: {@code {"proportion": "2"}}. */
    private static final Kind<Map<StatisticType, Tolerance>> TOLERANCES = kind(
            TOLERANCES_EXPECTED,
            (in, f) -> in.in.codeMap(f, StatisticType.class, TOLERANCES_EXPECTED, at -> in.in.tolerance(f, at)),
            (g, v) -> Fields.writeCodeMap(g, v, Fields::writeText));

    /** Statuses as codes: {@code ["green", "amber", "red"]}; null when absent. */
    private static final Kind<Set<Status>> STATUSES =
            kind("an array of statuses such as [\"green\", \"amber\", \"red\"]", PolicyDocument::statuses, (g, v) -> {
                g.writeStartArray();
                for (Status s : v) {
                    g.writeString(Codes.of(s));
                }
                g.writeEndArray();
            });

    /** The policy's fields, each declared once. */
    static final Element<RatingPolicy.Builder, RatingPolicy> POLICY = new Element<>(
            RatingPolicy::builder,
            RatingPolicy.Builder::build,
            required("id", TEXT, RatingPolicy::id, RatingPolicy.Builder::id, "a string such as \"outturn-default\""),
            required("version", TEXT, RatingPolicy::version, RatingPolicy.Builder::version, "a string such as \"1\""),
            defaulted(
                    "valueComparison",
                    code(ValueComparison.class),
                    RatingPolicy::valueComparison,
                    RatingPolicy.Builder::valueComparison),
            defaulted(
                    "defaultTolerance",
                    TOLERANCE,
                    RatingPolicy::defaultTolerance,
                    RatingPolicy.Builder::defaultTolerance),
            collection(
                    "defaultTolerances",
                    TOLERANCES,
                    RatingPolicy::defaultTolerances,
                    RatingPolicy.Builder::defaultTolerances),
            defaulted(
                    "zeroTargetRule",
                    code(ZeroTargetRule.class),
                    RatingPolicy::zeroTargetRule,
                    RatingPolicy.Builder::zeroTargetRule),
            optional("blueMargin", TOLERANCE, RatingPolicy::blueMargin, RatingPolicy.Builder::blueMargin),
            defaulted(
                    "rescuedByImprovement",
                    BOOLEAN,
                    RatingPolicy::rescuedByImprovement,
                    RatingPolicy.Builder::rescuedByImprovement),
            defaulted("forecastYearEnd", BOOLEAN, RatingPolicy::forecastYearEnd, RatingPolicy.Builder::forecastYearEnd),
            defaulted("inYearSnapshot", BOOLEAN, RatingPolicy::inYearSnapshot, RatingPolicy.Builder::inYearSnapshot),
            optional(
                    "forecastMethod",
                    code(ForecastBasis.class),
                    RatingPolicy::forecastMethod,
                    RatingPolicy.Builder::forecastMethod),
            optional("noChangeBand", DECIMAL, RatingPolicy::noChangeBand, RatingPolicy.Builder::noChangeBand),
            defaulted(
                    "countingMethod",
                    code(CountingMethod.class),
                    RatingPolicy::countingMethod,
                    RatingPolicy.Builder::countingMethod),
            defaulted(
                    "denominatorStatuses",
                    STATUSES,
                    RatingPolicy::denominatorStatuses,
                    RatingPolicy.Builder::denominatorStatuses),
            defaulted(
                    "percentageRounding",
                    code(PercentageRounding.class),
                    RatingPolicy::percentageRounding,
                    RatingPolicy.Builder::percentageRounding),
            defaulted(
                    "percentageDecimals",
                    INTEGER,
                    RatingPolicy::percentageDecimals,
                    RatingPolicy.Builder::percentageDecimals),
            defaulted("countDecimals", INTEGER, RatingPolicy::countDecimals, RatingPolicy.Builder::countDecimals),
            defaulted("longTermYears", INTEGER, RatingPolicy::longTermYears, RatingPolicy.Builder::longTermYears));

    private PolicyDocument() {}

    /**
     * Reads one policy document.
     *
     * @param p a parser at the start of the document; not closed here
     * @param source the file name for problems
     * @param lenient whether unknown fields are skipped rather than reported
     * @param maxProblems the number of problems after which reading stops
     * @return the policy
     * @throws io.github.outturn.io.InvalidInputException with every problem found
     * @throws IOException if the input cannot be read
     */
    public static RatingPolicy read(JsonParser p, String source, boolean lenient, int maxProblems) throws IOException {
        return read(p, source, lenient, maxProblems, POLICY, "a rating policy");
    }

    /**
     * Writes one policy document, its fields in the order of {@link #POLICY}.
     *
     * @param policy the policy
     * @param g the generator; flushed, not closed
     * @throws IOException if it cannot be written
     */
    public static void write(RatingPolicy policy, JsonGenerator g) throws IOException {
        POLICY.write(g, policy);
        g.flush();
    }

    /**
     * Reads one document of a declared element, such as a policy, collecting every problem.
     *
     * @param p a parser at the start of the document; not closed here
     * @param source the file name for problems
     * @param lenient whether unknown fields are skipped rather than reported
     * @param maxProblems the number of problems after which reading stops
     * @param element the declaration of the document's fields
     * @param what what the document is, for a problem: {@code "a rating policy"}
     * @return the element
     * @throws io.github.outturn.io.InvalidInputException with every problem found
     * @throws IOException if the input cannot be read
     */
    static <T> T read(JsonParser p, String source, boolean lenient, int maxProblems, Element<?, T> element, String what)
            throws IOException {
        JsonInput in = new JsonInput(p, source, lenient, maxProblems);
        T result = null;
        try {
            result = read(in, element, what);
        } catch (JsonProcessingException e) {
            DatasetReader.fatal(in, e);
        } catch (JsonInput.TooManyProblems e) {
            // Report what was found.
        }
        in.throwIfProblems();
        return result;
    }

    private static <T> T read(JsonInput in, Element<?, T> element, String what) throws IOException {
        JsonParser p = in.p;
        JsonToken t = p.nextToken();
        in.enter("", -1);
        if (t != JsonToken.START_OBJECT) {
            in.problem(
                    t == null ? null : in.here(),
                    null,
                    null,
                    t == null ? null : in.shown(),
                    "expected " + what + ", a JSON object with an id and a version, found "
                            + (t == null ? "an empty document" : in.found()));
            return null;
        }
        ElementInput e = new ElementInput(in, Map.of(), element).readFields();
        boolean complete = e.complete();
        in.expectEnd();
        if (in.hasProblems() || !complete) {
            return null;
        }
        try {
            @SuppressWarnings("unchecked")
            T built = (T) e.build();
            return built;
        } catch (IllegalStateException | IllegalArgumentException x) {
            in.problem(e.start, null, null, null, x.getMessage());
            return null;
        }
    }

    private static Set<Status> statuses(ElementInput e, String field) throws IOException {
        JsonInput in = e.in;
        if (in.p.currentToken() == JsonToken.VALUE_NULL || !in.expectArray(field, STATUSES.expected())) {
            return null;
        }
        Set<Status> set = EnumSet.noneOf(Status.class);
        int i = 0;
        while (in.p.nextToken() != JsonToken.END_ARRAY) {
            Status s = in.code(field, Status.class, in.at(field) + "/" + i);
            if (s != null) {
                set.add(s);
            }
            i++;
        }
        return set;
    }
}
