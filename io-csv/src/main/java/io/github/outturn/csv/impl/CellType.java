package io.github.outturn.csv.impl;

import io.github.outturn.csv.CsvEscaping;
import io.github.outturn.finance.Money;
import io.github.outturn.io.DatasetText;
import io.github.outturn.model.Codes;
import io.github.outturn.model.TargetProfile;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.YearType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.numbers.fraction.Fraction;

/**
 * A kind of cell: how its text is read into a value (reporting a malformed cell at its line and
 * column, with the value and what was expected) and how a value is written back. Each kind is said
 * once here and used by every table that has such a column ({@link TableMapping}).
 *
 * <pre>{@code
 * CellType.DECIMAL.write(new BigDecimal("44.10"), out, 3);   // "44.10"
 * CellType.code(Polarity.class)                              // reads "higher-is-better"
 * }</pre>
 *
 * <p>Every kind is immutable and thread-safe; the per-read state lives in {@link Reading}.
 *
 * @param <V> the value read and written
 */
public interface CellType<V> {

    /**
     * Reads a cell that is not empty.
     *
     * @param row the row, to report a problem with and to see the values read before this cell
     * @param column the column's index in the table
     * @param cell the cell's text, not empty
     * @param reading the state of this read
     * @return the value, or {@code null} after reporting why the cell holds none
     */
    V read(Row row, int column, String cell, Reading reading);

    /**
     * Writes a value.
     *
     * @param value the value, not null
     * @param out the writer, to report a value that cannot be written
     * @param column the column's index in the table
     * @return the cell, or {@code null} for an empty one
     */
    String write(V value, TableWriter out, int column);

    /** What an empty cell of a column that needs a value is told. */
    default String required() {
        return "a value is required";
    }

    /** Whether the column holds text, restored from formula neutralisation by the cell type itself. */
    default boolean text() {
        return false;
    }

    /**
     * A kind whose cells parse with one function, reporting a failure with one message.
     *
     * @param parse the value of a cell, empty if it holds none
     * @param expected what a cell that holds none is told, given its text
     * @param write how a value is written
     */
    private static <V> CellType<V> of(
            Function<String, Optional<V>> parse, Function<String, String> expected, Function<V, String> write) {
        return new CellType<>() {
            @Override
            public V read(Row row, int column, String cell, Reading reading) {
                Optional<V> value = parse.apply(cell);
                if (value.isEmpty()) {
                    row.fail(column, cell, expected.apply(cell));
                }
                return value.orElse(null);
            }

            @Override
            public String write(V value, TableWriter out, int column) {
                return write.apply(value);
            }
        };
    }

    /**
     * A kind whose cells {@code parse} reads, a refusal reported with the parser's own message.
     *
     * @param parse the value of a cell; throws {@link IllegalArgumentException} saying why it holds none
     * @param write how a value is written
     */
    private static <V> CellType<V> parsedBy(Function<String, V> parse, Function<V, String> write) {
        return new CellType<>() {
            @Override
            public V read(Row row, int column, String cell, Reading reading) {
                try {
                    return parse.apply(cell);
                } catch (IllegalArgumentException e) {
                    row.fail(column, cell, e.getMessage());
                    return null;
                }
            }

            @Override
            public String write(V value, TableWriter out, int column) {
                return write.apply(value);
            }
        };
    }

