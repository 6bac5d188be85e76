package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.Observation;
import io.github.outturn.period.FinancialQuarter;
import java.io.InputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LargeDocumentTest {

    @Test
    void test_readDataset_aMillionObservationsFromAStream() throws Exception {
        Dataset ds;
        try (InputStream in = new LargeDocument(1_000_000)) {
            ds = OutturnJson.standard().readDataset(in, "generated");
        }
        assertThat(ds.observations()).hasSize(1_000_000);
        // Observation 999,999: area 999999 % 150 = 99, quarter (999999 / 150) % 4 + 1 = 3,
        // year 2000 + (999999 / 600) % 30 = 2000 + 1666 % 30 = 2016, value 999.9, no CIs (not a multiple of 5).
        Observation last = ds.observations().get(999_999);
        assertThat(last.areaCode()).isEqualTo("E08001099");
        assertThat(last.period()).isEqualTo(FinancialQuarter.of(2016, 3));
        assertThat(last.value()).contains(new BigDecimal("999.9"));
        assertThat(last.lowerCi()).isEmpty();
        // Observation 5: value 5.5 with numerator 5 of 1000 and CIs 5.51 and 5.59.
        Observation fifth = ds.observations().get(5);
        assertThat(fifth.upperCi()).contains(new BigDecimal("5.59"));
        assertThat(fifth.numerator()).contains(new BigDecimal("5"));
    }
}
