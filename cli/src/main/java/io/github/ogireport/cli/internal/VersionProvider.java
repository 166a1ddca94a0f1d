package io.github.ogireport.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of ogi-report, from the build. */
public final class VersionProvider implements IVersionProvider {

    /** Used by picocli. */
    public VersionProvider() {
    }

    /** The version string, {@code unknown} if the build did not record it. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/io/github/ogireport/cli/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"ogi-report " + version(), "Java " + System.getProperty("java.version")};
    }
}
