package io.github.outturn.validation;

import io.github.outturn.model.OutturnStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Every rule a dataset breaks, found at once, in path order.
 *
 * <pre>{@code
 * ValidationReport report = DatasetValidator.create().validate(dataset);
 * if (!report.isValid()) {
 *     report.getViolations().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class ValidationReport {

    /** The violations, in path order. */
    public abstract List<Violation> violations();

    /** Whether the dataset breaks no rule. */
    public boolean isValid() {
        return violations().isEmpty();
    }

    /** The violations whose path starts with a prefix, such as {@code "observations["}. */
    public List<Violation> at(String pathPrefix) {
        return violations().stream()
                .filter(v -> v.path().startsWith(pathPrefix))
                .collect(Collectors.toUnmodifiableList());
    }

    /** A builder, as for every model and result type (formats read through it). */
    public static Builder builder() {
        return new Builder();
    }

    /** A report of these violations, sorted. */
    public static ValidationReport of(List<Violation> violations) {
        return builder()
                .violations(violations.stream().sorted().collect(Collectors.toList()))
                .build();
    }

    /** One violation per line, or {@code "valid"}. */
    @Override
    public String toString() {
        return isValid()
                ? "valid"
                : violations().stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }

    /** Builds a {@link ValidationReport}, started by {@link #builder()}; every attribute has a default. */
    public static final class Builder extends ImmutableValidationReport.Builder {}
}
