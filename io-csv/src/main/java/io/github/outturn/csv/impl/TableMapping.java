package io.github.outturn.csv.impl;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.ImmutableDataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One table of the CSV format, declared once: its file, where its rows sit in a {@link Dataset}, and
 * for each column in the order written its name, its kind of cell ({@link CellType}), the getter that
 * writes it and the builder method that reads it. Reading and writing both follow from the one
 * declaration, so they cannot drift apart.
 *
 * <pre>{@code
 * TableMapping<Theme> themes = TableMapping.of(
 *                 "themes.csv", Theme::builder, b -> b.build(), Dataset::getThemes, ImmutableDataset::withThemes)
 *         .required("id", CellType.TEXT, Theme::getId, (b, v) -> b.id(v))
 *         .optional("description", CellType.TEXT, Theme::getDescription, (b, v) -> b.description(v))
 *         .build();
 * }</pre>
 *
 * <p>A required column must be in the header and every row must fill it. An optional column may be
 * left out, and an empty cell leaves the builder's default (an empty {@code Optional} or list, or the
 * model's default value). Immutable and thread-safe.
 *
 * @param <T> the model type of a row
 */
public final class TableMapping<T> {

    private final String file;
    private final List<Field<T, ?, ?>> fields;
    private final BiFunction<Row, Reading, T> reader;
    private final Function<Dataset, List<T>> rows;
    private final BiFunction<ImmutableDataset, List<T>, ImmutableDataset> withRows;
    private final List<Column> columns;
    /** Column positions by name: a reader asks for cells by name hundreds of thousands of times. */
    private final Map<String, Integer> positions = new HashMap<>();

    private TableMapping(Builder<T, ?> b, List<Field<T, ?, ?>> fields, BiFunction<Row, Reading, T> reader) {
        this.file = b.file;
        this.fields = fields;
        this.reader = reader;
        this.rows = b.rows;
        this.withRows = b.withRows;
        this.columns = fields.stream().map(Field::column).toList();
        for (int i = 0; i < columns.size(); i++) {
            positions.putIfAbsent(columns.get(i).name(), i);
        }
    }

    /**
     * Starts declaring a table; columns are then added in the order written.
     *
     * @param file the file name, such as {@code "themes.csv"}
     * @param builder a new builder of a row's value
     * @param build builds it
     * @param rows the dataset's rows of this table, in the order written
     * @param withRows a copy of a dataset with these rows
     * @param <T> the model type of a row
     * @param <B> its builder
     * @return the declaration
     */
    public static <T, B> Builder<T, B> of(
            String file,
            Supplier<B> builder,
            Function<B, T> build,
            Function<Dataset, List<T>> rows,
            BiFunction<ImmutableDataset, List<T>, ImmutableDataset> withRows) {
        return new Builder<>(file, builder, build, rows, withRows);
    }

    /** The file name, such as {@code "themes.csv"}. */
    public String file() {
        return file;
    }

    /** The columns, in the order written. */
    public List<Column> columns() {
        return columns;
    }

    /** The column names, in order. */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** The index of a column by name. */
    public int index(String name) {
        Integer i = positions.get(name);
        if (i == null) {
            throw new IllegalArgumentException(file + " has no column " + name);
        }
        return i;
    }

    /** The dataset's rows of this table. */
    public List<T> rows(Dataset dataset) {
        return rows.apply(dataset);
    }

    /** A copy of the dataset with these rows. */
    public ImmutableDataset withRows(ImmutableDataset dataset, List<T> items) {
        return withRows.apply(dataset, items);
    }

