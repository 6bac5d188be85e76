package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.highlight.Concern;
import io.github.outturn.highlight.Exceptions;
import io.github.outturn.highlight.Highlight;
import io.github.outturn.highlight.HighlightKind;
import io.github.outturn.highlight.HighlightPolicy;
import io.github.outturn.highlight.Highlights;
import io.github.outturn.highlight.IndicatorRollup;
import io.github.outturn.highlight.IndicatorRollups;
import io.github.outturn.highlight.TimeSeries;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.Dataset;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.rating.TravelTerm;
import io.github.outturn.testkit.SampleDatasets;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Highlight policies and highlight results as JSON: written, read back equal, defaults filled, errors located. */
class HighlightJsonTest {

    private static final OutturnJson JSON = OutturnJson.standard();
    private static final Dataset PLAN = SampleDatasets.plan();

    @Test
    void test_highlightPolicy_roundTripAndDefaults(@TempDir Path dir) throws Exception {
        HighlightPolicy full = HighlightPolicy.builder()
                .id("committee")
                .version("2")
                .kinds(EnumSet.of(HighlightKind.RANK, HighlightKind.CHANGE))
                .topN(3)
                .neighbourTopN(2)
                .minimumGroupSize(10)
                .recordTop(2)
                .minimumSeriesLength(4)
                .minimumRelativeChange(new BigDecimal("12.5"))
                .changeTerm(TravelTerm.LONG_TERM)
                .runLength(4)
                .minimumComparators(3)
                .maxPerIndicator(2)
                .build();
        Path file = dir.resolve("policy.json");
        JSON.writeHighlightPolicy(full, file);
        assertThat(JSON.readHighlightPolicy(file)).isEqualTo(full);
        String text = JSON.withIndent(false).writeHighlightPolicyAsString(full);
        assertThat(text).contains("\"changeTerm\":\"long-term\"").contains("\"kinds\":[\"rank\",\"change\"]");

        HighlightPolicy small = JSON.readHighlightPolicy(
                new java.io.ByteArrayInputStream(
                        "{\"id\": \"committee\", \"version\": \"1\", \"topN\": 3}".getBytes(StandardCharsets.UTF_8)),
                "small.json");
        assertThat(small)
                .isEqualTo(HighlightPolicy.defaults().withId("committee").withTopN(3));
    }

    @Test
    void test_highlightPolicy_badValues_locatedAndExplained(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"id\": \"x\", \"version\": \"1\", \"topN\": 0}");
        assertThatThrownBy(() -> JSON.readHighlightPolicy(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("topN 0 of highlight policy x@1 is too small: expected 1 or more");

        Files.writeString(file, "{\"id\": \"x\", \"version\": \"1\", \"kinds\": [\"rank\", \"rumour\"]}");
        assertThatThrownBy(() -> JSON.readHighlightPolicy(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rumour");
    }

    @Test
    void test_results_roundTrip() throws Exception {
        List<Highlight> highlights =
                Highlights.find(PLAN, "356", SampleDatasets.fy("2014/15 Q2"), HighlightPolicy.defaults());
        String text = JSON.withIndent(false).writeResultAsString(highlights);
        assertThat(JSON.readResult(text, new TypeReference<List<Highlight>>() {}))
                .isEqualTo(highlights);
        assertThat(text).contains("\"news\":\"neutral\"").contains("\"kind\":\"target\"");

        List<Concern> concerns = Exceptions.find(
                PLAN, "356", HighlightPolicy.defaults(), RatingPolicy.defaults(), BenchmarkPolicy.defaults());
        assertThat(JSON.readResult(JSON.writeResultAsString(concerns), new TypeReference<List<Concern>>() {}))
                .isEqualTo(concerns);

        List<IndicatorRollup> rollups = IndicatorRollups.of(PLAN, "356", RatingPolicy.defaults());
        assertThat(JSON.readResult(JSON.writeResultAsString(rollups), new TypeReference<List<IndicatorRollup>>() {}))
                .isEqualTo(rollups);

        TimeSeries series = TimeSeries.of(PLAN, "two-year-offer", "356", 10, BenchmarkPolicy.defaults());
        assertThat(JSON.readResult(JSON.writeResultAsString(series), TimeSeries.class))
                .isEqualTo(series);
    }
}
