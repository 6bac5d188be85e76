package io.github.outturn.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}: the jar's implementation version. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Outturn.class.getPackage().getImplementationVersion();
        return new String[] {"outturn " + (version == null ? "(development build)" : version)};
    }
}
