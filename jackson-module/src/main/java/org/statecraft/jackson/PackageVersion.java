package org.statecraft.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this module, read from {@code version.properties}, which the build fills in from
 * the project's coordinates.
 */
final class PackageVersion implements Versioned {

  static final Version VERSION = load();

  @Override
  public Version version() {
    return VERSION;
  }

  private static Version load() {
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      Properties p = new Properties();
      p.load(in);
      return VersionUtil.parseVersion(p.getProperty("version"), p.getProperty("groupId"), p.getProperty("artifactId"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
