/**
 * Statecraft core: the typed, immutable, validated model of diplomatic and geopolitical events.
 * It has no runtime dependency; the annotations it is compiled with are not needed at run time.
 */
module org.statecraft.core {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports org.statecraft.core;
}
