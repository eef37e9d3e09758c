package org.statecraft.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.statecraft.core.ActorRef;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.DesignationStep;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.EventVisitor;
import org.statecraft.core.ExternalId;
import org.statecraft.core.Name;
import org.statecraft.core.Official;
import org.statecraft.core.OfficialId;
import org.statecraft.core.Organization;
import org.statecraft.core.OrganizationId;
import org.statecraft.core.Place;
import org.statecraft.core.Position;
import org.statecraft.core.Provenance;
import org.statecraft.core.Sanction;
import org.statecraft.core.SourceDocument;
import org.statecraft.core.Statement;
import org.statecraft.core.UnnamedGroup;
import org.statecraft.core.Visit;

/**
 * Copies Statecraft values into the baseline's {@link PlainModel}, so that both sides of a
 * benchmark encode the same content. Used only to set benchmarks up, never measured.
 */
final class PlainMapping {

  private PlainMapping() {}

  static PlainModel.Dossier dossier(Dossier d) {
    return new PlainModel.Dossier(1, source(d.source()), list(d.otherSources(), PlainMapping::source),
        list(d.officials(), PlainMapping::official), list(d.organizations(), PlainMapping::organization),
        list(d.events(), e -> event(e, null)));
  }

  /** A single event at the top level, carrying {@code schemaVersion}. */
  static PlainModel.Event event(Event e) {
    return event(e, 1);
  }

  private static PlainModel.Event event(Event e, Integer schemaVersion) {
    String id = e.id().value();
    String when = e.when().toString();
    PlainModel.Place place = e.place().map(PlainMapping::place).orElse(null);
    List<PlainModel.Provenance> provenance = list(e.provenance(), PlainMapping::provenance);
    return e.accept(new EventVisitor<PlainModel.Event>() {
      @Override
      public PlainModel.Event visit(Visit v) {
        return new PlainModel.Visit(schemaVersion, id, when, place, list(v.visitors(), PlainMapping::actor),
            list(v.hosts(), PlainMapping::actor), v.purpose().orElse(null), list(v.topics(), t -> t), provenance);
      }

      @Override
      public PlainModel.Event statement(Statement s) {
        return new PlainModel.Statement(schemaVersion, id, when, place, actor(s.speaker()), wire(s.kind()),
            s.summary(), list(s.addressees(), PlainMapping::actor), list(s.subjects(), PlainMapping::actor),
            s.occasion().map(x -> x.value()).orElse(null), s.respondsTo().map(x -> x.value()).orElse(null),
            provenance);
      }

      @Override
      public PlainModel.Event sanction(Sanction s) {
        return new PlainModel.Sanction(schemaVersion, id, when, place, s.authority().value(),
            list(s.targets(), PlainMapping::actor), list(s.measures(), PlainMapping::wire), s.program().orElse(null),
            s.legalBasis().orElse(null), wire(s.status()), provenance);
      }

      @Override
      public PlainModel.Event designationChange(DesignationChange c) {
        return new PlainModel.DesignationChange(schemaVersion, id, when, place, c.authority().value(),
            c.listName(), actor(c.subject()), wire(c.action()), list(c.stages(), PlainMapping::step), provenance);
      }
    });
  }

  private static PlainModel.Step step(DesignationStep s) {
    return new PlainModel.Step(wire(s.stage()), s.when().map(Object::toString).orElse(null),
        s.announcedBy().map(x -> x.value()).orElse(null), list(s.provenance(), PlainMapping::provenance));
  }

  private static PlainModel.Source source(SourceDocument s) {
    return new PlainModel.Source(s.id().value(), s.title(), s.publisher().orElse(null),
        s.published().map(Object::toString).orElse(null), s.url().orElse(null),
        s.language().map(Object::toString).orElse(null),
        s.paragraphCount().isPresent() ? s.paragraphCount().getAsInt() : null);
  }

  private static PlainModel.Official official(Official o) {
    return new PlainModel.Official(o.id().value(), list(o.names(), PlainMapping::name),
        list(o.nationalities(), Object::toString), list(o.positions(), PlainMapping::position),
        list(o.externalIds(), PlainMapping::externalId), list(o.provenance(), PlainMapping::provenance));
  }

  private static PlainModel.Organization organization(Organization o) {
    return new PlainModel.Organization(o.id().value(), list(o.names(), PlainMapping::name), wire(o.kind()),
        o.country().map(Object::toString).orElse(null), o.parent().map(OrganizationId::value).orElse(null),
        list(o.externalIds(), PlainMapping::externalId), list(o.provenance(), PlainMapping::provenance));
  }

  private static PlainModel.Position position(Position p) {
    return new PlainModel.Position(p.title(), p.organization().value(), p.term().toString(), wire(p.status()),
        list(p.provenance(), PlainMapping::provenance));
  }

  private static PlainModel.Name name(Name n) {
    return new PlainModel.Name(n.text(), wire(n.kind()), n.language().map(Object::toString).orElse(null),
        n.script().map(Object::toString).orElse(null));
  }

  private static PlainModel.ExternalId externalId(ExternalId x) {
    return new PlainModel.ExternalId(x.scheme().name(), x.value());
  }

  private static PlainModel.Place place(Place p) {
    return new PlainModel.Place(p.name(), p.country().code(),
        p.coordinates().map(c -> new PlainModel.Coordinates(c.latitude(), c.longitude())).orElse(null),
        p.gazetteerId().map(PlainMapping::externalId).orElse(null));
  }

  private static PlainModel.Provenance provenance(Provenance p) {
    return new PlainModel.Provenance(p.source().value(),
        p.paragraph().isPresent() ? p.paragraph().getAsInt() : null, wire(p.basis()),
        p.attributedTo().map(PlainMapping::actor).orElse(null));
  }

  private static PlainModel.Actor actor(ActorRef a) {
    if (a instanceof OfficialId) {
      return new PlainModel.Actor(((OfficialId) a).value(), null, null, null);
    }
    if (a instanceof OrganizationId) {
      return new PlainModel.Actor(null, ((OrganizationId) a).value(), null, null);
    }
    UnnamedGroup g = (UnnamedGroup) a;
    Optional<String> affiliation = g.affiliation().map(OrganizationId::value);
    return new PlainModel.Actor(null, null, g.description(), affiliation.orElse(null));
  }

  /** The wire form of an enumeration constant: lower-case kebab-case. */
  static String wire(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The copied list, or null when empty: the baseline's form of an absent list. */
  private static <T, R> List<R> list(List<T> values, Function<T, R> f) {
    if (values.isEmpty()) {
      return null;
    }
    List<R> out = new ArrayList<>(values.size());
    for (T v : values) {
      out.add(f.apply(v));
    }
    return out;
  }
}
