package io.github.outturn.benchmark;

/**
 * A quartile (A to D) or quintile (A to E) band; A is the best.
 *
 * <pre>{@code
 * Band.of(1); // A
 * Band.B.getNumber(); // 2
 * }</pre>
 */
public enum Band {
    /** The best band. */
    A,
    /** The second band. */
    B,
    /** The third band. */
    C,
    /** The fourth band: the worst of quartiles. */
    D,
    /** The fifth band: the worst of quintiles. */
    E;

    /** 1 for A up to 5 for E. */
    public int number() {
        return ordinal() + 1;
    }

    /**
     * The band numbered 1 (A) to 5 (E).
     *
     * @param number 1 to 5
     * @return the band
     * @throws IllegalArgumentException if the number is out of range
     */
    public static Band of(int number) {
        if (number < 1 || number > 5) {
            throw new IllegalArgumentException("Band number " + number + " is out of range: expected 1 (A) to 5 (E)");
        }
        return values()[number - 1];
    }
}
