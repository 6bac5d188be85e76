package io.github.outturn.summary;

import static io.github.outturn.testkit.SampleDatasets.fy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.Action;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.rating.ImmutableRatingPolicy;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.testkit.SampleDatasets;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * The sample plan: A1 in P1; A2 in P1 and P2 (1/2 each); A3 in P2 (1/4) and P3 (3/4); A4 in P3.
 * Theme start-well holds P1 and P2, live-well none. H1: A1 GREEN, A2 AMBER, A3 RED, A4 NOT_RATED.
 * H2: A1 BLUE, A2 GREEN, A3 AMBER, A4 GREEN. Expected figures below are worked by hand from that.
 */
class ActionSummariesTest {

    static final Dataset PLAN = SampleDatasets.plan();
    static final ImmutableRatingPolicy DEFAULTS = RatingPolicy.defaults();

    @Test
    void test_summarise_fractional_perPriorityThemeAndPlan() {
        PlanSummary s = ActionSummaries.summarise(PLAN, fy("2014/15 H1"), DEFAULTS);
        assertThat(s.getPolicyReference()).isEqualTo("outturn-default@2");
        assertThat(s.getCountingMethod()).isEqualTo(CountingMethod.FRACTIONAL);
        assertThat(s.getPeriod()).isEqualTo(fy("2014/15 H1"));
        RagDistribution plan = s.getPlan().getDistribution();
        assertThat(s.getPlan().getScope()).isEqualTo(SummaryScope.PLAN);
        assertThat(s.getPlan().getActionCount()).isEqualTo(4);
        assertThat(plan.getCount(Status.GREEN)).isEqualTo(BigFraction.ONE);
        assertThat(plan.getCount(Status.NOT_RATED)).isEqualTo(BigFraction.ONE);
        assertThat(plan.getTotal()).isEqualTo(BigFraction.of(3));
        assertThat(plan.getOverallTotal()).isEqualTo(BigFraction.of(4));
        // 1 of 3 rated: 33.3% -> 33.
        assertThat(plan.getDisplayedPercentage(Status.RED)).contains(new BigDecimal("33"));

        assertThat(s.getPriorities()).containsOnlyKeys("P1", "P2", "P3");
        RagDistribution p1 = s.getPriorities().get("P1").getDistribution();
        assertThat(p1.getCount(Status.GREEN)).isEqualTo(BigFraction.ONE);
        assertThat(p1.getCount(Status.AMBER)).isEqualTo(BigFraction.of(1, 2));
        // P1: 1 Green of 1.5 rated = 66.7% -> 67.
        assertThat(p1.getDisplayedPercentage(Status.GREEN)).contains(new BigDecimal("67"));
        RagDistribution p2 = s.getPriorities().get("P2").getDistribution();
        assertThat(p2.getCount(Status.AMBER)).isEqualTo(BigFraction.of(1, 2));
        assertThat(p2.getCount(Status.RED)).isEqualTo(BigFraction.of(1, 4));
        assertThat(p2.getDisplayedCount(Status.RED)).isEqualByComparingTo("0.3");
        RagDistribution p3 = s.getPriorities().get("P3").getDistribution();
        assertThat(p3.getCount(Status.RED)).isEqualTo(BigFraction.of(3, 4));
        assertThat(p3.getCount(Status.NOT_RATED)).isEqualTo(BigFraction.ONE);

        RagDistribution startWell = s.getThemes().get("start-well").getDistribution();
        assertThat(startWell.getCount(Status.GREEN)).isEqualTo(BigFraction.ONE);
        assertThat(startWell.getCount(Status.AMBER)).isEqualTo(BigFraction.ONE);
        assertThat(startWell.getCount(Status.RED)).isEqualTo(BigFraction.of(1, 4));
        assertThat(s.getThemes().get("start-well").getActionCount()).isEqualTo(3);
        assertThat(s.getThemes().get("live-well").getDistribution().getOverallTotal())
                .isEqualTo(BigFraction.ZERO);
        assertThat(s.getThemes().get("live-well").getDistribution().getDisplayedPercentages())
                .isEmpty();

        // Under fractional counting the priorities add up to the plan exactly.
        BigFraction sum = BigFraction.ZERO;
        for (ActionSummary p : s.getPriorities().values()) {
            sum = sum.add(p.getDistribution().getOverallTotal());
        }
        assertThat(sum).isEqualTo(plan.getOverallTotal());

        assertThat(s.find(SummaryScope.PLAN, null)).contains(s.getPlan());
        assertThat(s.find(SummaryScope.THEME, "start-well"))
                .contains(s.getThemes().get("start-well"));
        assertThat(s.find(SummaryScope.PRIORITY, "P9")).isEmpty();
    }

    @Test
    void test_summarise_fullAndPrimary() {
        PlanSummary full =
                ActionSummaries.summarise(PLAN, fy("2014/15 H1"), DEFAULTS.withCountingMethod(CountingMethod.FULL));
        // A2 counts once in P1 and once in P2; the plan still counts it once.
        assertThat(full.getPriorities().get("P2").getDistribution().getCount(Status.AMBER))
                .isEqualTo(BigFraction.ONE);
        assertThat(full.getPriorities().get("P2").getDistribution().getCount(Status.RED))
                .isEqualTo(BigFraction.ONE);
        assertThat(full.getThemes().get("start-well").getDistribution().getOverallTotal())
                .isEqualTo(BigFraction.of(3));
        assertThat(full.getPlan().getDistribution().getOverallTotal()).isEqualTo(BigFraction.of(4));
        PlanSummary primary =
                ActionSummaries.summarise(PLAN, fy("2014/15 H1"), DEFAULTS.withCountingMethod(CountingMethod.PRIMARY));
        // A2's primary priority is P1, A3's is P2.
        assertThat(primary.getPriorities().get("P1").getDistribution().getCount(Status.AMBER))
                .isEqualTo(BigFraction.ONE);
        assertThat(primary.getPriorities().get("P2").getDistribution().getCounts())
                .containsEntry(Status.AMBER, BigFraction.ZERO)
                .containsEntry(Status.RED, BigFraction.ONE);
        assertThat(primary.getPriorities().get("P3").getDistribution().getCount(Status.RED))
                .isEqualTo(BigFraction.ZERO);
    }

