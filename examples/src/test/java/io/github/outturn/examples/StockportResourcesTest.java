package io.github.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.json.OutturnJson;
import io.github.outturn.validation.DatasetValidator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The illustrative Stockport-style first-quarter report. The minutes' concern, "projected large
 * overspends on external placements of Looked After Children, Special Guardianships and Section 17
 * payments", must come out as the three Red overspends; the figures are invented and each expected
 * sentence was worked by hand from them.
 */
class StockportResourcesTest {

    @Test
    void test_dataset_isValid() {
        assertThat(DatasetValidator.create()
                        .validate(StockportResources.dataset())
                        .toString())
                .isEqualTo("valid");
    }

    @Test
    void test_file_isInTheFormsTheWriterWrites() throws Exception {
        try (InputStream in = Bundled.class.getResourceAsStream(StockportResources.FILE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(OutturnJson.standard().writeDatasetAsString(StockportResources.dataset()))
                    .isEqualTo(text);
            assertThat(text).contains("illustrative figures").contains("every amount is invented");
        }
    }

    @Test
    void test_report_theMinutesPressuresAreRedOverspends() {
        List<String> lines = StockportResources.report();
        assertThat(lines.get(0)).startsWith("Illustrative figures.");
        // 9,700,000 - 8,500,000 = 1,200,000; 1.2 / 8.5 = 14.12%.
        assertThat(lines)
                .contains(
                        "External placements (children looked after): projected overspend of £1.2m (14.1% of the"
                                + " £8.5m budget): RED",
                        // 2,150,000 - 1,800,000 = 350,000; 350 / 1,800 = 19.44%.
                        "Special guardianship orders: projected overspend of £350k (19.4% of the £1.8m budget): RED",
                        // 395,000 - 250,000 = 145,000; 145 / 250 = 58%.
                        "Section 17 payments (edge of care): projected overspend of £145k (58.0% of the £250k"
                                + " budget): RED",
                        // -590,000 against -600,000: 10,000 less income, 1.67%: AMBER (over 1%, within 2%).
                        "Early years income: projected income shortfall of £10k (1.7% of the £600k income budget):"
                                + " AMBER",
                        // 50,000 of 1,200,000 = 4.17%, at least 2%: significant.
                        "School improvement: projected underspend of £50k (4.2% of the £1.2m budget), a significant"
                                + " underspend: GREEN",
                        // Budgets 8.5 + 1.8 + 0.25 + 4.2 + 9.3 + 3.1 - 0.6 = 26.55m; forecasts 28.165m: +1.615m, 6.08%.
                        "Children and Families: projected overspend of £1.6m (6.1% of the £26.6m budget): RED",
                        // 3.4 + 1.2 + 0.9 - 1.5 = 4.0m against 3.995m: 5,000 under, 0.125%.
                        "Education: projected underspend of £5k (0.1% of the £4.0m budget): GREEN",
                        // 30.55m against 32.16m: +1.61m, 5.27%.
                        "Council: projected overspend of £1.6m (5.3% of the £30.6m budget): RED",
                        // Outside the cash limit: 600,000 of 22,000,000 = 2.73%.
                        "Outside the cash limit: projected overspend of £600k (2.7% of the £22.0m budget): RED");
        // Savings: 1,900,000 required, 1,150,000 forecast, 750,000 short = 39.47%.
        assertThat(lines)
                .contains("Council savings: savings of £1.2m forecast against £1.9m required: a shortfall of £750k"
                        + " (39.5% of the requirement); by requirement £150k Blue, £600k Green, £850k Amber, £300k"
                        + " Red (proposals: 1 Blue, 2 Green, 2 Amber, 1 Red)");
        assertThat(lines)
                .contains("Children and Families savings: savings of £800k forecast against £1.5m required: a"
                        + " shortfall of £650k (44.8% of the requirement); by requirement £150k Blue, £400k Green,"
                        + " £600k Amber, £300k Red (proposals: 1 Blue, 1 Green, 1 Amber, 1 Red)");
    }
}
