package io.github.outturn.period;

import io.github.outturn.io.Quote;

/**
 * A period label that could not be parsed. The message quotes the label and lists the accepted forms.
 *
 * <pre>{@code
 * try {
 *     ReportingPeriod.parse("Spring 2015");
 * } catch (PeriodParseException e) {
 *     e.getLabel(); // "Spring 2015"
 * }
 * }</pre>
 *
 * <p>The accepted forms: {@value #ACCEPTED_FORMS}.
 */
public final class PeriodParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Every accepted form of label, for messages. */
    public static final String ACCEPTED_FORMS = "a financial year \"2014/15\" or \"2014-15\","
            + " a quarter \"2014/15 Q2\" or \"Q2 2014/15\", a half year \"2014/15 H1\","
            + " a month \"2014-07\" or \"July 2014\", an academic year \"AY 2015/16\","
            + " a calendar year \"2015\", pooled years \"2014-16\" or \"2014/15-16/17\"";

    private final String label;

    PeriodParseException(String label, String why) {
        super(Quote.of(label) + " is not a reporting period" + (why.isEmpty() ? "" : " (" + why + ")") + ": expected "
                + ACCEPTED_FORMS);
        this.label = label;
    }

    /** The label as given. */
    public String label() {
        return label;
    }
}
