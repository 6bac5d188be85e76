package io.github.outturn.csv.impl;

import io.github.outturn.csv.CsvEscaping;
import io.github.outturn.io.Codes;
import io.github.outturn.io.DatasetText;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.YearType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.Fraction;

/**
 * One data row of a table, read cell by cell: each typed getter reports a malformed cell as a
 * problem with the file, line, column, value and what was expected, and returns {@code null} (or
 * empty) so that the rest of the row is still checked.
 *
 * <pre>{@code
 * String code = row.text("code");                 // required
 * Optional<BigDecimal> v = row.decimal("value");  // optional
 * if (row.ok()) { ... build the object ... }
 * }</pre>
 *
 * <p>Mutable, for one read on one thread.
 */
public final class Row {

    private final String source;
    private final long line;
    private final Table table;
    private final String[] cells;
    private final Problems problems;
    private boolean failed;

    Row(String source, long line, Table table, String[] cells, Problems problems) {
        this.source = source;
        this.line = line;
        this.table = table;
        this.cells = cells;
        this.problems = problems;
    }

    /** The line the row starts on, counting from 1. */
    public long line() {
        return line;
    }

    /** Whether no cell of this row was malformed. */
    public boolean ok() {
        return !failed;
    }

    /** Reports a problem with this row. */
    public void fail(String column, String value, String message) {
        failed = true;
        problems.add(source, line, column, value, message);
    }

    String raw(String column) {
        return cells[table.index(column)];
    }

    /** Whether the cell is empty. */
    public boolean isEmpty(String column) {
        return raw(column).isEmpty();
    }

    /**
     * A required text cell, restored from formula neutralisation ({@code '} alone is the empty
     * text); {@code null} if the cell is empty or the text is not one a dataset can hold.
     */
    public String text(String column) {
        String s = raw(column);
        if (s.isEmpty()) {
            fail(column, null, "a value is required");
            return null;
        }
        return checked(column, CsvEscaping.restore(s));
    }

    /** An optional text cell, restored from formula neutralisation; empty if the text is refused. */
    public Optional<String> optText(String column) {
        String s = raw(column);
        return s.isEmpty() ? Optional.empty() : Optional.ofNullable(checked(column, CsvEscaping.restore(s)));
    }

    /** The text, or {@code null} after reporting why a dataset cannot hold it ({@link DatasetText}). */
    private String checked(String column, String text) {
        Optional<String> problem = DatasetText.problem(text);
        if (problem.isPresent()) {
            fail(column, text, "the text " + problem.get());
            return null;
        }
        return text;
    }

    /** An optional decimal, exactly as written. */
    public Optional<BigDecimal> decimal(String column) {
        String s = raw(column);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> d = Cells.decimal(s);
        if (d.isEmpty()) {
            fail(column, s, Cells.numberExpected(s));
        }
        return d;
    }

    /** An optional whole number between {@code min} and {@code max}. */
    public Optional<Integer> integer(String column, int min, int max) {
        String s = raw(column);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(s);
            if (n >= min && n <= max) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(column, s, "expected a whole number from " + min + " to " + max);
        return Optional.empty();
    }

    /** An optional boolean: true/false (yes/no, y/n, 1/0 also accepted). */
    public Optional<Boolean> bool(String column) {
        String s = raw(column);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<Boolean> b = Cells.bool(s);
        if (b.isEmpty()) {
            fail(column, s, "expected true or false");
        }
        return b;
    }

    /** An optional enum code such as {@code higher-is-better}. */
    public <E extends Enum<E>> Optional<E> code(String column, Class<E> type) {
        String s = raw(column);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> e = Codes.parse(type, s);
        if (e.isEmpty()) {
            fail(column, s, "expected one of " + Codes.allOf(type));
        }
        return e;
    }

    /** A required enum code. */
    public <E extends Enum<E>> E requiredCode(String column, Class<E> type) {
        if (raw(column).isEmpty()) {
            fail(column, null, "a value is required: one of " + Codes.allOf(type));
            return null;
        }
        return code(column, type).orElse(null);
    }

    /**
     * An optional period label, read as the year type says when it is known.
     *
     * @param column the column
     * @param yearType the indicator's year type, or {@code null} to read bare two-year labels as
     *     financial years
     * @return the period, or empty if the cell is empty or malformed
     */
    public Optional<ReportingPeriod> period(String column, YearType yearType) {
        String s = raw(column);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(yearType == null ? ReportingPeriod.parse(s) : ReportingPeriod.parse(s, yearType));
        } catch (IllegalArgumentException e) {
            fail(column, s, e.getMessage());
            return Optional.empty();
        }
    }

    /** A required period label. */
    public ReportingPeriod requiredPeriod(String column, YearType yearType) {
        if (raw(column).isEmpty()) {
            fail(column, null, "a period is required, such as \"2014/15\" or \"2014/15 Q2\"");
            return null;
        }
        return period(column, yearType).orElse(null);
    }

    /** An optional ISO date such as {@code 2014-10-15}. */
    public Optional<LocalDate> date(String column) {
        String s = raw(column);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            fail(column, s, "expected a date such as 2014-10-15 (year-month-day)");
            return Optional.empty();
        }
    }

    /** An optional tolerance: {@code 5%}, {@code 2} or {@code threshold 40}. */
    public Optional<Tolerance> tolerance(String column) {
        String s = raw(column);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Tolerance.parse(s));
        } catch (IllegalArgumentException e) {
            fail(column, s, e.getMessage());
            return Optional.empty();
        }
    }

    /** A {@code ;}-separated list of text items, restored from formula neutralisation; empty if empty. */
    public List<String> list(String column) {
        String s = raw(column);
        List<String> items = new ArrayList<>();
        if (s.isEmpty()) {
            return items;
        }
        for (String item : CsvEscaping.restore(s).split(";", -1)) {
            String t = item.strip();
            if (t.isEmpty()) {
                fail(column, s, "an empty item in a ;-separated list such as P1;P5");
                return new ArrayList<>();
            }
            items.add(t);
        }
        return items;
    }

    /** A {@code ;}-separated list of fractions such as {@code 1/2;1/2}; empty if empty. */
    public List<Fraction> fractions(String column) {
        String s = raw(column);
        List<Fraction> items = new ArrayList<>();
        if (s.isEmpty()) {
            return items;
        }
        for (String item : s.split(";", -1)) {
            Fraction f = fraction(item.strip());
            if (f == null) {
                fail(column, s, "expected weights as ;-separated fractions or decimals, such as 1/2;1/2 or 0.25;0.75");
                return new ArrayList<>();
            }
            items.add(f);
        }
        return items;
    }

    private static Fraction fraction(String s) {
        try {
            int slash = s.indexOf('/');
            if (slash >= 0) {
                int num = Integer.parseInt(s.substring(0, slash).strip());
                int den = Integer.parseInt(s.substring(slash + 1).strip());
                return den == 0 ? null : Fraction.of(num, den);
            }
            Optional<BigDecimal> d = Cells.decimal(s);
            if (d.isEmpty()) {
                return null;
            }
            BigDecimal unscaled = new BigDecimal(d.get().unscaledValue());
            if (d.get().scale() <= 0) {
                return Fraction.of(d.get().intValueExact());
            }
            return Fraction.of(
                    unscaled.intValueExact(),
                    BigDecimal.TEN.pow(d.get().scale()).intValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }
}
