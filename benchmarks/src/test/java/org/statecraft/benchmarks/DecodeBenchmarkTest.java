package org.statecraft.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.infra.Blackhole;

/** Every decoder of the benchmark does the whole job on the workload's bytes, and gets the same content. */
class DecodeBenchmarkTest {

  private static final String BLACKHOLE_OK =
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

  @ParameterizedTest
  @ValueSource(strings = {"event", "kabul", "corpus-1k"})
  void every_decoder_reads_the_whole_workload(String name) throws Exception {
    Workload w = Workload.of(name);
    DecodeBenchmark bench = new DecodeBenchmark();
    bench.workload = name;
    bench.setUp();
    Blackhole bh = new Blackhole(BLACKHOLE_OK);
    switch (w.kind()) {
      case DOSSIER:
        assertThat(bench.statecraft(bh)).isEqualTo(w.dossier());
        assertThat(bench.databind(bh)).isEqualTo(w.plain());
        assertThat(bench.handWritten(bh)).isEqualTo(w.plain());
        break;
      case EVENT:
        assertThat(bench.statecraft(bh)).isEqualTo(w.event());
        assertThat(bench.databind(bh)).isEqualTo(w.plain());
        assertThat(bench.handWritten(bh)).isEqualTo(w.plain());
        break;
      default:
        assertThat(bench.statecraft(bh)).isEqualTo((long) w.eventCount());
        assertThat(bench.databind(bh)).isEqualTo((long) w.eventCount());
        assertThat(bench.handWritten(bh)).isEqualTo(w.eventCount());
    }
    assertThat(bench.tokenScan()).isGreaterThan(w.eventCount() * 20);
  }

  @ParameterizedTest
  @ValueSource(strings = {"corpus-1k"})
  void stream_decoders_yield_the_same_events(String name) throws Exception {
    Workload w = Workload.of(name);
    List<Object> plain = new ArrayList<>();
    new HandWrittenCodec(new com.fasterxml.jackson.core.JsonFactory()).readEvents(w.json(), plain::add);
    assertThat(plain).isEqualTo(w.plain());
    try (var reader = org.statecraft.jackson.NdjsonEventReader.of(new java.io.ByteArrayInputStream(w.json()))) {
      assertThat(reader.stream()).containsExactlyElementsOf(w.events());
    }
  }
}
