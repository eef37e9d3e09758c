/**
 * Statecraft examples: the Kabul visit of 2024-11-25 as ready-made fixtures, typed Java values
 * ({@link org.statecraft.examples.KabulFixtures}) and the same dossier as a JSON resource at
 * {@code statecraft/fixtures/kabul-visit-2024-11-25.json}.
 */
module org.statecraft.examples {
  requires transitive org.statecraft.core;
  requires org.statecraft.jackson;
  requires static org.jspecify;

  exports org.statecraft.examples;
  // The JSON fixtures are resources, not classes: opening their folder lets any module (such as the
  // test kit's fixture extension) find them through a class loader on the module path.
  opens statecraft.fixtures;
}
