package io.github.outturn.csv.impl;

import io.github.outturn.io.InputProblem;
import io.github.outturn.io.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one read, up to a cap; a read that found any throws them all at once.
 *
 * <pre>{@code
 * Problems problems = new Problems(100);
 * problems.add(InputProblem.builder().source("areas.csv").message("...").build());
 * problems.throwIfAny(); // InvalidInputException with every problem
 * }</pre>
 *
 * <p>Mutable, for one read on one thread.
 */
public final class Problems {

    private final int cap;
    private final List<InputProblem> found = new ArrayList<>();
    private int dropped;

    /**
     * Problems kept up to a cap.
     *
     * @param cap the most problems kept; later ones are counted, and a last problem says how many
     */
    public Problems(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("The problem cap must be at least 1, not " + cap);
        }
        this.cap = cap;
    }

    /** Adds a problem, or counts it once the cap is reached. */
    public void add(InputProblem problem) {
        if (found.size() < cap) {
            found.add(problem);
        } else {
            dropped++;
        }
    }

    /** Adds a problem with its place. */
    public void add(String source, long line, String field, String value, String message) {
        var b = InputProblem.builder().source(source).message(message);
        if (line > 0) {
            b.line((int) Math.min(line, Integer.MAX_VALUE));
        }
        if (field != null) {
            b.field(field);
        }
        if (value != null) {
            b.value(value);
        }
        add(b.build());
    }

    /** Whether any problem was found. */
    public boolean any() {
        return !found.isEmpty();
    }

    /** Whether the cap is reached, so that reading further finds nothing more that is reported. */
    public boolean full() {
        return found.size() >= cap;
    }

    /** The problems kept so far. */
    public List<InputProblem> list() {
        return List.copyOf(found);
    }

    /**
     * Throws every problem found.
     *
     * @throws InvalidInputException if any problem was found; the last problem counts those past the cap
     */
    public void throwIfAny() throws InvalidInputException {
        if (found.isEmpty()) {
            return;
        }
        List<InputProblem> all = new ArrayList<>(found);
        if (full()) {
            all.add(InputProblem.builder()
                    .source(found.get(found.size() - 1).source())
                    .message("only the first " + cap + " problems are reported"
                            + (dropped > 0 ? " (" + dropped + " more were found)" : "")
                            + "; reading stopped there, so there may be more")
                    .build());
        }
        throw new InvalidInputException(all);
    }
}
