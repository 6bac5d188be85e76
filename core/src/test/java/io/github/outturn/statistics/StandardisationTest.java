package io.github.outturn.statistics;

import static io.github.outturn.benchmark.ConfidenceLevel.NINETY_FIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-worked standardisation cases and the refusals of bad input. */
class StandardisationTest {

    private static final StandardPopulation TWO_BANDS =
            StandardPopulation.of("two bands", List.of("young", "old"), new double[] {60_000, 40_000});

    @Test
    void test_directRate_handWorked() {
        // Rates 20/1000 and 30/500 weighted 0.6 and 0.4: 0.6 x 0.02 + 0.4 x 0.06 = 0.036 = 3600 per 100,000.
        // var = (0.36 x 20/1000^2 + 0.16 x 30/500^2) = 7.2e-6 + 1.92e-5 = 2.64e-5; O = 50.
        // Byar for 50 at z = 1.959964: lower 50(1 - 1/450 - 1.959964/(3 sqrt 50))^3 = 50 x 0.905384^3 = 37.1081
        DirectlyStandardisedRate r = Standardisation.directRate(
                new double[] {20, 30}, new double[] {1000, 500}, TWO_BANDS, 100_000, NINETY_FIVE);
        assertThat(r.value().getAsDouble()).isCloseTo(3600, within(1e-9));
        double byarLower = 50 * Math.pow(1 - 1.0 / 450 - 1.959963984540054 / (3 * Math.sqrt(50)), 3);
        assertThat(byarLower).isCloseTo(37.1081, within(1e-4));
        double lower = (0.036 + Math.sqrt(2.64e-5 / 50) * (byarLower - 50)) * 100_000;
        assertThat(r.interval().get().lower()).isCloseTo(lower, within(1e-6));
        assertThat(r.totalCount()).isEqualTo(50);
        assertThat(r.totalPopulation()).isEqualTo(1500);
        assertThat(r.inputs()).isEqualTo("50 events in a population of 1500, 2 age bands standardised to two bands");
        assertThat(r.reason()).startsWith("Directly standardised rate 3600 per 100000 (95% ");
        // Independent events given as frequency 1 are the same calculation.
        assertThat(Standardisation.directRateByFrequency(
                                Map.of(1, new double[] {20, 30}),
                                new double[] {1000, 500},
                                TWO_BANDS,
                                100_000,
                                NINETY_FIVE)
                        .value())
                .isEqualTo(r.value());
    }

    @Test
    void test_indirect_handWorked() {
        // Expected = 10/1000 x 2000 + 40/1000 x 500 = 20 + 20 = 40; observed 50: ratio 1.25, SMR 125.
        IndirectlyStandardised r = Standardisation.indirectRatio(
                new double[] {30, 20},
                new double[] {2000, 500},
                new double[] {10, 40},
                new double[] {1000, 1000},
                100,
                NINETY_FIVE);
        assertThat(r.expected()).isCloseTo(40, within(1e-12));
        assertThat(r.value()).isCloseTo(125, within(1e-12));
        assertThat(r.reason())
                .startsWith("Indirectly standardised ratio 125 (95% ")
                .contains("Byar");
        // Reference rate 50/2000 = 2500 per 100,000; rate = 1.25 x 2500 = 3125.
        IndirectlyStandardised rate = Standardisation.indirectRate(
                new double[] {30, 20},
                new double[] {2000, 500},
                new double[] {10, 40},
                new double[] {1000, 1000},
                100_000,
                NINETY_FIVE);
        assertThat(rate.value()).isCloseTo(3125, within(1e-9));
        assertThat(rate.inputs()).endsWith("reference rate 2500");
        IndirectlyStandardised few = Standardisation.indirectRatio(
                3, new double[] {2000, 500}, new double[] {10, 40}, new double[] {1000, 1000}, 1, NINETY_FIVE);
        assertThat(few.reason()).contains("exact Poisson");
    }

