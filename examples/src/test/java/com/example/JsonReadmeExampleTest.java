package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.EventId;
import org.statecraft.core.Violation;
import org.statecraft.core.ViolationCode;
import org.statecraft.examples.KabulFixtures;
import org.statecraft.jackson.NdjsonEventReader;
import org.statecraft.jackson.NdjsonEventWriter;
import org.statecraft.jackson.StatecraftJson;
import org.statecraft.jackson.StatecraftJsonException;

/** The README's JSON example, compiled and run exactly as it stands there. */
class JsonReadmeExampleTest {

  @Test
  void readme_json_example_writes_reads_and_reports_errors_with_json_paths() {
    Dossier kabul = KabulFixtures.dossier();
    Event event = kabul.events().get(0);
    // README:begin
    StatecraftJson json = StatecraftJson.standard();     // tolerant; StatecraftJson.strict() rejects unknown properties

    String text = json.writeDossier(kabul);               // canonical: the same value always gives the same bytes
    Dossier back = json.readDossier(text);                // fully validated, cross-references included

    String message = json.writeEvent(event);              // one event on its own, for messaging
    Event received = json.readEvent(message);

    List<String> problems = new ArrayList<>();
    try {
      json.readEvent("{\"schemaVersion\":1,\"type\":\"visit\",\"id\":\"x\",\"when\":\"2024-02-30\"}");
    } catch (StatecraftJsonException e) {
      for (Violation v : e.violations()) {
        problems.add(v.path() + " " + v.code().code());   // "$.when out-of-range" (2024-02 has no day 30),
      }                                                   // "$.provenance empty", "$.place required",
    }                                                     // "$.visitors empty": every problem at once

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonEventWriter writer = NdjsonEventWriter.of(out)) {
      writer.writeAll(kabul.events());                    // one event per line
    }
    List<EventId> ids = new ArrayList<>();
    try (NdjsonEventReader reader = NdjsonEventReader.of(new ByteArrayInputStream(out.toByteArray()))) {
      for (Event e : reader) {                            // lazy: one line at a time, each validated
        ids.add(e.id());
      }
    }
    // README:end

    assertThat(back).isEqualTo(kabul);
    assertThat(problems).containsExactly(
        "$.when out-of-range", "$.provenance empty", "$.place required", "$.visitors empty");
    assertThat(ids).containsExactlyElementsOf(kabul.events().stream().map(Event::id).toList());
    assertThat(received).isEqualTo(event);
    StatecraftJsonException error = catchThrowableOfType(StatecraftJsonException.class,
        () -> json.readEvent("{\"schemaVersion\":1,\"type\":\"visit\",\"id\":\"x\",\"when\":\"2024-02-30\"}"));
    assertThat(error.violations()).extracting(Violation::path, Violation::code)
        .contains(org.assertj.core.groups.Tuple.tuple("$.when", ViolationCode.OUT_OF_RANGE));
    List<Event> streamed = new ArrayList<>();
    NdjsonEventReader.of(new ByteArrayInputStream(out.toByteArray())).forEach(streamed::add);
    assertThat(streamed).isEqualTo(kabul.events());
  }
}
