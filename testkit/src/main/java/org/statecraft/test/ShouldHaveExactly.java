package org.statecraft.test;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Fails when a collection held by a model value (a visit's visitors, a sanction's measures, the
 * events involving an actor) is not exactly the expected one, in any order; says what is missing
 * and what is unexpected.
 */
final class ShouldHaveExactly extends BasicErrorMessageFactory {

  private ShouldHaveExactly(String format, Object... arguments) {
    super(format, arguments);
  }

  /**
   * @param subject what holds the collection, such as "visit shoigu-visits-kabul"
   * @param what what the elements are, such as "visitors"
   * @param expected the expected elements, already in domain words
   * @param found the elements found, already in domain words
   */
  static ErrorMessageFactory shouldHaveExactly(String subject, String what, List<String> expected, List<String> found) {
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(found);
    List<String> unexpected = new ArrayList<>(found);
    unexpected.removeAll(expected);
    StringBuilder differences = new StringBuilder();
    if (!missing.isEmpty()) {
      differences.append(String.format("%nmissing:%n  ")).append(Render.list(missing));
    }
    if (!unexpected.isEmpty()) {
      differences.append(String.format("%nunexpected:%n  ")).append(Render.list(unexpected));
    }
    return new ShouldHaveExactly("%nExpecting %s%nto have exactly these %s, in any order:%n  %s%nbut they were:%n  %s%s",
        unquotedString(subject), unquotedString(what), unquotedString(Render.list(expected)),
        unquotedString(Render.list(found)), unquotedString(differences.toString()));
  }
}
