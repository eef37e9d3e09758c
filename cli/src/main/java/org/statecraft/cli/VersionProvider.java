package org.statecraft.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Answers {@code --version} from the version Maven wrote into the jar at build time. */
final class VersionProvider implements IVersionProvider {

  static final String UNKNOWN = "unknown";

  @Override
  public String[] getVersion() {
    return new String[] {"statecraft " + version(), "Java " + System.getProperty("java.version")};
  }

  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", UNKNOWN);
      return v.startsWith("${") ? UNKNOWN : v;
    } catch (IOException e) {
      return UNKNOWN;
    }
  }
}
