package io.github.outturn.json.impl;

import static io.github.outturn.json.impl.Fields.BOOLEAN;
import static io.github.outturn.json.impl.Fields.DECIMAL;
import static io.github.outturn.json.impl.Fields.INTEGER;
import static io.github.outturn.json.impl.Fields.TEXT;
import static io.github.outturn.json.impl.Fields.code;
import static io.github.outturn.json.impl.Fields.defaulted;
import static io.github.outturn.json.impl.Fields.optional;
import static io.github.outturn.json.impl.Fields.required;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.outturn.finance.Breach;
import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.finance.MoneyUnit;
import io.github.outturn.json.impl.Fields.Element;
import java.io.IOException;
import java.math.RoundingMode;

/**
 * Reads and writes a {@link FinancePolicy} document: {@code {"id": "stockport-2016", "version": "1",
 * "amberAmount": 500000, "breach": "both-limits"}}, every other setting optional with the policy's
 * default. Both follow the one declaration {@link #POLICY}; problems are collected and located as for
 * datasets.
 */
public final class FinancePolicyDocument {

    /** The policy's fields, each declared once, in the order they are written. */
    static final Element<FinancePolicy.Builder, FinancePolicy> POLICY = new Element<>(
            FinancePolicy::builder,
            FinancePolicy.Builder::build,
            required(
                    "id",
                    TEXT,
                    FinancePolicy::id,
                    FinancePolicy.Builder::id,
                    "a string such as \"outturn-finance-default\""),
            required("version", TEXT, FinancePolicy::version, FinancePolicy.Builder::version, "a string such as \"1\""),
            defaulted("greenPercent", DECIMAL, FinancePolicy::greenPercent, FinancePolicy.Builder::greenPercent),
            optional("greenAmount", DECIMAL, FinancePolicy::greenAmount, FinancePolicy.Builder::greenAmount),
            defaulted("amberPercent", DECIMAL, FinancePolicy::amberPercent, FinancePolicy.Builder::amberPercent),
            defaulted("amberAmount", DECIMAL, FinancePolicy::amberAmount, FinancePolicy.Builder::amberAmount),
            defaulted("breach", code(Breach.class), FinancePolicy::breach, FinancePolicy.Builder::breach),
            defaulted(
                    "underspendPercent",
                    DECIMAL,
                    FinancePolicy::underspendPercent,
                    FinancePolicy.Builder::underspendPercent),
            defaulted(
                    "underspendAmount",
                    DECIMAL,
                    FinancePolicy::underspendAmount,
                    FinancePolicy.Builder::underspendAmount),
            defaulted(
                    "displayUnit",
                    code(MoneyUnit.class),
                    FinancePolicy::displayUnit,
                    FinancePolicy.Builder::displayUnit),
            defaulted(
                    "displayDecimals", INTEGER, FinancePolicy::displayDecimals, FinancePolicy.Builder::displayDecimals),
            defaulted(
                    "percentDecimals", INTEGER, FinancePolicy::percentDecimals, FinancePolicy.Builder::percentDecimals),
            defaulted("rounding", code(RoundingMode.class), FinancePolicy::rounding, FinancePolicy.Builder::rounding),
            defaulted(
                    "savingsAboveRequirementAllowed",
                    BOOLEAN,
                    FinancePolicy::savingsAboveRequirementAllowed,
                    FinancePolicy.Builder::savingsAboveRequirementAllowed));

    private FinancePolicyDocument() {}

    /**
     * Reads one finance policy document.
     *
     * @param p a parser at the start of the document; not closed here
     * @param source the file name for problems
     * @param lenient whether unknown fields are skipped rather than reported
     * @param maxProblems the number of problems after which reading stops
     * @return the policy
     * @throws io.github.outturn.io.InvalidInputException with every problem found
     * @throws IOException if the input cannot be read
     */
    public static FinancePolicy read(JsonParser p, String source, boolean lenient, int maxProblems) throws IOException {
        return PolicyDocument.read(p, source, lenient, maxProblems, POLICY, "a finance policy");
    }

    /**
     * Writes one finance policy document, its fields in the order of {@link #POLICY}.
     *
     * @param policy the policy
     * @param g the generator; flushed, not closed
     * @throws IOException if it cannot be written
     */
    public static void write(FinancePolicy policy, JsonGenerator g) throws IOException {
        POLICY.write(g, policy);
        g.flush();
    }
}
