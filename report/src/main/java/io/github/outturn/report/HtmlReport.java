package io.github.outturn.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.github.outturn.io.AtomicOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * Writes a {@link Report} as one self-contained HTML file: inline CSS (with print rules for A4),
 * charts as inline SVG with a title and the same figures in a table, no script, no external
 * resource, and a Content-Security-Policy that forbids both. Every text from the data is escaped by
 * the template engine (jte, HTML context-aware). The same report gives the same bytes.
 *
 * <pre>{@code
 * Report r = Reports.assemble(dataset, "892", ReportOptions.defaults());
 * HtmlReport.write(r, Path.of("report.html"));   // whole or not at all
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class HtmlReport {

    private HtmlReport() {}

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(
            null, ContentType.Html, HtmlReport.class.getClassLoader(), "io.github.outturn.report.impl.templates");

    private static final String CSS = resource("impl/report.css");

    /** The style sheet's hash, allowed by the Content-Security-Policy, so no other style runs. */
    private static final String CSS_HASH = "sha256-" + sha256(CSS);

    /**
     * The report as HTML.
     *
     * @param report the report, not null
     * @return the document
     */
    public static String render(Report report) {
        StringOutput out = new StringOutput(1 << 16);
        ENGINE.render("report.jte", Map.of("report", report, "css", CSS, "cssHash", CSS_HASH), out);
        return out.toString();
    }

    /**
     * Writes the report as HTML (UTF-8) to a file, whole or not at all (through {@link AtomicOutput}).
     *
     * @param report the report, not null
     * @param target the file
     * @throws IOException if it cannot be written; whatever was at the path is then untouched
     */
    public static void write(Report report, Path target) throws IOException {
        byte[] bytes = render(report).getBytes(StandardCharsets.UTF_8);
        AtomicOutput.writeFile(target, out -> out.write(bytes));
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
