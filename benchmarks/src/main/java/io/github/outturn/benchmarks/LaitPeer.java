package io.github.outturn.benchmarks;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.GroupRanks;
import io.github.outturn.benchmark.ObservationGroup;
import io.github.outturn.csv.LaitReader;
import io.github.outturn.model.Observation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The LAIT ranking job done by the peer an analyst would pick instead, DuckDB (through JDBC), and by
 * Outturn, with a check that both give every authority the same rank and band. The job: load
 * {@code bds_long.csv.gz}, then for every measure and period rank every local authority with a
 * value by the measure's polarity (ties sharing the lowest rank), cut the values at the type-7
 * quartiles, and band each authority A to D by LAIT's rule (a value on a cut goes with the values
 * below it), for measures not marked {@code No_Quartile} and groups of at least 5.
 *
 * <p>{@code long checksum = LaitPeer.duckDb(folder);} or {@code LaitPeer.check(folder)}.
 */
public final class LaitPeer {

    private LaitPeer() {}

    /**
     * The job in SQL, one row per ranked authority: measure, years label, LA number, value, rank,
     * group size and quartile band (null when not banded). Values are read as exact decimals (LAIT
     * has up to 20 decimal places and 11 digits before the point), so ranks compare values exactly as
     * Outturn does. The group is the years label as written: the file has no two labels naming one
     * period for a measure (docs/lait.md), which the check confirms.
     */
    static final String RANKS_SQL = """
            WITH dict AS (
                SELECT Measure_short AS measure,
                       lower(first(Polarity)) AS polarity,
                       bool_or(No_Quartile = 'N') AS no_quartile
                FROM read_csv(?, header = true, all_varchar = true)
                GROUP BY Measure_short
            ),
            v AS (
                SELECT b.measure, b.years, b.la_number,
                       CAST(b.value AS DECIMAL(38, 20)) AS value, d.polarity, d.no_quartile
                FROM read_csv(?, header = true, all_varchar = true) b JOIN dict d USING (measure)
                WHERE b.value <> '-' AND b.value <> '' AND b.years <> '0'
                  AND NOT (TRY_CAST(b.la_number AS INTEGER) BETWEEN 970 AND 999)
                  AND d.polarity IN ('high', 'low')
            ),
            r AS (
                SELECT *,
                       rank() OVER (PARTITION BY measure, years
                                    ORDER BY CASE WHEN polarity = 'high' THEN -value ELSE value END) AS rnk,
                       count(*) OVER (PARTITION BY measure, years) AS n,
                       quantile_cont(value, [0.25, 0.5, 0.75]) OVER (PARTITION BY measure, years) AS q
                FROM v
            )
            SELECT measure, years, la_number, value, rnk, n,
                   CASE WHEN no_quartile OR n < 5 THEN NULL
                        WHEN polarity = 'low'
                            THEN 1 + (q[1] < value)::INTEGER + (q[2] < value)::INTEGER + (q[3] < value)::INTEGER
                        ELSE 4 - ((q[1] < value)::INTEGER + (q[2] < value)::INTEGER + (q[3] < value)::INTEGER)
                   END AS band
            FROM r
            """;

    /** The same job reduced to one checksum inside DuckDB: the sum of every rank and band. */
    static final String CHECKSUM_SQL = "SELECT sum(rnk) + sum(coalesce(band, 0)) FROM (" + RANKS_SQL + ")";

