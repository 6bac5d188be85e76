package io.github.outturn.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic LAIT folder {@code factor} times the size of the real one, for the scale
 * measurements (never committed: {@code benchmarks/scale.sh} writes them under {@code
 * benchmarks/target/}). The same columns with more measures: copy 1 is the real file, copy k a
 * measure {@code ID_xk} for every measure {@code ID}, with the same rows and values, written after
 * copy k - 1 so that each measure's rows stay together as in DfE's file. The dictionary lists every
 * copy (the copies without the long description, methodology and contact text, so that it grows
 * by about 150 bytes a measure); the code list and statistical neighbour files are copied as they
 * are.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.github.outturn.benchmarks.ScaledLait data/lait
 * benchmarks/target/scale/lait-10x 10}
 */
public final class ScaledLait {

    /** The dictionary's long text columns, left empty in the copies. */
    private static final List<String> LONG_TEXT =
            List.of("description", "methodology", "data owner (do) /supplier and contact details", "hyperlink(s)");

    private ScaledLait() {}

    /**
     * Writes the folder.
     *
     * @param args the real LAIT folder, the folder to write, the factor (1 or more)
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        int factor = Integer.parseInt(args[2]);
        if (factor < 1) {
            throw new IllegalArgumentException("The factor must be 1 or more, not " + factor);
        }
        Files.createDirectories(to);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(from, "*.csv")) {
            for (Path f : files) {
                if (!f.getFileName().toString().equals("lait_data_dictionary.csv")) {
                    Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        dictionary(from.resolve("lait_data_dictionary.csv"), to.resolve("lait_data_dictionary.csv"), factor);
        values(from.resolve("bds_long.csv.gz"), to.resolve("bds_long.csv.gz"), factor);
    }

    private static String copyId(String id, int k) {
        return k == 1 ? id : id + "_x" + k;
    }

    private static void dictionary(Path from, Path to, int factor) throws IOException {
        List<CsvRecord> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(from)) {
            in.forEach(rows::add);
        }
        List<String> header = rows.get(0).getFields();
        int id = -1;
        List<Integer> longText = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (name.equals("measure_short")) {
                id = i;
            }
            if (LONG_TEXT.contains(name)) {
                longText.add(i);
            }
        }
        try (CsvWriter out = CsvWriter.builder().build(to, StandardCharsets.UTF_8)) {
            out.writeRecord(header);
            for (int k = 1; k <= factor; k++) {
                for (CsvRecord r : rows.subList(1, rows.size())) {
                    List<String> fields = new ArrayList<>(r.getFields());
                    fields.set(id, copyId(fields.get(id), k));
                    if (k > 1) {
                        for (int i : longText) {
                            fields.set(i, "");
                        }
                    }
                    out.writeRecord(fields);
                }
            }
        }
    }

    private static void values(Path from, Path to, int factor) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(from), 1 << 16), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(
                        new GZIPOutputStream(Files.newOutputStream(to), 1 << 16) {
                            {
                                def.setLevel(Deflater.BEST_SPEED);
                            }
                        },
                        StandardCharsets.UTF_8),
                1 << 16)) {
            out.write(lines.get(0));
            out.write('\n');
            for (int k = 1; k <= factor; k++) {
                for (String line : lines.subList(1, lines.size())) {
                    // The measure is the first field, quoted when it holds a comma.
                    if (line.startsWith("\"")) {
                        int close = line.indexOf('"', 1);
                        out.write('"');
                        out.write(copyId(line.substring(1, close), k));
                        out.write(line, close, line.length() - close);
                    } else {
                        int comma = line.indexOf(',');
                        out.write(copyId(line.substring(0, comma), k));
                        out.write(line, comma, line.length() - comma);
                    }
                    out.write('\n');
                }
            }
        }
    }
}
