package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.assertViolations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every builder of the model, with each of its required attributes left out in turn, and with
 * nothing set at all: the builder reports exactly what is missing, together with every other rule,
 * as one {@link ValidationException}, and never fails in any other way.
 */
class RequiredAttributesTest {

  /** One builder type: how to make it, how to build it, and its required attributes. */
  private static final class Type<B> {
    final String name;
    final Supplier<B> builder;
    final Function<B, ?> build;
    final Map<String, Consumer<B>> required = new LinkedHashMap<>();
    Consumer<B> rest = b -> {};
    final List<String> emptyWhenNothingSet = new ArrayList<>();

    Type(String name, Supplier<B> builder, Function<B, ?> build) {
      this.name = name;
      this.builder = builder;
      this.build = build;
    }

    Type<B> required(String attribute, Consumer<B> setter) {
      required.put(attribute, setter);
      return this;
    }

    /** What else a valid value needs (non-empty lists, attributes that a rule requires). */
    Type<B> rest(Consumer<B> setter, String... emptyWhenNothingSet) {
      rest = setter;
      this.emptyWhenNothingSet.addAll(List.of(emptyWhenNothingSet));
      return this;
    }

    Object buildWithout(String left) {
      B b = builder.get();
      rest.accept(b);
      required.forEach((attribute, setter) -> {
        if (!attribute.equals(left)) {
          setter.accept(b);
        }
      });
      return build.apply(b);
    }

    Object buildNothing() {
      return build.apply(builder.get());
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final DateInterval NOV_25 = DateInterval.on(PartialDate.parse("2024-11-25"));

  static List<Type<?>> types() {
    return List.of(
        new Type<>("Name", Name::builder, Name.Builder::build)
            .required("text", b -> b.text("Sergei Shoigu"))
            .required("kind", b -> b.kind(NameKind.PRIMARY)),
        new Type<>("Place", Place::builder, Place.Builder::build)
            .required("name", b -> b.name("Kabul"))
            .required("country", b -> b.country(CountryCode.of("AF"))),
        new Type<>("Position", Position::builder, Position.Builder::build)
            .required("title", b -> b.title("Secretary of the Security Council"))
            .required("organization", b -> b.organization(TestData.RUSSIA))
            .required("status", b -> b.status(PositionStatus.CURRENT)),
        new Type<>("Provenance", Provenance::builder, Provenance.Builder::build)
            .required("source", b -> b.source(TestData.SOURCE))
            .required("basis", b -> b.basis(Basis.STATED)),
        new Type<>("SourceDocument", SourceDocument::builder, SourceDocument.Builder::build)
            .required("id", b -> b.id(TestData.SOURCE))
            .required("title", b -> b.title("A report")),
        new Type<>("UnnamedGroup", UnnamedGroup::builder, UnnamedGroup.Builder::build)
            .required("description", b -> b.description("Taliban officials")),
        new Type<>("Official", Official::builder, Official.Builder::build)
            .required("id", b -> b.id(TestData.SHOIGU))
            .rest(b -> b.addName(Name.primary("Sergei Shoigu")), "names"),
        new Type<>("Organization", Organization::builder, Organization.Builder::build)
            .required("id", b -> b.id(TestData.TALIBAN))
            .required("kind", b -> b.kind(OrganizationKind.POLITICAL_MOVEMENT))
            .rest(b -> b.addName(Name.primary("Taliban")), "names"),
        new Type<>("DesignationStep", DesignationStep::builder, DesignationStep.Builder::build)
            .required("stage", b -> b.stage(DesignationStage.ANNOUNCED)),
        new Type<>("Visit", Visit::builder, Visit.Builder::build)
            .required("id", b -> b.id(EventId.of("v")))
            .required("when", b -> b.when(NOV_25))
            .required("place", b -> b.place(Place.of("Kabul", CountryCode.of("AF"))))
            .rest(b -> b.addVisitor(TestData.SHOIGU).addProvenance(TestData.STATED), "visitors", "provenance"),
        new Type<>("Statement", Statement::builder, Statement.Builder::build)
            .required("id", b -> b.id(EventId.of("s")))
            .required("when", b -> b.when(NOV_25))
            .required("speaker", b -> b.speaker(TestData.SHOIGU))
            .required("kind", b -> b.kind(StatementKind.OFFER))
            .required("summary", b -> b.summary("Russia is willing to help"))
            .rest(b -> b.addProvenance(TestData.STATED), "provenance"),
        new Type<>("Sanction", Sanction::builder, Sanction.Builder::build)
            .required("id", b -> b.id(EventId.of("s")))
            .required("when", b -> b.when(DateInterval.unbounded()))
            .required("authority", b -> b.authority(TestData.USA))
            .required("status", b -> b.status(SanctionStatus.IN_FORCE))
            .rest(b -> b.addTarget(TestData.TALIBAN).addMeasure(SanctionMeasure.ASSET_FREEZE)
                .addProvenance(TestData.STATED), "targets", "measures", "provenance"),
        new Type<>("DesignationChange", DesignationChange::builder, DesignationChange.Builder::build)
            .required("id", b -> b.id(EventId.of("d")))
            .required("authority", b -> b.authority(TestData.RUSSIA))
            .required("listName", b -> b.listName("banned organizations"))
            .required("subject", b -> b.subject(TestData.TALIBAN))
            .required("action", b -> b.action(DesignationAction.DELISTING))
            .rest(b -> b.addStage(DesignationStep.builder().stage(DesignationStage.ANNOUNCED).build())
                .addProvenance(TestData.STATED), "stages", "provenance"),
        new Type<>("Dossier", Dossier::builder, Dossier.Builder::build)
            .required("source", b -> b.source(TestData.source(TestData.SOURCE))));
  }

  static Stream<Arguments> eachRequiredAttribute() {
    return types().stream().flatMap(t -> t.required.keySet().stream().map(a -> Arguments.of(t, a)));
  }

  @ParameterizedTest(name = "{0} without {1}")
  @MethodSource("eachRequiredAttribute")
  void reports_exactly_the_required_attribute_left_out(Type<?> type, String attribute) {
    assertViolations(() -> type.buildWithout(attribute)).containsExactly(tuple(attribute, ViolationCode.REQUIRED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void builds_when_every_required_attribute_is_set(Type<?> type) {
    assertThat(type.buildWithout("")).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void reports_every_required_attribute_and_every_empty_list_when_nothing_is_set(Type<?> type) {
    List<Tuple> expected = new ArrayList<>();
    type.required.keySet().forEach(a -> expected.add(tuple(a, ViolationCode.REQUIRED)));
    type.emptyWhenNothingSet.forEach(a -> expected.add(tuple(a, ViolationCode.EMPTY)));

    assertThatThrownBy(type::buildNothing).isExactlyInstanceOf(ValidationException.class);
    assertViolations(type::buildNothing).containsExactlyInAnyOrderElementsOf(expected);
  }
}
