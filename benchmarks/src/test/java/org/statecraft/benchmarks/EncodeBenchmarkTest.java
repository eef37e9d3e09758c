package org.statecraft.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every encoder of the benchmark writes the whole workload, to the same size as the canonical form. */
class EncodeBenchmarkTest {

  @ParameterizedTest
  @ValueSource(strings = {"event", "kabul", "corpus-1k"})
  void every_encoder_writes_the_whole_workload(String name) throws Exception {
    Workload w = Workload.of(name);
    EncodeBenchmark bench = new EncodeBenchmark();
    bench.workload = name;
    bench.setUp();
    switch (w.kind()) {
      case DOSSIER:
        // Plain records of the same shape give the canonical bytes exactly.
        assertThat(new String((byte[]) bench.statecraft(), StandardCharsets.UTF_8))
            .isEqualTo(new String(w.json(), StandardCharsets.UTF_8));
        assertThat((byte[]) bench.databind()).isEqualTo(w.json());
        assertThat((byte[]) bench.handWritten()).isEqualTo(w.json());
        break;
      case EVENT:
        assertThat((byte[]) bench.statecraft()).isEqualTo(w.json());
        assertThat((byte[]) bench.handWritten()).isEqualTo(w.json());
        // Databind puts the type id before schemaVersion: same bytes, another order.
        assertThat((byte[]) bench.databind()).hasSameSizeAs(w.json());
        break;
      default:
        assertThat(bench.statecraft()).isEqualTo((long) w.json().length);
        assertThat(bench.handWritten()).isEqualTo((long) w.json().length);
        // Databind separates values by a line break but does not end the last one.
        assertThat(bench.databind()).isEqualTo((long) w.json().length - 1);
    }
  }
}
