package org.statecraft.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code bom/pom.xml} (artifact {@code statecraft-bom}) true: it manages every published
 * Statecraft artifact, at the build's own version, and hands its importers nothing else.
 */
class BillOfMaterialsTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern MANAGED = Pattern.compile(
      "<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>\\s*</dependency>");

  @Test
  void manages_exactly_the_published_artifacts() throws IOException {
    List<String> published = new ArrayList<>();
    for (String module : all(MODULE, read(ROOT.resolve("pom.xml")), 1)) {
      String pom = read(ROOT.resolve(module).resolve("pom.xml"));
      boolean skipped = pom.contains("<maven.deploy.skip>true</maven.deploy.skip>");
      if (!module.equals("bom") && !skipped) {
        published.add(ownArtifactId(pom));
      }
    }

    assertThat(published).as("published modules").contains("statecraft-core", "statecraft-jackson");
    assertThat(all(MANAGED, bom(), 2)).containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void manages_only_statecraft_artifacts_at_the_bom_own_version() throws IOException {
    Matcher managed = MANAGED.matcher(bom());
    int count = 0;
    while (managed.find()) {
      count++;
      assertThat(managed.group(1)).as("groupId of %s", managed.group(2)).isEqualTo("org.statecraft");
      assertThat(managed.group(3)).as("version of %s", managed.group(2)).isEqualTo("${project.version}");
    }
    assertThat(count).isPositive();
    assertThat(bom()).as("the BOM imports no other BOM").doesNotContain("<scope>import</scope>");
  }

  @Test
  void has_no_parent_and_the_same_version_as_the_build() throws IOException {
    String bom = bom();
    String parent = read(ROOT.resolve("pom.xml"));

    assertThat(bom).as("a parent would leak its managed versions to importers").doesNotContain("<parent>");
    assertThat(ownVersion(bom)).isEqualTo(ownVersion(parent));
    assertThat(ownGroupId(bom)).isEqualTo(ownGroupId(parent));
  }

  private static String bom() throws IOException {
    return read(ROOT.resolve("bom/pom.xml"));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static List<String> all(Pattern pattern, String text, int group) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(group));
    }
    return found;
  }

  /** The project's own element, before any dependency section: the first match after the parent. */
  private static String own(String pom, String element) {
    String withoutParent = pom.replaceFirst("(?s)<parent>.*?</parent>", "");
    Matcher m = Pattern.compile("<" + element + ">([^<]+)</" + element + ">").matcher(withoutParent);
    assertThat(m.find()).as("<%s> in pom", element).isTrue();
    return m.group(1);
  }

  private static String ownArtifactId(String pom) {
    return own(pom, "artifactId");
  }

  private static String ownVersion(String pom) {
    return own(pom, "version");
  }

  private static String ownGroupId(String pom) {
    return own(pom, "groupId");
  }
}