    /**
     * Runs the job in a fresh in-memory DuckDB, reading the files each time.
     *
     * @param folder the LAIT folder
     * @return the sum of every rank and band
     * @throws SQLException if DuckDB fails
     */
    public static long duckDb(Path folder) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement s = prepare(c, CHECKSUM_SQL, folder);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * The same job by Outturn: {@link LaitReader#read}, then every group's {@link GroupRanks}.
     *
     * @param folder the LAIT folder
     * @param policy the benchmark policy
     * @return the sum of every rank and quartile band, as {@link #duckDb}'s
     * @throws IOException if the files cannot be read
     */
    public static long outturn(Path folder, BenchmarkPolicy policy) throws IOException {
        long sum = 0;
        for (ObservationGroup g : ObservationGroup.allOf(LaitReader.read(folder))) {
            sum += checksum(g, policy);
        }
        return sum;
    }

    /**
     * The same job by Outturn one group at a time ({@link LaitReader#stream}): the heap holds one
     * measure's rows, not the file.
     *
     * @param folder the LAIT folder
     * @param policy the benchmark policy
     * @return the sum of every rank and quartile band, as {@link #duckDb}'s
     * @throws IOException if the files cannot be read
     */
    public static long outturnStreaming(Path folder, BenchmarkPolicy policy) throws IOException {
        long[] sum = {0};
        LaitReader.stream(folder, g -> sum[0] += checksum(g, policy));
        return sum[0];
    }

    private static long checksum(ObservationGroup g, BenchmarkPolicy policy) {
        GroupRanks r = g.ranks(policy);
        long sum = 0;
        for (int i = 0; i < r.size(); i++) {
            sum += r.rankNumberAt(i) + r.quartileNumberAt(i);
        }
        return sum;
    }

    private static PreparedStatement prepare(Connection c, String sql, Path folder) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        s.setString(1, folder.resolve("lait_data_dictionary.csv").toString());
        s.setString(2, folder.resolve("bds_long.csv.gz").toString());
        return s;
    }

    /**
     * Checks that DuckDB and Outturn give every ranked authority the same rank, group size and
     * quartile band, on the whole file: for each measure and authority, the (value, rank, size, band)
     * of every period, sorted, must be equal (the years labels are matched through the values, since
     * Outturn names a period by its canonical label and the file by its own), and the checksums too.
     *
     * @param folder the LAIT folder
     * @return how many ranked authorities were compared
     * @throws IllegalStateException naming the first differences, if any
     * @throws IOException if the files cannot be read
     * @throws SQLException if DuckDB fails
     */
    public static long check(Path folder) throws IOException, SQLException {
        BenchmarkPolicy policy = BenchmarkPolicy.defaults();
        Map<String, List<String>> ours = new HashMap<>();
        long[] count = {0};
        LaitReader.stream(folder, g -> {
            GroupRanks r = g.ranks(policy);
            for (int i = 0; i < r.size(); i++) {
                if (r.rankNumberAt(i) == 0) {
                    continue;
                }
                Observation o = g.observations().get(i);
                ours.computeIfAbsent(g.indicator().id() + " " + o.areaCode(), k -> new ArrayList<>())
                        .add(row(o.value().orElseThrow(), r.rankNumberAt(i), r.count(), r.quartileNumberAt(i)));
                count[0]++;
            }
        });
        Map<String, List<String>> theirs = new HashMap<>();
        long rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement s = prepare(c, RANKS_SQL, folder);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                theirs.computeIfAbsent(r.getString(1) + " " + r.getString(3), k -> new ArrayList<>())
                        .add(row(r.getBigDecimal(4), r.getInt(5), r.getInt(6), r.getInt(7)));
                rows++;
            }
        }
        List<String> differences = new ArrayList<>();
        if (rows != count[0]) {
            differences.add("Outturn ranked " + count[0] + " authorities' values, DuckDB " + rows);
        }
        for (Map.Entry<String, List<String>> e : ours.entrySet()) {
            List<String> a = e.getValue();
            List<String> b = theirs.getOrDefault(e.getKey(), List.of());
            a.sort(null);
            List<String> sortedB = new ArrayList<>(b);
            sortedB.sort(null);
            if (!a.equals(sortedB) && differences.size() < 10) {
                differences.add(e.getKey() + ": Outturn " + a + ", DuckDB " + sortedB);
            }
        }
        if (!differences.isEmpty()) {
            throw new IllegalStateException("DuckDB and Outturn disagree on the LAIT ranks and bands in " + folder
                    + ":\n  " + String.join("\n  ", differences));
        }
        long duck = duckDb(folder);
        long outturn = outturn(folder, policy);
        if (duck != outturn) {
            throw new IllegalStateException("Checksums differ: DuckDB " + duck + ", Outturn " + outturn);
        }
        return count[0];
    }

    private static String row(BigDecimal value, int rank, int of, int band) {
        return value.stripTrailingZeros().toPlainString() + " " + rank + " of " + of + " band " + band;
    }

    /**
     * Runs the check on a folder and prints what was compared.
     *
     * @param args the LAIT folder (default the repository's)
     * @throws Exception if the check fails
     */
    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0]) : LaitPipeline.configuredFolder();
        long n = check(folder);
        System.out.println(
                "DuckDB and Outturn agree on " + n + " ranked values (rank, group size, quartile band) in " + folder);
    }
}
