package org.statecraft.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.EventId;
import org.statecraft.core.Official;
import org.statecraft.core.OfficialId;
import org.statecraft.core.Organization;
import org.statecraft.core.OrganizationId;
import org.statecraft.core.Sanction;
import org.statecraft.core.Statement;
import org.statecraft.core.ValidationException;
import org.statecraft.core.Visit;
import org.statecraft.jackson.StatecraftJson;
import org.statecraft.jackson.StatecraftJsonException;

/**
 * A JUnit 5 extension that injects fixture dossiers, and the officials, organizations and events
 * in them, into parameters marked {@link Fixture @Fixture}.
 *
 * <pre>{@code
 * @ExtendWith(StatecraftFixtures.class)
 * class KabulTest {
 *   @Test
 *   void shoigu_visits_kabul(@Fixture("kabul-visit-2024-11-25") Dossier dossier,
 *                            @Fixture(value = "kabul-visit-2024-11-25", id = "shoigu-visits-kabul") Visit visit) {
 *     assertThat(visit).hasVisitor(OfficialId.of("sergei-shoigu"));
 *   }
 * }
 * }</pre>
 *
 * <p>A dossier is read once per test run from the class path resource
 * {@code statecraft/fixtures/<name>.json} with {@link StatecraftJson#standard()}, and kept in the
 * root {@link ExtensionContext.Store} for every later test. A mistake in the configuration fails
 * the test with a {@link ParameterResolutionException} that says what was asked for and what
 * exists: the resource path looked up for an unknown name, the ids of the requested kind for an
 * unknown id, what an id really is when the parameter's type does not match, and every violation
 * when the resource is not a valid dossier.
 *
 * <p>This class is stateless and thread-safe; JUnit creates it through its public constructor.
 */
public final class StatecraftFixtures implements ParameterResolver {

