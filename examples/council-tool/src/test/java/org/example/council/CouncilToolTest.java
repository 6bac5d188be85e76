package org.example.council;

import static io.github.outturn.testkit.OutturnAssertions.assertThat;

import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.IndicatorAssessment;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tool reads the Nottingham example dataset (in JSON, through DatasetFormats) and rates it. */
class CouncilToolTest {

    /**
     * Nottingham (892), 2014/15, DTaP/IPV/Hib take-up at 12 months: 92.9% (3612 of 3888) against a
     * target of 95.0% with an absolute tolerance of 2 points, so the Amber edge is 93.0% and 92.9%
     * lies 0.1 beyond it: RED. Worked by hand from the dataset's figures.
     */
    @Test
    void rate_readsTheDatasetAndRatesDtapRed() throws Exception {
        List<IndicatorAssessment> rated = PlanRatings.rate(
                Path.of(System.getProperty("council.dataset")), "892", ReportingPeriod.parse("2014/15"));
        IndicatorAssessment dtap = rated.stream()
                .filter(a -> a.indicatorId().equals("dtap-12m"))
                .findFirst()
                .orElseThrow();
        assertThat(dtap)
                .isRed()
                .hasReasonContaining("92.9% is below the target of 95.0% by 2.1 points")
                .hasPolicyReference("outturn-default@2");
        assertThat(rated).extracting(IndicatorAssessment::indicatorId).contains("dtap-12m");
    }
}
