package org.statecraft.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of {@code docs/wire-format.md} that tests compare with the schema and the code: its
 * fenced {@code json} examples and its property tables, each with the section it belongs to.
 */
final class WireFormatDoc {

  private static final Pattern HEADING = Pattern.compile("^#{2,3} (?:[0-9.]+ )?(.+)$");
  private static final Pattern OBJECT_LINE = Pattern.compile("^([A-Z][A-Za-z]+) \\(JSON object\\):$");
  private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private WireFormatDoc() {}

  static Path file() {
    return ProjectFiles.root().resolve("docs/wire-format.md");
  }

  static List<String> lines() {
    try {
      return Files.readAllLines(file());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A fenced json block.
   *
   * @param line the line number (from 1) of its opening fence
   * @param section the heading it is under, without its number, such as {@code Place (JSON object)}
   * @param json the block's text
   */
  record Example(int line, String section, String json) {
    JsonNode tree() {
      try {
        return MAPPER.readTree(json);
      } catch (IOException e) {
        throw new UncheckedIOException("the json block at line " + line + " of wire-format.md is not JSON", e);
      }
    }

    @Override
    public String toString() {
      return "line " + line + " (" + section + ")";
    }
  }

  /**
   * One row of a property table.
   *
   * @param line its line number
   * @param property the property name
   * @param jsonType the JSON type column
   * @param required the required column
   * @param meaning the meaning column
   */
  record Row(int line, String property, String jsonType, String required, String meaning) {}

  /**
   * A property table.
   *
   * @param line the line number of its header
   * @param owner what it describes: a section heading or an {@code X (JSON object):} line
   * @param rows its rows whose property is a name in backticks
   * @param complete whether every row names one property (false when a row stands for many)
   */
  record Table(int line, String owner, List<Row> rows, boolean complete) {
    @Override
    public String toString() {
      return owner + " (line " + line + ")";
    }
  }

  static List<Example> examples() {
    List<String> lines = lines();
    List<Example> examples = new ArrayList<>();
    String section = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        section = heading.group(1);
      } else if (line.equals("```json")) {
        int start = i;
        StringBuilder json = new StringBuilder();
        for (i++; !lines.get(i).equals("```"); i++) {
          json.append(lines.get(i)).append('\n');
        }
        examples.add(new Example(start + 1, section, json.toString()));
      }
    }
    return examples;
  }

  static List<Table> tables() {
    List<String> lines = lines();
    List<Table> tables = new ArrayList<>();
    String owner = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher heading = HEADING.matcher(line);
      Matcher object = OBJECT_LINE.matcher(line);
      if (heading.matches()) {
        owner = heading.group(1);
      } else if (object.matches()) {
        owner = object.group(1) + " (JSON object)";
      } else if (line.startsWith("| order | property | JSON type | required | meaning |")) {
        int start = i;
        List<Row> rows = new ArrayList<>();
        boolean complete = true;
        for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
          String[] cells = lines.get(i).split("\\|", -1);
          String property = cells[2].trim();
          if (property.matches("`[A-Za-z]+`")) {
            rows.add(new Row(i + 1, property.substring(1, property.length() - 1), cells[3].trim(), cells[4].trim(),
                cells[5].trim()));
          } else {
            complete = false;
          }
        }
        tables.add(new Table(start + 1, owner, List.copyOf(rows), complete));
      }
    }
    return tables;
  }

  /** The texts in backticks, in order. */
  static List<String> backticked(String text) {
    List<String> values = new ArrayList<>();
    Matcher m = BACKTICKED.matcher(text);
    while (m.find()) {
      values.add(m.group(1));
    }
    return values;
  }

  /**
   * The schema definition a section or table owner names: {@code Place (JSON object)} is
   * {@code place}, {@code `designation-change`} is {@code designationChange}, {@code Events} is
   * {@code event}; {@code Dossier} and {@code Single event} name the two document schemas
   * ({@code dossier}, {@code event}), which have no definition of their own.
   */
  static String definitionOf(String owner) {
    if (owner.equals("Dossier")) {
      return JsonSchemas.DOSSIER;
    }
    if (owner.equals("Single event")) {
      return JsonSchemas.EVENT;
    }
    if (owner.equals("Events")) {
      return JsonSchemas.DEFS + "event";
    }
    if (owner.startsWith("`")) {
      return GoldenFiles.camelCase(owner.substring(1, owner.indexOf('`', 1)));
    }
    String type = owner.split(" ")[0];
    return type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1);
  }

  /**
   * The schema an example is checked against: its section's definition, except that the example of
   * an event type (sections 5.x) is an event inside a dossier ({@code $defs/event}).
   */
  static String schemaOf(Example example) {
    return example.section().startsWith("`") ? JsonSchemas.DEFS + "event" : definitionOf(example.section());
  }
}
