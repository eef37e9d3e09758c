/**
 * Ready-made fixtures for tests and examples: the Kabul visit of 2024-11-25, encoded from one
 * news report, as typed values ({@link org.statecraft.examples.KabulFixtures}) and as a JSON file
 * on the classpath ({@link org.statecraft.examples.KabulFixtures#JSON_RESOURCE}).
 *
 * <p>Every value here is immutable and thread-safe; no method accepts or returns {@code null}.
 */
@NullMarked
package org.statecraft.examples;

import org.jspecify.annotations.NullMarked;
