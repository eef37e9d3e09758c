package org.statecraft.jackson;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the Statecraft source tree that tests compare with the code, such as the docs. */
final class ProjectFiles {

  private ProjectFiles() {}

  /** The project's root folder: the nearest folder, from the working directory up, holding {@code docs/} and {@code pom.xml}. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("docs")) && Files.isRegularFile(dir.resolve("pom.xml"))
          && Files.isDirectory(dir.resolve("jackson-module"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("cannot find the project root (a folder with docs/, pom.xml and jackson-module/) above "
        + Path.of("").toAbsolutePath());
  }
}
