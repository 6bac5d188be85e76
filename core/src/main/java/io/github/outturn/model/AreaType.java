package io.github.outturn.model;

/**
 * What an area is.
 *
 * <pre>{@code
 * AreaType.LOCAL_AUTHORITY;
 * }</pre>
 */
public enum AreaType {
    /** England as a whole. */
    ENGLAND,
    /** A region of England, such as the North West (or Inner and Outer London). */
    REGION,
    /** A local authority. */
    LOCAL_AUTHORITY,
    /** Any other area, such as a health or combined authority. */
    OTHER
}
