package io.github.outturn.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputProblemTest {

    private static final InputProblem CSV = InputProblem.builder()
            .source("observations.csv")
            .line(12)
            .field("value")
            .value("12,5")
            .message("expected a number such as 12.5")
            .build();

    private static final InputProblem JSON = InputProblem.builder()
            .source("plan.json")
            .line(3)
            .column(17)
            .pointer("/observations/0/period")
            .value("2014/1")
            .message("not a reporting period")
            .build();

    @Test
    void test_toString_oneLocatedLine() {
        assertThat(CSV).hasToString("observations.csv:12: value \"12,5\": expected a number such as 12.5");
        assertThat(JSON).hasToString("plan.json:3:17: /observations/0/period \"2014/1\": not a reporting period");
        assertThat(InputProblem.builder().source("x").message("unreadable").build())
                .hasToString("x: unreadable");
    }

    @Test
    void test_invalidInputException_summarisesAndKeepsEveryProblem() {
        InvalidInputException one = new InvalidInputException(List.of(CSV));
        assertThat(one).hasMessage(CSV.toString());
        InvalidInputException two = new InvalidInputException(List.of(CSV, JSON));
        assertThat(two.problems()).containsExactly(CSV, JSON);
        assertThat(two).hasMessage("2 problems, the first: " + CSV);
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
