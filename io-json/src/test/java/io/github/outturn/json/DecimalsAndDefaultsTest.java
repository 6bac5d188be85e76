package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.Frequency;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.MeasureType;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.StatisticType;
import io.github.outturn.period.AcademicYear;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.YearType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsAndDefaultsTest {

    private static BigDecimal valueOf(String number) {
        Dataset ds = Documents.read("{\"schemaVersion\": 1, \"observations\": [{\"indicatorId\": \"x\","
                + " \"areaCode\": \"A\", \"period\": \"2015\", \"value\": " + number + "}]}");
        return ds.observations().get(0).value().orElseThrow();
    }

    @Test
    void test_read_decimalsKeepTheirDigitsAndScale() {
        // BigDecimal.equals compares the scale too: these are the exact decimals written.
        assertThat(valueOf("0.1")).isEqualTo(new BigDecimal("0.1"));
        assertThat(valueOf("80.0")).isEqualTo(new BigDecimal("80.0"));
        assertThat(valueOf("80.0").scale()).isEqualTo(1);
        assertThat(valueOf("12")).isEqualTo(new BigDecimal("12"));
        assertThat(valueOf("-0.000")).isEqualTo(new BigDecimal("-0.000"));
        assertThat(valueOf("123456789012345678.123456789012345678901234567890"))
                .isEqualTo(new BigDecimal("123456789012345678.123456789012345678901234567890"));
        // 0.1 + 0.2 would be 0.30000000000000004 through a double.
        assertThat(valueOf("0.1").add(valueOf("0.2"))).isEqualTo(new BigDecimal("0.3"));
    }

    @Test
    void test_write_decimalsAsPlainExactNumbers() {
        Dataset ds = Dataset.builder()
                .addObservations(
                        Observation.of("x", "A", FinancialYear.of(2015), new BigDecimal("0.1")),
                        Observation.of("x", "A", FinancialYear.of(2016), new BigDecimal("80.0")),
                        Observation.of("x", "A", FinancialYear.of(2017), new BigDecimal("1E+3")))
                .build();
        String text = OutturnJson.standard().withIndent(false).writeDatasetAsString(ds);
        assertThat(text)
                .contains("\"value\":0.1,")
                .contains("\"value\":80.0,")
                .contains("\"value\":1000,")
                .doesNotContain("E+");
        assertThat(Documents.read(text).observations().get(1).value()).contains(new BigDecimal("80.0"));
    }

    @Test
    void test_read_minimalSampleTakesDefaultsAndIndicatorYearTypes() {
        Dataset ds = Documents.read(Documents.resource("sample-minimal.json"));

        Indicator ks2 = ds.findIndicator("ks2").orElseThrow();
        assertThat(ks2.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(ks2.decimalPlaces()).isEqualTo(1);
        assertThat(ks2.measureType()).isEqualTo(MeasureType.SNAPSHOT);
        assertThat(ks2.statisticType()).isEqualTo(StatisticType.OTHER);
        assertThat(ks2.frequency()).isEqualTo(Frequency.ANNUAL);
        assertThat(ks2.quartileBanded()).isTrue();
        assertThat(ks2.yearType()).isEqualTo(YearType.ACADEMIC);

        // "2015/16" is an academic year for ks2 (declared after its observations) and a financial
        // year for lac, whose year type defaults to financial.
        Observation first = ds.observations().get(0);
        assertThat(first.period()).isEqualTo(AcademicYear.of(2015));
        assertThat(first.value()).contains(new BigDecimal("80.0"));
        assertThat(first.status()).isEqualTo(ObservationStatus.ACTUAL);
        assertThat(ds.observations().get(1).period()).isEqualTo(FinancialYear.of(2016));
        assertThat(ds.targets().get(0).period()).isEqualTo(AcademicYear.of(2015));
        assertThat(ds.targets().get(0).value()).contains(new BigDecimal("0.1"));
        assertThat(ds.plan()).isEmpty();
        assertThat(ds.areas()).isEmpty();
    }

    @Test
    void test_read_nullsReadAsAbsentAndEmptyDocumentHasEmptyCollections() {
        Dataset ds = Documents.read("{\"schemaVersion\": 1, \"plan\": null, \"areas\": null,"
                + " \"observations\": [{\"indicatorId\": \"x\", \"areaCode\": \"A\", \"period\": \"2015\","
                + " \"value\": null, \"status\": null, \"note\": null}]}");
        assertThat(ds.plan()).isEmpty();
        assertThat(ds.areas()).isEmpty();
        Observation o = ds.observations().get(0);
        assertThat(o.value()).isEmpty();
        assertThat(o.status()).isEqualTo(ObservationStatus.ACTUAL);
        assertThat(Documents.read("{\"schemaVersion\": 1}"))
                .isEqualTo(Dataset.builder().build());
    }

    @Test
    void test_read_utf8ByteOrderMarkAndWrittenTextWithEscapes() {
        Dataset ds = Documents.read(
                "\uFEFF{\"schemaVersion\": 1, \"plan\": {\"id\": \"p\", \"name\": \"Caf\\u00e9 \\\"plan\\\"\"}}");
        assertThat(ds.plan().orElseThrow().name()).isEqualTo("Café \"plan\"");
        assertThat(Documents.read(OutturnJson.standard().writeDatasetAsString(ds)))
                .isEqualTo(ds);
    }
}
