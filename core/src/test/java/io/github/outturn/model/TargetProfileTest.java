package io.github.outturn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetProfileTest {

    @Test
    void test_parse_eachFormParsesBackFromItsText() {
        for (String text : List.of("straight-line", "seasonal", "shares 20;25;25;30", "shares 50.0;50.0")) {
            TargetProfile p = TargetProfile.parse(text);
            assertThat(p.toString()).isEqualTo(text);
            assertThat(TargetProfile.parse(p.toString())).isEqualTo(p).hasSameHashCodeAs(p);
        }
        assertThat(TargetProfile.parse(" Straight-Line ")).isSameAs(TargetProfile.straightLine());
        assertThat(TargetProfile.parse("SEASONAL").kind()).isEqualTo(TargetProfile.Kind.SEASONAL);
        assertThat(TargetProfile.parse("shares 20;25;25;30").shares())
                .containsExactly(
                        new BigDecimal("20"), new BigDecimal("25"), new BigDecimal("25"), new BigDecimal("30"));
        assertThat(TargetProfile.straightLine().shares()).isEmpty();
        assertThat(TargetProfile.straightLine().describe()).isEqualTo("straight-line");
        assertThat(TargetProfile.seasonal().describe()).isEqualTo("seasonal");
        assertThat(TargetProfile.parse("shares 50;50").describe()).isEqualTo("given");
    }

    @Test
    void test_parse_refusesWithTheFormsExpected() {
        assertThatThrownBy(() -> TargetProfile.parse("linear"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a target profile: \"linear\": expected \"straight-line\", \"seasonal\" or \"shares\""
                        + " and per cent figures adding up to 100, such as \"shares 20;25;25;30\"");
        assertThatThrownBy(() -> TargetProfile.parse("shares 20;x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a target profile: \"shares 20;x\": expected");
        // 20 + 25 + 25 + 25 = 95, not 100.
        assertThatThrownBy(() -> TargetProfile.parse("shares 20;25;25;25"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("one per period of the year: 4 adding up to 95");
        assertThatThrownBy(() -> TargetProfile.parse("shares 100"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("1 adding up to 100");
        assertThatThrownBy(() -> TargetProfile.parse("shares 110;-10"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be negative: -10");
    }

    @Test
    void test_compareTo_consistentWithEquals() {
        TargetProfile a = TargetProfile.parse("shares 50;50");
        TargetProfile b = TargetProfile.parse("shares 50.0;50.0");
        TargetProfile c = TargetProfile.parse("shares 40;60");
        TargetProfile d = TargetProfile.parse("shares 40;30;30");
        assertThat(a).isNotEqualTo(b).isNotEqualTo("shares 50;50");
        assertThat(a.compareTo(b)).isNotZero();
        assertThat(a.compareTo(a)).isZero();
        assertThat(c.compareTo(a)).isNegative();
        assertThat(d.compareTo(c)).isNegative();
        assertThat(TargetProfile.straightLine().compareTo(TargetProfile.seasonal()))
                .isNegative();
        assertThat(TargetProfile.seasonal().compareTo(a)).isNegative();
    }
}
