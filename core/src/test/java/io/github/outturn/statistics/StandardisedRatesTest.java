package io.github.outturn.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.outturn.benchmark.AreaBenchmarks;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.benchmark.Judgement;
import io.github.outturn.benchmark.JudgementBasis;
import io.github.outturn.highlight.Highlight;
import io.github.outturn.highlight.HighlightPolicy;
import io.github.outturn.highlight.Highlights;
import io.github.outturn.model.AgeBandCount;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.StandardisationMethod;
import io.github.outturn.model.StatisticType;
import io.github.outturn.period.CalendarYear;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.RatingPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A directly standardised indicator's age-band counts feed its observation, and through it the
 * comparison with England and the highlights, with figures worked independently.
 */
class StandardisedRatesTest {

    private static final ReportingPeriod YEAR = CalendarYear.of(2023);

    // Events and population in the 19 bands of the 2013 ESP (0-4, ..., 90+): 96 events in 47,900.
    private static final int[] COUNTS = {0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 4, 6, 8, 10, 12, 14, 15, 12, 8};
    private static final int[] POPULATIONS = {
        3000, 3100, 3000, 2900, 3200, 3400, 3300, 3200, 3100, 3000, 2900, 2800, 2600, 2400, 2100, 1700, 1200, 700, 300
    };

    // Worked with python3 from the formulas of docs/statistics.md, not with this code:
    //   DSR = sum(w x / n) / sum(w) x 100000; var = sum(w^2 x / n^2) / sum(w)^2;
    //   O = 96, z = NormalDist().inv_cdf(0.975) = 1.9599639845400536,
    //   Byar lower = O (1 - 1/(9 O) - z / (3 sqrt O))^3, upper = (O + 1)(1 - 1/(9 (O + 1)) + z / (3 sqrt(O + 1)))^3;
    //   limit = (DSR + sqrt(var / O) (B - O)) x 100000.
    private static final double DSR = 225.7788323954939;
    private static final double LOWER = 182.49149294915318;
    private static final double UPPER = 276.1661029258578;

    private static final Indicator CVD = Indicator.builder()
            .id("u75-cvd")
            .name("Under 75 mortality from cardiovascular disease")
            .polarity(Polarity.LOWER_IS_BETTER)
            .statisticType(StatisticType.RATE)
            .multiplier(new BigDecimal("100000"))
            .decimalPlaces(1)
            .standardisationMethod(StandardisationMethod.DIRECT)
            .build();

    private static final BigDecimal ENGLAND = new BigDecimal("150.0");

    private static List<AgeBandCount> bands(String area, int[] counts) {
        List<AgeBandCount> out = new ArrayList<>();
        List<String> labels = StandardPopulation.esp2013().bands();
        for (int i = 0; i < labels.size(); i++) {
            out.add(AgeBandCount.builder()
                    .indicatorId(CVD.id())
                    .areaCode(area)
                    .period(YEAR)
                    .band(labels.get(i))
                    .count(BigDecimal.valueOf(counts[i]))
                    .population(BigDecimal.valueOf(POPULATIONS[i]))
                    .build());
        }
        return out;
    }

    private static Dataset dataset(List<Observation> observations, List<AgeBandCount> counts) {
        return Dataset.builder()
                .addIndicators(CVD)
                .addAreas(
                        Area.builder()
                                .code("E92000001")
                                .name("England")
                                .type(AreaType.ENGLAND)
                                .build(),
                        Area.builder()
                                .code("E1")
                                .name("Northby")
                                .type(AreaType.LOCAL_AUTHORITY)
                                .build())
                .addBenchmarks(BenchmarkValue.builder()
                        .indicatorId(CVD.id())
                        .period(YEAR)
                        .comparator("E92000001")
                        .type(ComparatorType.ENGLAND)
                        .value(ENGLAND)
                        .build())
                .observations(observations)
                .ageBandCounts(counts)
                .build();
    }

    @Test
    void test_fill_addsTheDsrAndItsDobsonLimits() {
        Dataset filled = StandardisedRates.fill(dataset(List.of(), bands("E1", COUNTS)), ConfidenceLevel.NINETY_FIVE);
        Observation o = filled.findObservation(CVD.id(), "E1", YEAR).orElseThrow();
        assertThat(o.value().orElseThrow().doubleValue()).isCloseTo(DSR, within(1e-9));
        assertThat(o.lowerCi().orElseThrow().doubleValue()).isCloseTo(LOWER, within(1e-9));
        assertThat(o.upperCi().orElseThrow().doubleValue()).isCloseTo(UPPER, within(1e-9));
        assertThat(o.ciLevel()).contains(new BigDecimal("0.95"));
        assertThat(o.numerator()).contains(new BigDecimal("96.0"));
        assertThat(o.denominator()).contains(new BigDecimal("47900.0"));
        assertThat(o.note()).contains(StandardisedRates.NOTE);
        assertThat(o.status()).isEqualTo(ObservationStatus.ACTUAL);
    }