    @Test
    void test_summarise_actionWithoutUpdate_countsAsNoData() {
        Dataset ds = Dataset.builder()
                .from(PLAN)
                .addActions(Action.builder()
                        .id("A5")
                        .title("New action")
                        .addPriorityIds("P3")
                        .build())
                .build();
        PlanSummary s = ActionSummaries.summarise(ds, fy("2014/15 H1"), DEFAULTS);
        assertThat(s.getPlan().getDistribution().getCount(Status.NO_DATA)).isEqualTo(BigFraction.ONE);
        // Outside the denominator: the plan's percentages are unchanged (1 of 3 rated each).
        assertThat(s.getPlan().getDistribution().getShare(Status.GREEN)).contains(BigFraction.of(1, 3));
        assertThat(ActionSummaries.statusOf(ds, "A5", fy("2014/15 H1"))).isEqualTo(Status.NO_DATA);
        assertThat(ActionSummaries.statusOf(ds, "A1", fy("2014/15 H1"))).isEqualTo(Status.GREEN);
        // A period nobody reported on: every action NO_DATA, no percentages.
        PlanSummary none = ActionSummaries.summarise(ds, fy("2015/16 H1"), DEFAULTS);
        assertThat(none.getPlan().getDistribution().getCount(Status.NO_DATA)).isEqualTo(BigFraction.of(5));
        assertThat(none.getPlan().getDistribution().getDisplayedPercentages()).isEmpty();
    }

    @Test
    void test_compare_movementBetweenHalfYears() {
        PeriodComparison c = ActionSummaries.compare(PLAN, fy("2014/15 H1"), fy("2014/15 H2"), DEFAULTS);
        assertThat(c.getEarlier()).isEqualTo(fy("2014/15 H1"));
        assertThat(c.getLater()).isEqualTo(fy("2014/15 H2"));
        assertThat(c.getPolicyReference()).isEqualTo("outturn-default@2");
        MovementMatrix plan = c.getPlan();
        assertThat(plan.get(Status.GREEN, Status.BLUE)).isEqualTo(BigFraction.ONE);
        assertThat(plan.get(Status.AMBER, Status.GREEN)).isEqualTo(BigFraction.ONE);
        assertThat(plan.get(Status.RED, Status.AMBER)).isEqualTo(BigFraction.ONE);
        assertThat(plan.get(Status.NOT_RATED, Status.GREEN)).isEqualTo(BigFraction.ONE);
        assertThat(plan.get(Status.GREEN, Status.GREEN)).isEqualTo(BigFraction.ZERO);
        assertThat(plan.getChanged()).isEqualTo(BigFraction.of(4));
        assertThat(plan.getFromTotal(Status.GREEN)).isEqualTo(BigFraction.ONE);
        assertThat(plan.getToTotal(Status.GREEN)).isEqualTo(BigFraction.of(2));
        // P2: half of A2 went Amber to Green, a quarter of A3 Red to Amber.
        MovementMatrix p2 = c.getPriorities().get("P2");
        assertThat(p2.get(Status.AMBER, Status.GREEN)).isEqualTo(BigFraction.of(1, 2));
        assertThat(p2.get(Status.RED, Status.AMBER)).isEqualTo(BigFraction.of(1, 4));
        assertThat(p2.toString()).isEqualTo("AMBER->GREEN 1 / 2, RED->AMBER 1 / 4");
        assertThat(c.getThemes().get("start-well").get(Status.AMBER, Status.GREEN))
                .isEqualTo(BigFraction.ONE);
        assertThat(c.getThemes().get("live-well").toString()).isEqualTo("no actions");
        // Unchanged between a period and itself.
        PeriodComparison same = ActionSummaries.compare(PLAN, fy("2014/15 H1"), fy("2014/15 H1"), DEFAULTS);
        assertThat(same.getPlan().getChanged()).isEqualTo(BigFraction.ZERO);
        assertThat(same.getPlan().get(Status.NOT_RATED, Status.NOT_RATED)).isEqualTo(BigFraction.ONE);
    }

    @Test
    void test_movementMatrix_ofAndEquals() {
        MovementMatrix m = MovementMatrix.of(Map.of(Status.AMBER, Map.of(Status.GREEN, BigFraction.of(3, 2))));
        assertThat(m).isEqualTo(MovementMatrix.of(Map.of(Status.AMBER, Map.of(Status.GREEN, BigFraction.of(6, 4)))));
        assertThat(m.hashCode()).isEqualTo(MovementMatrix.of(m.getCells()).hashCode());
        assertThat(m).isNotEqualTo(MovementMatrix.of(Map.of())).isNotEqualTo("x");
        assertThat(MovementMatrix.of(Map.of()).getChanged()).isEqualTo(BigFraction.ZERO);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> MovementMatrix.of(Map.of(Status.RED, Map.of(Status.RED, BigFraction.of(-1)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from RED to RED is -1");
    }
}
