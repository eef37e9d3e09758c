package org.statecraft.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.statecraft.core.ActorRef;
import org.statecraft.core.Coordinates;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.DesignationStep;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
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
import org.statecraft.core.SanctionMeasure;
import org.statecraft.core.SourceDocument;
import org.statecraft.core.Statement;
import org.statecraft.core.UnnamedGroup;
import org.statecraft.core.Visit;

/**
 * Writes the canonical form of every model type: properties in the documented order, absent
 * values and empty lists omitted. Stateless; all methods are static.
 */
final class WireWriter {

  /** Writes one element of a list. */
  @FunctionalInterface
  interface Element<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private WireWriter() {}

  static void dossier(JsonGenerator g, Dossier d) throws IOException {
    g.writeStartObject();
    g.writeFieldName(Wire.SCHEMA_VERSION_NAME);
    g.writeNumber(Wire.SCHEMA_VERSION);
    g.writeFieldName(Wire.SOURCE);
    source(g, d.source());
    list(g, Wire.OTHER_SOURCES, d.otherSources(), WireWriter::source);
    list(g, Wire.OFFICIALS, d.officials(), WireWriter::official);
    list(g, Wire.ORGANIZATIONS, d.organizations(), WireWriter::organization);
    list(g, Wire.EVENTS, d.events(), (gen, e) -> event(gen, e, false));
    g.writeEndObject();
  }

  static void source(JsonGenerator g, SourceDocument s) throws IOException {
    g.writeStartObject();
    string(g, Wire.ID, s.id().value());
    string(g, Wire.TITLE, s.title());
    optional(g, Wire.PUBLISHER, s.publisher());
    if (s.published().isPresent()) {
      string(g, Wire.PUBLISHED, s.published().get().toString());
    }
    optional(g, Wire.URL, s.url());
    if (s.language().isPresent()) {
      string(g, Wire.LANGUAGE, s.language().get().tag());
    }
    if (s.paragraphCount().isPresent()) {
      g.writeFieldName(Wire.PARAGRAPH_COUNT);
      g.writeNumber(s.paragraphCount().getAsInt());
    }
    g.writeEndObject();
  }

  static void official(JsonGenerator g, Official o) throws IOException {
    g.writeStartObject();
    string(g, Wire.ID, o.id().value());
    list(g, Wire.NAMES, o.names(), WireWriter::name);
    list(g, Wire.NATIONALITIES, o.nationalities(), (gen, c) -> gen.writeString(c.code()));
    list(g, Wire.POSITIONS, o.positions(), WireWriter::position);
    list(g, Wire.EXTERNAL_IDS, o.externalIds(), WireWriter::externalId);
    list(g, Wire.PROVENANCE, o.provenance(), WireWriter::provenance);
    g.writeEndObject();
  }

  static void position(JsonGenerator g, Position p) throws IOException {
    g.writeStartObject();
    string(g, Wire.TITLE, p.title());
    string(g, Wire.ORGANIZATION, p.organization().value());
    string(g, Wire.TERM, p.term().toString());
    string(g, Wire.STATUS, Wire.POSITION_STATUS.name(p.status()));
    list(g, Wire.PROVENANCE, p.provenance(), WireWriter::provenance);
    g.writeEndObject();
  }

  static void organization(JsonGenerator g, Organization o) throws IOException {
    g.writeStartObject();
    string(g, Wire.ID, o.id().value());
    list(g, Wire.NAMES, o.names(), WireWriter::name);
    string(g, Wire.KIND, Wire.ORGANIZATION_KIND.name(o.kind()));
    if (o.country().isPresent()) {
      string(g, Wire.COUNTRY, o.country().get().code());
    }
    if (o.parent().isPresent()) {
      string(g, Wire.PARENT, o.parent().get().value());
    }
    list(g, Wire.EXTERNAL_IDS, o.externalIds(), WireWriter::externalId);
    list(g, Wire.PROVENANCE, o.provenance(), WireWriter::provenance);
    g.writeEndObject();
  }

  static void name(JsonGenerator g, Name n) throws IOException {
    g.writeStartObject();
    string(g, Wire.TEXT, n.text());
    string(g, Wire.KIND, Wire.NAME_KIND.name(n.kind()));
    if (n.language().isPresent()) {
      string(g, Wire.LANGUAGE, n.language().get().tag());
    }
    if (n.script().isPresent()) {
      string(g, Wire.SCRIPT, n.script().get().code());
    }
    g.writeEndObject();
  }

  static void externalId(JsonGenerator g, ExternalId id) throws IOException {
    g.writeStartObject();
    string(g, Wire.SCHEME, id.scheme().name());
    string(g, Wire.VALUE, id.value());
    g.writeEndObject();
  }

  static void coordinates(JsonGenerator g, Coordinates c) throws IOException {
    g.writeStartObject();
    g.writeFieldName(Wire.LATITUDE);
    g.writeNumber(c.latitude());
    g.writeFieldName(Wire.LONGITUDE);
    g.writeNumber(c.longitude());
    g.writeEndObject();
  }

  static void place(JsonGenerator g, Place p) throws IOException {
    g.writeStartObject();
    string(g, Wire.NAME, p.name());
    string(g, Wire.COUNTRY, p.country().code());
    if (p.coordinates().isPresent()) {
      g.writeFieldName(Wire.COORDINATES);
      coordinates(g, p.coordinates().get());
    }
    if (p.gazetteerId().isPresent()) {
      g.writeFieldName(Wire.GAZETTEER_ID);
      externalId(g, p.gazetteerId().get());
    }
    g.writeEndObject();
  }

