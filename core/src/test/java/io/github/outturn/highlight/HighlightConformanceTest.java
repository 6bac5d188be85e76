package io.github.outturn.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.Codes;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Target;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.testkit.ConformanceTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives the published conformance table {@code conformance/highlights.csv}: every row was worked by
 * hand from the rules in docs/highlights.md (see the table's README for the columns), never from this
 * code's output.
 */
class HighlightConformanceTest {

    private static final FinancialYear YEAR = FinancialYear.of(2016);
    private static final String ID = "take-up";
    private static final String AREA = "A";

    static Stream<Map<String, String>> data_conformance() {
        return rows().stream();
    }

    static List<Map<String, String>> rows() {
        return ConformanceTables.rows("highlights.csv");
    }

    @Test
    void test_table_hasAtLeastFortyRowsCoveringEveryKindPolarityAndNews() {
        List<Map<String, String>> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
        assertThat(rows.stream().map(r -> r.get("kind")).distinct())
                .contains(
                        "rank-england",
                        "rank-region",
                        "rank-neighbours",
                        "record",
                        "comparators",
                        "target",
                        "change",
                        "run",
                        "quartile-move",
                        "status-change");
        assertThat(rows.stream().map(r -> r.get("polarity")).distinct())
                .containsExactlyInAnyOrder("higher-is-better", "lower-is-better", "target-band", "no-judgement");
        assertThat(rows.stream().map(r -> r.get("expected")).distinct())
                .containsExactlyInAnyOrder("good", "bad", "neutral", "none");
        assertThat(rows.stream().map(r -> r.get("case")).distinct()).hasSize(rows.size());
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("data_conformance")
    void test_find_conformanceRow(Map<String, String> row) {
        String kind = row.get("kind");
        HighlightKind k = kind.startsWith("rank-")
                ? HighlightKind.RANK
                : Codes.parse(HighlightKind.class, kind).orElseThrow();
        HighlightPolicy policy = policy(row.get("policy"), k);

        List<Highlight> found = Highlights.find(
                        dataset(row),
                        AREA,
                        Optional.of(YEAR),
                        policy,
                        RatingPolicy.defaults(),
                        BenchmarkPolicy.defaults())
                .stream()
                .filter(h -> h.kind() == k)
                .filter(h ->
                        !kind.startsWith("rank-") || h.group().orElseThrow().equals(group(kind)))
                .toList();

        if (row.get("expected").equals("none")) {
            assertThat(found).as(row.get("case")).isEmpty();
            return;
        }
        assertThat(found).as(row.get("case")).hasSize(1);
        Highlight h = found.get(0);
        assertThat(h.sentence()).as(row.get("case")).isEqualTo(row.get("sentence"));
        assertThat(h.news())
                .as(row.get("case"))
                .isEqualTo(News.valueOf(row.get("expected").toUpperCase()));
        assertThat(h.policyReference()).isEqualTo(policy.reference());
        assertThat(h.indicatorId()).contains(ID);
        assertThat(h.period()).isEqualTo(YEAR);
        if (!row.get("rank").isEmpty()) {
            assertThat(h.rank()).as(row.get("case")).contains(Rank.parse(row.get("rank")));
            assertThat(h.rankingSet()).isPresent();
        }
    }

    private static String group(String kind) {
        return switch (kind) {
            case "rank-england" -> "England";
            case "rank-region" -> "North West";
            default -> "Stockport statistical neighbours";
        };
    }

    private static HighlightPolicy policy(String settings, HighlightKind kind) {
        // The rows' few authorities stand for the country, unless a row says otherwise.
        HighlightPolicy p =
                HighlightPolicy.defaults().withKinds(EnumSet.of(kind)).withNationalGroupMinimum(1);
        for (String setting : settings.isEmpty() ? new String[0] : settings.split(";")) {
            String[] kv = setting.split("=");
            p = switch (kv[0]) {
                case "topN" -> p.withTopN(Integer.parseInt(kv[1]));
                case "minimumSeriesLength" -> p.withMinimumSeriesLength(Integer.parseInt(kv[1]));
                case "minimumRelativeChange" -> p.withMinimumRelativeChange(new BigDecimal(kv[1]));
                case "minimumComparators" -> p.withMinimumComparators(Integer.parseInt(kv[1]));
                case "nationalGroupMinimum" -> p.withNationalGroupMinimum(Integer.parseInt(kv[1]));
                default -> throw new IllegalArgumentException("unknown policy setting " + setting);
            };
        }
        return p;
    }

    /** The dataset a row describes: Stockport (A) in the North West (R), other authorities O1..On beside it. */
    static Dataset dataset(Map<String, String> row) {
        Indicator indicator = Indicator.builder()
                .id(ID)
                .name("Take-up")
                .unit(Optional.of(row.get("unit")).filter(u -> !u.isEmpty()))
                .decimalPlaces(Integer.parseInt(row.get("decimal_places")))
                .polarity(Codes.parse(Polarity.class, row.get("polarity")).orElseThrow())
                .build();
        Dataset.Builder b = Dataset.builder().addIndicators(indicator);
        b.addAreas(Area.of("E", "England", AreaType.ENGLAND));
        b.addAreas(Area.builder()
                .code("R")
                .name("North West")
                .type(AreaType.REGION)
                .regionCode("E")
                .build());
        b.addAreas(Area.builder()
                .code(AREA)
                .name("Stockport")
                .type(AreaType.LOCAL_AUTHORITY)
                .regionCode("R")
                .build());

        String value = row.get("value");
        switch (value) {
            case "" -> {}
            case "suppressed", "missing" ->
                b.addObservations(Observation.missing(
                        ID,
                        AREA,
                        YEAR,
                        Codes.parse(ObservationStatus.class, value).orElseThrow()));
            default -> b.addObservations(Observation.of(ID, AREA, YEAR, new BigDecimal(value)));
        }
        List<String> series = cells(row.get("series"));
        for (int i = 0; i < series.size(); i++) {
            FinancialYear year = FinancialYear.of(2016 - series.size() + i);
            b.addObservations(observation(AREA, year, series.get(i)));
        }
        List<String> others = cells(row.get("others"));
        List<String> previous = cells(row.get("others_previous"));
        List<String> members = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            String code = "O" + (i + 1);
            members.add(code);
            b.addAreas(Area.builder()
                    .code(code)
                    .name("Other " + (i + 1))
                    .type(AreaType.LOCAL_AUTHORITY)
                    .regionCode("R")
                    .build());
            b.addObservations(observation(code, YEAR, others.get(i)));
            if (i < previous.size()) {
                b.addObservations(observation(code, YEAR.previous(), previous.get(i)));
            }
        }
        if (!members.isEmpty()) {
            b.addComparatorGroups(ComparatorGroup.builder()
                    .id("sn-A")
                    .name("Stockport statistical neighbours")
                    .type(ComparatorType.STATISTICAL_NEIGHBOURS)
                    .areaCode(AREA)
                    .memberCodes(members)
                    .build());
        }
        List<String> comparators = List.of((row.get("comparators") + ";;;").split(";", -1));
        ComparatorType[] types = {ComparatorType.ENGLAND, ComparatorType.REGION, ComparatorType.STATISTICAL_NEIGHBOURS};
        String[] names = {"E", "R", "sn-A"};
        for (int i = 0; i < 3; i++) {
            if (!comparators.get(i).isEmpty()) {
                b.addBenchmarks(BenchmarkValue.builder()
                        .indicatorId(ID)
                        .period(YEAR)
                        .comparator(names[i])
                        .type(types[i])
                        .areaCode(
                                types[i] == ComparatorType.STATISTICAL_NEIGHBOURS
                                        ? Optional.of(AREA)
                                        : Optional.empty())
                        .value(new BigDecimal(comparators.get(i)))
                        .build());
            }
        }
        target(b, row.get("target"), YEAR);
        target(b, row.get("previous_target"), YEAR.previous());
        return b.build();
    }

    private static void target(Dataset.Builder b, String text, FinancialYear year) {
        if (text.isEmpty()) {
            return;
        }
        String[] band = text.split(" to ");
        if (band.length == 2) {
            b.addTargets(Target.builder()
                    .indicatorId(ID)
                    .period(year)
                    .lower(new BigDecimal(band[0]))
                    .upper(new BigDecimal(band[1]))
                    .build());
        } else {
            b.addTargets(Target.of(ID, year, new BigDecimal(text)));
        }
    }

    private static Observation observation(String area, FinancialYear year, String value) {
        return value.equals("-")
                ? Observation.missing(ID, area, year, ObservationStatus.MISSING)
                : Observation.of(ID, area, year, new BigDecimal(value));
    }

    /** {@code 1;2;-;4}, with {@code a..b} for the whole numbers a to b. */
    private static List<String> cells(String text) {
        List<String> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        for (String cell : text.split(";")) {
            String[] range = cell.split("\\.\\.");
            if (range.length == 2) {
                for (int v = Integer.parseInt(range[0]); v <= Integer.parseInt(range[1]); v++) {
                    out.add(Integer.toString(v));
                }
            } else {
                out.add(cell);
            }
        }
        return out;
    }
}
