package io.github.outturn.statistics;

/**
 * Why a point on an XmR chart is special cause, in priority order, with NHS England's labels.
 *
 * <pre>{@code
 * SpecialCause.TREND_INCREASING.getLabel(); // "7 Point Trend (Increasing)"
 * }</pre>
 */
public enum SpecialCause {
    /** Above the upper process limit. */
    ABOVE_UCL("Above UCL", true),
    /** Below the lower process limit. */
    BELOW_LCL("Below LCL", false),
    /** Part of seven points each higher than the one before. */
    TREND_INCREASING("7 Point Trend (Increasing)", true),
    /** Part of seven points each lower than the one before. */
    TREND_DECREASING("7 Point Trend (Decreasing)", false),
    /** Close to the upper limit, two of three points near it all above the mean. */
    TWO_IN_THREE_ABOVE("2 in 3 Above CL", true),
    /** Close to the lower limit, two of three points near it all below the mean. */
    TWO_IN_THREE_BELOW("2 in 3 Below CL", false),
    /** Part of a run of seven or more points above the mean. */
    RUN_ABOVE("7 Points Above CL", true),
    /** Part of a run of seven or more points below the mean. */
    RUN_BELOW("7 Points Below CL", false),
    /** None of the rules: common cause variation. */
    COMMON_CAUSE("Common Cause", false);

    private final String label;
    private final boolean high;

    SpecialCause(String label, boolean high) {
        this.label = label;
        this.high = high;
    }

    /** The label, such as {@code "Above UCL"}. */
    public String label() {
        return label;
    }

    /** Whether the cause is on the high side (above, increasing). */
    public boolean isHigh() {
        return high;
    }
}
