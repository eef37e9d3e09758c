package org.statecraft.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The golden files of wire format version 1, in test resources under {@code golden/v1/}.
 *
 * <ul>
 *   <li>{@code <type>.json} and {@code <type>.<variant>.json}: a valid document in canonical
 *       form. {@code dossier} files are dossiers; {@code visit}, {@code statement}, {@code sanction}
 *       and {@code designation-change} files are single events; every other file holds one value of
 *       the type named by the dossier schema's definition of that name ({@code place.json} is
 *       {@code $defs/place}, {@code actor-ref.group.json} is {@code $defs/actorRef}).</li>
 *   <li>{@code invalid-<case>.json}: structurally invalid; both the schema and the reader reject it.</li>
 *   <li>{@code rejected-<case>.json}: valid for the schema, rejected by the reader, because the rule
 *       broken needs the model (a reference that does not resolve, an end before the start).</li>
 *   <li>{@code <case>.expected.json} beside each invalid or rejected file: the document kind it is
 *       read as ({@code against}), the schema errors as {@code keyword at path}, and the reader's
 *       violations as JSON path and code.</li>
 * </ul>
 */
final class GoldenFiles {

  static final String FOLDER = "golden/v1";
  static final Set<String> EVENT_TYPES = Set.of("visit", "statement", "sanction", "designation-change");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GoldenFiles() {}

  static Path folder() {
    URL url = GoldenFiles.class.getResource("/" + FOLDER);
    if (url == null) {
      throw new IllegalStateException("test resource folder " + FOLDER + " is missing");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> all() {
    try (Stream<Path> files = Files.list(folder())) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> valid() {
    return all().stream()
        .filter(p -> !isExpectation(p) && !name(p).startsWith("invalid-") && !name(p).startsWith("rejected-"))
        .collect(Collectors.toList());
  }

  static List<Path> invalid() {
    return all().stream().filter(p -> !isExpectation(p) && name(p).startsWith("invalid-")).collect(Collectors.toList());
  }

  static List<Path> rejected() {
    return all().stream().filter(p -> !isExpectation(p) && name(p).startsWith("rejected-")).collect(Collectors.toList());
  }

  static boolean isExpectation(Path file) {
    return name(file).endsWith(".expected.json");
  }

  static String name(Path file) {
    return file.getFileName().toString();
  }

  /** The part of a valid file's name before the first dot: {@code actor-ref} for {@code actor-ref.group.json}. */
  static String typeOf(Path validFile) {
    String name = name(validFile);
    return name.substring(0, name.indexOf('.'));
  }

  /**
   * The schema a valid file is checked against: {@code dossier}, {@code event}, or the name of a
   * definition in the dossier schema ({@code actorRef} for {@code actor-ref.group.json}).
   */
  static String schemaOf(Path validFile) {
    String type = typeOf(validFile);
    if (JsonSchemas.DOSSIER.equals(type)) {
      return JsonSchemas.DOSSIER;
    }
    return EVENT_TYPES.contains(type) ? JsonSchemas.EVENT : camelCase(type);
  }

  /**
   * The model type a valid file holds: {@code Dossier}, {@code Event}, or the value type named by
   * the file ({@code Place} for {@code place.json}, {@code ActorRef} for {@code actor-ref.group.json}).
   */
  static Class<?> modelType(Path validFile) {
    String type = typeOf(validFile);
    if (EVENT_TYPES.contains(type)) {
      return org.statecraft.core.Event.class;
    }
    String simpleName = camelCase(type);
    try {
      return Class.forName("org.statecraft.core." + Character.toUpperCase(simpleName.charAt(0)) + simpleName.substring(1));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no model type for the golden file " + name(validFile), e);
    }
  }

  static String camelCase(String kebab) {
    StringBuilder sb = new StringBuilder();
    for (String part : kebab.split("-")) {
      sb.append(sb.length() == 0 ? part : part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1));
    }
    return sb.toString();
  }

  static String kebabCase(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path expectationFile(Path file) {
    String name = name(file);
    return file.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".expected.json");
  }

  /** What an invalid or rejected file is expected to produce. */
  static Expectation expectation(Path file) {
    JsonNode node = tree(expectationFile(file));
    List<String> schemaErrors = new ArrayList<>();
    node.path("schemaErrors").forEach(e -> schemaErrors.add(e.asText()));
    List<String> violations = new ArrayList<>();
    node.path("violations").forEach(v -> violations.add(v.path("path").asText() + " " + v.path("code").asText()));
    return new Expectation(node.path("against").asText(), node.has("schemaErrors"), List.copyOf(schemaErrors),
        List.copyOf(violations));
  }

  /**
   * The expectation of one invalid or rejected file.
   *
   * @param against {@code dossier} or {@code event}: how the file is read and validated
   * @param hasSchemaErrors whether the expectation lists schema errors (it must, even if empty)
   * @param schemaErrors the schema errors, each {@code keyword at path}, sorted
   * @param violations the reader's violations, each {@code path code}
   */
  record Expectation(String against, boolean hasSchemaErrors, List<String> schemaErrors, List<String> violations) {}
}
