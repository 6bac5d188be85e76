package io.github.outturn.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.AgeBandCount;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.StandardisationMethod;
import io.github.outturn.period.CalendarYear;
import io.github.outturn.statistics.StandardPopulation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator's standardisation rules: known standard populations, known bands, a full set, counts in range. */
class AgeBandValidationTest {

    private static final DatasetValidator VALIDATOR = DatasetValidator.create();

    private static final Indicator DSR = Indicator.builder()
            .id("u75-cvd")
            .name("Under 75 CVD mortality")
            .polarity(Polarity.LOWER_IS_BETTER)
            .standardisationMethod(StandardisationMethod.DIRECT)
            .standardPopulation("esp2013")
            .build();

    private static AgeBandCount band(String label, String count, String population) {
        return AgeBandCount.builder()
                .indicatorId("u75-cvd")
                .areaCode("E1")
                .period(CalendarYear.of(2023))
                .band(label)
                .count(new BigDecimal(count))
                .population(new BigDecimal(population))
                .build();
    }

    private static List<AgeBandCount> fullSet() {
        List<AgeBandCount> out = new ArrayList<>();
        for (String label : StandardPopulation.esp2013().bands()) {
            out.add(band(label, "2", "1000"));
        }
        return out;
    }

    @Test
    void test_validate_aFullSetIsValid() {
        Dataset ds =
                Dataset.builder().addIndicators(DSR).ageBandCounts(fullSet()).build();
        assertThat(VALIDATOR.validate(ds).toString()).isEqualTo("valid");
    }

    @Test
    void test_validate_reportsEachProblemWithItsPlace() {
        List<AgeBandCount> counts = new ArrayList<>(fullSet().subList(0, 17)); // 85-89 and 90+ missing
        counts.add(band("0-4", "1", "1000")); // [17] a second 0-4
        counts.add(band("95+", "1", "10")); // [18] not an ESP band
        counts.add(band("5-9", "-1", "0")); // [19] negative count, population 0, and a repeat
        counts.add(AgeBandCount.builder()
                .from(band("0-4", "1", "1"))
                .indicatorId("nope")
                .build()); // [20]
        Dataset ds = Dataset.builder()
                .addIndicators(
                        DSR,
                        Indicator.builder()
                                .from(DSR)
                                .id("other")
                                .standardPopulation("esp1976")
                                .build())
                .ageBandCounts(counts)
                .build();
        assertThat(VALIDATOR.validate(ds).violations())
                .extracting(Violation::toString)
                .contains(
                        "ageBandCounts[0] \"u75-cvd for E1 in 2023\": 17 of the 19 bands of ESP 2013: expected one"
                                + " count for every band; missing 85-89, 90+",
                        "ageBandCounts[17] \"u75-cvd for E1 in 2023, band 0-4\": duplicates ageBandCounts[0]: each"
                                + " must be unique",
                        "ageBandCounts[18].band \"95+\": not a band of ESP 2013: expected one of 0-4, 5-9, 10-14,"
                                + " 15-19, 20-24, 25-29, 30-34, 35-39, 40-44, 45-49, 50-54, 55-59, 60-64, 65-69, 70-74,"
                                + " 75-79, 80-84, 85-89, 90+",
                        "ageBandCounts[20].indicatorId \"nope\": no indicator has this id",
                        "indicators[1].standardPopulation \"esp1976\": not a standard population Outturn knows:"
                                + " expected esp2013")
                .anySatisfy(v -> assertThat(v).startsWith("ageBandCounts[19].count \"-1\""))
                .anySatisfy(v -> assertThat(v).startsWith("ageBandCounts[19].population \"0\""));
    }
}
