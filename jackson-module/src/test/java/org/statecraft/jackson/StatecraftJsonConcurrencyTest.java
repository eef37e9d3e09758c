package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.statecraft.core.ActorRef;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.Official;
import org.statecraft.core.Organization;
import org.statecraft.core.UnnamedGroup;

/**
 * The mapper and the model shared by 8 threads at once give the same results as from one thread:
 * one {@link StatecraftJson} instance, and one plain {@link ObjectMapper} with
 * {@link StatecraftModule}, read and write every input; and dossiers freshly read (so their lazily
 * built indexes are not built yet) are queried by all threads together.
 */
class StatecraftJsonConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 20;
  private static final LocalDate[] DAYS = {
      LocalDate.of(1998, 1, 1), LocalDate.of(2024, 11, 24), LocalDate.of(2024, 11, 25), LocalDate.of(2026, 1, 1)};

  private final StatecraftJson shared = StatecraftJson.standard();
  private ExecutorService pool;

  @BeforeEach
  void startPool() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  /** Inputs of every outcome: valid dossiers, single events, and rejected documents. */
  private static List<byte[]> inputs() {
    StatecraftJson json = StatecraftJson.standard();
    List<byte[]> out = new ArrayList<>();
    String fixture = ReliabilityFixture.json();
    out.add(fixture.getBytes(StandardCharsets.UTF_8));
    out.add(json.writeDossierAsBytes(ReliabilityFixture.dossier()));
    for (Event e : ReliabilityFixture.dossier().events()) {
      out.add(json.writeEventAsBytes(e));
    }
    List<String> truncations = JsonCorpus.truncations(fixture);
    for (int i = 0; i < truncations.size(); i += 97) {
      out.add(truncations.get(i).getBytes(StandardCharsets.UTF_8));
    }
    out.add(fixture.replace("\"AF\"", "\"ZZ\"").getBytes(StandardCharsets.UTF_8));
    out.add(fixture.replace("\"envoy\"", "\"Envoy\"").getBytes(StandardCharsets.UTF_8));
    return out;
  }

  /** Everything observable about reading {@code input} and querying the result, as text. */
  private static String outcome(StatecraftJson json, byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    boolean event = !text.contains("\"source\"") || text.startsWith("{\"schemaVersion\":1,\"type\"");
    try {
      if (event) {
        Event e = json.readEvent(input);
        return "event " + e + " " + new String(json.writeEventAsBytes(e), StandardCharsets.UTF_8);
      }
      Dossier d = json.readDossier(input);
      return "dossier " + new String(json.writeDossierAsBytes(d), StandardCharsets.UTF_8) + " " + queries(d);
    } catch (StatecraftJsonException e) {
      return "rejected " + e.violations();
    }
  }

  /** The answers of every query of the model. */
  private static String queries(Dossier d) {
    StringBuilder sb = new StringBuilder();
    sb.append(ids(d.timeline()));
    List<ActorRef> actors = new ArrayList<>();
    d.officials().forEach(o -> actors.add(o.id()));
    d.organizations().forEach(o -> actors.add(o.id()));
    actors.add(UnnamedGroup.of("movement officials", ReliabilityFixture.MOVEMENT));
    for (ActorRef actor : actors) {
      sb.append(' ').append(actor).append(ids(d.eventsInvolving(actor)));
    }
    for (LocalDate day : DAYS) {
      sb.append(' ').append(day).append(ids(d.sanctionsInForceOn(day)));
      for (Organization authority : d.organizations()) {
        for (ActorRef subject : actors) {
          d.designationStatus(authority.id(), subject, day).ifPresent(s -> sb.append(' ').append(s));
        }
      }
    }
    for (Official o : d.officials()) {
      sb.append(' ').append(d.official(o.id()).map(Official::primaryName).orElse("?"));
    }
    for (Event e : d.events()) {
      sb.append(' ').append(d.event(e.id()).map(Event::type).orElse(null));
    }
    return sb.toString();
  }

  private static String ids(List<? extends Event> events) {
    return events.stream().map(e -> e.id().value()).collect(Collectors.joining(",", "[", "]"));
  }

  @Test
  void the_shared_facade_reads_and_writes_from_8_threads_as_from_one() throws Exception {
    List<byte[]> inputs = inputs();
    List<String> expected = inputs.stream().map(in -> outcome(StatecraftJson.standard(), in)).toList();
    assertThat(expected).anyMatch(o -> o.startsWith("dossier")).anyMatch(o -> o.startsWith("event"))
        .anyMatch(o -> o.startsWith("rejected"));

    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<List<String>>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int offset = t;
      results.add(pool.submit(() -> {
        start.await();
        List<String> seen = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
          for (int i = 0; i < inputs.size(); i++) {
            int k = (i + offset * 7 + round) % inputs.size(); // each thread in its own order
            String got = outcome(shared, inputs.get(k));
            if (!got.equals(expected.get(k))) {
              seen.add("input " + k + ": " + got);
            }
          }
        }
        return seen;
      }));
    }
    for (Future<List<String>> f : results) {
      List<String> differences = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> f.get());
      assertThat(differences).as("results that differ from one thread's").isEmpty();
    }
  }

  /** What a plain Jackson mapper with {@link StatecraftModule} makes of {@code input}, as text. */
  private static String mapperOutcome(ObjectMapper mapper, byte[] input) {
    try {
      Dossier d = mapper.readValue(input, Dossier.class);
      return "dossier " + mapper.writeValueAsString(d) + " " + queries(d);
    } catch (IOException e) {
      return "rejected " + e.getClass().getSimpleName() + " " + e.getMessage();
    }
  }

  @Test
  void a_shared_object_mapper_with_the_module_reads_and_writes_from_8_threads_as_from_one() throws Exception {
    ObjectMapper shared = new ObjectMapper().registerModule(new StatecraftModule());
    List<byte[]> inputs = inputs().stream().filter(in -> new String(in, StandardCharsets.UTF_8).contains("\"source\""))
        .toList();
    List<String> expected = inputs.stream()
        .map(in -> mapperOutcome(new ObjectMapper().registerModule(new StatecraftModule()), in)).toList();
    assertThat(expected).anyMatch(o -> o.startsWith("dossier")).anyMatch(o -> o.startsWith("rejected"));

    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<List<String>>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int offset = t;
      results.add(pool.submit(() -> {
        start.await();
        List<String> seen = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
          for (int i = 0; i < inputs.size(); i++) {
            int k = (i + offset * 3 + round) % inputs.size();
            String got = mapperOutcome(shared, inputs.get(k));
            if (!got.equals(expected.get(k))) {
              seen.add("input " + k + ": " + got);
            }
          }
        }
        return seen;
      }));
    }
    for (Future<List<String>> f : results) {
      List<String> differences = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> f.get());
      assertThat(differences).as("results that differ from one thread's").isEmpty();
    }
  }

  @Test
  void a_freshly_read_dossier_queried_from_8_threads_at_once_answers_as_from_one() throws Exception {
    String expected = queries(ReliabilityFixture.dossier());
    for (int round = 0; round < ROUNDS * 5; round++) {
      Dossier fresh = shared.readDossier(ReliabilityFixture.json()); // lazy indexes not built yet
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<String>> answers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        answers.add(pool.submit(() -> {
          start.await();
          return queries(fresh) + new String(shared.writeDossierAsBytes(fresh), StandardCharsets.UTF_8);
        }));
      }
      String written = new String(shared.writeDossierAsBytes(ReliabilityFixture.dossier()), StandardCharsets.UTF_8);
      for (Future<String> a : answers) {
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(60), () -> a.get())).isEqualTo(expected + written);
      }
    }
  }
}
