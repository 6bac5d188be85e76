package io.github.outturn.validation;

import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Milestone;
import io.github.outturn.model.Plan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The validator's rules for the dates of actions (docs/summaries.md): a per cent complete is 0 to 100,
 * and 100 for an action with a completion date; every milestone names a known action, has a
 * description, falls within the plan's span where the plan has one, and a milestone with a date done
 * is done; a date done and a completion date are not after the reporting date; every date lies
 * between {@link DatasetValidator#EARLIEST} and {@link DatasetValidator#LATEST}.
 *
 * <p>The reporting date is the one the validator is given ({@link
 * DatasetValidator#withReportingDate}), else the last day of the latest review period the dataset's
 * action updates name; with neither, dates done are not checked against it.
 */
final class ActionDateChecks {

    private final List<Violation> violations = new ArrayList<>();

    private ActionDateChecks() {}

    /** Every violation of the dates of the dataset's actions and milestones. */
    static List<Violation> check(Dataset dataset, Optional<LocalDate> reportingDate) {
        ActionDateChecks c = new ActionDateChecks();
        Optional<LocalDate> asOf = reportingDate.or(() -> dataset.actionUpdates().stream()
                .map(ActionUpdate::period)
                .max(Comparable::compareTo)
                .map(p -> p.end()));
        Set<String> actionIds = new HashSet<>();
        List<Action> actions = dataset.actions();
        for (int i = 0; i < actions.size(); i++) {
            Action a = actions.get(i);
            actionIds.add(a.id());
            String path = "actions[" + i + "]";
            a.dueDate().ifPresent(d -> c.date(path + ".dueDate", d));
            a.completedOn().ifPresent(d -> {
                c.date(path + ".completedOn", d);
                c.notAfter(path + ".completedOn", d, asOf, "an action cannot be completed after");
            });
            a.percentComplete().ifPresent(p -> {
                if (p < 0 || p > 100) {
                    c.add(path + ".percentComplete", p, "a per cent complete is 0 to 100");
                } else if (p != 100 && a.completedOn().isPresent()) {
                    c.add(
                            path + ".percentComplete",
                            p,
                            "the action was completed on " + a.completedOn().get() + ", so it is 100% complete");
                }
            });
        }
        Optional<LocalDate> planStart = dataset.plan().flatMap(Plan::start).map(p -> p.start());
        Optional<LocalDate> planEnd = dataset.plan().flatMap(Plan::end).map(p -> p.end());
        List<Milestone> milestones = dataset.milestones();
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            String path = "milestones[" + i + "]";
            if (!actionIds.contains(m.actionId())) {
                c.add(path + ".actionId", m.actionId(), "no action has this id");
            }
            if (m.description().isBlank()) {
                c.add(path + ".description", m.description(), "must not be blank");
            }
            c.date(path + ".due", m.due());
            if (planStart.filter(m.due()::isBefore).isPresent()
                    || planEnd.filter(m.due()::isAfter).isPresent()) {
                Plan plan = dataset.plan().get();
                c.add(
                        path + ".due",
                        m.due(),
                        "outside the plan, which runs from "
                                + plan.start().map(Object::toString).orElse("its start")
                                + " to " + plan.end().map(Object::toString).orElse("its end")
                                + " (" + planStart.map(Object::toString).orElse("") + " to "
                                + planEnd.map(Object::toString).orElse("") + ")");
            }
            m.doneOn().ifPresent(d -> {
                c.date(path + ".doneOn", d);
                if (!m.done()) {
                    c.add(path + ".doneOn", d, "a milestone with a date done is done: give \"done\": true");
                }
                c.notAfter(path + ".doneOn", d, asOf, "a milestone cannot be done after");
            });
        }
        return c.violations;
    }

    private void add(String path, Object value, String message) {
        violations.add(Violation.of(path, value, message));
    }

    private void date(String path, LocalDate d) {
        if (d.isBefore(DatasetValidator.EARLIEST) || d.isAfter(DatasetValidator.LATEST)) {
            add(
                    path,
                    d,
                    "outside the years Outturn accepts: dates and periods from " + DatasetValidator.EARLIEST + " to "
                            + DatasetValidator.LATEST);
        }
    }

    private void notAfter(String path, LocalDate d, Optional<LocalDate> asOf, String what) {
        if (asOf.filter(d::isAfter).isPresent()) {
            add(path, d, what + " the reporting date " + asOf.get());
        }
    }
}