    @Test
    void test_refusals() {
        double[] two = {1, 2};
        assertThatThrownBy(() -> Standardisation.directRate(two, new double[] {1}, TWO_BANDS, 1000, NINETY_FIVE))
                .hasMessage("Directly standardised rate: 1 populations for the 2 bands of two bands: expected one"
                        + " for each band");
        assertThatThrownBy(() -> Standardisation.directRate(two, new double[] {1, 0}, TWO_BANDS, 1000, NINETY_FIVE))
                .hasMessage("Population of band old 0.0 must be a finite number above 0");
        assertThatThrownBy(() -> Standardisation.directRate(new double[] {-1, 2}, two, TWO_BANDS, 1000, NINETY_FIVE))
                .hasMessage("Count in band young -1.0 must be a finite number of at least 0");
        assertThatThrownBy(() -> Standardisation.directRate(two, two, TWO_BANDS, 0, NINETY_FIVE))
                .hasMessage("Multiplier 0.0 must be a finite number above 0");
        assertThatThrownBy(() -> Standardisation.directRateByFrequency(Map.of(), two, TWO_BANDS, 1, NINETY_FIVE))
                .hasMessage("No event frequencies given");
        assertThatThrownBy(() -> Standardisation.directRateByFrequency(Map.of(0, two), two, TWO_BANDS, 1, NINETY_FIVE))
                .hasMessage("Event frequency 0 must be at least 1");
        assertThatThrownBy(() -> Standardisation.indirectRatio(two, two, new double[] {0, 0}, two, 1, NINETY_FIVE))
                .hasMessageStartingWith("No events are expected");
        assertThatThrownBy(() ->
                        Standardisation.indirectRatio(new double[] {1}, new double[] {1}, two, two, 1, NINETY_FIVE))
                .hasMessageStartingWith("Indirect standardisation needs as many local populations (1)");
        assertThatThrownBy(() -> Standardisation.indirectRatio(new double[] {1}, two, two, two, 1, NINETY_FIVE))
                .hasMessageStartingWith("Indirect standardisation needs as many counts (1)");
        assertThatThrownBy(() -> Standardisation.indirectRatio(two, two, two, two, 0, NINETY_FIVE))
                .hasMessage("Reference value 0.0 must be a finite number above 0");
    }

    @Test
    void test_standardPopulation() {
        StandardPopulation esp = StandardPopulation.esp2013();
        // The 2013 ESP: 100,000 people, 5,000 aged 0-4 and 1,000 aged 90 and over.
        assertThat(java.util.Arrays.stream(esp.weights()).sum()).isEqualTo(100_000);
        assertThat(esp.bands()).hasSize(19).startsWith("0-4").endsWith("90+");
        assertThat(esp.weight(18)).isEqualTo(1000);
        assertThat(esp).hasToString("ESP 2013 (19 bands)").isEqualTo(StandardPopulation.esp2013());
        assertThat(esp.hashCode()).isEqualTo(StandardPopulation.esp2013().hashCode());
        assertThat(esp.name()).isEqualTo("ESP 2013");
        assertThat(esp).isNotEqualTo(TWO_BANDS);
        assertThatThrownBy(() -> StandardPopulation.of(" ", List.of("a"), new double[] {1}))
                .hasMessage("A standard population needs a name");
        assertThatThrownBy(() -> StandardPopulation.of("x", List.of("a"), new double[] {1, 2}))
                .hasMessageStartingWith("Standard population x has 1 band labels and 2 weights");
        assertThatThrownBy(() -> StandardPopulation.of("x", List.of("a"), new double[] {-1}))
                .hasMessage("Standard population x, band a: weight -1.0 must be a finite number of at least 0");
        assertThatThrownBy(() -> StandardPopulation.of("x", List.of("a"), new double[] {0}))
                .hasMessage("Standard population x has no weight in any band");
    }
}
