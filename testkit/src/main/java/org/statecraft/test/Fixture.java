package org.statecraft.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test method or constructor parameter to be filled by {@link StatecraftFixtures} with a
 * fixture dossier, or with one of its officials, organizations or events.
 *
 * <p>The dossier named {@code value} is the class path resource
 * {@code statecraft/fixtures/<value>.json} (the Kabul dossier of {@code statecraft-examples} is
 * {@code kabul-visit-2024-11-25}; add your own in the same layout under
 * {@code src/test/resources}). Without {@link #id()}, the parameter must be a
 * {@link org.statecraft.core.Dossier}; with it, the parameter receives the entity or event of that
 * id, and its type says which kind to look for:
 * <pre>{@code
 * @Test
 * void shoigu_visits_kabul(
 *     @Fixture("kabul-visit-2024-11-25") Dossier dossier,
 *     @Fixture(value = "kabul-visit-2024-11-25", id = "shoigu-visits-kabul") Visit visit,
 *     @Fixture(value = "kabul-visit-2024-11-25", id = "sergei-shoigu") Official shoigu) { ... }
 * }</pre>
 *
 * <p>Accepted parameter types with an id: {@link org.statecraft.core.Official},
 * {@link org.statecraft.core.Organization}, {@link org.statecraft.core.Event} and each event type
 * ({@link org.statecraft.core.Visit}, {@link org.statecraft.core.Statement},
 * {@link org.statecraft.core.Sanction}, {@link org.statecraft.core.DesignationChange}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Fixture {

  /**
   * Returns the dossier's name: the file name, without {@code .json}, of a resource in
   * {@code statecraft/fixtures/} on the test class path.
   *
   * @return the name, such as {@code kabul-visit-2024-11-25}
   */
  String value();

  /**
   * Returns the id of the official, organization or event to inject, or {@code ""} (the default)
   * to inject the whole dossier.
   *
   * @return the id, such as {@code sergei-shoigu}, or empty
   */
  String id() default "";
}
