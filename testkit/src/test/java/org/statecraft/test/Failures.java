package org.statecraft.test;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs an assertion expected to fail and returns its error, failing the test if it passes. */
final class Failures {

  private Failures() {}

  static AssertionError expectAssertionError(ThrowingCallable assertion) {
    try {
      assertion.call();
    } catch (AssertionError e) {
      return e;
    } catch (Throwable t) {
      throw new AssertionError("expected an AssertionError but the assertion threw " + t, t);
    }
    throw new AssertionError("expected the assertion to fail, but it passed");
  }
}
