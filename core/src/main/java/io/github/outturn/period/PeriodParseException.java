package io.github.outturn.period;

import io.github.outturn.io.Quote;

/**
 * A period label that could not be parsed. The message quotes the label and lists the accepted forms.
 *
 * <pre>{@code
 * try {
 *     ReportingPeriod.parse("Lent 2015");
 * } catch (PeriodParseException e) {
 *     e.getLabel(); // "Lent 2015"
 * }
 * }</pre>
 *
 * <p>The accepted forms: {@value #ACCEPTED_FORMS}.
 */
public final class PeriodParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Every accepted form of label, for messages. */
    public static final String ACCEPTED_FORMS = "a financial year \"2014/15\", \"2014-15\" or \"2015/2016\","
            + " a quarter \"2014/15 Q2\", \"Q2 2014/15\" or \"2nd Quarter 2014/15\", a half year \"2014/15 H1\","
            + " a month \"2014-07\" or \"July 2014\", an academic year \"AY 2015/16\","
            + " a calendar year \"2015\", a calendar quarter \"2017 Q1\", \"Q1 2017\" or \"Jan-Mar 2017\","
            + " twelve months \"12 months to June 2015\" or \"year ending June 2015\","
            + " a school term \"Autumn 2016\" or \"Autumn term 2016/17\","
            + " pooled years \"2014-16\" or \"2014/15-16/17\"";

    private final String label;
    private final String why;

    PeriodParseException(String label, String why) {
        super(Quote.of(label) + " is not a reporting period" + (why.isEmpty() ? "" : " (" + why + ")") + ": expected "
                + ACCEPTED_FORMS);
        this.label = label;
        this.why = why;
    }

    /** What is wrong with the label, or empty when it matches no form at all. */
    String why() {
        return why;
    }

    /** The label as given. */
    public String label() {
        return label;
    }
}
