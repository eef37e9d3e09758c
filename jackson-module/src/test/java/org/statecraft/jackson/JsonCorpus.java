package org.statecraft.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Generators of bad input for the corpus and the fuzz seeds: every value of a JSON document with
 * its JSON path, copies of a document with one value replaced or removed, truncations at every
 * structural point, and a writer that can repeat a property name (which a Jackson tree cannot
 * hold). Works on plain Jackson trees, never on the Statecraft reader under test.
 */
final class JsonCorpus {

  /** A plain mapper for building and printing test documents; not the reader under test. */
  static final ObjectMapper TREES = new ObjectMapper();

  private JsonCorpus() {}

  /** A value inside a document: its JSON path and the node. */
  record Site(Path path, JsonNode node) {}

  /**
   * A JSON path as the reader reports it: {@code $}, then {@code .name} for properties and
   * {@code [i]} for array elements.
   */
  record Path(List<Object> segments) {

    static final Path ROOT = new Path(List.of());

    Path child(String name) {
      List<Object> s = new ArrayList<>(segments);
      s.add(name);
      return new Path(List.copyOf(s));
    }

    Path child(int index) {
      List<Object> s = new ArrayList<>(segments);
      s.add(index);
      return new Path(List.copyOf(s));
    }

    /** The path of the enclosing value; the root's parent is the root. */
    Path parent() {
      return segments.isEmpty() ? this : new Path(segments.subList(0, segments.size() - 1));
    }

    /** The last segment if it is a property name, else empty text. */
    String name() {
      Object last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
      return last instanceof String ? (String) last : "";
    }

    /** The name of the property that holds this value or the array this value is an element of. */
    String container() {
      for (int i = segments.size() - 1; i >= 0; i--) {
        if (segments.get(i) instanceof String) {
          return (String) segments.get(i);
        }
      }
      return "";
    }

    boolean isArrayElement() {
      return !segments.isEmpty() && segments.get(segments.size() - 1) instanceof Integer;
    }

    /** Whether {@code other} is this path or lies inside the value at this path. */
    boolean encloses(String other) {
      String self = toString();
      return other.equals(self) || other.startsWith(self + ".") || other.startsWith(self + "[");
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("$");
      for (Object s : segments) {
        if (s instanceof Integer) {
          sb.append('[').append(s).append(']');
        } else {
          sb.append('.').append(s);
        }
      }
      return sb.toString();
    }
  }

