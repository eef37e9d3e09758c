/**
 * Statecraft's Jackson 2 binding: the JSON wire format of the Statecraft model.
 *
 * <p>{@link org.statecraft.jackson.StatecraftJson} is the ready-made, hardened entry point;
 * {@link org.statecraft.jackson.StatecraftModule} plugs the same mapping into a user's own
 * {@code ObjectMapper} and is registered for {@link java.util.ServiceLoader}.
 */
module org.statecraft.jackson {
  requires transitive org.statecraft.core;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports org.statecraft.jackson;

  // The JSON Schemas are resources that anyone may read (validators load them by class loader).
  opens org.statecraft.jackson.schema.v1;

  provides com.fasterxml.jackson.databind.Module with org.statecraft.jackson.StatecraftModule;
}
