package io.github.outturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.csv.CsvFormat;
import io.github.outturn.json.OutturnJson;
import io.github.outturn.model.Dataset;
import io.github.outturn.report.Reports;
import io.github.outturn.testkit.OutturnConformance;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the library's accessor convention (issue 16): record style, {@code areaCode()}, everywhere. No
 * public type of an API package (every package of the library modules but {@code impl}) declares a
 * public method named {@code getX}, unless it overrides one of the JDK's ({@code getMessage} on an
 * exception); and {@code isX} is left only to derived predicates ({@code isBand()}), never to an
 * accessor of stored state, that is a method {@code isX()} beside a field {@code x} or {@code isX}.
 */
class AccessorConventionTest {

    /**
     * Left for a later change: four value types that are not exceptions still say {@code
     * getMessage()} (to become {@code message()}); a record component and an enum attribute are
     * named {@code isX} (to become {@code area()} and {@code high()}).
     */
    private static final Set<String> NOT_YET_RENAMED = Set.of(
            "io.github.outturn.io.ImmutableInputProblem.getMessage",
            "io.github.outturn.io.InputProblem.getMessage",
            "io.github.outturn.summary.Correction.getMessage",
            "io.github.outturn.summary.ImmutableCorrection.getMessage",
            "io.github.outturn.summary.Discrepancy.getMessage",
            "io.github.outturn.summary.ImmutableDiscrepancy.getMessage",
            "io.github.outturn.validation.Violation.getMessage",
            "io.github.outturn.validation.ImmutableViolation.getMessage",
            "io.github.outturn.report.Report$RankedArea.isArea",
            "io.github.outturn.statistics.SpecialCause.isHigh");

    /** One class of each library module: the modules are found where these were loaded from. */
    private static final List<Class<?>> MODULES =
            List.of(Dataset.class, OutturnJson.class, CsvFormat.class, Reports.class, OutturnConformance.class);

    @Test
    void noGetterOrStateIsAccessorInTheApi() throws Exception {
        Set<String> offending = new TreeSet<>();
        int types = 0;
        for (String name : apiClassNames()) {
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            if (!isPublic(type)) {
                continue;
            }
            types++;
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) {
                    continue;
                }
                boolean getter = m.getName().matches("get[A-Z].*") && !overridesJdk(type, m);
                boolean stateIs = m.getName().matches("is[A-Z].*")
                        && m.getParameterCount() == 0
                        && !Modifier.isStatic(m.getModifiers())
                        && storesState(type, m.getName());
                if (getter || stateIs) {
                    offending.add(type.getName() + "." + m.getName());
                }
            }
        }
        assertThat(types).as("API types found").isGreaterThan(200);
        offending.removeAll(NOT_YET_RENAMED);
        assertThat(offending).isEmpty();
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.isSynthetic();
    }

    /** Whether a JDK supertype (Throwable, Enum, ...) declares the method: its name is the JDK's choice. */
    private static boolean overridesJdk(Class<?> type, Method m) {
        List<Class<?>> supertypes = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            supertypes.add(c);
            supertypes.addAll(List.of(c.getInterfaces()));
        }
        return supertypes.stream()
                .filter(s -> !s.getName().startsWith("io.github.outturn."))
                .anyMatch(s -> {
                    try {
                        s.getMethod(m.getName(), m.getParameterTypes());
                        return true;
                    } catch (NoSuchMethodException e) {
                        return false;
                    }
                });
    }

    /** An {@code isX()} that returns a field {@code x} or {@code isX} of the class: an attribute. */
    private static boolean storesState(Class<?> type, String isName) {
        String plain = Character.toLowerCase(isName.charAt(2)) + isName.substring(3);
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (var f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())
                        && (f.getName().equals(plain) || f.getName().equals(isName))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The classes of the library modules' API packages, read from their directories or jars. */
    private static List<String> apiClassNames() throws IOException, URISyntaxException {
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