    @Test
    void test_fill_feedsTheComparisonWithEnglandAndTheHighlights() {
        Dataset filled = StandardisedRates.fill(dataset(List.of(), bands("E1", COUNTS)), ConfidenceLevel.NINETY_FIVE);
        BenchmarkPolicy byInterval = BenchmarkPolicy.defaults().withJudgementBasis(JudgementBasis.CONFIDENCE_INTERVAL);
        // England's 150.0 lies below the lower limit 182.49: significantly higher, and lower is better.
        List<Comparison> comparisons = AreaBenchmarks.compareWithBenchmarks(filled, CVD.id(), "E1", YEAR, byInterval);
        assertThat(comparisons).singleElement().satisfies(c -> {
            assertThat(c.judgement()).isEqualTo(Judgement.WORSE);
            assertThat(c.basis()).isEqualTo(JudgementBasis.CONFIDENCE_INTERVAL);
            assertThat(c.interval().orElseThrow().lower()).isCloseTo(LOWER, within(1e-9));
        });
        List<Highlight> highlights = Highlights.find(
                filled,
                "E1",
                YEAR,
                HighlightPolicy.defaults().withMinimumComparators(1),
                RatingPolicy.defaults(),
                byInterval);
        assertThat(highlights)
                .extracting(Highlight::sentence)
                .anySatisfy(s -> assertThat(s).contains("is significantly higher than England (150.0)"));
    }

    @Test
    void test_fill_keepsWhatAnObservationCarries() {
        // A published value is kept; the missing limits come from the counts.
        Observation given = Observation.of(CVD.id(), "E1", YEAR, new BigDecimal("230.1"));
        Dataset filled =
                StandardisedRates.fill(dataset(List.of(given), bands("E1", COUNTS)), ConfidenceLevel.NINETY_FIVE);
        Observation o = filled.findObservation(CVD.id(), "E1", YEAR).orElseThrow();
        assertThat(o.value()).contains(new BigDecimal("230.1"));
        assertThat(o.lowerCi().orElseThrow().doubleValue()).isCloseTo(LOWER, within(1e-9));
        assertThat(filled.observations()).hasSize(1);
        // A value and both limits: nothing to fill, the dataset itself comes back.
        Observation complete = given.withLowerCi(new BigDecimal("200"))
                .withUpperCi(new BigDecimal("260"))
                .withNumerator(BigDecimal.ONE)
                .withDenominator(BigDecimal.TEN);
        Dataset whole = dataset(List.of(complete), bands("E1", COUNTS));
        assertThat(StandardisedRates.fill(whole, ConfidenceLevel.NINETY_FIVE)).isSameAs(whole);
        // A suppressed observation stays suppressed.
        Observation suppressed = Observation.missing(CVD.id(), "E1", YEAR, ObservationStatus.SUPPRESSED);
        Dataset hidden = dataset(List.of(suppressed), bands("E1", COUNTS));
        assertThat(StandardisedRates.fill(hidden, ConfidenceLevel.NINETY_FIVE)).isSameAs(hidden);
    }

    @Test
    void test_fill_leavesWhatCannotBeStandardised() {
        // 9 events in all: PHE gives no rate, so nothing is added.
        int[] few = new int[19];
        few[18] = 9;
        Dataset small = dataset(List.of(), bands("E1", few));
        assertThat(StandardisedRates.fill(small, ConfidenceLevel.NINETY_FIVE)).isSameAs(small);
        // An incomplete set of bands, and an indicator that is not directly standardised.
        Dataset partial = dataset(List.of(), bands("E1", COUNTS).subList(0, 18));
        assertThat(StandardisedRates.fill(partial, ConfidenceLevel.NINETY_FIVE)).isSameAs(partial);
        Dataset crude = Dataset.builder()
                .from(dataset(List.of(), bands("E1", COUNTS)))
                .indicators(List.of(Indicator.builder()
                        .from(CVD)
                        .standardisationMethod(StandardisationMethod.NONE)
                        .build()))
                .build();
        assertThat(StandardisedRates.fill(crude, ConfidenceLevel.NINETY_FIVE)).isSameAs(crude);
        // An indicator naming a standard population that is not known.
        Dataset unknown = Dataset.builder()
                .from(crude)
                .indicators(List.of(Indicator.builder()
                        .from(CVD)
                        .standardPopulation("esp1976")
                        .build()))
                .build();
        assertThat(StandardisedRates.fill(unknown, ConfidenceLevel.NINETY_FIVE)).isSameAs(unknown);
    }

    @Test
    void test_fill_withoutMultiplier_isPer100000() {
        Dataset noMultiplier = Dataset.builder()
                .from(dataset(List.of(), bands("E1", COUNTS)))
                .indicators(List.of(Indicator.builder()
                        .from(CVD)
                        .multiplier(Optional.empty())
                        .build()))
                .build();
        Observation o = StandardisedRates.fill(noMultiplier, ConfidenceLevel.NINETY_FIVE)
                .findObservation(CVD.id(), "E1", YEAR)
                .orElseThrow();
        assertThat(o.value().orElseThrow().doubleValue()).isCloseTo(DSR, within(1e-9));
    }
}
