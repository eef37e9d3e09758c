/**
 * Statecraft's JSON wire format on Jackson 2.
 *
 * <p>{@link org.statecraft.jackson.StatecraftJson} reads and writes dossiers and single events with
 * a hardened, preconfigured mapper; {@link org.statecraft.jackson.StatecraftModule} adds the same
 * mapping to a user's own {@code ObjectMapper}; {@link org.statecraft.jackson.StatecraftJsonException}
 * reports invalid input with JSON paths; {@link org.statecraft.jackson.StatecraftSchemas} gives the
 * JSON Schemas. The serializers and deserializers are package-private streaming code in this
 * package that calls the model's public builders. Nothing here accepts or returns {@code null}.
 */
@NullMarked
package org.statecraft.jackson;

import org.jspecify.annotations.NullMarked;