    /**
     * Reads one row, reporting every malformed cell.
     *
     * @param row the row
     * @param reading the state of the read
     * @return the value, or {@code null} if a cell was malformed or the model refused the row (the
     *     reason reported)
     */
    public T read(Row row, Reading reading) {
        try {
            T item = reader.apply(row, reading);
            return row.ok() ? item : null;
        } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
            if (row.ok()) { // a cell's problem was reported already; else the builder's own check
                row.fail(-1, null, String.valueOf(e.getMessage()));
            }
            return null;
        }
    }

    /**
     * The cells of one row, in the table's order.
     *
     * @param item the row's value
     * @param out the writer, to which a value that cannot be written is reported
     * @return the cells, {@code null} for an empty one
     */
    public String[] cells(T item, TableWriter out) {
        String[] cells = new String[fields.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = fields.get(i).write(item, out, i);
        }
        return cells;
    }

    @Override
    public String toString() {
        return "TableMapping[" + file + ", " + names() + "]";
    }

    /** One column: its kind of cell, how it is read into a builder and written from a value. */
    private record Field<T, B, V>(
            Column column, CellType<V> type, Function<T, V> get, BiConsumer<B, V> set, String ifEmpty) {

        Object read(Row row, int index, Reading reading) {
            String cell = row.raw(index);
            if (cell.isEmpty()) {
                if (column.required()) {
                    row.fail(index, null, ifEmpty);
                }
                return null;
            }
            return type.read(row, index, cell, reading);
        }

        @SuppressWarnings("unchecked") // the value was read by this field's own kind of cell
        void set(B builder, Object value) {
            set.accept(builder, (V) value);
        }

        String write(T item, TableWriter out, int index) {
            V value = get.apply(item);
            return value == null ? null : type.write(value, out, index);
        }

        Field<T, B, V> with(List<String> aliases, String message) {
            return new Field<>(
                    new Column(column.name(), aliases, message != null, column.text()), type, get, set, message);
        }
    }

    /**
     * Declares a table column by column, in the order written.
     *
     * @param <T> the model type of a row
     * @param <B> its builder
     */
    public static final class Builder<T, B> {

        private final String file;
        private final Supplier<B> builder;
        private final Function<B, T> build;
        private final Function<Dataset, List<T>> rows;
        private final BiFunction<ImmutableDataset, List<T>, ImmutableDataset> withRows;
        private final List<Field<T, B, ?>> fields = new ArrayList<>();
        private Consumer<Row> check = row -> {};
        private BiConsumer<Row, B> complete = (row, b) -> {};

        private Builder(
                String file,
                Supplier<B> builder,
                Function<B, T> build,
                Function<Dataset, List<T>> rows,
                BiFunction<ImmutableDataset, List<T>, ImmutableDataset> withRows) {
            this.file = file;
            this.builder = builder;
            this.build = build;
            this.rows = rows;
            this.withRows = withRows;
        }

        /** A column the header must name and every row must fill, read with {@code set} and written from {@code get}. */
        public <V> Builder<T, B> required(String name, CellType<V> type, Function<T, V> get, BiConsumer<B, V> set) {
            fields.add(new Field<>(new Column(name, List.of(), true, type.text()), type, get, set, type.required()));
            return this;
        }

        /** A column for an optional value: {@code set} is called only for a cell that holds one. */
        public <V> Builder<T, B> optional(
                String name, CellType<V> type, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
            return withDefault(name, type, item -> get.apply(item).orElse(null), set);
        }

        /** A column for a value with a default, which an empty cell or a header without it leaves. */
        public <V> Builder<T, B> withDefault(String name, CellType<V> type, Function<T, V> get, BiConsumer<B, V> set) {
            fields.add(new Field<>(new Column(name, List.of(), false, type.text()), type, get, set, null));
            return this;
        }

        /** The last column added, also read under another (older) header name. */
        public Builder<T, B> alias(String other) {
            Field<T, B, ?> last = fields.remove(fields.size() - 1);
            List<String> aliases = new ArrayList<>(last.column().aliases());
            aliases.add(other);
            fields.add(last.with(aliases, last.ifEmpty()));
            return this;
        }

        /** The last column added, required, with this message for an empty cell. */
        public Builder<T, B> ifEmpty(String message) {
            Field<T, B, ?> last = fields.remove(fields.size() - 1);
            fields.add(last.with(last.column().aliases(), message));
            return this;
        }

        /**
         * A check of the whole row once every cell was read without a problem, before the value is
         * built: it reports what is wrong with {@link Row#fail}.
         */
        public Builder<T, B> check(Consumer<Row> check) {
            this.check = check;
            return this;
        }

        /** Sets what follows from the row as a whole (a default that depends on other cells). */
        public Builder<T, B> complete(BiConsumer<Row, B> complete) {
            this.complete = complete;
            return this;
        }

        /** The table. */
        public TableMapping<T> build() {
            List<Field<T, B, ?>> all = List.copyOf(fields);
            Consumer<Row> rowCheck = check;
            BiConsumer<Row, B> rowComplete = complete;
            BiFunction<Row, Reading, T> reader = (row, reading) -> {
                for (int i = 0; i < all.size(); i++) {
                    row.value(i, all.get(i).read(row, i, reading));
                }
                if (row.ok()) {
                    rowCheck.accept(row);
                }
                if (!row.ok()) {
                    return null;
                }
                B b = builder.get();
                for (int i = 0; i < all.size(); i++) {
                    if (row.value(i) != null) {
                        all.get(i).set(b, row.value(i));
                    }
                }
                rowComplete.accept(row, b);
                return build.apply(b);
            };
            return new TableMapping<>(this, List.copyOf(all), reader);
        }
    }
}
