package io.github.outturn.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library logs nothing when used: Hibernate Validator's version banner (HV000001, at INFO) does
 * not reach an embedding application's console. The banner is logged once per JVM, when Hibernate
 * Validator first starts, so the check runs a fresh JVM with the default logging set-up, which sends
 * INFO to the console.
 */
class QuietStartTest {

    /** What an embedding application does: create a validator and use it. */
    public static void main(String[] args) {
        boolean valid =
                DatasetValidator.create().validate(Dataset.builder().build()).isValid();
        // The banner logger has its own level back: nothing of the application's set-up changed.
        System.out.println(
                valid + " " + Logger.getLogger(DatasetValidator.VERSION_LOGGER).getLevel());
        // INFO still reaches the console for the application's own loggers.
        Logger.getLogger("embedding.app").info("the application's own message");
    }

    @Test
    void test_create_logsNothingInAFreshJvm() throws Exception {
        Process java = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classPath(),
                        QuietStartTest.class.getName())
                .start();
        String out = text(java.getInputStream());
        String err = text(java.getErrorStream());
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(err).isZero();
        assertThat(out).isEqualTo("true null" + System.lineSeparator());
        assertThat(err).doesNotContain("HV000001").doesNotContain("Hibernate Validator");
        assertThat(err.lines().filter(l -> !l.isBlank()).toList())
                .hasSize(2)
                .last()
                .isEqualTo("INFO: the application's own message");
    }

    @Test
    void test_create_givesTheBannerLoggerItsOwnLevelBack() {
        Logger banner = Logger.getLogger(DatasetValidator.VERSION_LOGGER);
        banner.setLevel(Level.FINE);
        try {
            DatasetValidator.create();
            assertThat(banner.getLevel()).isEqualTo(Level.FINE);
        } finally {
            banner.setLevel(null);
        }
    }

    /**
     * This JVM's class path, with its module path and the test classes (which surefire patches into
     * core's module) added: the fresh JVM runs everything from the class path.
     */
    private static String classPath() {
        return Stream.of(
                        System.getProperty("java.class.path"),
                        System.getProperty("jdk.module.path"),
                        Path.of("target", "test-classes").toAbsolutePath().toString())
                .filter(p -> p != null && !p.isEmpty())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String text(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
