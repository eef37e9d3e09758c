package org.statecraft.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TokenScanTest {

  @Test
  void counts_every_token_of_the_document() throws Exception {
    byte[] json = "{\"a\":[1,\"x\",{\"b\":null}],\"c\":true}".getBytes(StandardCharsets.UTF_8);
    // { a [ 1 "x" { b null } ] c true }
    assertThat(TokenScan.scan(new JsonFactory(), json)).isEqualTo(13);
  }
}
