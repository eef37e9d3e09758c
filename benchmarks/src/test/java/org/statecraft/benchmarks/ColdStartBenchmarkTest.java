package org.statecraft.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColdStartBenchmarkTest {

  @Test
  void the_input_resource_is_the_canonical_small_event() {
    assertThat(ColdStartBenchmark.resource()).isEqualTo(Workload.of("event").json());
  }

  @Test
  void every_first_call_gives_the_right_result() throws Exception {
    ColdStartBenchmark bench = new ColdStartBenchmark();
    bench.setUp();
    Workload w = Workload.of("event");
    assertThat(bench.decodeStatecraft()).isEqualTo(w.event());
    assertThat(bench.decodeDatabind()).isEqualTo(w.plain());
    assertThat(bench.decodeHandWritten()).isEqualTo(w.plain());
    assertThat((byte[]) bench.encodeStatecraft()).isEqualTo(w.json());
    assertThat((byte[]) bench.encodeHandWritten()).isEqualTo(w.json());
    assertThat((byte[]) bench.encodeDatabind()).hasSameSizeAs(w.json());
  }
}
