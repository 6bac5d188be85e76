package io.github.outturn.json.impl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.outturn.io.Codes;
import io.github.outturn.io.Quote;
import io.github.outturn.model.StatisticType;
import io.github.outturn.model.Status;
import io.github.outturn.model.Tolerance;
import io.github.outturn.rating.CountingMethod;
import io.github.outturn.rating.ImmutableRatingPolicy;
import io.github.outturn.rating.PercentageRounding;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.rating.ValueComparison;
import io.github.outturn.rating.ZeroTargetRule;
import java.io.IOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@link RatingPolicy} document: {@code {"id": "stockport-2016", "version": "2",
 * "rescuedByImprovement": true}}, every other setting optional with the policy's default. Problems are
 * collected and located as for datasets.
 */
public final class PolicyReader {

    static final String FIELDS = "id, version, valueComparison, defaultTolerance, defaultTolerances,"
            + " zeroTargetRule, blueMargin, rescuedByImprovement, forecastYearEnd, noChangeBand, countingMethod,"
            + " denominatorStatuses, percentageRounding, percentageDecimals, countDecimals, longTermYears";

    private PolicyReader() {}

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
        JsonInput in = new JsonInput(p, source, lenient, maxProblems);
        RatingPolicy policy = null;
        try {
            policy = read(in);
        } catch (JsonProcessingException e) {
            DatasetReader.fatal(in, e);
        } catch (JsonInput.TooManyProblems e) {
            // Report what was found.
        }
        in.throwIfProblems();
        return policy;
    }

    private static RatingPolicy read(JsonInput in) throws IOException {
        JsonParser p = in.p;
        JsonToken t = p.nextToken();
        in.enter("", -1);
        if (t != JsonToken.START_OBJECT) {
            in.problem(
                    t == null ? null : in.here(),
                    null,
                    null,
                    t == null ? null : in.shown(),
                    "expected a rating policy, a JSON object with an id and a version, found "
                            + (t == null ? "an empty document" : in.found()));
            return null;
        }
        JsonLocation start = in.here();
        ImmutableRatingPolicy.Builder b = RatingPolicy.builder();
        String id = null;
        String version = null;
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "id" -> id = in.first(0, f) ? in.string(f) : id;
                case "version" -> version = in.first(1, f) ? in.string(f) : version;
                case "valueComparison" -> {
                    if (in.first(2, f)) {
                        ValueComparison v = in.code(f, ValueComparison.class);
                        if (v != null) {
                            b.valueComparison(v);
                        }
                    }
                }
                case "defaultTolerance" -> {
                    if (in.first(3, f)) {
                        Tolerance v = in.tolerance(f);
                        if (v != null) {
                            b.defaultTolerance(v);
                        }
                    }
                }
                case "defaultTolerances" -> {
                    if (in.first(4, f)) {
                        b.defaultTolerances(tolerances(in, f));
                    }
                }
                case "zeroTargetRule" -> {
                    if (in.first(5, f)) {
                        ZeroTargetRule v = in.code(f, ZeroTargetRule.class);
                        if (v != null) {
                            b.zeroTargetRule(v);
                        }
                    }
                }
                case "blueMargin" -> {
                    if (in.first(6, f)) {
                        b.blueMargin(Optional.ofNullable(in.tolerance(f)));
                    }
                }
                case "rescuedByImprovement" -> {
                    if (in.first(7, f)) {
                        Boolean v = in.bool(f);
                        if (v != null) {
                            b.rescuedByImprovement(v);
                        }
                    }
                }
                case "forecastYearEnd" -> {
                    if (in.first(8, f)) {
                        Boolean v = in.bool(f);
                        if (v != null) {
                            b.forecastYearEnd(v);
                        }
                    }
                }
                case "noChangeBand" -> {
                    if (in.first(9, f)) {
                        b.noChangeBand(Optional.ofNullable(in.decimal(f)));
                    }
                }
                case "countingMethod" -> {
                    if (in.first(10, f)) {
                        CountingMethod v = in.code(f, CountingMethod.class);
                        if (v != null) {
                            b.countingMethod(v);
                        }
                    }
                }
                case "denominatorStatuses" -> {
                    if (in.first(11, f)) {
                        Set<Status> v = statuses(in, f);
                        if (v != null) {
                            b.denominatorStatuses(v);
                        }
                    }
                }
                case "percentageRounding" -> {
                    if (in.first(12, f)) {
                        PercentageRounding v = in.code(f, PercentageRounding.class);
                        if (v != null) {
                            b.percentageRounding(v);
                        }
                    }
                }
                case "percentageDecimals" -> {
                    if (in.first(13, f)) {
                        Integer v = in.integer(f);
                        if (v != null) {
                            b.percentageDecimals(v);
                        }
                    }
                }
                case "countDecimals" -> {
                    if (in.first(14, f)) {
                        Integer v = in.integer(f);
                        if (v != null) {
                            b.countDecimals(v);
                        }
                    }
                }
                case "longTermYears" -> {
                    if (in.first(15, f)) {
                        Integer v = in.integer(f);
                        if (v != null) {
                            b.longTermYears(v);
                        }
                    }
                }
                default -> in.unknown(f, FIELDS);
            }
        }
        if (id == null && !in.reported("id")) {
            in.missing(start, "id", "a string such as \"outturn-default\"");
        }
        if (version == null && !in.reported("version")) {
            in.missing(start, "version", "a string such as \"1\"");
        }
        if (p.nextToken() != null) {
            in.problem(
                    in.here(),
                    null,
                    null,
                    in.shown(),
                    "unexpected content after the end of the document: expected one JSON object");
        }
        if (in.hasProblems() || id == null || version == null) {
            return null;
        }
        try {
            return b.id(id).version(version).build();
        } catch (IllegalStateException | IllegalArgumentException e) {
            in.problem(start, null, null, null, e.getMessage());
            return null;
        }
    }

    private static Map<StatisticType, Tolerance> tolerances(JsonInput in, String field) throws IOException {
        JsonParser p = in.p;
        Map<StatisticType, Tolerance> map = new EnumMap<>(StatisticType.class);
        if (p.currentToken() == JsonToken.VALUE_NULL
                || !in.expectObject(
                        field,
                        "an object of tolerances keyed by statistic type, such as" + " {\"proportion\": \"2\"}")) {
            return map;
        }
        Set<String> keys = new HashSet<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            JsonLocation keyAt = in.here();
            String key = p.currentName();
            String pointer = in.at(field) + "/" + JsonInput.escape(key);
            p.nextToken();
            if (!keys.add(key)) {
                in.problem(
                        keyAt, pointer, field, null, "duplicate key " + Quote.of(key) + ": each field may appear once");
                p.skipChildren();
                continue;
            }
            StatisticType type = Codes.parse(StatisticType.class, key).orElse(null);
            if (type == null) {
                in.problem(keyAt, pointer, field, key, JsonInput.unknownCode(StatisticType.class, key));
                p.skipChildren();
                continue;
            }
            Tolerance tolerance = in.tolerance(field, pointer);
            if (tolerance != null) {
                map.put(type, tolerance);
            }
        }
        return map;
    }

    private static Set<Status> statuses(JsonInput in, String field) throws IOException {
        JsonParser p = in.p;
        if (p.currentToken() == JsonToken.VALUE_NULL
                || !in.expectArray(field, "an array of statuses such as [\"green\", \"amber\", \"red\"]")) {
            return null;
        }
        Set<Status> set = EnumSet.noneOf(Status.class);
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            Status s = in.code(field, Status.class, in.at(field) + "/" + i);
            if (s != null) {
                set.add(s);
            }
            i++;
        }
        return set;
    }
}
