package io.github.outturn.io;

import java.io.IOException;
import java.util.List;

/**
 * Input that could not be read into a dataset, with every problem found (up to the reader's cap).
 * No partial dataset is ever returned alongside it.
 *
 * <pre>{@code
 * try {
 *     Dataset ds = DatasetFormats.load(path);
 * } catch (InvalidInputException e) {
 *     e.getProblems().forEach(System.err::println); // one located line each
 * }
 * }</pre>
 */
public class InvalidInputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    /**
     * An exception for a non-empty list of problems.
     *
     * @param problems the problems, in the order found
     */
    public InvalidInputException(List<InputProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order found. */
    public List<InputProblem> problems() {
        return problems;
    }

    private static String summary(List<InputProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An InvalidInputException needs at least one problem");
        }
        return problems.size() == 1
                ? problems.get(0).toString()
                : problems.size() + " problems, the first: " + problems.get(0);
    }
}
