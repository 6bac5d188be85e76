package io.github.outturn.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Polarity;
import io.github.outturn.period.CalendarYear;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.testing.LaitData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rank and bands on LAIT's real data (the repository's data/lait, found by {@link LaitData}). The group is every
 * authority in {@code la_code_list} (England 970 and the regions 980 to 990 left out: 990 is the
 * South West) with a value. Expected figures were computed independently in python3 from the same
 * files: n and the rank by counting better values, and the cut points with {@code
 * statistics.quantiles(values, n=4 or 5, method='inclusive')}, which is type 7, over the values as
 * exact fractions. RevCP 2025 (High): n 150, Stockport (356) 96, 53rd, quartile cuts 87.325, 93.75,
 * 96.9 (band B), quintile cuts 85.4, 92.1, 95.3, 97.84 (band B). TotPermEx 2023/24 (Low): n 153,
 * Stockport 0.15217, 94th, quartile cuts 0.06913, 0.12872, 0.18752 (band C), quintile cuts 0.05924,
 * 0.10966, 0.151174, 0.202654 (band D), each to the digits shown.
 */
class LaitDataTest {

    private static Path folder;

    /** The rows of the measures used here, read once. */
    private static List<List<String>> rows;

    private static Set<String> authorities;

    @BeforeAll
    static void findData() throws IOException {
        folder = LaitData.folder();
        load();
    }

    /** Reads an RFC 4180 CSV file: quoted fields may hold commas, quotes and line breaks. */
    private static List<List<String>> csv(Reader in, java.util.function.Predicate<List<String>> keep)
            throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = in.read()) != -1) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        in.reset();
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString().replace("\r", ""));
                field.setLength(0);
                if (keep.test(row)) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                field.append((char) c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            if (keep.test(row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static void load() throws IOException {
        authorities = readAuthorities();
        try (Reader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(folder.resolve("bds_long.csv.gz"))),
                StandardCharsets.UTF_8))) {
            rows = csv(in, r -> r.get(0).equals("RevCP") || r.get(0).equals("TotPermEx"));
        }
    }

    private static Dataset dataset(String measure, String years, Polarity polarity) {
        ReportingPeriod period = CalendarYear.of(2000); // one period stands for the year asked for
        List<Observation> observations = new ArrayList<>();
        // measure, data_item, years, area, la_number, region, value
        for (List<String> r : rows) {
            if (r.get(0).equals(measure)
                    && r.get(2).equals(years)
                    && authorities.contains(r.get(4))
                    && !r.get(6).equals("-")) {
                observations.add(Observation.of(measure, r.get(4), period, new BigDecimal(r.get(6))));
            }
        }
        return Dataset.builder()
                .addIndicators(Indicator.builder()
                        .id(measure)
                        .name(measure)
                        .polarity(polarity)
                        .build())
                .addAllObservations(observations)
                .build();
    }

    private static Set<String> readAuthorities() throws IOException {
        Set<String> codes = new LinkedHashSet<>();
        try (Reader in = Files.newBufferedReader(folder.resolve("la_code_list__Sheet1.csv"), StandardCharsets.UTF_8)) {
            List<List<String>> table = csv(in, r -> true);
            for (List<String> r : table.subList(1, table.size())) {
                String code = r.get(0).replace("\uFEFF", "").strip();
                if (code.matches("\\d+")) {
                    int n = Integer.parseInt(code);
                    if (n != 970 && (n < 980 || n > 990)) {
                        codes.add(code);
                    }
                }
            }
        }
        return codes;
    }

    private static void check(
            String measure, String years, Polarity polarity, int n, int rank, Band quartile, Band quintile) {
        Dataset ds = dataset(measure, years, polarity);
        ComparatorGroup all = ComparatorGroup.builder()
                .id("all")
                .name("All authorities")
                .type(ComparatorType.CUSTOM)
                .addAllMemberCodes(authorities)
                .build();
        ReportingPeriod period = CalendarYear.of(2000);
        BenchmarkPolicy policy = BenchmarkPolicy.defaults();
        assertThat(AreaBenchmarks.rank(ds, measure, "356", period, all)).contains(Rank.of(rank, n));
        assertThat(AreaBenchmarks.quartile(ds, measure, "356", period, all, policy))
                .contains(quartile);
        assertThat(AreaBenchmarks.quintile(ds, measure, "356", period, all, policy))
                .contains(quintile);
    }

    @Test
    void test_rankAndBands_revCp2025() {
        check("RevCP", "2025", Polarity.HIGHER_IS_BETTER, 150, 53, Band.B, Band.B);
    }

    @Test
    void test_rankAndBands_totPermEx2023() {
        check("TotPermEx", "2023/24", Polarity.LOWER_IS_BETTER, 153, 94, Band.C, Band.D);
    }

    @Test
    void test_cutPoints_matchPythonInclusiveQuantiles() {
        Dataset ds = dataset("RevCP", "2025", Polarity.HIGHER_IS_BETTER);
        List<BigDecimal> values = new ArrayList<>();
        for (Observation o : ds.observations()) {
            values.add(o.value().orElseThrow());
        }
        assertThat(CutPoints.quartiles(values).points())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("87.325"), new BigDecimal("93.75"), new BigDecimal("96.9"));
        assertThat(CutPoints.quintiles(values).points())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("85.4"),
                        new BigDecimal("92.1"),
                        new BigDecimal("95.3"),
                        new BigDecimal("97.84"));
    }
}
