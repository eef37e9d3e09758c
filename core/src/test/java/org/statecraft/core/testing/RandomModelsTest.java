package org.statecraft.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statecraft.core.Basis;
import org.statecraft.core.DateInterval;
import org.statecraft.core.DatePrecision;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.DesignationStep;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.EventType;
import org.statecraft.core.Name;
import org.statecraft.core.PartialDate;
import org.statecraft.core.Provenance;
import org.statecraft.core.Script;
import org.statecraft.core.Statement;
import org.statecraft.core.Visit;

class RandomModelsTest {

  @Test
  void same_seed_gives_equal_dossiers() {
    assertThat(new RandomModels(42).dossier(500)).isEqualTo(new RandomModels(42).dossier(500));
  }

  @Test
  void same_seed_and_calls_give_equal_single_events() {
    RandomModels a = new RandomModels(7);
    RandomModels b = new RandomModels(7);
    for (int i = 0; i < 100; i++) {
      assertThat(a.event()).isEqualTo(b.event());
    }
  }

  @Test
  void different_seeds_give_different_dossiers() {
    assertThat(new RandomModels(1).dossier(50)).isNotEqualTo(new RandomModels(2).dossier(50));
  }

  @Test
  void event_stream_gives_the_same_sequence_as_the_list() {
    List<Event> streamed = new RandomModels(11).eventStream(300).collect(Collectors.toList());
    assertThat(streamed).isEqualTo(new RandomModels(11).events(300));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 10, 1_000, 5_000})
  void dossiers_of_every_size_build_with_every_reference_resolved(int size) {
    for (long seed = 0; seed < 10; seed++) {
      Dossier dossier = new RandomModels(seed).dossier(size);
      assertThat(dossier.events()).hasSize(size);
    }
  }

  @Test
  void lone_events_stand_alone_in_a_dossier() {
    RandomModels models = new RandomModels(3);
    for (int i = 0; i < 300; i++) {
      Event event = models.event();
      assertThatCode(() -> models.dossierOf(List.of(event))).doesNotThrowAnyException();
    }
  }

  @Test
  void event_ids_are_unique_across_calls() {
    RandomModels models = new RandomModels(5);
    List<Event> all = new ArrayList<>(models.events(200));
    all.add(models.event());
    all.addAll(models.events(200));
    assertThat(all.stream().map(Event::id)).doesNotHaveDuplicates();
  }

  @Test
  void every_event_type_appears() {
    Set<EventType> types = new RandomModels(9).events(200).stream().map(Event::type)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
    assertThat(types).containsExactlyInAnyOrder(EventType.values());
  }

  @Test
  void sequences_reference_earlier_events_and_the_dossier_resolves_them() {
    Dossier dossier = new RandomModels(13).dossier(2_000);
    List<Statement> statements = dossier.events(Statement.class);
    List<Statement> responses = statements.stream().filter(s -> s.respondsTo().isPresent()).collect(Collectors.toList());
    List<Statement> onOccasion = statements.stream().filter(s -> s.occasion().isPresent()).collect(Collectors.toList());
    List<DesignationStep> announced = dossier.events(DesignationChange.class).stream()
        .flatMap(c -> c.stages().stream()).filter(s -> s.announcedBy().isPresent()).collect(Collectors.toList());

    assertThat(responses).isNotEmpty().allSatisfy(s ->
        assertThat(dossier.event(s.respondsTo().get(), Statement.class)).isPresent());
    assertThat(onOccasion).isNotEmpty().allSatisfy(s ->
        assertThat(dossier.event(s.occasion().get(), Visit.class)).isPresent());
    assertThat(announced).isNotEmpty().allSatisfy(s ->
        assertThat(dossier.event(s.announcedBy().get(), Statement.class)).isPresent());
  }

  @Test
  void names_are_written_in_several_scripts_with_languages() {
    RandomModels models = new RandomModels(17);
    List<Name> names = Stream.concat(
            models.officials().stream().flatMap(o -> o.names().stream()),
            models.organizations().stream().flatMap(o -> o.names().stream()))
        .collect(Collectors.toList());
    assertThat(names.stream().map(Name::script).flatMap(Optional::stream).collect(Collectors.toSet()))
        .contains(Script.CYRILLIC, Script.ARABIC, Script.LATIN, Script.of("Hans"));
    assertThat(names).anySatisfy(n -> assertThat(n.text()).containsPattern("\\p{IsCyrillic}"));
    assertThat(names).anySatisfy(n -> assertThat(n.text()).containsPattern("\\p{IsArabic}"));
    assertThat(names).filteredOn(n -> n.script().isPresent()).allSatisfy(n -> assertThat(n.language()).isPresent());
  }

  @Test
  void dates_cover_every_precision_approximation_and_open_interval() {
    List<DateInterval> intervals = new RandomModels(19).events(1_000).stream().map(Event::when)
        .collect(Collectors.toList());
    List<PartialDate> dates = intervals.stream()
        .flatMap(i -> Stream.concat(i.start().stream(), i.end().stream())).collect(Collectors.toList());

    assertThat(dates.stream().map(PartialDate::precision).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(DatePrecision.values());
    assertThat(dates).anySatisfy(d -> assertThat(d.isApproximate()).isTrue());
    assertThat(intervals).anySatisfy(i -> assertThat(i.isSingleDate()).isTrue());
    assertThat(intervals).anySatisfy(i -> assertThat(i.start().isPresent() && i.end().isPresent() && !i.isSingleDate()).isTrue());
    assertThat(intervals).anySatisfy(i -> assertThat(i.start().isEmpty() && i.end().isPresent()).isTrue());
    assertThat(intervals).anySatisfy(i -> assertThat(i.start().isPresent() && i.end().isEmpty()).isTrue());
  }

  @Test
  void provenance_covers_every_basis_and_both_kinds_of_source() {
    RandomModels models = new RandomModels(23);
    List<Provenance> provenance = models.events(500).stream().flatMap(e -> e.provenance().stream())
        .collect(Collectors.toList());
    assertThat(provenance.stream().map(Provenance::basis).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Basis.values());
    assertThat(provenance.stream().map(Provenance::source).collect(Collectors.toSet()))
        .contains(models.source().id(), models.otherSources().get(0).id());
  }

  @Test
  void summaries_have_realistic_lengths() {
    List<Integer> lengths = new RandomModels(29).events(1_000).stream()
        .filter(Statement.class::isInstance).map(e -> ((Statement) e).summary().length())
        .collect(Collectors.toList());
    double mean = lengths.stream().mapToInt(Integer::intValue).average().orElseThrow();
    assertThat(lengths).allSatisfy(l -> assertThat(l).isBetween(40, 1_000));
    assertThat(mean).isBetween(100.0, 500.0);
  }
}
