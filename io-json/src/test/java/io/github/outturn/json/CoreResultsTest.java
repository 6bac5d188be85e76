package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.outturn.model.Dataset;
import io.github.outturn.period.FinancialHalfYear;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.rating.IndicatorAssessment;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.summary.ActionSummaries;
import io.github.outturn.summary.PlanSummary;
import io.github.outturn.summary.Reconciliation;
import io.github.outturn.summary.ReconciliationReport;
import io.github.outturn.testkit.SampleDatasets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Core's result types are written by the generic result writer with no code of their own. */
class CoreResultsTest {

    @Test
    void test_writeResult_indicatorAssessmentAndReconciliation() throws Exception {
        Dataset ds = SampleDatasets.plan();
        IndicatorAssessment a = IndicatorRating.assess(
                ds, "two-year-offer", "356", FinancialQuarter.parse("2014/15 Q2"), RatingPolicy.defaults());
        JsonNode node = new ObjectMapper().readTree(OutturnJson.standard().writeResultAsString(a));
        // 44.1 against a target of 45.0 with a 5% tolerance (Amber down to 42.75): amber.
        assertThat(node.get("status").asText()).isEqualTo("amber");
        assertThat(node.get("period").asText()).isEqualTo("2014/15 Q2");

        List<ReconciliationReport> reports = Reconciliation.reconcile(ds, RatingPolicy.defaults());
        JsonNode all = new ObjectMapper().readTree(OutturnJson.standard().writeResultAsString(reports));
        assertThat(all.isArray()).isTrue();
        assertThat(all.size()).isEqualTo(reports.size());
    }

    @Test
    void test_writeResult_planSummary() throws Exception {
        PlanSummary s = ActionSummaries.summarise(
                SampleDatasets.plan(), FinancialHalfYear.parse("2014/15 H1"), RatingPolicy.defaults());
        String text = OutturnJson.standard().writeResultAsString(s);
        JsonNode node = new ObjectMapper().readTree(text);
        assertThat(node.get("period").asText()).isEqualTo("2014/15 H1");
        assertThat(node.get("policyReference").asText()).isEqualTo("outturn-default@2");
        // 2014/15 H1 in the sample: A1 green (P1), A2 amber (P1 and P2, 1/2 each), A3 red (P2 1/4,
        // P3 3/4), A4 not rated (P3). The plan counts each action once: 1 green, 1 amber, 1 red,
        // 1 not rated outside the denominator of 3, so 33% each.
        JsonNode plan = node.get("plan").get("distribution");
        assertThat(plan.get("counts").get("green").asText()).isEqualTo("1");
        assertThat(plan.get("counts").get("not-rated").asText()).isEqualTo("1");
        assertThat(plan.get("total").asText()).isEqualTo("3");
        assertThat(plan.get("displayedPercentages").get("amber").asInt()).isEqualTo(33);
        // P1: green 1 (A1) and amber 1/2 (A2): total 3/2, green 1/1.5 = 67%, amber 33%.
        JsonNode p1 = node.get("priorities").get("P1").get("distribution");
        assertThat(p1.get("counts").get("amber").asText()).isEqualTo("1/2");
        assertThat(p1.get("total").asText()).isEqualTo("3/2");
        assertThat(p1.get("displayedTotal").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(p1.get("displayedPercentages").get("green").asInt()).isEqualTo(67);
        assertThat(node.get("priorities").get("P1").get("scope").asText()).isEqualTo("priority");
    }
}
