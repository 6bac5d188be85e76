package io.github.outturn.benchmarks;

import io.github.outturn.benchmark.Band;
import io.github.outturn.benchmark.Bands;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.Comparisons;
import io.github.outturn.benchmark.CutPoints;
import io.github.outturn.benchmark.Ranking;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Polarity;
import io.github.outturn.period.ReportingPeriod;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The whole LAIT pipeline over a loaded dataset, and its floor over the raw file.
 *
 * <p>{@code long work = LaitPipeline.assessRankAndBand(LaitReader.read(folder), BenchmarkPolicy.defaults());}
 */
public final class LaitPipeline {

    /** The system property naming another LAIT folder than the repository's {@link #DEFAULT_LAIT_DIR}. */
    public static final String LAIT_DIR_PROPERTY = "outturn.lait.dir";

    /** The repository's LAIT folder, relative to the repository root (where benchmarks/run.sh runs). */
    public static final String DEFAULT_LAIT_DIR = "data/lait";

    private LaitPipeline() {}

    /** The LAIT folder asked for: {@link #LAIT_DIR_PROPERTY}, else {@link #DEFAULT_LAIT_DIR}. */
    static Path configuredFolder() {
        return Path.of(System.getProperty(LAIT_DIR_PROPERTY, DEFAULT_LAIT_DIR))
                .toAbsolutePath()
                .normalize();
    }

    /** The LAIT folder, or empty when it holds no {@code bds_long.csv.gz}. */
    static Optional<Path> folder() {
        Path folder = configuredFolder();
        if (!Files.isRegularFile(folder.resolve("bds_long.csv.gz"))) {
            return Optional.empty();
        }
        return Optional.of(folder);
    }

    /**
     * For every measure and period: compares every LA's value with England's by the indicator's
     * polarity, then ranks every LA and bands it into quartiles (when the measure is banded).
     *
     * @param dataset a loaded LAIT dataset
     * @param policy the benchmark policy
     * @return a checksum of the judgements, ranks and bands, so that nothing is optimised away
     */
    public static long assessRankAndBand(Dataset dataset, BenchmarkPolicy policy) {
        return assessRankAndBand(dataset, policy, false);
    }

    /**
     * As {@link #assessRankAndBand(Dataset, BenchmarkPolicy)}, but each comparison with England is a
     * whole {@link Comparison} (difference, relative difference and the reason's text) rather than
     * the judgement alone.
     *
     * @param dataset a loaded LAIT dataset
     * @param policy the benchmark policy
     * @param reasons whether to build every comparison whole
     * @return a checksum of the judgements, ranks and bands
     */
    public static long assessRankAndBand(Dataset dataset, BenchmarkPolicy policy, boolean reasons) {
        Map<Key, BigDecimal> england = new HashMap<>();
        for (BenchmarkValue b : dataset.benchmarks()) {
            if (b.type() == ComparatorType.ENGLAND && b.value().isPresent()) {
                england.put(new Key(b.indicatorId(), b.period()), b.value().get());
            }
        }
        Map<Key, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation o : dataset.observations()) {
            groups.computeIfAbsent(new Key(o.indicatorId(), o.period()), k -> new ArrayList<>())
                    .add(o);
        }
        long checksum = 0;
        List<BigDecimal> values = new ArrayList<>();
        for (Map.Entry<Key, List<Observation>> group : groups.entrySet()) {
            Indicator indicator =
                    dataset.findIndicator(group.getKey().indicatorId()).orElseThrow();
            Polarity polarity = indicator.polarity();
            BigDecimal englandValue = england.get(group.getKey());
            values.clear();
            int present = 0;
            for (Observation o : group.getValue()) {
                BigDecimal v = o.value().orElse(null);
                values.add(v);
                present += v == null ? 0 : 1;
                if (reasons) {
                    Comparison c = Comparisons.byValue(polarity, v, "England", englandValue, policy);
                    checksum += c.judgement().ordinal();
                } else {
                    checksum += Comparisons.judgeByValue(polarity, v, englandValue, policy)
                            .ordinal();
                }
            }
            if (present == 0 || !Ranking.isRanked(polarity)) {
                continue;
            }
            Ranking ranking = Ranking.of(values, polarity);
            CutPoints cuts = indicator.quartileBanded() ? ranking.cutPoints(4) : null;
            for (int i = 0; i < values.size(); i++) {
                checksum += ranking.rankNumberAt(i);
                if (cuts != null) {
                    checksum += Bands.band(values.get(i), cuts, polarity, policy.boundaryRule())
                            .map(Band::number)
                            .orElse(0);
                }
            }
        }
        return checksum;
    }

    /**
     * The floor: decompresses {@code bds_long.csv.gz} and splits every line at its commas, and no more.
     *
     * @param folder the LAIT folder
     * @return the number of fields, so that nothing is optimised away
     * @throws IOException if the file cannot be read
     */
    public static long decompressAndSplit(Path folder) throws IOException {
        long fields = 0;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(folder.resolve("bds_long.csv.gz")), 65536);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 65536)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                fields += line.split(",", -1).length;
            }
        }
        return fields;
    }

    private record Key(String indicatorId, ReportingPeriod period) {}
}
