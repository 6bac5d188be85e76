package io.github.outturn.benchmark;

import static io.github.outturn.testkit.SampleDatasets.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.model.Polarity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cut points worked by hand with the type-7 rule h = (n - 1) p, x[floor h] + (h - floor h)(x[floor h
 * + 1] - x[floor h]); they agree with Excel's QUARTILE.INC, which gives 1.75, 2.5 and 3.25 for 1, 2,
 * 3, 4.
 */
class BandsTest {

    private static List<BigDecimal> values(String... v) {
        List<BigDecimal> out = new ArrayList<>();
        for (String s : v) {
            out.add(s == null ? null : dec(s));
        }
        return out;
    }

    private static List<String> plain(CutPoints c) {
        List<String> out = new ArrayList<>();
        for (BigDecimal p : c.points()) {
            out.add(p.stripTrailingZeros().toPlainString());
        }
        return out;
    }

    @Test
    void test_quartiles_type7() {
        // n = 4: h = 0.75, 1.5, 2.25 -> 1.75, 2.5, 3.25 (missing values left out, order irrelevant)
        CutPoints q = CutPoints.quartiles(values("3", null, "1", "4", "2"));
        assertThat(plain(q)).containsExactly("1.75", "2.5", "3.25");
        assertThat(q.count()).isEqualTo(4);
        assertThat(q.parts()).isEqualTo(4);
        // LAIT's values 10, 20, 20, 30, 40: h = 1, 2, 3 -> 20, 20, 30
        assertThat(plain(CutPoints.quartiles(values("10", "20", "20", "30", "40"))))
                .containsExactly("20", "20", "30");
        // one value: every cut point is that value
        assertThat(plain(CutPoints.quartiles(values("7")))).containsExactly("7", "7", "7");
    }

    @Test
    void test_quintiles_type7() {
        // n = 4: h = 0.6, 1.2, 1.8, 2.4 -> 1.6, 2.2, 2.8, 3.4
        CutPoints q = CutPoints.quintiles(values("1", "2", "3", "4"));
        assertThat(plain(q)).containsExactly("1.6", "2.2", "2.8", "3.4");
        assertThat(q.toString()).isEqualTo("quintiles [1.6, 2.2, 2.8, 3.4] of 4");
        assertThat(q)
                .isEqualTo(CutPoints.of(values("4", "3", "2", "1"), 5))
                .hasSameHashCodeAs(CutPoints.of(values("4", "3", "2", "1"), 5));
        assertThat(q)
                .isNotEqualTo(CutPoints.quartiles(values("1", "2", "3", "4")))
                .isNotEqualTo("x");
        assertThat(CutPoints.quartiles(values("1", "2", "3", "4")).toString()).startsWith("quartiles [");
    }

