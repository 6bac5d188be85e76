package io.github.outturn.summary;

import io.github.outturn.model.Status;
import java.util.Objects;

/**
 * The choices behind an action's progress against its dates ({@link ActionSchedule}): the status an
 * overdue, a complete and a late-milestone action is given, and how many days past its due date an
 * action may run before it is overdue. Every {@link ActionProgress} names the policy as {@code
 * id@version}.
 *
 * <pre>{@code
 * ActionPolicy p = ActionPolicy.defaults();
 * p.reference();                                   // "outturn-action-default@1"
 * ActionPolicy lenient = new ActionPolicy("our-actions", "1", Status.RED, Status.BLUE, Status.AMBER, 14);
 * }</pre>
 *
 * <p>A policy of its own, apart from {@code RatingPolicy}: the dates of actions are new, so the
 * ratings and summaries of plans without dates, and the {@code RatingPolicy} version their results
 * name, stay as they were. Immutable and thread-safe.
 *
 * @param id the policy's name, not blank
 * @param version its version: change it whenever a setting changes, not blank
 * @param overdue the status of an action past its due date and not complete (default RED)
 * @param complete the status of a complete action (default BLUE)
 * @param milestoneLate the status of an action with a milestone past its date and not done (default AMBER)
 * @param graceDays days after a due date before an action or a milestone counts as late, 0 or more (default 0)
 */
public record ActionPolicy(
        String id, String version, Status overdue, Status complete, Status milestoneLate, int graceDays) {

    /** The default policy's id. */
    public static final String DEFAULT_ID = "outturn-action-default";

    /** The default policy's version. */
    public static final String DEFAULT_VERSION = "1";

    /** Checks every part is given and the grace is not negative. */
    public ActionPolicy {
        if (Objects.requireNonNull(id, "id").isBlank()
                || Objects.requireNonNull(version, "version").isBlank()) {
            throw new IllegalArgumentException("An action policy needs an id and a version");
        }
        Objects.requireNonNull(overdue, "overdue");
        Objects.requireNonNull(complete, "complete");
        Objects.requireNonNull(milestoneLate, "milestoneLate");
        if (graceDays < 0) {
            throw new IllegalArgumentException("An action policy's grace is 0 days or more, not " + graceDays);
        }
    }

    /** The default: overdue RED, complete BLUE, a late milestone AMBER, no grace. */
    public static ActionPolicy defaults() {
        return new ActionPolicy(DEFAULT_ID, DEFAULT_VERSION, Status.RED, Status.BLUE, Status.AMBER, 0);
    }

    /** {@code id@version}, the way results name their policy. */
    public String reference() {
        return id + "@" + version;
    }
}
