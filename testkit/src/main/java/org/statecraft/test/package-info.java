/**
 * Test support for Statecraft: fluent AssertJ assertions for dossiers, events, officials,
 * organizations and dates, whose failure messages speak in domain words.
 *
 * <p>Start from {@link org.statecraft.test.StatecraftAssertions#assertThat(org.statecraft.core.Dossier)}
 * and its overloads. Every assertion object wraps one value under test and is not thread-safe,
 * like any AssertJ assertion; the values themselves are immutable. No method accepts
 * {@code null} except as the value under test, which fails the assertion.
 */
@NullMarked
package org.statecraft.test;

import org.jspecify.annotations.NullMarked;
