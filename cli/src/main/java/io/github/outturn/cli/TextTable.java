package io.github.outturn.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of text aligned in columns for a terminal: text columns to the left, columns whose every
 * cell looks like a number to the right.
 *
 * <pre>{@code
 * TextTable t = new TextTable("Priority", "Green", "Amber");
 * t.row("P1", "12.0", "28.5");
 * t.print(out);
 * }</pre>
 */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final int width;

    TextTable(String... header) {
        this.width = header.length;
        rows.add(header.clone());
    }

    TextTable row(Object... cells) {
        if (cells.length != width) {
            throw new IllegalArgumentException("A row of " + cells.length + " cells in a table of " + width);
        }
        String[] text = new String[width];
        for (int i = 0; i < width; i++) {
            text[i] = cells[i] == null ? "" : cells[i].toString();
        }
        rows.add(text);
        return this;
    }

    int size() {
        return rows.size() - 1;
    }

    void print(PrintWriter out) {
        int[] widths = new int[width];
        boolean[] numeric = new boolean[width];
        for (int c = 0; c < width; c++) {
            numeric[c] = rows.size() > 1;
            for (int r = 0; r < rows.size(); r++) {
                String cell = rows.get(r)[c];
                widths[c] = Math.max(widths[c], cell.length());
                if (r > 0 && !cell.isEmpty() && !looksNumeric(cell)) {
                    numeric[c] = false;
                }
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < width; c++) {
                String cell = rows.get(r)[c];
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + cell : cell + pad);
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < width; c++) {
                    rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
                }
                out.println(rule);
            }
        }
    }

    private static boolean looksNumeric(String cell) {
        return cell.matches("[-+]?[0-9][0-9,]*(\\.[0-9]+)?%?( of [0-9]+)?|-");
    }
}
