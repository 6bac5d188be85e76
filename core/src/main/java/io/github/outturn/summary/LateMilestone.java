package io.github.outturn.summary;

import java.time.LocalDate;

/**
 * A milestone past its date and not done on the reporting date.
 *
 * <pre>{@code
 * new LateMilestone("Workforce plan drafted", LocalDate.of(2016, 9, 30), 92); // 92 days late
 * }</pre>
 *
 * @param description what was to be done
 * @param due the date it was due
 * @param daysLate whole days from the due date to the reporting date
 */
public record LateMilestone(String description, LocalDate due, long daysLate) {}
