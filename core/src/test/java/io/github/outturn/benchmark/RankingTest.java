package io.github.outturn.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.outturn.model.Polarity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** LAIT's own cases (issue 4) and hand-worked ranks. */
class RankingTest {

    private static List<BigDecimal> values(String... v) {
        List<BigDecimal> out = new ArrayList<>();
        for (String s : v) {
            out.add(s == null ? null : new BigDecimal(s));
        }
        return out;
    }

    private static List<String> ranks(Ranking r) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            out.add(r.rankAt(i).map(Rank::toString).orElse("-"));
        }
        return out;
    }

    @Test
    void test_of_laitHigherIsBetter() {
        // LAIT: values 10, 20, 20, 30, 40 rank 5, 3, 3, 2, 1
        Ranking r = Ranking.of(values("10", "20", "20", "30", "40"), Polarity.HIGHER_IS_BETTER);
        assertThat(ranks(r)).containsExactly("5 of 5", "3 of 5", "3 of 5", "2 of 5", "1 of 5");
        assertThat(r.count()).isEqualTo(5);
    }

    @Test
    void test_of_laitLowerIsBetterWithMissing() {
        // LAIT: 10, missing, 30, 20, missing rank 1, -, 3, 2, -
        Ranking r = Ranking.of(values("10", null, "30", "20", null), Polarity.LOWER_IS_BETTER);
        assertThat(r.toString()).isEqualTo("[1 of 3, -, 3 of 3, 2 of 3, -]");
        assertThat(r.rankNumberAt(1)).isZero();
        assertThat(r.rankNumberAt(2)).isEqualTo(3);
        assertThat(r.size()).isEqualTo(5);
    }

    @Test
    void test_of_tiesShareTheLowestRank() {
        // 1, 2, 2, 4: the two equal values share rank 2, the next is 4
        Ranking r = Ranking.of(values("5.0", "7", "7.00", "9"), Polarity.LOWER_IS_BETTER);
        assertThat(r.toString()).isEqualTo("[1 of 4, 2 of 4, 2 of 4, 4 of 4]");
    }

    @Test
    void test_of_notRankedPolarities() {
        for (Polarity p : new Polarity[] {Polarity.NO_JUDGEMENT, Polarity.TARGET_BAND}) {
            Ranking r = Ranking.of(values("1", "2"), p);
            assertThat(r.rankAt(0)).isEmpty();
            assertThat(r.count()).isZero();
            assertThat(Ranking.rankOf(BigDecimal.ONE, values("1", "2"), p)).isEmpty();
        }
        assertThat(Ranking.of(List.of(), Polarity.HIGHER_IS_BETTER).toString()).isEqualTo("[]");
        assertThatThrownBy(
                        () -> Ranking.of(values("1"), Polarity.HIGHER_IS_BETTER).rankAt(1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void test_rankOf_oneValue() {
        // Stockport "3rd in country": two values higher among 5 present (one missing)
        List<BigDecimal> group = values("91", "95", null, "88", "93", "80");
        assertThat(Ranking.rankOf(new BigDecimal("91"), group, Polarity.HIGHER_IS_BETTER))
                .contains(Rank.of(3, 5));
        assertThat(Ranking.rankOf(new BigDecimal("91"), group, Polarity.LOWER_IS_BETTER))
                .contains(Rank.of(3, 5));
        // A value not in the group is counted as one more: 92 ranks 3 of 6.
        assertThat(Ranking.rankOf(new BigDecimal("92"), group, Polarity.HIGHER_IS_BETTER))
                .contains(Rank.of(3, 6));
        assertThat(Ranking.rankOf(null, group, Polarity.HIGHER_IS_BETTER)).isEmpty();
    }

    @Test
    void test_rank_valueClass() {
        Rank r = Rank.of(3, 152);
        assertThat(r.toString()).isEqualTo("3 of 152");
        assertThat(Rank.parse("3 of 152")).isEqualTo(r);
        assertThat(Rank.parse(" 3  of  152 ")).isEqualTo(r);
        assertThat(r.isInTop(5)).isTrue();
        assertThat(r.isInTop(2)).isFalse();
        assertThat(Rank.of(1, 10)).isLessThan(Rank.of(1, 152)).isLessThan(Rank.of(2, 3));
        assertThat(Rank.of(2, 3)).isGreaterThan(Rank.of(1, 152));
        assertThatThrownBy(() -> Rank.of(0, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rank 0 of 5 is out of range: expected 1 to 5");
        assertThatThrownBy(() -> Rank.of(6, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rank.parse("third"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rank \"third\" is not in the form \"r of n\", such as \"3 of 152\"");
        assertThatThrownBy(() -> Rank.parse("x of 5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"x of 5\"");
    }

    /** Lists of up to 60 values from -20 to 20 in tenths, with about one in ten missing. */
    static Gen<List<BigDecimal>> groups() {
        return lists().of(integers().between(-200, 220)).ofSizeBetween(0, 60).map(list -> {
            List<BigDecimal> out = new ArrayList<>(list.size());
            for (int i : list) {
                out.add(i > 200 ? null : BigDecimal.valueOf(i, 1));
            }
            return out;
        });
    }

    @Test
    void property_rankDoesNotDependOnInputOrder() {
        qt().withFixedSeed(4001L)
                .withExamples(1000)
                .forAll(groups(), longs().all())
                .checkAssert((group, seed) -> {
                    List<BigDecimal> shuffled = new ArrayList<>(group);
                    Collections.shuffle(shuffled, new Random(seed));
                    for (Polarity p : new Polarity[] {Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER}) {
                        Ranking a = Ranking.of(group, p);
                        Ranking b = Ranking.of(shuffled, p);
                        assertThat(b.count()).isEqualTo(a.count());
                        for (int i = 0; i < group.size(); i++) {
                            BigDecimal v = group.get(i);
                            // the same value has the same rank wherever it stands
                            int j = shuffled.indexOf(v);
                            assertThat(b.rankAt(j)).isEqualTo(a.rankAt(i));
                            // and agrees with the one-value function
                            assertThat(Ranking.rankOf(v, group, p)).isEqualTo(a.rankAt(i));
                        }
                    }
                });
    }

    @Test
    void property_reversingPolarityReversesTheOrderOfDistinctValues() {
        qt().withFixedSeed(4002L).withExamples(1000).forAll(groups()).checkAssert(group -> {
            Ranking high = Ranking.of(group, Polarity.HIGHER_IS_BETTER);
            Ranking low = Ranking.of(group, Polarity.LOWER_IS_BETTER);
            int n = high.count();
            for (int i = 0; i < group.size(); i++) {
                BigDecimal v = group.get(i);
                if (v == null) {
                    assertThat(high.rankAt(i)).isEmpty();
                    continue;
                }
                long same = group.stream()
                        .filter(w -> w != null && w.compareTo(v) == 0)
                        .count();
                // 1 + #above and 1 + #below: for a distinct value (same == 1) they sum to n + 1.
                assertThat(high.rankNumberAt(i) + low.rankNumberAt(i)).isEqualTo(n + 2 - (int) same);
                for (int j = 0; j < group.size(); j++) {
                    BigDecimal w = group.get(j);
                    if (w != null && w.compareTo(v) > 0) {
                        assertThat(high.rankNumberAt(j)).isLessThan(high.rankNumberAt(i));
                        assertThat(low.rankNumberAt(j)).isGreaterThan(low.rankNumberAt(i));
                    }
                }
            }
            assertThat(Arrays.asList(n)).containsExactly(low.count());
        });
    }

    @Test
    void test_cutPoints_fromTheRankingsOwnSort() {
        // 10, 20, 20, 30, 40 (n = 5): h = 4p gives x[1], x[2], x[3] = 20, 20, 30; quintiles h = 0.8,
        // 1.6, 2.4, 3.2: 10 + 0.8 * 10 = 18.0, 20 + 0.6 * 0 = 20.0, 20 + 0.4 * 10 = 24.0, 30 + 0.2 * 10 = 32.0.
        Ranking r = Ranking.of(values("30", null, "10", "40", "20", "20", null), Polarity.LOWER_IS_BETTER);

        assertThat(r.cutPoints(4).points())
                .containsExactly(new BigDecimal("20"), new BigDecimal("20"), new BigDecimal("30"));
        assertThat(r.cutPoints(5).points())
                .containsExactly(
                        new BigDecimal("18.0"), new BigDecimal("20.0"), new BigDecimal("24.0"), new BigDecimal("32.0"));
        assertThat(r.cutPoints(4).count()).isEqualTo(5);
        assertThatThrownBy(() -> r.cutPoints(3)).hasMessage("Bands of 3 parts are not offered: expected 4 or 5");
        assertThatThrownBy(() -> Ranking.of(values(null, null), Polarity.HIGHER_IS_BETTER)
                        .cutPoints(4))
                .hasMessage("Cut points need at least one value, but all 2 are missing");
        assertThatThrownBy(() -> Ranking.of(values("1"), Polarity.NO_JUDGEMENT).cutPoints(4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NO_JUDGEMENT");
    }

    @Test
    void property_cutPointsOfARankingAreThoseOfItsValues() {
        qt().withFixedSeed(4003L).withExamples(1000).forAll(groups()).checkAssert(group -> {
            if (group.stream().allMatch(v -> v == null)) {
                return;
            }
            for (Polarity p : new Polarity[] {Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER}) {
                Ranking r = Ranking.of(group, p);
                assertThat(r.cutPoints(4)).isEqualTo(CutPoints.quartiles(group));
                assertThat(r.cutPoints(5)).isEqualTo(CutPoints.quintiles(group));
            }
        });
    }

    /**
     * Values of scales from -2 to 6, ties across scales (5, 5.0, 5.00) included; in half the groups
     * one value also has 17 decimals, so that the group's values need more than a long's 18 digits
     * at their common scale and are ranked as decimals.
     */
    static Gen<List<BigDecimal>> mixedGroups() {
        Gen<BigDecimal> value = integers()
                .between(-9_999, 9_999)
                .zip(integers().between(-2, 6), (digits, scale) -> BigDecimal.valueOf(digits, scale));
        Gen<List<BigDecimal>> narrow =
                lists().of(value.mix(value.map(v -> (BigDecimal) null), 10)).ofSizeBetween(0, 40);
        return narrow.zip(booleans().all(), (group, wide) -> {
            List<BigDecimal> out = new ArrayList<>(group);
            if (wide) {
                out.add(new BigDecimal("0.24282999999999999"));
            }
            return out;
        });
    }

    @Test
    void property_ranksOfMixedScalesAgreeWithTheOneValueRank() {
        qt().withFixedSeed(4004L).withExamples(2000).forAll(mixedGroups()).checkAssert(group -> {
            for (Polarity p : new Polarity[] {Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER}) {
                Ranking r = Ranking.of(group, p);
                for (int i = 0; i < group.size(); i++) {
                    BigDecimal v = group.get(i);
                    assertThat(r.rankAt(i))
                            .as("%s in %s", v, group)
                            .isEqualTo(v == null ? java.util.Optional.empty() : Ranking.rankOf(v, group, p));
                }
                if (r.count() > 0) {
                    assertThat(r.cutPoints(4)).isEqualTo(CutPoints.quartiles(group));
                    assertThat(r.cutPoints(5)).isEqualTo(CutPoints.quintiles(group));
                }
            }
        });
    }

    @Test
    void test_of_equalValuesOfDifferentScalesTie() {
        // 53 and 53.00 are the same figure: they share a rank, as 53.25 stands above both.
        Ranking high = Ranking.of(values("53", "53.25", "53.00", "0.5"), Polarity.HIGHER_IS_BETTER);

        assertThat(ranks(high)).containsExactly("2 of 4", "1 of 4", "2 of 4", "4 of 4");
        // Sorted 0.5, 53, 53.00, 53.25; h = 0.75, 1.5, 2.25: 0.5 + 0.75 * 52.5, 53 + 0.5 * 0.00,
        // 53.00 + 0.25 * 0.25.
        assertThat(high.cutPoints(4).points())
                .containsExactly(new BigDecimal("39.875"), new BigDecimal("53.000"), new BigDecimal("53.0625"));
        // More than 18 digits at the common scale: the decimal path gives the same ranks.
        Ranking wide =
                Ranking.of(values("53", "53.25", "53.00", "0.24282999999999999", "1000"), Polarity.HIGHER_IS_BETTER);
        assertThat(ranks(wide)).containsExactly("3 of 5", "2 of 5", "3 of 5", "5 of 5", "1 of 5");
    }
}