    @Test
    void test_cutPoints_errors() {
        assertThatThrownBy(() -> CutPoints.quartiles(values(null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cut points need at least one value, but all 2 are missing");
        assertThatThrownBy(() -> CutPoints.of(values("1"), 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Bands of 3 parts are not offered: expected 4 or 5");
    }

    @Test
    void test_band_laitBoundaryRule() {
        // cut points 1.75, 2.5, 3.25 (above), and 20, 20, 30 for LAIT's values
        CutPoints q = CutPoints.quartiles(values("1", "2", "3", "4"));
        assertThat(Bands.band(dec("4"), q, Polarity.HIGHER_IS_BETTER, BoundaryRule.LAIT))
                .contains(Band.A);
        assertThat(Bands.band(dec("3"), q, Polarity.HIGHER_IS_BETTER, BoundaryRule.LAIT))
                .contains(Band.B);
        assertThat(Bands.band(dec("2"), q, Polarity.HIGHER_IS_BETTER, BoundaryRule.LAIT))
                .contains(Band.C);
        assertThat(Bands.band(dec("1"), q, Polarity.HIGHER_IS_BETTER, BoundaryRule.LAIT))
                .contains(Band.D);
        assertThat(Bands.band(dec("1"), q, Polarity.LOWER_IS_BETTER, BoundaryRule.LAIT))
                .contains(Band.A);
        assertThat(Bands.band(dec("4"), q, Polarity.LOWER_IS_BETTER, BoundaryRule.LAIT))
                .contains(Band.D);
        CutPoints lait = CutPoints.quartiles(values("10", "20", "20", "30", "40"));
        // HIGHER_IS_BETTER: equal to a cut point is the worse band: 30 = Q3 is B, not A; 20 = Q1 = Q2 is D.
        assertThat(Bands.band(dec("30"), lait, Polarity.HIGHER_IS_BETTER, BoundaryRule.LAIT))
                .contains(Band.B);
        assertThat(Bands.band(dec("20"), lait, Polarity.HIGHER_IS_BETTER, BoundaryRule.LAIT))
                .contains(Band.D);
        assertThat(Bands.band(dec("40"), lait, Polarity.HIGHER_IS_BETTER, BoundaryRule.LAIT))
                .contains(Band.A);
        // LOWER_IS_BETTER: equal to a cut point is the better band: 20 = Q1 is A, 30 = Q3 is C.
        assertThat(Bands.band(dec("20"), lait, Polarity.LOWER_IS_BETTER, BoundaryRule.LAIT))
                .contains(Band.A);
        assertThat(Bands.band(dec("30"), lait, Polarity.LOWER_IS_BETTER, BoundaryRule.LAIT))
                .contains(Band.C);
        assertThat(Bands.band(dec("40"), lait, Polarity.LOWER_IS_BETTER, BoundaryRule.LAIT))
                .contains(Band.D);
    }

    @Test
    void test_band_symmetricRule() {
        CutPoints lait = CutPoints.quartiles(values("10", "20", "20", "30", "40"));
        // Equal to a cut point is the better band in both polarities.
        assertThat(Bands.band(dec("30"), lait, Polarity.HIGHER_IS_BETTER, BoundaryRule.SYMMETRIC))
                .contains(Band.A);
        assertThat(Bands.band(dec("20"), lait, Polarity.HIGHER_IS_BETTER, BoundaryRule.SYMMETRIC))
                .contains(Band.B);
        assertThat(Bands.band(dec("10"), lait, Polarity.HIGHER_IS_BETTER, BoundaryRule.SYMMETRIC))
                .contains(Band.D);
        assertThat(Bands.band(dec("20"), lait, Polarity.LOWER_IS_BETTER, BoundaryRule.SYMMETRIC))
                .contains(Band.A);
        assertThat(Bands.band(dec("30"), lait, Polarity.LOWER_IS_BETTER, BoundaryRule.SYMMETRIC))
                .contains(Band.C);
    }

    @Test
    void test_band_quintilesAndNotBanded() {
        List<BigDecimal> v = values("1", "2", "3", "4");
        BenchmarkPolicy policy = BenchmarkPolicy.defaults();
        // quintile cut points 1.6, 2.2, 2.8, 3.4
        assertThat(Bands.quintile(dec("4"), v, Polarity.HIGHER_IS_BETTER, policy))
                .contains(Band.A);
        assertThat(Bands.quintile(dec("3"), v, Polarity.HIGHER_IS_BETTER, policy))
                .contains(Band.B);
        assertThat(Bands.quintile(dec("2"), v, Polarity.HIGHER_IS_BETTER, policy))
                .contains(Band.D);
        assertThat(Bands.quintile(dec("1"), v, Polarity.HIGHER_IS_BETTER, policy))
                .contains(Band.E);
        assertThat(Bands.quintile(dec("1"), v, Polarity.LOWER_IS_BETTER, policy))
                .contains(Band.A);
        assertThat(Bands.quartile(dec("2"), v, Polarity.LOWER_IS_BETTER, policy))
                .contains(Band.B);
        assertThat(Bands.quartile(null, v, Polarity.LOWER_IS_BETTER, policy)).isEmpty();
        assertThat(Bands.quartile(dec("2"), v, Polarity.NO_JUDGEMENT, policy)).isEmpty();
        assertThat(Bands.quintile(null, v, Polarity.LOWER_IS_BETTER, policy)).isEmpty();
        assertThat(Bands.quintile(dec("2"), v, Polarity.TARGET_BAND, policy)).isEmpty();
        assertThat(Bands.band(null, CutPoints.quartiles(v), Polarity.LOWER_IS_BETTER, BoundaryRule.LAIT))
                .isEmpty();
        assertThat(Bands.band(dec("1"), CutPoints.quartiles(v), Polarity.NO_JUDGEMENT, BoundaryRule.LAIT))
                .isEmpty();
    }

    @Test
    void test_of_bandNumbers() {
        assertThat(Band.of(1)).isEqualTo(Band.A);
        assertThat(Band.of(5)).isEqualTo(Band.E);
        assertThat(Band.C.number()).isEqualTo(3);
        assertThat(Arrays.asList(Band.values())).hasSize(5);
        assertThatThrownBy(() -> Band.of(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Band number 0 is out of range: expected 1 (A) to 5 (E)");
        assertThatThrownBy(() -> Band.of(6)).isInstanceOf(IllegalArgumentException.class);
    }
}
