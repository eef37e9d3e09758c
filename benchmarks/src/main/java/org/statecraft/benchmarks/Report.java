package org.statecraft.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file into the Markdown tables of {@code docs/performance.md}: MB/s
 * (operations per second times the workload's size), bytes allocated per operation, cold start,
 * and the ratios the targets are stated in.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.statecraft.benchmarks.Report jmh-result.json...}.
 */
public final class Report {

  private final Map<String, Result> results = new HashMap<>();
  private final Map<String, Integer> sizes = new LinkedHashMap<>();
  private final StringBuilder out = new StringBuilder();

  /** One benchmark's figures. */
  private static final class Result {
    double score;
    double error;
    double allocPerOp = Double.NaN;
  }

  private Report() {}

  /**
   * Prints the report.
   *
   * @param args the JMH result files (JSON)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: Report <jmh-result.json>...");
      System.exit(2);
    }
    Report report = new Report();
    for (String file : args) {
      report.load(Path.of(file));
    }
    for (String name : Workload.NAMES) {
      report.sizes.put(name, Workload.of(name).json().length);
    }
    System.out.print(report.render());
  }

  private void load(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    for (JsonNode run : root) {
      String benchmark = run.get("benchmark").asText();
      String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      JsonNode params = run.get("params");
      String key = shortName + (params != null && params.has("workload") ? "@" + params.get("workload").asText() : "");
      Result r = new Result();
      r.score = run.get("primaryMetric").get("score").asDouble();
      r.error = run.get("primaryMetric").get("scoreError").asDouble();
      JsonNode secondary = run.get("secondaryMetrics");
      if (secondary != null) {
        for (Iterator<Map.Entry<String, JsonNode>> it = secondary.fields(); it.hasNext();) {
          Map.Entry<String, JsonNode> e = it.next();
          if (e.getKey().replace("\u00b7", "").equals("gc.alloc.rate.norm")) {
            r.allocPerOp = e.getValue().get("score").asDouble();
          }
        }
      }
      results.put(key, r);
    }
  }

  private Result get(String bench, String workload) {
    return results.get(bench + "@" + workload);
  }

  private String render() {
    decode();
    encode();
    allocation();
    coldStart();
    return out.toString();
  }

  private void decode() {
    line("#### Decode throughput (MB/s, higher is better; ± is JMH's 99.9% error)");
    line("");
    line("| workload | size | Statecraft (full validation) | (a) databind | (b) hand-written | (c) token scan | Statecraft / (a) | Statecraft / (b) | Statecraft / (c) |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String w : sizes.keySet()) {
      Result s = get("DecodeBenchmark.statecraft", w);
      Result a = get("DecodeBenchmark.databind", w);
      Result b = get("DecodeBenchmark.handWritten", w);
      Result c = get("DecodeBenchmark.tokenScan", w);
      if (s == null) {
        continue;
      }
      line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |", w, size(sizes.get(w)),
          mbs(s, w), mbs(a, w), mbs(b, w), mbs(c, w), ratio(s, a), ratio(s, b), ratio(s, c)));
    }
    line("");
  }

  private void encode() {
    line("#### Encode throughput (MB/s, higher is better)");
    line("");
    line("| workload | size | Statecraft (canonical) | (a) databind | (b) hand-written | Statecraft / (a) | Statecraft / (b) |");
    line("|---|---:|---:|---:|---:|---:|---:|");
    for (String w : sizes.keySet()) {
      Result s = get("EncodeBenchmark.statecraft", w);
      Result a = get("EncodeBenchmark.databind", w);
      Result b = get("EncodeBenchmark.handWritten", w);
      if (s == null) {
        continue;
      }
      line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |", w, size(sizes.get(w)),
          mbs(s, w), mbs(a, w), mbs(b, w), ratio(s, a), ratio(s, b)));
    }
    line("");
  }

  private void allocation() {
    line("#### Allocation per operation (bytes allocated per byte of JSON; lower is better)");
    line("");
    line("| workload | decode: Statecraft | decode: (a) | decode: (b) | decode Statecraft / (a) | encode: Statecraft | encode: (a) | encode: (b) | encode Statecraft / (a) |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String w : sizes.keySet()) {
      Result ds = get("DecodeBenchmark.statecraft", w);
      Result da = get("DecodeBenchmark.databind", w);
      Result db = get("DecodeBenchmark.handWritten", w);
      Result es = get("EncodeBenchmark.statecraft", w);
      Result ea = get("EncodeBenchmark.databind", w);
      Result eb = get("EncodeBenchmark.handWritten", w);
      if (ds == null || es == null) {
        continue;
      }
      line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |", w,
          alloc(ds, w), alloc(da, w), alloc(db, w), allocRatio(ds, da),
          alloc(es, w), alloc(ea, w), alloc(eb, w), allocRatio(es, ea)));
    }
    line("");
  }

  private void coldStart() {
    Result ds = results.get("ColdStartBenchmark.decodeStatecraft");
    if (ds == null) {
      return;
    }
    line("#### Cold start: first call in a fresh JVM, small event (ms, mean of forks; lower is better)");
    line("");
    line("| direction | Statecraft | (a) databind | (b) hand-written | Statecraft / (a) |");
    line("|---|---:|---:|---:|---:|");
    for (String direction : List.of("decode", "encode")) {
      Result s = results.get("ColdStartBenchmark." + direction + "Statecraft");
      Result a = results.get("ColdStartBenchmark." + direction + "Databind");
      Result b = results.get("ColdStartBenchmark." + direction + "HandWritten");
      line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", direction, ms(s), ms(a), ms(b),
          a == null ? "n/a" : String.format(Locale.ROOT, "%.2fx", s.score / a.score)));
    }
    line("");
  }

  private String mbs(Result r, String workload) {
    if (r == null) {
      return "n/a";
    }
    double bytes = sizes.get(workload);
    return Double.isNaN(r.error) ? String.format(Locale.ROOT, "%.0f", r.score * bytes / 1e6)
        : String.format(Locale.ROOT, "%.0f ± %.0f", r.score * bytes / 1e6, r.error * bytes / 1e6);
  }

  private static String ratio(Result s, Result base) {
    return base == null ? "n/a" : String.format(Locale.ROOT, "%.2fx", s.score / base.score);
  }

  private String alloc(Result r, String workload) {
    if (r == null || Double.isNaN(r.allocPerOp)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.2f", r.allocPerOp / sizes.get(workload));
  }

  private static String allocRatio(Result s, Result base) {
    if (base == null || Double.isNaN(s.allocPerOp) || Double.isNaN(base.allocPerOp)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.2fx", s.allocPerOp / base.allocPerOp);
  }

  private static String ms(Result r) {
    if (r == null) {
      return "n/a";
    }
    return Double.isNaN(r.error) ? String.format(Locale.ROOT, "%.0f", r.score)
        : String.format(Locale.ROOT, "%.0f ± %.0f", r.score, r.error);
  }

  private static String size(int bytes) {
    return bytes >= 1_000_000 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)
        : String.format(Locale.ROOT, "%.1f KB", bytes / 1e3);
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
