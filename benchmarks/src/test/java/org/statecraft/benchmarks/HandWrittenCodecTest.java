package org.statecraft.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.statecraft.core.Event;
import org.statecraft.core.testing.RandomModels;

class HandWrittenCodecTest {

  private final ObjectMapper mapper = new ObjectMapper();
  private final HandWrittenCodec codec = new HandWrittenCodec(mapper.getFactory());

  @Test
  void writes_a_dossier_byte_for_byte_as_plain_databind_does() throws Exception {
    PlainModel.Dossier dossier = PlainMapping.dossier(new RandomModels(1).dossier(300));
    assertThat(new String(codec.writeDossier(dossier), StandardCharsets.UTF_8))
        .isEqualTo(mapper.writeValueAsString(dossier));
  }

  @Test
  void reads_what_plain_databind_reads() throws Exception {
    PlainModel.Dossier dossier = PlainMapping.dossier(new RandomModels(2).dossier(300));
    byte[] json = mapper.writeValueAsBytes(dossier);
    assertThat(codec.readDossier(json)).isEqualTo(mapper.readValue(json, PlainModel.Dossier.class)).isEqualTo(dossier);
  }

  @Test
  void round_trips_single_events_with_their_schema_version_first() throws Exception {
    RandomModels models = new RandomModels(3);
    for (int i = 0; i < 200; i++) {
      Event event = models.event();
      PlainModel.Event plain = PlainMapping.event(event);
      byte[] json = codec.writeEvent(plain);
      assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{\"schemaVersion\":1,\"type\":\"");
      assertThat(codec.readEvent(json)).isEqualTo(plain).isEqualTo(mapper.readValue(json, PlainModel.Event.class));
    }
  }

  @Test
  void skips_properties_it_does_not_know() throws Exception {
    byte[] json = ("{\"schemaVersion\":1,\"extra\":{\"a\":[1,2]},\"type\":\"sanction\",\"id\":\"s\","
        + "\"authority\":\"x\",\"measures\":[\"asset-freeze\"],\"status\":\"in-force\"}").getBytes(StandardCharsets.UTF_8);
    assertThat(codec.readEvent(json)).isEqualTo(new PlainModel.Sanction(1, "s", null, null, "x", null,
        java.util.List.of("asset-freeze"), null, null, "in-force", null));
  }
}
