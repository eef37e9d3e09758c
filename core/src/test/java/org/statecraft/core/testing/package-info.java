/**
 * Test support shared with other modules through core's test-jar ({@code statecraft-core}, type
 * {@code test-jar}): {@link org.statecraft.core.testing.RandomModels}, a deterministic, seeded
 * generator of random valid models.
 */
@NullMarked
package org.statecraft.core.testing;

import org.jspecify.annotations.NullMarked;
