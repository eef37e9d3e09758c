package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;

class RoundTripTest {

  private final StatecraftJson json = StatecraftJson.standard();

  @Test
  void dossier_model_to_json_to_model_is_equal() {
    Dossier dossier = Samples.dossier();

    Dossier read = json.readDossier(json.writeDossier(dossier));

    assertThat(read).isEqualTo(dossier);
    assertThat(read.events()).containsExactlyElementsOf(dossier.events());
  }

  @Test
  void dossier_json_to_model_to_json_gives_the_same_bytes() {
    byte[] canonical = json.writeDossierAsBytes(Samples.dossier());

    byte[] again = json.writeDossierAsBytes(json.readDossier(canonical));

    assertThat(again).isEqualTo(canonical);
  }

  @Test
  void pretty_form_reads_back_to_the_same_value_and_is_rewritten_identically() {
    String pretty = json.writeDossierPretty(Samples.dossier());

    Dossier read = json.readDossier(pretty);

    assertThat(read).isEqualTo(Samples.dossier());
    assertThat(json.writeDossierPretty(read)).isEqualTo(pretty);
    assertThat(pretty).endsWith("}\n").doesNotContain("\r").contains("\n  \"schemaVersion\": 1,\n");
  }

  @Test
  void every_input_kind_reads_the_same_dossier(@TempDir Path dir) throws Exception {
    String text = json.writeDossier(Samples.dossier());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("dossier.json"), bytes);

    assertThat(List.of(
        json.readDossier(text),
        json.readDossier(bytes),
        json.readDossier(new ByteArrayInputStream(bytes)),
        json.readDossier(new StringReader(text)),
        json.readDossier(file)))
        .allSatisfy(d -> assertThat(d).isEqualTo(Samples.dossier()));
  }

  @Test
  void every_input_kind_reads_the_same_event(@TempDir Path dir) throws Exception {
    Event event = Samples.visit();
    String text = json.writeEvent(event);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("event.json"), bytes);

    assertThat(List.of(
        json.readEvent(text),
        json.readEvent(bytes),
        json.readEvent(new ByteArrayInputStream(bytes)),
        json.readEvent(new StringReader(text)),
        json.readEvent(file)))
        .allSatisfy(e -> assertThat(e).isEqualTo(event));
  }

  @Test
  void stream_output_equals_byte_output() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeDossier(Samples.dossier(), out);
    assertThat(out.toByteArray()).isEqualTo(json.writeDossierAsBytes(Samples.dossier()));

    ByteArrayOutputStream eventOut = new ByteArrayOutputStream();
    json.writeEvent(Samples.visit(), eventOut);
    assertThat(eventOut.toByteArray()).isEqualTo(json.writeEventAsBytes(Samples.visit()));
  }

  static Stream<Event> events() {
    return Samples.dossier().events().stream();
  }

  @ParameterizedTest
  @MethodSource("events")
  void single_event_round_trips_with_its_schema_version(Event event) {
    String text = json.writeEvent(event);

    assertThat(text).startsWith("{\"schemaVersion\":1,\"type\":\"");
    assertThat(json.readEvent(text)).isEqualTo(event);
    assertThat(json.readEvent(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(event);
    assertThat(json.readEvent(new ByteArrayInputStream(json.writeEventAsBytes(event)))).isEqualTo(event);
    assertThat(json.readEvent(new StringReader(text))).isEqualTo(event);
    assertThat(json.writeEvent(json.readEvent(text))).isEqualTo(text);
  }

  @Test
  void strict_reader_reads_what_the_writer_writes() {
    String text = json.writeDossier(Samples.dossier());

    assertThat(StatecraftJson.strict().readDossier(text)).isEqualTo(Samples.dossier());
  }
}
