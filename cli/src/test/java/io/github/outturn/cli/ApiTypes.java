package io.github.outturn.cli;

import io.github.outturn.csv.CsvFormat;
import io.github.outturn.json.OutturnJson;
import io.github.outturn.model.Dataset;
import io.github.outturn.report.Reports;
import io.github.outturn.testkit.OutturnConformance;
import java.io.IOException;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The public types of the library modules' API packages (every package but {@code impl}), found
 * where the modules' classes were loaded from, for the tests that pin conventions of the public API.
 *
 * <pre>{@code
 * for (Class<?> type : ApiTypes.publicTypes()) { ... }
 * }</pre>
 */
final class ApiTypes {

    /** One class of each library module: the modules are found where these were loaded from. */
    private static final List<Class<?>> MODULES =
            List.of(Dataset.class, OutturnJson.class, CsvFormat.class, Reports.class, OutturnConformance.class);

    private ApiTypes() {}

    /** The public (and publicly enclosed) classes of the API packages. */
    static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        for (String name : classNames()) {
            Class<?> type = Class.forName(name, false, ApiTypes.class.getClassLoader());
            if (isPublic(type)) {
                types.add(type);
            }
        }
        return types;
    }

    /** Whether a member is public and written in the source (neither synthetic nor a bridge). */
    static boolean isPublicApi(Member m) {
        return Modifier.isPublic(m.getModifiers()) && !m.isSynthetic();
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.isSynthetic();
    }

    /** The classes of the library modules' API packages, read from their directories or jars. */
    private static List<String> classNames() throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        for (Class<?> anchor : MODULES) {
            Path root = Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> entries = new ArrayList<>();
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.forEach(p -> entries.add(root.relativize(p).toString().replace('\\', '/')));
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    jar.stream().forEach(e -> entries.add(e.getName()));
                }
            }
            for (String e : entries) {
                if (e.startsWith("io/github/outturn/")
                        && e.endsWith(".class")
                        && !e.contains("/impl/")
                        && !e.endsWith("package-info.class")) {
                    names.add(e.substring(0, e.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        return names;
    }
}
