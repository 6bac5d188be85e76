package io.github.outturn.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example reports in a real headless Chromium (Debian's {@code chromium}): each loads with no
 * console message (a blocked load or script would log one), its screenshot is not blank and shows
 * the charts' colours, and printed to PDF its text ({@code pdftotext}) holds the key figures.
 *
 * <p>The report module's build installs chromium and poppler-utils when missing and running as root
 * (src/test/browser/install-browser.sh). Where that install could run (root with apt-get, as on CI)
 * or under {@code CI=true}, a missing browser fails these tests; elsewhere it skips them, saying why. With {@code -Doutturn.screenshots=true} a printed page
 * of each example with its charts is written to docs/report/, where docs/report.md shows it.
 */
class BrowserTest {

    private static final Path OUT = Path.of("target", "browser").toAbsolutePath();

    @BeforeAll
    static void tools() throws IOException {
        boolean present = onPath("chromium") && onPath("pdftotext") && onPath("pdftoppm");
        if (!present) {
            String why = "chromium, pdftotext or pdftoppm is not installed (src/test/browser/install-browser.sh"
                    + " installs them as root)";
            // Where the build could install them (root on Debian) or under CI, missing tools are a failure.
            boolean installable = "root".equals(System.getProperty("user.name")) && onPath("apt-get");
            if (installable || "true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        Files.createDirectories(OUT);
    }

    @Test
    void rotherham() throws Exception {
        check("rotherham", 2, Examples::rotherham, List.of("Rotherham", "159 actions", "2014/15 H1", "Amber"));
    }

    @Test
    void nottingham() throws Exception {
        check(
                "nottingham",
                6,
                Examples::nottingham,
                List.of("Nottingham", "92.9%", "95.0%", "94.2%", "Red", "DTaP/IPV/Hib immunisation take-up"));
    }

    @Test
    void lancashire() throws Exception {
        check(
                "lancashire",
                3,
                Examples::lancashire,
                List.of("Lancashire (888)", "Infant Mortality", "outturn-benchmark-default@3"));
    }

    @Test
    void publicHealthDetailPagesWithXmrChartAndFunnelPlot() throws Exception {
        // Page 6 holds the XmR chart of Lancashire's breastfeeding, page 7 its funnel plot.
        check(
                "public-health",
                List.of(6, 7),
                Examples::publicHealth,
                List.of(
                        "Statistical process control, 2005/06 to 2019/20",
                        "Special cause: concern",
                        "Special cause: improvement",
                        "Below LCL",
                        "Above UCL",
                        "Recent trend: Increasing and getting better",
                        "Funnel plot, 2019/20",
                        "95% limits are 45.29% to 47.25%",
                        "below the 95% limit"));
        // The printed charts show the marks: the concern's orange triangle and the improvement's blue
        // diamond on the XmR chart's page, the area's red diamond on the funnel plot's.
        Path pdf = OUT.resolve("public-health.pdf");
        run(List.of(
                "pdftoppm",
                "-png",
                "-r",
                "100",
                "-f",
                "6",
                "-l",
                "7",
                pdf.toString(),
                OUT.resolve("ph-marks").toString()));
        List<Path> pages;
        try (Stream<Path> files = Files.list(OUT)) {
            pages = files.filter(f -> f.getFileName().toString().startsWith("ph-marks"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        assertThat(pages).hasSize(2);
        BufferedImage xmr = ImageIO.read(pages.get(0).toFile());
        assertThat(pixels(xmr, 0xb35900)).as("concern orange").isGreaterThan(10);
        assertThat(pixels(xmr, 0x1f5fa8)).as("improvement blue").isGreaterThan(10);
        assertThat(pixels(ImageIO.read(pages.get(1).toFile()), 0xb3261e))
                .as("the area's red")
                .isGreaterThan(10);
    }

    private static int pixels(BufferedImage image, int colour) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += close(image.getRGB(x, y) & 0xFFFFFF, colour) ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void stockport() throws Exception {
        // The illustrative resources: the council's £1.61m overspend shown +£1.6m, the minutes' three
        // pressures as Red overspends, the savings programme's £750k shortfall.
        check(
                "stockport",
                3,
                Examples::stockport,
                List.of(
                        "Resources, 2016/17 Q1",
                        "+£1.6m",
                        "External placements (children looked after)",
                        "+£1.2m",
                        "Special guardianship orders",
                        "+£350k",
                        "Section 17 payments (edge of care)",
                        "+£145k",
                        "a shortfall of £750k",
                        "outturn-finance-default@1"));
    }

    private static void check(String name, int shownPage, Supplier<Report> report, List<String> figures)
            throws Exception {
        check(name, List.of(shownPage), report, figures);
    }

    /** With several pages shown in the docs, they are {@code name-1.png}, {@code name-2.png}, ... */
    private static void check(String name, List<Integer> shownPages, Supplier<Report> report, List<String> figures)
            throws Exception {
        Path html = OUT.resolve(name + ".html");
        HtmlReport.write(report.get(), html);
        Path png = OUT.resolve(name + ".png");
        Path pdf = OUT.resolve(name + ".pdf");
        Files.deleteIfExists(png);
        Files.deleteIfExists(pdf);

        String log = chromium(
                "--screenshot=" + png, "--window-size=1100,1500", html.toUri().toString());
        assertThat(consoleLines(log)).as("console messages of " + name).isEmpty();
        BufferedImage shot = ImageIO.read(png.toFile());
        assertThat(shot.getWidth()).isEqualTo(1100);
        assertThat(inkShare(shot))
                .as("share of the screenshot that is not white")
                .isGreaterThan(0.03);
        assertThat(chartColours(shot)).as("pixels of the RAG and line colours").isGreaterThan(200);

        log = chromium(
                "--print-to-pdf=" + pdf, "--no-pdf-header-footer", html.toUri().toString());
        assertThat(consoleLines(log)).isEmpty();
        String text = run(List.of("pdftotext", "-layout", pdf.toString(), "-"));
        for (String figure : figures) {
            assertThat(text).as("the PDF's text").contains(figure);
        }
        run(List.of(
                "pdftoppm",
                "-png",
                "-r",
                "40",
                "-f",
                "1",
                "-l",
                "3",
                pdf.toString(),
                OUT.resolve(name + "-page").toString()));
        List<Path> pages;
        try (Stream<Path> files = Files.list(OUT)) {
            pages = files.filter(p -> p.getFileName().toString().startsWith(name + "-page"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            BufferedImage image = ImageIO.read(page.toFile());
            assertThat(image.getHeight()).as("A4 is taller than wide").isGreaterThan(image.getWidth());
            assertThat(inkShare(image)).as(page + " is not blank").isGreaterThan(0.005);
        }
        if (Boolean.getBoolean("outturn.screenshots")) {
            // The printed page with the example's charts, as a reader of the docs should see it.
            Path docs = Examples.ROOT.resolve("docs/report");
            Files.createDirectories(docs);
            for (int k = 0; k < shownPages.size(); k++) {
                String page = String.valueOf(shownPages.get(k));
                String shown = shownPages.size() == 1 ? name : name + "-" + (k + 1);
                run(List.of(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "70",
                        "-singlefile",
                        "-f",
                        page,
                        "-l",
                        page,
                        pdf.toString(),
                        OUT.resolve(shown + "-shown").toString()));
                Files.copy(
                        OUT.resolve(shown + "-shown.png"),
                        docs.resolve(shown + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static String chromium(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--hide-scrollbars",
                "--enable-logging=stderr",
                "--v=0",
                "--user-data-dir=" + OUT.resolve("profile")));
        command.addAll(List.of(args));
        return run(command);
    }

    /** The console messages Chromium logged: a blocked load, a script, an error. */
    private static List<String> consoleLines(String log) {
        return log.lines().filter(l -> l.contains(":CONSOLE")).collect(Collectors.toList());
    }

    private static String run(List<String> command) throws Exception {
        Path output = Files.createTempFile(OUT, "run", ".txt");
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command.get(0) + " did not finish in 120 s");
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        assertThat(p.exitValue()).as(command.get(0) + ": " + text).isZero();
        return text;
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                ink += rgb == 0xFFFFFF ? 0 : 1;
            }
        }
        return ink / (double) (image.getWidth() * image.getHeight());
    }

    /** Pixels close to the report's status and chart colours (report.css). */
    private static int chartColours(BufferedImage image) {
        int[] colours = {0x1f5fa8, 0x1a7a3c, 0xf2b705, 0xb3261e, 0x6a3d9a};
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                for (int c : colours) {
                    if (close(rgb, c)) {
                        count++;
                        break;
                    }
                }
            }
        }
        return count;
    }

    private static boolean close(int a, int b) {
        return Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)) < 12
                && Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)) < 12
                && Math.abs((a & 255) - (b & 255)) < 12;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
