/**
 * Statecraft test kit: AssertJ assertions for the Statecraft model ({@link
 * org.statecraft.test.StatecraftAssertions}) and a JUnit 5 extension that injects fixture dossiers
 * into test methods ({@link org.statecraft.test.StatecraftFixtures}). Meant to be added at test
 * scope.
 */
module org.statecraft.test {
  requires transitive org.statecraft.core;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;
  requires org.statecraft.jackson;
  requires static org.jspecify;

  exports org.statecraft.test;
}