    /** The message of the {@link IllegalArgumentException} {@code parse} throws for {@code text}. */
    private static String refusal(Function<String, ?> parse, String text) {
        try {
            parse.apply(text);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * Free text, restored from formula neutralisation ({@code '} alone is the empty text) and refused
     * when a dataset cannot hold it ({@link DatasetText}).
     */
    CellType<String> TEXT = textual(
            (row, column, cell, reading) -> {
                String text = CsvEscaping.restore(cell);
                Optional<String> problem = DatasetText.problem(text);
                if (problem.isPresent()) {
                    row.fail(column, text, "the text " + problem.get());
                    return null;
                }
                return text;
            },
            (value, out, column) -> value);

    /**
     * An id or code that repeats down a large table: {@link #TEXT}, one instance per distinct text
     * within a read.
     */
    CellType<String> ID = textual(
            (row, column, cell, reading) -> {
                String text = TEXT.read(row, column, cell, reading);
                return text == null ? null : reading.share(column, text);
            },
            (value, out, column) -> value);

    /** A {@code ;}-separated list of text items, such as {@code P1;P5}; empty is no items. */
    CellType<List<String>> LIST = textual(
            (row, column, cell, reading) -> {
                List<String> items = new ArrayList<>();
                for (String item : CsvEscaping.restore(cell).split(";", -1)) {
                    String t = item.strip();
                    if (t.isEmpty()) {
                        row.fail(column, cell, "an empty item in a ;-separated list such as P1;P5");
                        return null;
                    }
                    items.add(t);
                }
                return items;
            },
            (value, out, column) -> out.list(column, value));

    /** How a textual kind reads a cell: {@link #read}. */
    interface Reader<V> {
        V read(Row row, int column, String cell, Reading reading);
    }

    /** How a textual kind writes a value: {@link #write}. */
    interface Writer<V> {
        String write(V value, TableWriter out, int column);
    }

    /** A kind whose column holds text, restored from formula neutralisation by {@code read} itself. */
    private static <V> CellType<V> textual(Reader<V> read, Writer<V> write) {
        return new CellType<>() {
            @Override
            public V read(Row row, int column, String cell, Reading reading) {
                return read.read(row, column, cell, reading);
            }

            @Override
            public String write(V value, TableWriter out, int column) {
                return write.write(value, out, column);
            }

            @Override
            public boolean text() {
                return true;
            }
        };
    }

    /** A decimal exactly as written ({@link Cells#decimal}), written plain ({@code 1E+3} as 1000). */
    CellType<BigDecimal> DECIMAL = of(Cells::decimal, Cells::numberExpected, BigDecimal::toPlainString);

    /**
     * An amount of money: a plain decimal is pounds sterling ({@code 1234.56}), another currency comes
     * with its code ({@code EUR 10.00}); written the same way ({@link Money#toShortString}).
     */
    CellType<Money> MONEY = parsedBy(Money::parse, Money::toShortString);

    /** A financial year such as {@code 2016/17}. */
    CellType<FinancialYear> FINANCIAL_YEAR = parsedBy(FinancialYear::parse, FinancialYear::toString);

    /** {@code true} or {@code false} ({@code yes}/{@code no}, {@code y}/{@code n}, {@code 1}/{@code 0} read too). */
    CellType<Boolean> BOOLEAN = of(Cells::bool, s -> "expected true or false", Object::toString);

    /** An ISO date such as {@code 2014-10-15}. */
    CellType<LocalDate> DATE = of(
            s -> {
                try {
                    return Optional.of(LocalDate.parse(s));
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
            },
            s -> "expected a date such as 2014-10-15 (year-month-day)",
            LocalDate::toString);

    /** A tolerance: {@code 5%}, {@code 2} or {@code threshold 40}. */
    CellType<Tolerance> TOLERANCE = parsedBy(Tolerance::parse, Tolerance::toString);

    /** A target profile: {@code straight-line}, {@code seasonal} or {@code shares 20;25;25;30}. */
    CellType<TargetProfile> PROFILE = parsedBy(TargetProfile::parse, TargetProfile::toString);

    /** A {@code ;}-separated list of fractions or decimals, such as {@code 1/2;1/2} or {@code 0.25;0.75}. */
    CellType<List<Fraction>> WEIGHTS = of(
            CellType::weights,
            s -> "expected weights as ;-separated fractions or decimals, such as 1/2;1/2 or 0.25;0.75",
            w -> w.isEmpty() ? null : weightsText(w));

    /**
     * A whole number from {@code min} to {@code max}.
     *
     * @param min the least
     * @param max the greatest
     * @return the kind
     */
    static CellType<Integer> wholeNumber(int min, int max) {
        return of(
                s -> {
                    try {
                        return Optional.of(Integer.parseInt(s)).filter(n -> n >= min && n <= max);
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                },
                s -> "expected a whole number from " + min + " to " + max,
                Object::toString);
    }

    /**
     * An enum code such as {@code higher-is-better} ({@link Codes}), each distinct text parsed once
     * per read.
     *
     * @param type the enum
     * @param <E> the enum
     * @return the kind
     */
    static <E extends Enum<E>> CellType<E> code(Class<E> type) {
        return new CellType<>() {
            @Override
            public E read(Row row, int column, String cell, Reading reading) {
                E code = reading.code(type, cell);
                if (code == null) {
                    row.fail(column, cell, Codes.unknown(type, cell));
                }
                return code;
            }

            @Override
            public String write(E value, TableWriter out, int column) {
                return Cells.code(value);
            }

            @Override
            public String required() {
                return "a value is required: one of " + Codes.allOf(type);
            }
        };
    }

    /** A period label; a bare two-year label is a financial year. */
    CellType<ReportingPeriod> PERIOD = periodOf(null);

    /**
     * A period label read as the year type of the indicator named in another column says (a bare
     * {@code 2015/16} is an academic year for an academic measure), each distinct label parsed once
     * per read.
     *
     * @param indicatorColumn the column naming the indicator, read before this one; {@code null} to
     *     read bare two-year labels as financial years
     * @return the kind
     */
    static CellType<ReportingPeriod> periodOf(String indicatorColumn) {
        return new CellType<>() {
            @Override
            public ReportingPeriod read(Row row, int column, String cell, Reading reading) {
                YearType yearType = indicatorColumn == null ? null : reading.yearType(row.value(indicatorColumn, ID));
                ReportingPeriod period = reading.period(cell, yearType);
                if (period == null) {
                    row.fail(column, cell, refusal(s -> Reading.parsePeriod(s, yearType), cell));
                }
                return period;
            }

            @Override
            public String write(ReportingPeriod value, TableWriter out, int column) {
                return value.toString();
            }

            @Override
            public String required() {
                return "a period is required, such as \"2014/15\" or \"2014/15 Q2\"";
            }
        };
    }

    /** Weights as written: {@code 1/2;1/2}, or empty if any item is not a fraction or decimal. */
    private static Optional<List<Fraction>> weights(String cell) {
        List<Fraction> items = new ArrayList<>();
        for (String item : cell.split(";", -1)) {
            Fraction f = fraction(item.strip());
            if (f == null) {
                return Optional.empty();
            }
            items.add(f);
        }
        return Optional.of(items);
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
            if (d.get().scale() <= 0) {
                return Fraction.of(d.get().intValueExact());
            }
            return Fraction.of(
                    d.get().unscaledValue().intValueExact(),
                    BigDecimal.TEN.pow(d.get().scale()).intValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    /** Weights written back: {@code 1/2;1/2}, a whole weight without {@code /1}. */
    static String weightsText(List<Fraction> weights) {
        StringBuilder s = new StringBuilder();
        for (Fraction w : weights) {
            s.append(s.length() == 0 ? "" : ";").append(w.getNumerator());
            if (w.getDenominator() != 1) {
                s.append('/').append(w.getDenominator());
            }
        }
        return s.toString();
    }
}