  /** Where fixture dossiers live on the class path. */
  public static final String FIXTURE_DIRECTORY = "statecraft/fixtures/";

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StatecraftFixtures.class);
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final List<Class<?>> SUPPORTED = List.of(Official.class, Organization.class, Event.class,
      Visit.class, Statement.class, Sanction.class, DesignationChange.class);

  /** Creates the extension; JUnit calls this for {@code @ExtendWith(StatecraftFixtures.class)}. */
  public StatecraftFixtures() {}

  /**
   * Returns the class path resource a fixture dossier of the given name is read from.
   *
   * @param name the dossier's name, such as {@code kabul-visit-2024-11-25}
   * @return the resource path, such as {@code statecraft/fixtures/kabul-visit-2024-11-25.json}
   */
  public static String resourceOf(String name) {
    return FIXTURE_DIRECTORY + name + ".json";
  }

  /** Supports every parameter marked {@link Fixture}; an unsupported type is reported when resolving. */
  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.isAnnotated(Fixture.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Fixture fixture = parameterContext.findAnnotation(Fixture.class).orElseThrow();
    Parameter parameter = parameterContext.getParameter();
    Class<?> type = parameter.getType();
    String where = describe(parameterContext);
    if (fixture.id().isEmpty()) {
      if (type != Dossier.class) {
        throw new ParameterResolutionException(where + ": @Fixture(\"" + fixture.value() + "\") without an id injects a "
            + "Dossier, but the parameter is a " + type.getSimpleName()
            + "; declare it as Dossier, or give the id of an official, organization or event");
      }
      return dossier(fixture.value(), where, extensionContext);
    }
    if (!SUPPORTED.contains(type)) {
      throw new ParameterResolutionException(where + ": @Fixture with an id injects one of "
          + SUPPORTED.stream().map(Class::getSimpleName).collect(Collectors.joining(", "))
          + ", but the parameter is a " + type.getSimpleName());
    }
    Dossier dossier = dossier(fixture.value(), where, extensionContext);
    return find(dossier, fixture.value(), fixture.id(), type, where);
  }

  private static Dossier dossier(String name, String where, ExtensionContext context) {
    if (!NAME.matcher(name).matches() || name.endsWith(".json")) {
      throw new ParameterResolutionException(where + ": '" + name + "' is not a fixture name; give the file name of a "
          + "resource in " + FIXTURE_DIRECTORY + " without '.json', such as \"kabul-visit-2024-11-25\"");
    }
    Optional<Class<?>> testClass = context.getTestClass();
    ClassLoader loader = testClass.map(Class::getClassLoader)
        .orElseGet(() -> Thread.currentThread().getContextClassLoader());
    Module module = testClass.map(Class::getModule).orElse(StatecraftFixtures.class.getModule());
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    // Keyed by loader too: two test classes loaded apart may see different resources. A failure is
    // kept as well, so a broken fixture is read once, and reported to every parameter that asks.
    Loaded loaded = store.getOrComputeIfAbsent(new Key(name, loader), key -> load(name, loader, module), Loaded.class);
    if (loaded.dossier == null) {
      throw new ParameterResolutionException(where + ": " + loaded.problem, loaded.cause);
    }
    return loaded.dossier;
  }

  private static Loaded load(String name, ClassLoader loader, Module testModule) {
    String resource = resourceOf(name);
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        return Loaded.failed("no fixture dossier named '" + name + "': the class path has no resource " + resource
            + " (the Kabul dossier, kabul-visit-2024-11-25, comes with the statecraft-examples artifact)"
            + (testModule.isNamed() ? "; the test runs in the named module " + testModule.getName()
                + ", and on the module path a module hides its resources in statecraft/fixtures unless its"
                + " module-info.java says 'opens statecraft.fixtures;'" : ""), null);
      }
      return Loaded.of(StatecraftJson.standard().readDossier(in));
    } catch (StatecraftJsonException e) {
      return Loaded.failed("the fixture " + resource + " is not a valid dossier: "
          + e.violations().stream().map(Object::toString).collect(Collectors.joining("; ")), e);
    } catch (IOException | UncheckedIOException e) {
      return Loaded.failed("the fixture " + resource + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static Object find(Dossier dossier, String name, String id, Class<?> type, String where) {
    String at = "fixture dossier '" + name + "'";
    Optional<?> found;
    String kind;
    List<String> idsOfKind;
    try {
      if (type == Official.class) {
        kind = "official";
        found = dossier.official(OfficialId.of(id));
        idsOfKind = dossier.officials().stream().map(o -> o.id().value()).collect(Collectors.toList());
      } else if (type == Organization.class) {
        kind = "organization";
        found = dossier.organization(OrganizationId.of(id));
        idsOfKind = dossier.organizations().stream().map(o -> o.id().value()).collect(Collectors.toList());
      } else {
        @SuppressWarnings("unchecked")
        Class<? extends Event> eventType = (Class<? extends Event>) type;
        kind = Render.noun(eventType);
        found = dossier.event(EventId.of(id), eventType);
        idsOfKind = dossier.events().stream().filter(eventType::isInstance).map(e -> e.id().value())
            .collect(Collectors.toList());
      }
    } catch (ValidationException e) {
      throw new ParameterResolutionException(where + ": '" + id + "' is not an id: " + e.getMessage(), e);
    }
    if (found.isPresent()) {
      return found.get();
    }
    Optional<String> actually = whatIs(dossier, id);
    if (actually.isPresent()) {
      throw new ParameterResolutionException(where + ": in the " + at + ", '" + id + "' is " + actually.get()
          + ", not " + article(kind) + " " + kind + "; declare the parameter with the matching type");
    }
    throw new ParameterResolutionException(where + ": the " + at + " has no " + kind + " with the id '" + id
        + "'; its " + kind + " ids are " + idsOfKind);
  }

  /** What an id names in the dossier, whatever its kind: "an official", "a statement", ... */
  private static Optional<String> whatIs(Dossier dossier, String id) {
    if (dossier.officials().stream().anyMatch(o -> o.id().value().equals(id))) {
      return Optional.of("an official");
    }
    if (dossier.organizations().stream().anyMatch(o -> o.id().value().equals(id))) {
      return Optional.of("an organization");
    }
    return dossier.events().stream().filter(e -> e.id().value().equals(id)).findFirst()
        .map(e -> article(Render.noun(e)) + " " + Render.noun(e));
  }

  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }

  private static String describe(ParameterContext parameterContext) {
    Parameter parameter = parameterContext.getParameter();
    String executable = parameter.getDeclaringExecutable().getDeclaringClass().getSimpleName() + "."
        + parameter.getDeclaringExecutable().getName();
    return "@Fixture parameter " + parameterContext.getIndex() + " (" + parameter.getType().getSimpleName()
        + ") of " + executable;
  }

  /** The cache key: a fixture name as seen by one class loader. */
  private static final class Key {
    private final String name;
    private final ClassLoader loader;

    Key(String name, ClassLoader loader) {
      this.name = name;
      this.loader = loader;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key && ((Key) o).name.equals(name) && ((Key) o).loader == loader;
    }

    @Override
    public int hashCode() {
      return name.hashCode() * 31 + System.identityHashCode(loader);
    }
  }

  /** A dossier read once and kept for the whole run, or why it could not be. */
  private static final class Loaded {
    final @Nullable Dossier dossier;
    final String problem;
    final @Nullable Throwable cause;

    private Loaded(@Nullable Dossier dossier, String problem, @Nullable Throwable cause) {
      this.dossier = dossier;
      this.problem = problem;
      this.cause = cause;
    }

    static Loaded of(Dossier dossier) {
      return new Loaded(dossier, "", null);
    }

    static Loaded failed(String problem, @Nullable Throwable cause) {
      return new Loaded(null, problem, cause);
    }
  }
}
