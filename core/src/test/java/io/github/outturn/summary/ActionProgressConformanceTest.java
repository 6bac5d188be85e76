package io.github.outturn.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.Action;
import io.github.outturn.model.Codes;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Milestone;
import io.github.outturn.model.Status;
import io.github.outturn.testkit.ConformanceTables;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives the published conformance table {@code conformance/action-progress.csv}: every row was worked
 * by hand from the rules in docs/summaries.md (see the table's README for the columns), never from this
 * code's output. Each row checks the state, the status, the number of late milestones and the reason.
 */
class ActionProgressConformanceTest {

    static List<Map<String, String>> rows() {
        return ConformanceTables.rows("action-progress.csv");
    }

    static Stream<Map<String, String>> data_conformance() {
        return rows().stream();
    }

    @Test
    void test_table_coversEveryStateAndPolicySetting() {
        List<Map<String, String>> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(30);
        assertThat(rows.stream().map(r -> r.get("expected_state")).distinct())
                .containsExactlyInAnyOrder("undated", "on-schedule", "overdue", "complete", "milestone-late");
        assertThat(rows.stream()
                        .map(r -> r.get("policy"))
                        .filter(p -> !p.isEmpty())
                        .distinct())
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(rows.stream().map(r -> r.get("case")).distinct()).hasSize(rows.size());
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("data_conformance")
    void test_progress_conformanceRow(Map<String, String> row) {
        ActionProgress p = ActionSchedule.progress(
                dataset(row), "A1", LocalDate.parse(row.get("as_of")), policy(row.get("policy")));
        assertThat(Codes.of(p.state())).isEqualTo(row.get("expected_state"));
        assertThat(p.status())
                .isEqualTo(
                        row.get("expected_status").isEmpty()
                                ? Optional.empty()
                                : Codes.parse(Status.class, row.get("expected_status")));
        assertThat(p.lateMilestones()).hasSize(Integer.parseInt(row.get("expected_late_milestones")));
        assertThat(p.reason()).isEqualTo(row.get("expected_reason"));
        assertThat(p.policyReference()).isEqualTo(policy(row.get("policy")).reference());
    }

    private static Dataset dataset(Map<String, String> row) {
        var action = Action.builder().id("A1").title("An action").addPriorityIds("P1");
        date(row.get("due_date")).ifPresent(action::dueDate);
        date(row.get("completed_on")).ifPresent(action::completedOn);
        if (!row.get("percent_complete").isEmpty()) {
            action.percentComplete(Integer.parseInt(row.get("percent_complete")));
        }
        var ds = Dataset.builder().addActions(action.build());
        String milestones = row.get("milestones");
        if (!milestones.isEmpty()) {
            String[] each = milestones.split(";");
            for (int i = 0; i < each.length; i++) {
                String[] parts = each[i].split(" ");
                Milestone.Builder m = Milestone.builder();
                m.actionId("A1").description("M" + (i + 1)).due(LocalDate.parse(parts[0]));
                if (parts.length > 1) {
                    m.done(parts[1].equals("done"));
                }
                if (parts.length > 2) {
                    m.doneOn(LocalDate.parse(parts[2]));
                }
                ds.addMilestones(m.build());
            }
        }
        return ds.build();
    }

    private static Optional<LocalDate> date(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
    }

    /** The default policy with the row's settings: {@code overdue=amber;grace_days=14}. */
    static ActionPolicy policy(String settings) {
        ActionPolicy d = ActionPolicy.defaults();
        if (settings.isEmpty()) {
            return d;
        }
        Map<String, String> s = new HashMap<>();
        for (String setting : settings.split(";")) {
            String[] kv = setting.split("=");
            s.put(kv[0], kv[1]);
        }
        return new ActionPolicy(
                "conformance",
                "1",
                status(s.get("overdue"), d.overdue()),
                status(s.get("complete"), d.complete()),
                status(s.get("milestone_late"), d.milestoneLate()),
                s.containsKey("grace_days") ? Integer.parseInt(s.get("grace_days")) : d.graceDays());
    }

    private static Status status(String code, Status otherwise) {
        return code == null ? otherwise : Codes.parse(Status.class, code).orElseThrow();
    }
}