  static JsonNode parse(String json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(JsonNode node) {
    try {
      return TREES.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every value in the document, the root first, in document order. */
  static List<Site> sites(JsonNode root) {
    List<Site> out = new ArrayList<>();
    collect(root, Path.ROOT, out);
    return out;
  }

  private static void collect(JsonNode node, Path path, List<Site> out) {
    out.add(new Site(path, node));
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        collect(e.getValue(), path.child(e.getKey()), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path.child(i), out);
      }
    }
  }

  /** Every object in the document with its path. */
  static List<Site> objects(JsonNode root) {
    return sites(root).stream().filter(s -> s.node().isObject()).toList();
  }

  /** Every property (not array element) in the document with its path, whose parent is an object. */
  static List<Site> properties(JsonNode root) {
    return sites(root).stream().filter(s -> !s.path().segments().isEmpty() && !s.path().isArrayElement()).toList();
  }

  /** Returns a deep copy of {@code root} with the value at {@code path} replaced. */
  static JsonNode with(JsonNode root, Path path, JsonNode replacement) {
    if (path.segments().isEmpty()) {
      return replacement.deepCopy();
    }
    JsonNode copy = root.deepCopy();
    JsonNode parent = at(copy, path.parent());
    Object last = path.segments().get(path.segments().size() - 1);
    if (last instanceof Integer) {
      ((ArrayNode) parent).set((Integer) last, replacement.deepCopy());
    } else {
      ((ObjectNode) parent).set((String) last, replacement.deepCopy());
    }
    return copy;
  }

  /** Returns a deep copy of {@code root} without the value at {@code path} (a property or element). */
  static JsonNode without(JsonNode root, Path path) {
    JsonNode copy = root.deepCopy();
    JsonNode parent = at(copy, path.parent());
    Object last = path.segments().get(path.segments().size() - 1);
    if (last instanceof Integer) {
      ((ArrayNode) parent).remove((Integer) last);
    } else {
      ((ObjectNode) parent).remove((String) last);
    }
    return copy;
  }

  /** Returns a deep copy of {@code root} after {@code edit} changed the object or array at {@code path}. */
  static JsonNode edited(JsonNode root, Path path, BiConsumer<JsonNode, JsonNode> edit) {
    JsonNode copy = root.deepCopy();
    edit.accept(copy, at(copy, path));
    return copy;
  }

  static JsonNode at(JsonNode root, Path path) {
    JsonNode node = root;
    for (Object s : path.segments()) {
      node = s instanceof Integer ? node.get((Integer) s) : node.get((String) s);
      if (node == null) {
        throw new IllegalArgumentException("no value at " + path);
      }
    }
    return node;
  }

  /**
   * Values of every JSON type except that of {@code node} (and except null, which has its own
   * cases): what "a wrong JSON type" means for the value at a site.
   */
  static List<JsonNode> wrongTypes(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (!node.isTextual()) {
      out.add(TREES.getNodeFactory().textNode("1"));
    }
    if (!node.isNumber()) {
      out.add(TREES.getNodeFactory().numberNode(1));
    }
    if (!node.isFloatingPointNumber()) {
      out.add(TREES.getNodeFactory().numberNode(1.5)); // also a fraction where an integer is expected
    }
    if (!node.isBoolean()) {
      out.add(TREES.getNodeFactory().booleanNode(true));
    }
    if (!node.isObject()) {
      out.add(TREES.createObjectNode());
    }
    if (!node.isArray()) {
      out.add(TREES.createArrayNode().add("x"));
    }
    return out;
  }

  /**
   * Every proper prefix of {@code json} that ends at a structural point: before and after each
   * token, and inside each string and number. No such prefix is a complete JSON document.
   */
  static List<String> truncations(String json) {
    TreeSet<Integer> cuts = new TreeSet<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        int start = (int) p.currentTokenLocation().getCharOffset();
        cuts.add(start);
        if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
          cuts.add(start + 1); // just after the opening quote
        }
        if (t.isNumeric() && p.getText().length() > 1) {
          cuts.add(start + 1); // inside the number
        }
        int end = (int) p.currentLocation().getCharOffset();
        cuts.add(end);
        if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
          cuts.add(end - 1); // just before the closing quote
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String trimmed = json.stripTrailing();
    List<String> out = new ArrayList<>();
    for (int cut : cuts) {
      if (cut > 0 && cut < trimmed.length()) {
        out.add(json.substring(0, cut));
      }
    }
    out.add(""); // nothing at all
    return out;
  }

  /**
   * Writes {@code root} compactly, repeating in the object at {@code path} its first property
   * (same name, same value): a document Jackson's tree model cannot hold.
   */
  static String withDuplicateProperty(JsonNode root, Path path) {
    StringBuilder sb = new StringBuilder();
    writeWithDuplicate(root, Path.ROOT, path, sb);
    return sb.toString();
  }

  private static void writeWithDuplicate(JsonNode node, Path here, Path target, StringBuilder sb) {
    if (node.isObject()) {
      sb.append('{');
      boolean first = true;
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      Map.Entry<String, JsonNode> head = null;
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (head == null) {
          head = e;
        }
        if (!first) {
          sb.append(',');
        }
        first = false;
        sb.append(TREES.getNodeFactory().textNode(e.getKey())).append(':');
        writeWithDuplicate(e.getValue(), here.child(e.getKey()), target, sb);
      }
      if (here.equals(target) && head != null) {
        sb.append(',').append(TREES.getNodeFactory().textNode(head.getKey())).append(':')
            .append(write(head.getValue()));
      }
      sb.append('}');
    } else if (node.isArray()) {
      sb.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        writeWithDuplicate(node.get(i), here.child(i), target, sb);
      }
      sb.append(']');
    } else {
      sb.append(write(node));
    }
  }
}