  static void provenance(JsonGenerator g, Provenance p) throws IOException {
    g.writeStartObject();
    string(g, Wire.SOURCE, p.source().value());
    if (p.paragraph().isPresent()) {
      g.writeFieldName(Wire.PARAGRAPH);
      g.writeNumber(p.paragraph().getAsInt());
    }
    string(g, Wire.BASIS_NAME, Wire.BASIS.name(p.basis()));
    if (p.attributedTo().isPresent()) {
      g.writeFieldName(Wire.ATTRIBUTED_TO);
      actor(g, p.attributedTo().get());
    }
    g.writeEndObject();
  }

  static void actor(JsonGenerator g, ActorRef actor) throws IOException {
    g.writeStartObject();
    if (actor instanceof OfficialId) {
      string(g, Wire.OFFICIAL, ((OfficialId) actor).value());
    } else if (actor instanceof OrganizationId) {
      string(g, Wire.ORGANIZATION, ((OrganizationId) actor).value());
    } else {
      UnnamedGroup group = (UnnamedGroup) actor;
      string(g, Wire.GROUP, group.description());
      if (group.affiliation().isPresent()) {
        string(g, Wire.AFFILIATION, group.affiliation().get().value());
      }
    }
    g.writeEndObject();
  }

  static void step(JsonGenerator g, DesignationStep s) throws IOException {
    g.writeStartObject();
    string(g, Wire.STAGE, Wire.DESIGNATION_STAGE.name(s.stage()));
    if (s.when().isPresent()) {
      string(g, Wire.WHEN, s.when().get().toString());
    }
    if (s.announcedBy().isPresent()) {
      string(g, Wire.ANNOUNCED_BY, s.announcedBy().get().value());
    }
    list(g, Wire.PROVENANCE, s.provenance(), WireWriter::provenance);
    g.writeEndObject();
  }

  /**
   * Writes an event.
   *
   * @param withVersion whether to write {@code schemaVersion} first, as a document of its own
   */
  static void event(JsonGenerator g, Event e, boolean withVersion) throws IOException {
    g.writeStartObject();
    if (withVersion) {
      g.writeFieldName(Wire.SCHEMA_VERSION_NAME);
      g.writeNumber(Wire.SCHEMA_VERSION);
    }
    string(g, Wire.TYPE, Wire.EVENT_TYPE.name(e.type()));
    string(g, Wire.ID, e.id().value());
    string(g, Wire.WHEN, e.when().toString());
    if (e.place().isPresent()) {
      g.writeFieldName(Wire.PLACE);
      place(g, e.place().get());
    }
    if (e instanceof Visit) {
      Visit v = (Visit) e;
      list(g, Wire.VISITORS, v.visitors(), WireWriter::actor);
      list(g, Wire.HOSTS, v.hosts(), WireWriter::actor);
      optional(g, Wire.PURPOSE, v.purpose());
      list(g, Wire.TOPICS, v.topics(), JsonGenerator::writeString);
    } else if (e instanceof Statement) {
      Statement s = (Statement) e;
      g.writeFieldName(Wire.SPEAKER);
      actor(g, s.speaker());
      string(g, Wire.KIND, Wire.STATEMENT_KIND.name(s.kind()));
      string(g, Wire.SUMMARY, s.summary());
      list(g, Wire.ADDRESSEES, s.addressees(), WireWriter::actor);
      list(g, Wire.SUBJECTS, s.subjects(), WireWriter::actor);
      if (s.occasion().isPresent()) {
        string(g, Wire.OCCASION, s.occasion().get().value());
      }
      if (s.respondsTo().isPresent()) {
        string(g, Wire.RESPONDS_TO, s.respondsTo().get().value());
      }
    } else if (e instanceof Sanction) {
      Sanction s = (Sanction) e;
      string(g, Wire.AUTHORITY, s.authority().value());
      list(g, Wire.TARGETS, s.targets(), WireWriter::actor);
      list(g, Wire.MEASURES, s.measures(), WireWriter::measure);
      optional(g, Wire.PROGRAM, s.program());
      optional(g, Wire.LEGAL_BASIS, s.legalBasis());
      string(g, Wire.STATUS, Wire.SANCTION_STATUS.name(s.status()));
    } else {
      DesignationChange c = (DesignationChange) e;
      string(g, Wire.AUTHORITY, c.authority().value());
      string(g, Wire.LIST_NAME, c.listName());
      g.writeFieldName(Wire.SUBJECT);
      actor(g, c.subject());
      string(g, Wire.ACTION, Wire.DESIGNATION_ACTION.name(c.action()));
      list(g, Wire.STAGES, c.stages(), WireWriter::step);
    }
    list(g, Wire.PROVENANCE, e.provenance(), WireWriter::provenance);
    g.writeEndObject();
  }

  private static void measure(JsonGenerator g, SanctionMeasure m) throws IOException {
    g.writeString(Wire.SANCTION_MEASURE.name(m));
  }

  private static void string(JsonGenerator g, SerializableString name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  private static void optional(JsonGenerator g, SerializableString name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      string(g, name, value.get());
    }
  }

  /** Writes a list, or nothing if it is empty. */
  static <T> void list(JsonGenerator g, SerializableString name, List<T> values, Element<? super T> element)
      throws IOException {
    int n = values.size();
    if (n == 0) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
    for (int i = 0; i < n; i++) {
      element.write(g, values.get(i));
    }
    g.writeEndArray();
  }
}
