package io.github.outturn.json;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A dataset document with many observations, made on the fly as a stream (so that the document
 * itself takes no heap): 4 indicators, then observations of 150 areas over financial quarters.
 *
 * <p>Run as a program to measure the heap a read takes: {@code java -Xmx512m -cp ...
 * io.github.outturn.json.LargeDocument 1000000 [file]} prints the observations read, the peak heap
 * used (the sum of the heap pools' peaks) and the heap still in use with the dataset held.
 */
final class LargeDocument extends InputStream {

    private static final String HEAD = "{\"schemaVersion\": 1, \"indicators\": ["
            + "{\"id\": \"ind-0\", \"name\": \"Indicator 0\", \"polarity\": \"higher-is-better\"},"
            + "{\"id\": \"ind-1\", \"name\": \"Indicator 1\", \"polarity\": \"lower-is-better\"},"
            + "{\"id\": \"ind-2\", \"name\": \"Indicator 2\", \"polarity\": \"target-band\"},"
            + "{\"id\": \"ind-3\", \"name\": \"Indicator 3\", \"polarity\": \"no-judgement\"}"
            + "],\n\"observations\": [\n";

    private final int count;
    private int next;
    private byte[] chunk = HEAD.getBytes(StandardCharsets.UTF_8);
    private int pos;
    private boolean done;

    LargeDocument(int count) {
        this.count = count;
    }

    /** The text of observation {@code i}: values with one to three decimals, every fifth with CIs. */
    static String observation(int i) {
        int area = i % 150;
        int q = (i / 150) % 4 + 1;
        int year = 2000 + (i / 600) % 30;
        String value = (i % 1000) + "." + (i % 10);
        StringBuilder s = new StringBuilder(160)
                .append("{\"indicatorId\": \"ind-")
                .append((i / 18000) % 4)
                .append("\", \"areaCode\": \"E0800")
                .append(1000 + area)
                .append("\", \"period\": \"")
                .append(year)
                .append('/')
                .append((year + 1) % 100 < 10 ? "0" : "")
                .append((year + 1) % 100)
                .append(" Q")
                .append(q)
                .append("\", \"value\": ")
                .append(value);
        if (i % 5 == 0) {
            s.append(", \"numerator\": ")
                    .append(i % 1000)
                    .append(", \"denominator\": 1000, \"lowerCi\": ")
                    .append(value)
                    .append("1, \"upperCi\": ")
                    .append(value)
                    .append("9");
        }
        return s.append(", \"status\": \"actual\"}").toString();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (pos == chunk.length && !fill()) {
            return -1;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
    }

    private boolean fill() {
        if (done) {
            return false;
        }
        StringBuilder s = new StringBuilder(64 * 1024);
        while (next < count && s.length() < 60 * 1024) {
            if (next > 0) {
                s.append(",\n");
            }
            s.append(observation(next++));
        }
        if (next == count) {
            s.append("\n]}\n");
            done = true;
        }
        chunk = s.toString().getBytes(StandardCharsets.UTF_8);
        pos = 0;
        return true;
    }

    /** Jackson's streaming parse alone, every string and number materialised: the yardstick. */
    private static void rawParse(Path file) throws IOException {
        long start = System.nanoTime();
        long tokens = 0;
        try (InputStream in = Files.newInputStream(file);
                com.fasterxml.jackson.core.JsonParser p =
                        new com.fasterxml.jackson.core.JsonFactory().createParser(in)) {
            for (com.fasterxml.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                    p.getText();
                } else if (t.isNumeric()) {
                    p.getDecimalValue();
                }
                tokens++;
            }
        }
        System.out.printf("raw parse: %d tokens in %d ms%n", tokens, (System.nanoTime() - start) / 1_000_000);
    }

    /** Measures a read of {@code args[0]} observations (default 1,000,000), from {@code args[1]} if given. */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = args.length > 1 ? Path.of(args[1]) : null;
        if (file != null && !Files.exists(file)) {
            try (InputStream in = new LargeDocument(n)) {
                Files.copy(in, file);
            }
        }
        if (args.length > 2 && args[2].equals("raw") && file != null) {
            rawParse(file);
            return;
        }
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        io.github.outturn.model.Dataset ds;
        if (file == null) {
            try (InputStream in = new LargeDocument(n)) {
                ds = OutturnJson.standard().readDataset(in, "generated");
            }
        } else {
            ds = OutturnJson.standard().readDataset(file);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(
                "observations %d, file %s, read in %d ms, peak heap %d MB, retained with the dataset %d MB, max heap %d MB%n",
                ds.observations().size(),
                file == null ? "(streamed)" : Files.size(file) / (1024 * 1024) + " MB",
                millis,
                peak / (1024 * 1024),
                retained / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
