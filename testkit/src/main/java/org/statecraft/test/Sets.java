package org.statecraft.test;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.statecraft.core.ActorRef;

/** Set comparisons for the "exactly these, in any order" checks. Stateless. */
final class Sets {

  private Sets() {}

  static boolean sameElements(Collection<?> expected, Collection<?> actual) {
    return expected.size() == actual.size() && new HashSet<>(expected).equals(new HashSet<>(actual));
  }

  static List<String> actors(Collection<? extends ActorRef> actors) {
    return actors.stream().map(Render::actor).collect(Collectors.toList());
  }

  static List<String> strings(Collection<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.toList());
  }
}
