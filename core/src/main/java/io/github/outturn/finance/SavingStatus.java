package io.github.outturn.finance;

import io.github.outturn.model.Status;

/**
 * The status of a saving in the programme, by the usual council scheme: BLUE delivered, GREEN on
 * track, AMBER at risk, RED will not be delivered in the year.
 *
 * <pre>{@code
 * SavingStatus.AMBER.toStatus();   // Status.AMBER
 * SavingStatus.BLUE.meaning();     // "delivered"
 * }</pre>
 */
public enum SavingStatus {
    /** The saving has been delivered. */
    BLUE("delivered"),
    /** On track to be delivered in the year. */
    GREEN("on track"),
    /** At risk: delivery in the year is uncertain. */
    AMBER("at risk"),
    /** Will not be delivered in the year. */
    RED("will not be delivered in the year");

    private final String meaning;

    SavingStatus(String meaning) {
        this.meaning = meaning;
    }

    /** What the status means, in words. */
    public String meaning() {
        return meaning;
    }

    /** The RAG status of the same colour. */
    public Status toStatus() {
        return Status.valueOf(name());
    }
}
