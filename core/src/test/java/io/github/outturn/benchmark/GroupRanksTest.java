package io.github.outturn.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import io.github.outturn.model.Polarity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked ranks and bands of whole groups, and the group function held to the one-area rules. */
class GroupRanksTest {

    private static final BenchmarkPolicy POLICY = BenchmarkPolicy.defaults();

    private static List<BigDecimal> values(String... v) {
        List<BigDecimal> out = new ArrayList<>();
        for (String s : v) {
            out.add(s == null ? null : new BigDecimal(s));
        }
        return out;
    }

    private static List<String> shown(GroupRanks g) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            out.add(g.rankAt(i).map(Rank::toString).orElse("-") + " "
                    + g.quartileAt(i).map(Band::name).orElse("-")
                    + g.quintileAt(i).map(Band::name).orElse("-"));
        }
        return out;
    }

    @Test
    void lowerIsBetter_fiveValuesAndAMissingOne() {
        // Sorted 10, 20, 30, 40, 50. Type 7, h = 4p: quartiles 20, 30, 40; quintiles (h 0.8, 1.6, 2.4,
        // 3.2) 18, 26, 34, 42. Low is good, a value on a cut goes to the better band (LAIT): 20 is A, 30
        // B, 40 C; quintiles 10 A, 20 B, 30 C, 40 D, 50 E.
        GroupRanks g =
                GroupRanks.of(values("10", null, "30", "20", "40", "50"), Polarity.LOWER_IS_BETTER, true, POLICY);
        assertThat(shown(g)).containsExactly("1 of 5 AA", "- --", "3 of 5 BC", "2 of 5 AB", "4 of 5 CD", "5 of 5 DE");
        assertThat(g.count()).isEqualTo(5);
        assertThat(g.size()).isEqualTo(6);
        assertThat(g.rankNumberAt(1)).isZero();
        assertThat(g.quartileNumberAt(2)).isEqualTo(2);
        assertThat(g.quartileNumberAt(1)).isZero();
        assertThat(g.policyReference()).isEqualTo("outturn-benchmark-default@3");
        assertThat(g).hasToString("[1 of 5 A, -, 3 of 5 B, 2 of 5 A, 4 of 5 C, 5 of 5 D]");
    }

    @Test
    void higherIsBetter_tiesShareTheLowestRankAndACutGoesToTheWorseBand() {
        // Bands' own example: quartiles of 10, 20, 20, 30, 40 are 20, 20, 30. High is good: 40 is 1,
        // 30 is 2, both 20s 3, 10 is 5. On a cut the worse band (LAIT): 20 is D, 30 B, 40 A.
        // Quintiles (h 0.8, 1.6, 2.4, 3.2): 18, 20, 24, 32: 10 E, 20 D, 30 B, 40 A.
        GroupRanks g = GroupRanks.of(values("20", "40", "10", "30", "20"), Polarity.HIGHER_IS_BETTER, true, POLICY);
        assertThat(shown(g)).containsExactly("3 of 5 DD", "1 of 5 AA", "5 of 5 DE", "2 of 5 BB", "3 of 5 DD");
    }

    @Test
    void symmetricRule_aCutGoesToTheBetterBandEitherWay() {
        BenchmarkPolicy symmetric =
                POLICY.withId("symmetric").withVersion("1").withBoundaryRule(BoundaryRule.SYMMETRIC);
        GroupRanks g = GroupRanks.of(values("20", "40", "10", "30", "20"), Polarity.HIGHER_IS_BETTER, true, symmetric);
        // 20 equals two cut points, both now counted below it: the third part from the lowest, band B.
        assertThat(g.quartileAt(0)).contains(Band.B);
        assertThat(g.quartileAt(3)).contains(Band.A);
        assertThat(g.policyReference()).isEqualTo("symmetric@1");
    }

    @Test
    void fewerThanTheMinimumAreRankedButNotBanded() {
        GroupRanks g = GroupRanks.of(values("1", "2", "3", "4"), Polarity.HIGHER_IS_BETTER, true, POLICY);
        assertThat(shown(g)).containsExactly("4 of 4 --", "3 of 4 --", "2 of 4 --", "1 of 4 --");
        BenchmarkPolicy four = POLICY.withId("four").withVersion("1").withMinimumRankedForBands(4);
        assertThat(GroupRanks.of(values("1", "2", "3", "4"), Polarity.HIGHER_IS_BETTER, true, four)
                        .quartileAt(0))
                .contains(Band.D);
    }

    @Test
    void anUnbandedIndicatorIsRankedOnly_andNoJudgementIsNeither() {
        List<BigDecimal> v = values("1", "2", "3", "4", "5");
        assertThat(shown(GroupRanks.of(v, Polarity.LOWER_IS_BETTER, false, POLICY)))
                .containsExactly("1 of 5 --", "2 of 5 --", "3 of 5 --", "4 of 5 --", "5 of 5 --");
        GroupRanks none = GroupRanks.of(v, Polarity.NO_JUDGEMENT, true, POLICY);
        assertThat(none.count()).isZero();
        assertThat(shown(none)).containsOnly("- --");
        assertThat(GroupRanks.of(values(null, null), Polarity.LOWER_IS_BETTER, true, POLICY)
                        .toString())
                .isEqualTo("[-, -]");
    }

    @Test
    void positionsOutOfRangeAreRefused() {
        GroupRanks g = GroupRanks.of(values("1"), Polarity.LOWER_IS_BETTER, true, POLICY);
        assertThatThrownBy(() -> g.quartileAt(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> g.quartileNumberAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> g.rankAt(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void property_eachMemberIsRankedAndBandedAsTheOneAreaRulesDo() {
        qt().withFixedSeed(4101L)
                .withExamples(1000)
                .forAll(RankingTest.mixedGroups(), booleans().all())
                .checkAssert((group, high) -> {
                    Polarity p = high ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
                    GroupRanks g = GroupRanks.of(group, p, true, POLICY);
                    for (int i = 0; i < group.size(); i++) {
                        BigDecimal v = group.get(i);
                        assertThat(g.rankAt(i)).isEqualTo(Ranking.rankOf(v, group, p));
                        boolean banded = v != null && g.count() >= POLICY.minimumRankedForBands();
                        assertThat(g.quartileAt(i))
                                .isEqualTo(banded ? Bands.quartile(v, group, p, POLICY) : java.util.Optional.empty());
                        assertThat(g.quintileAt(i))
                                .isEqualTo(banded ? Bands.quintile(v, group, p, POLICY) : java.util.Optional.empty());
                    }
                });
    }
}
