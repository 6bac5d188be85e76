package io.github.outturn.summary;

import static io.github.outturn.testkit.SampleDatasets.fy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.Action;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
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
    static final RatingPolicy DEFAULTS = RatingPolicy.defaults();

    @Test
    void test_summarise_fractional_perPriorityThemeAndPlan() {
        PlanSummary s = ActionSummaries.summarise(PLAN, fy("2014/15 H1"), DEFAULTS);
        assertThat(s.policyReference()).isEqualTo("outturn-default@2");
        assertThat(s.countingMethod()).isEqualTo(CountingMethod.FRACTIONAL);
        assertThat(s.period()).isEqualTo(fy("2014/15 H1"));
        RagDistribution plan = s.plan().distribution();
        assertThat(s.plan().scope()).isEqualTo(SummaryScope.PLAN);
        assertThat(s.plan().actionCount()).isEqualTo(4);
        assertThat(plan.count(Status.GREEN)).isEqualTo(BigFraction.ONE);
        assertThat(plan.count(Status.NOT_RATED)).isEqualTo(BigFraction.ONE);
        assertThat(plan.total()).isEqualTo(BigFraction.of(3));
        assertThat(plan.overallTotal()).isEqualTo(BigFraction.of(4));
        // 1 of 3 rated: 33.3% -> 33.
        assertThat(plan.displayedPercentage(Status.RED)).contains(new BigDecimal("33"));

        assertThat(s.priorities()).containsOnlyKeys("P1", "P2", "P3");
        RagDistribution p1 = s.priorities().get("P1").distribution();
        assertThat(p1.count(Status.GREEN)).isEqualTo(BigFraction.ONE);
        assertThat(p1.count(Status.AMBER)).isEqualTo(BigFraction.of(1, 2));
        // P1: 1 Green of 1.5 rated = 66.7% -> 67.
        assertThat(p1.displayedPercentage(Status.GREEN)).contains(new BigDecimal("67"));
        RagDistribution p2 = s.priorities().get("P2").distribution();
        assertThat(p2.count(Status.AMBER)).isEqualTo(BigFraction.of(1, 2));
        assertThat(p2.count(Status.RED)).isEqualTo(BigFraction.of(1, 4));
        assertThat(p2.displayedCount(Status.RED)).isEqualByComparingTo("0.3");
        RagDistribution p3 = s.priorities().get("P3").distribution();
        assertThat(p3.count(Status.RED)).isEqualTo(BigFraction.of(3, 4));
        assertThat(p3.count(Status.NOT_RATED)).isEqualTo(BigFraction.ONE);

        RagDistribution startWell = s.themes().get("start-well").distribution();
        assertThat(startWell.count(Status.GREEN)).isEqualTo(BigFraction.ONE);
        assertThat(startWell.count(Status.AMBER)).isEqualTo(BigFraction.ONE);
        assertThat(startWell.count(Status.RED)).isEqualTo(BigFraction.of(1, 4));
        assertThat(s.themes().get("start-well").actionCount()).isEqualTo(3);
        assertThat(s.themes().get("live-well").distribution().overallTotal()).isEqualTo(BigFraction.ZERO);
        assertThat(s.themes().get("live-well").distribution().displayedPercentages())
                .isEmpty();

        // Under fractional counting the priorities add up to the plan exactly.
        BigFraction sum = BigFraction.ZERO;
        for (ActionSummary p : s.priorities().values()) {
            sum = sum.add(p.distribution().overallTotal());
        }
        assertThat(sum).isEqualTo(plan.overallTotal());

        assertThat(s.find(SummaryScope.PLAN, null)).contains(s.plan());
        assertThat(s.find(SummaryScope.THEME, "start-well")).contains(s.themes().get("start-well"));
        assertThat(s.find(SummaryScope.PRIORITY, "P9")).isEmpty();
    }

    @Test
    void test_summarise_fullAndPrimary() {
        PlanSummary full =
                ActionSummaries.summarise(PLAN, fy("2014/15 H1"), DEFAULTS.withCountingMethod(CountingMethod.FULL));
        // A2 counts once in P1 and once in P2; the plan still counts it once.
        assertThat(full.priorities().get("P2").distribution().count(Status.AMBER))
                .isEqualTo(BigFraction.ONE);
        assertThat(full.priorities().get("P2").distribution().count(Status.RED)).isEqualTo(BigFraction.ONE);
        assertThat(full.themes().get("start-well").distribution().overallTotal())
                .isEqualTo(BigFraction.of(3));
        assertThat(full.plan().distribution().overallTotal()).isEqualTo(BigFraction.of(4));
        PlanSummary primary =
                ActionSummaries.summarise(PLAN, fy("2014/15 H1"), DEFAULTS.withCountingMethod(CountingMethod.PRIMARY));
        // A2's primary priority is P1, A3's is P2.
        assertThat(primary.priorities().get("P1").distribution().count(Status.AMBER))
                .isEqualTo(BigFraction.ONE);
        assertThat(primary.priorities().get("P2").distribution().counts())
                .containsEntry(Status.AMBER, BigFraction.ZERO)
                .containsEntry(Status.RED, BigFraction.ONE);
        assertThat(primary.priorities().get("P3").distribution().count(Status.RED))
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
        assertThat(s.plan().distribution().count(Status.NO_DATA)).isEqualTo(BigFraction.ONE);
        // Outside the denominator: the plan's percentages are unchanged (1 of 3 rated each).
        assertThat(s.plan().distribution().share(Status.GREEN)).contains(BigFraction.of(1, 3));
        assertThat(ActionSummaries.statusOf(ds, "A5", fy("2014/15 H1"))).isEqualTo(Status.NO_DATA);
        assertThat(ActionSummaries.statusOf(ds, "A1", fy("2014/15 H1"))).isEqualTo(Status.GREEN);
        // A period nobody reported on: every action NO_DATA, no percentages.
        PlanSummary none = ActionSummaries.summarise(ds, fy("2015/16 H1"), DEFAULTS);
        assertThat(none.plan().distribution().count(Status.NO_DATA)).isEqualTo(BigFraction.of(5));
        assertThat(none.plan().distribution().displayedPercentages()).isEmpty();
    }

    @Test
    void test_compare_movementBetweenHalfYears() {
        PeriodComparison c = ActionSummaries.compare(PLAN, fy("2014/15 H1"), fy("2014/15 H2"), DEFAULTS);
        assertThat(c.earlier()).isEqualTo(fy("2014/15 H1"));
        assertThat(c.later()).isEqualTo(fy("2014/15 H2"));
        assertThat(c.policyReference()).isEqualTo("outturn-default@2");
        MovementMatrix plan = c.plan();
        assertThat(plan.get(Status.GREEN, Status.BLUE)).isEqualTo(BigFraction.ONE);
        assertThat(plan.get(Status.AMBER, Status.GREEN)).isEqualTo(BigFraction.ONE);
        assertThat(plan.get(Status.RED, Status.AMBER)).isEqualTo(BigFraction.ONE);
        assertThat(plan.get(Status.NOT_RATED, Status.GREEN)).isEqualTo(BigFraction.ONE);
        assertThat(plan.get(Status.GREEN, Status.GREEN)).isEqualTo(BigFraction.ZERO);
        assertThat(plan.changed()).isEqualTo(BigFraction.of(4));
        assertThat(plan.fromTotal(Status.GREEN)).isEqualTo(BigFraction.ONE);
        assertThat(plan.toTotal(Status.GREEN)).isEqualTo(BigFraction.of(2));
        // P2: half of A2 went Amber to Green, a quarter of A3 Red to Amber.
        MovementMatrix p2 = c.priorities().get("P2");
        assertThat(p2.get(Status.AMBER, Status.GREEN)).isEqualTo(BigFraction.of(1, 2));
        assertThat(p2.get(Status.RED, Status.AMBER)).isEqualTo(BigFraction.of(1, 4));
        assertThat(p2.toString()).isEqualTo("AMBER->GREEN 1 / 2, RED->AMBER 1 / 4");
        assertThat(c.themes().get("start-well").get(Status.AMBER, Status.GREEN)).isEqualTo(BigFraction.ONE);
        assertThat(c.themes().get("live-well").toString()).isEqualTo("no actions");
        // Unchanged between a period and itself.
        PeriodComparison same = ActionSummaries.compare(PLAN, fy("2014/15 H1"), fy("2014/15 H1"), DEFAULTS);
        assertThat(same.plan().changed()).isEqualTo(BigFraction.ZERO);
        assertThat(same.plan().get(Status.NOT_RATED, Status.NOT_RATED)).isEqualTo(BigFraction.ONE);
    }

    @Test
    void test_movementMatrix_ofAndEquals() {
        MovementMatrix m = MovementMatrix.of(Map.of(Status.AMBER, Map.of(Status.GREEN, BigFraction.of(3, 2))));
        assertThat(m).isEqualTo(MovementMatrix.of(Map.of(Status.AMBER, Map.of(Status.GREEN, BigFraction.of(6, 4)))));
        assertThat(m.hashCode()).isEqualTo(MovementMatrix.of(m.cells()).hashCode());
        assertThat(m).isNotEqualTo(MovementMatrix.of(Map.of())).isNotEqualTo("x");
        assertThat(MovementMatrix.of(Map.of()).changed()).isEqualTo(BigFraction.ZERO);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> MovementMatrix.of(Map.of(Status.RED, Map.of(Status.RED, BigFraction.of(-1)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from RED to RED is -1");
    }
}
