package org.statecraft.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Baseline (c), the floor: tokenizes a document with {@link JsonParser#nextToken()} and binds
 * nothing. No decoder that looks at every token can beat it, so decode throughput is also given as
 * a fraction of this scan's.
 */
public final class TokenScan {

  private TokenScan() {}

  /**
   * Reads every token of a document.
   *
   * @param factory the factory that makes the parser
   * @param json the document
   * @return the number of tokens, so that the work cannot be optimized away
   * @throws IOException if the document is not JSON
   */
  public static int scan(JsonFactory factory, byte[] json) throws IOException {
    int tokens = 0;
    try (JsonParser p = factory.createParser(json)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
