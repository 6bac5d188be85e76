package org.example.council;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.io.DatasetFormats;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outturn's {@code impl} packages are not API: a module such as this tool's cannot compile against
 * them. Compiles a one-class module with javax.tools against the same module path the tests run on.
 */
class EncapsulationTest {

    @TempDir
    Path dir;

    /** What javac says when a module uses a package its module does not export. */
    private String compile(String importLine) throws IOException {
        Path src = dir.resolve("probe");
        Files.createDirectories(src.resolve("p"));
        Files.writeString(src.resolve("module-info.java"), "module probe { requires io.github.outturn.json; }\n");
        Files.writeString(
                src.resolve("p/Probe.java"),
                "package p;\n" + importLine + "\npublic class Probe {}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter out = new StringWriter();
        boolean ok = javac.getTask(
                        out,
                        null,
                        null,
                        List.of(
                                "--module-path",
                                System.getProperty("jdk.module.path"),
                                "-d",
                                dir.resolve("out").toString()),
                        null,
                        javac.getStandardFileManager(null, null, null)
                                .getJavaFileObjects(src.resolve("module-info.java"), src.resolve("p/Probe.java")))
                .call();
        return ok ? "" : out.toString();
    }

    @Test
    void anExportedPackageCompiles() throws IOException {
        assertThat(compile("import io.github.outturn.json.OutturnJson;")).isEmpty();
    }

    @Test
    void anImplPackageDoesNotCompile() throws IOException {
        assertThat(compile("import io.github.outturn.json.impl.DatasetReader;"))
                .contains("package io.github.outturn.json.impl is not visible")
                .contains("does not export it");
    }

    @Test
    void theFormatsAreNamedModulesFoundThroughTheServiceLoader() {
        Module json = DatasetFormats.load().byName("json").orElseThrow().getClass().getModule();
        assertThat(json.getName()).isEqualTo("io.github.outturn.json");
        assertThat(json.isExported("io.github.outturn.json")).isTrue();
        assertThat(json.isExported("io.github.outturn.json.impl")).isFalse();
    }
}
