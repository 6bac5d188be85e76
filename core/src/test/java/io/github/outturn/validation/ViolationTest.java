package io.github.outturn.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationTest {

    @Test
    void test_toString_pathValueMessage() {
        assertThat(Violation.of("observations[12].value", "abc", "bad"))
                .hasToString("observations[12].value \"abc\": bad");
        assertThat(Violation.of("plan.end", null, "bad")).hasToString("plan.end: bad");
    }

    @Test
    void test_compareTo_ordersIndexesNumerically() {
        Violation two = Violation.of("observations[2].value", "1", "a");
        Violation ten = Violation.of("observations[10].value", "1", "a");
        Violation tenB = Violation.of("observations[10].value", "1", "b");
        Violation actions = Violation.of("actions[99]", "1", "a");
        Violation shortPath = Violation.of("observations", "1", "a");
        assertThat(List.of(tenB, ten, two, actions, shortPath).stream().sorted())
                .containsExactly(actions, shortPath, two, ten, tenB);
    }

    @Test
    void test_report_validAndAt() {
        ValidationReport empty = ValidationReport.of(List.of());
        assertThat(empty.isValid()).isTrue();
        assertThat(empty).hasToString("valid");
        ValidationReport report = ValidationReport.of(
                List.of(Violation.of("targets[0].lower", "5", "x"), Violation.of("actions[0]", "A", "y")));
        assertThat(report.isValid()).isFalse();
        assertThat(report.at("targets[")).hasSize(1);
        assertThat(report).hasToString("actions[0] \"A\": y\ntargets[0].lower \"5\": x");
    }
}
