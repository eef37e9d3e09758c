package org.statecraft.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Baseline (b): what a user would write by hand with Jackson's streaming API to read and write
 * the wire format into {@link PlainModel} records. Like baseline (a) it validates nothing: values
 * are taken as they come, unknown properties are skipped, a JSON {@code null} becomes
 * {@code null}. It writes the canonical property order and omits absent values, so its output for
 * a dossier equals the canonical form.
 *
 * <p>Immutable and thread-safe.
 */
public final class HandWrittenCodec {

  private final JsonFactory factory;

  /**
   * Creates a codec.
   *
   * @param factory the factory that makes parsers and generators
   */
  public HandWrittenCodec(JsonFactory factory) {
    this.factory = factory;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** Reads a dossier document. */
  public PlainModel.Dossier readDossier(byte[] json) throws IOException {
    try (JsonParser p = factory.createParser(json)) {
      startObject(p, p.nextToken());
      int schemaVersion = 0;
      PlainModel.Source source = null;
      List<PlainModel.Source> otherSources = null;
      List<PlainModel.Official> officials = null;
      List<PlainModel.Organization> organizations = null;
      List<PlainModel.Event> events = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "schemaVersion": schemaVersion = p.getIntValue(); break;
          case "source": source = source(p, t); break;
          case "otherSources": otherSources = array(p, t, HandWrittenCodec::source); break;
          case "officials": officials = array(p, t, HandWrittenCodec::official); break;
          case "organizations": organizations = array(p, t, HandWrittenCodec::organization); break;
          case "events": events = array(p, t, HandWrittenCodec::event); break;
          default: p.skipChildren();
        }
      }
      return new PlainModel.Dossier(schemaVersion, source, otherSources, officials, organizations, events);
    }
  }

  /** Reads a single event document. */
  public PlainModel.Event readEvent(byte[] json) throws IOException {
    try (JsonParser p = factory.createParser(json)) {
      return event(p, p.nextToken());
    }
  }

  /**
   * Reads a stream of single-event documents, such as NDJSON, passing each to {@code sink}.
   *
   * @return the number of events
   */
  public int readEvents(byte[] json, Consumer<PlainModel.Event> sink) throws IOException {
    int count = 0;
    try (JsonParser p = factory.createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        sink.accept(event(p, t));
        count++;
      }
    }
    return count;
  }

  private static PlainModel.Event event(JsonParser p, JsonToken start) throws IOException {
    startObject(p, start);
    Integer schemaVersion = null;
    String type = null;
    String id = null;
    String when = null;
    PlainModel.Place place = null;
    List<PlainModel.Actor> visitors = null;
    List<PlainModel.Actor> hosts = null;
    String purpose = null;
    List<String> topics = null;
    PlainModel.Actor speaker = null;
    String kind = null;
    String summary = null;
    List<PlainModel.Actor> addressees = null;
    List<PlainModel.Actor> subjects = null;
    String occasion = null;
    String respondsTo = null;
    String authority = null;
    List<PlainModel.Actor> targets = null;
    List<String> measures = null;
    String program = null;
    String legalBasis = null;
    String status = null;
    String listName = null;
    PlainModel.Actor subject = null;
    String action = null;
    List<PlainModel.Step> stages = null;
    List<PlainModel.Provenance> provenance = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "schemaVersion": schemaVersion = t == JsonToken.VALUE_NULL ? null : p.getIntValue(); break;
        case "type": type = text(p, t); break;
        case "id": id = text(p, t); break;
        case "when": when = text(p, t); break;
        case "place": place = place(p, t); break;
        case "visitors": visitors = array(p, t, HandWrittenCodec::actor); break;
        case "hosts": hosts = array(p, t, HandWrittenCodec::actor); break;
        case "purpose": purpose = text(p, t); break;
        case "topics": topics = array(p, t, HandWrittenCodec::text); break;
        case "speaker": speaker = actor(p, t); break;
        case "kind": kind = text(p, t); break;
        case "summary": summary = text(p, t); break;
        case "addressees": addressees = array(p, t, HandWrittenCodec::actor); break;
        case "subjects": subjects = array(p, t, HandWrittenCodec::actor); break;
        case "occasion": occasion = text(p, t); break;
        case "respondsTo": respondsTo = text(p, t); break;
        case "authority": authority = text(p, t); break;
        case "targets": targets = array(p, t, HandWrittenCodec::actor); break;
        case "measures": measures = array(p, t, HandWrittenCodec::text); break;
        case "program": program = text(p, t); break;
        case "legalBasis": legalBasis = text(p, t); break;
        case "status": status = text(p, t); break;
        case "listName": listName = text(p, t); break;
        case "subject": subject = actor(p, t); break;
        case "action": action = text(p, t); break;
        case "stages": stages = array(p, t, HandWrittenCodec::step); break;
        case "provenance": provenance = array(p, t, HandWrittenCodec::provenance); break;
        default: p.skipChildren();
      }
    }
    if (type == null) {
      throw new JsonParseException(p, "event without a type");
    }
    switch (type) {
      case "visit":
        return new PlainModel.Visit(schemaVersion, id, when, place, visitors, hosts, purpose, topics, provenance);
      case "statement":
        return new PlainModel.Statement(schemaVersion, id, when, place, speaker, kind, summary, addressees,
            subjects, occasion, respondsTo, provenance);
      case "sanction":
        return new PlainModel.Sanction(schemaVersion, id, when, place, authority, targets, measures, program,
            legalBasis, status, provenance);
      case "designation-change":
        return new PlainModel.DesignationChange(schemaVersion, id, when, place, authority, listName, subject,
            action, stages, provenance);
      default:
        throw new JsonParseException(p, "unknown event type " + type);
    }
  }

  private static PlainModel.Step step(JsonParser p, JsonToken start) throws IOException {
    startObject(p, start);
    String stage = null;
    String when = null;
    String announcedBy = null;
    List<PlainModel.Provenance> provenance = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "stage": stage = text(p, t); break;
        case "when": when = text(p, t); break;
        case "announcedBy": announcedBy = text(p, t); break;
        case "provenance": provenance = array(p, t, HandWrittenCodec::provenance); break;
        default: p.skipChildren();
      }
    }
    return new PlainModel.Step(stage, when, announcedBy, provenance);
  }

  private static PlainModel.Source source(JsonParser p, JsonToken start) throws IOException {
    startObject(p, start);
    String id = null;
    String title = null;
    String publisher = null;
    String published = null;
    String url = null;
    String language = null;
    Integer paragraphCount = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "id": id = text(p, t); break;
        case "title": title = text(p, t); break;
        case "publisher": publisher = text(p, t); break;
        case "published": published = text(p, t); break;
        case "url": url = text(p, t); break;
        case "language": language = text(p, t); break;
        case "paragraphCount": paragraphCount = integer(p, t); break;
        default: p.skipChildren();
      }
    }
    return new PlainModel.Source(id, title, publisher, published, url, language, paragraphCount);
  }

  private static PlainModel.Official official(JsonParser p, JsonToken start) throws IOException {
    startObject(p, start);
    String id = null;
    List<PlainModel.Name> names = null;
    List<String> nationalities = null;
    List<PlainModel.Position> positions = null;
    List<PlainModel.ExternalId> externalIds = null;
    List<PlainModel.Provenance> provenance = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "id": id = text(p, t); break;
        case "names": names = array(p, t, HandWrittenCodec::name); break;
        case "nationalities": nationalities = array(p, t, HandWrittenCodec::text); break;
        case "positions": positions = array(p, t, HandWrittenCodec::position); break;
        case "externalIds": externalIds = array(p, t, HandWrittenCodec::externalId); break;
        case "provenance": provenance = array(p, t, HandWrittenCodec::provenance); break;
        default: p.skipChildren();
      }
    }
    return new PlainModel.Official(id, names, nationalities, positions, externalIds, provenance);
  }

  private static PlainModel.Organization organization(JsonParser p, JsonToken start) throws IOException {
    startObject(p, start);
    String id = null;
    List<PlainModel.Name> names = null;
    String kind = null;
    String country = null;
    String parent = null;
    List<PlainModel.ExternalId> externalIds = null;
    List<PlainModel.Provenance> provenance = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "id": id = text(p, t); break;
        case "names": names = array(p, t, HandWrittenCodec::name); break;
        case "kind": kind = text(p, t); break;
        case "country": country = text(p, t); break;
        case "parent": parent = text(p, t); break;
        case "externalIds": externalIds = array(p, t, HandWrittenCodec::externalId); break;
        case "provenance": provenance = array(p, t, HandWrittenCodec::provenance); break;
        default: p.skipChildren();
      }
    }
    return new PlainModel.Organization(id, names, kind, country, parent, externalIds, provenance);
  }

  private static PlainModel.Position position(JsonParser p, JsonToken start) throws IOException {
    startObject(p, start);
    String title = null;
    String organization = null;
    String term = null;
    String status = null;
    List<PlainModel.Provenance> provenance = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "title": title = text(p, t); break;
        case "organization": organization = text(p, t); break;
        case "term": term = text(p, t); break;
        case "status": status = text(p, t); break;
        case "provenance": provenance = array(p, t, HandWrittenCodec::provenance); break;
        default: p.skipChildren();
      }
    }
    return new PlainModel.Position(title, organization, term, status, provenance);
  }

  private static PlainModel.Name name(JsonParser p, JsonToken start) throws IOException {
    startObject(p, start);
    String text = null;
    String kind = null;
    String language = null;
    String script = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "text": text = text(p, t); break;
        case "kind": kind = text(p, t); break;
        case "language": language = text(p, t); break;
        case "script": script = text(p, t); break;
        default: p.skipChildren();
      }
    }
    return new PlainModel.Name(text, kind, language, script);
  }

  private static PlainModel.ExternalId externalId(JsonParser p, JsonToken start) throws IOException {
    startObject(p, start);
    String scheme = null;
    String value = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "scheme": scheme = text(p, t); break;
        case "value": value = text(p, t); break;
        default: p.skipChildren();
      }
    }
    return new PlainModel.ExternalId(scheme, value);
  }

  private static PlainModel.Place place(JsonParser p, JsonToken start) throws IOException {
    if (start == JsonToken.VALUE_NULL) {
      return null;
    }
    startObject(p, start);
    String placeName = null;
    String country = null;
    PlainModel.Coordinates coordinates = null;
    PlainModel.ExternalId gazetteerId = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "name": placeName = text(p, t); break;
        case "country": country = text(p, t); break;
        case "coordinates": coordinates = coordinates(p, t); break;
        case "gazetteerId": gazetteerId = t == JsonToken.VALUE_NULL ? null : externalId(p, t); break;
        default: p.skipChildren();
      }
    }
    return new PlainModel.Place(placeName, country, coordinates, gazetteerId);
  }

  private static PlainModel.Coordinates coordinates(JsonParser p, JsonToken start) throws IOException {
    if (start == JsonToken.VALUE_NULL) {
      return null;
    }
    startObject(p, start);
    double latitude = 0;
    double longitude = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      switch (name) {
        case "latitude": latitude = p.getDoubleValue(); break;
        case "longitude": longitude = p.getDoubleValue(); break;
        default: p.skipChildren();
      }
    }
    return new PlainModel.Coordinates(latitude, longitude);
  }

  private static PlainModel.Provenance provenance(JsonParser p, JsonToken start) throws IOException {
    startObject(p, start);
    String source = null;
    Integer paragraph = null;
    String basis = null;
    PlainModel.Actor attributedTo = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "source": source = text(p, t); break;
        case "paragraph": paragraph = integer(p, t); break;
        case "basis": basis = text(p, t); break;
        case "attributedTo": attributedTo = actor(p, t); break;
        default: p.skipChildren();
      }
    }
    return new PlainModel.Provenance(source, paragraph, basis, attributedTo);
  }

  private static PlainModel.Actor actor(JsonParser p, JsonToken start) throws IOException {
    if (start == JsonToken.VALUE_NULL) {
      return null;
    }
    startObject(p, start);
    String official = null;
    String organization = null;
    String group = null;
    String affiliation = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "official": official = text(p, t); break;
        case "organization": organization = text(p, t); break;
        case "group": group = text(p, t); break;
        case "affiliation": affiliation = text(p, t); break;
        default: p.skipChildren();
      }
    }
    return new PlainModel.Actor(official, organization, group, affiliation);
  }

  /** Reads one element of an array, the parser on the element's first token. */
  @FunctionalInterface
  private interface ElementReader<T> {
    T read(JsonParser p, JsonToken start) throws IOException;
  }

  private static <T> List<T> array(JsonParser p, JsonToken start, ElementReader<T> element) throws IOException {
    if (start == JsonToken.VALUE_NULL) {
      return null;
    }
    if (start != JsonToken.START_ARRAY) {
      throw new JsonParseException(p, "expected an array");
    }
    List<T> list = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      list.add(element.read(p, t));
    }
    return list;
  }

  private static String text(JsonParser p, JsonToken t) throws IOException {
    return t == JsonToken.VALUE_NULL ? null : p.getText();
  }

  private static Integer integer(JsonParser p, JsonToken t) throws IOException {
    return t == JsonToken.VALUE_NULL ? null : p.getIntValue();
  }

  private static void startObject(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_OBJECT) {
      throw new JsonParseException(p, "expected an object");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /** Writes a dossier document. */
  public byte[] writeDossier(PlainModel.Dossier d) throws IOException {
    ByteArrayBuilder out = new ByteArrayBuilder();
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeNumberField("schemaVersion", d.schemaVersion());
      g.writeFieldName("source");
      write(g, d.source());
      if (present(d.otherSources())) {
        g.writeArrayFieldStart("otherSources");
        for (PlainModel.Source s : d.otherSources()) {
          write(g, s);
        }
        g.writeEndArray();
      }
      if (present(d.officials())) {
        g.writeArrayFieldStart("officials");
        for (PlainModel.Official o : d.officials()) {
          write(g, o);
        }
        g.writeEndArray();
      }
      if (present(d.organizations())) {
        g.writeArrayFieldStart("organizations");
        for (PlainModel.Organization o : d.organizations()) {
          write(g, o);
        }
        g.writeEndArray();
      }
      if (present(d.events())) {
        g.writeArrayFieldStart("events");
        for (PlainModel.Event e : d.events()) {
          write(g, e);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  /** Writes a single event document. */
  public byte[] writeEvent(PlainModel.Event e) throws IOException {
    ByteArrayBuilder out = new ByteArrayBuilder();
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      write(g, e);
    }
    return out.toByteArray();
  }

  /** Writes single-event documents, one per line (NDJSON). */
  public void writeEvents(List<PlainModel.Event> events, OutputStream out) throws IOException {
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      for (PlainModel.Event e : events) {
        write(g, e);
        g.writeRaw('\n');
      }
    }
  }

  private static void write(JsonGenerator g, PlainModel.Event e) throws IOException {
    g.writeStartObject();
    if (e instanceof PlainModel.Visit) {
      PlainModel.Visit v = (PlainModel.Visit) e;
      head(g, v.schemaVersion(), "visit", v.id(), v.when(), v.place());
      actors(g, "visitors", v.visitors());
      actors(g, "hosts", v.hosts());
      text(g, "purpose", v.purpose());
      texts(g, "topics", v.topics());
      provenance(g, v.provenance());
    } else if (e instanceof PlainModel.Statement) {
      PlainModel.Statement s = (PlainModel.Statement) e;
      head(g, s.schemaVersion(), "statement", s.id(), s.when(), s.place());
      actor(g, "speaker", s.speaker());
      text(g, "kind", s.kind());
      text(g, "summary", s.summary());
      actors(g, "addressees", s.addressees());
      actors(g, "subjects", s.subjects());
      text(g, "occasion", s.occasion());
      text(g, "respondsTo", s.respondsTo());
      provenance(g, s.provenance());
    } else if (e instanceof PlainModel.Sanction) {
      PlainModel.Sanction s = (PlainModel.Sanction) e;
      head(g, s.schemaVersion(), "sanction", s.id(), s.when(), s.place());
      text(g, "authority", s.authority());
      actors(g, "targets", s.targets());
      texts(g, "measures", s.measures());
      text(g, "program", s.program());
      text(g, "legalBasis", s.legalBasis());
      text(g, "status", s.status());
      provenance(g, s.provenance());
    } else {
      PlainModel.DesignationChange c = (PlainModel.DesignationChange) e;
      head(g, c.schemaVersion(), "designation-change", c.id(), c.when(), c.place());
      text(g, "authority", c.authority());
      text(g, "listName", c.listName());
      actor(g, "subject", c.subject());
      text(g, "action", c.action());
      if (present(c.stages())) {
        g.writeArrayFieldStart("stages");
        for (PlainModel.Step s : c.stages()) {
          g.writeStartObject();
          text(g, "stage", s.stage());
          text(g, "when", s.when());
          text(g, "announcedBy", s.announcedBy());
          provenance(g, s.provenance());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      provenance(g, c.provenance());
    }
    g.writeEndObject();
  }

  private static void head(JsonGenerator g, Integer schemaVersion, String type, String id, String when,
      PlainModel.Place place) throws IOException {
    if (schemaVersion != null) {
      g.writeNumberField("schemaVersion", schemaVersion);
    }
    g.writeStringField("type", type);
    text(g, "id", id);
    text(g, "when", when);
    if (place != null) {
      g.writeFieldName("place");
      g.writeStartObject();
      text(g, "name", place.name());
      text(g, "country", place.country());
      if (place.coordinates() != null) {
        g.writeObjectFieldStart("coordinates");
        g.writeNumberField("latitude", place.coordinates().latitude());
        g.writeNumberField("longitude", place.coordinates().longitude());
        g.writeEndObject();
      }
      if (place.gazetteerId() != null) {
        g.writeFieldName("gazetteerId");
        write(g, place.gazetteerId());
      }
      g.writeEndObject();
    }
  }

  private static void write(JsonGenerator g, PlainModel.Source s) throws IOException {
    g.writeStartObject();
    text(g, "id", s.id());
    text(g, "title", s.title());
    text(g, "publisher", s.publisher());
    text(g, "published", s.published());
    text(g, "url", s.url());
    text(g, "language", s.language());
    if (s.paragraphCount() != null) {
      g.writeNumberField("paragraphCount", s.paragraphCount());
    }
    g.writeEndObject();
  }

  private static void write(JsonGenerator g, PlainModel.Official o) throws IOException {
    g.writeStartObject();
    text(g, "id", o.id());
    names(g, o.names());
    texts(g, "nationalities", o.nationalities());
    if (present(o.positions())) {
      g.writeArrayFieldStart("positions");
      for (PlainModel.Position p : o.positions()) {
        g.writeStartObject();
        text(g, "title", p.title());
        text(g, "organization", p.organization());
        text(g, "term", p.term());
        text(g, "status", p.status());
        provenance(g, p.provenance());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    externalIds(g, o.externalIds());
    provenance(g, o.provenance());
    g.writeEndObject();
  }

  private static void write(JsonGenerator g, PlainModel.Organization o) throws IOException {
    g.writeStartObject();
    text(g, "id", o.id());
    names(g, o.names());
    text(g, "kind", o.kind());
    text(g, "country", o.country());
    text(g, "parent", o.parent());
    externalIds(g, o.externalIds());
    provenance(g, o.provenance());
    g.writeEndObject();
  }

  private static void names(JsonGenerator g, List<PlainModel.Name> names) throws IOException {
    if (present(names)) {
      g.writeArrayFieldStart("names");
      for (PlainModel.Name n : names) {
        g.writeStartObject();
        text(g, "text", n.text());
        text(g, "kind", n.kind());
        text(g, "language", n.language());
        text(g, "script", n.script());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }

  private static void externalIds(JsonGenerator g, List<PlainModel.ExternalId> ids) throws IOException {
    if (present(ids)) {
      g.writeArrayFieldStart("externalIds");
      for (PlainModel.ExternalId x : ids) {
        write(g, x);
      }
      g.writeEndArray();
    }
  }

  private static void write(JsonGenerator g, PlainModel.ExternalId x) throws IOException {
    g.writeStartObject();
    text(g, "scheme", x.scheme());
    text(g, "value", x.value());
    g.writeEndObject();
  }

  private static void provenance(JsonGenerator g, List<PlainModel.Provenance> provenance) throws IOException {
    if (present(provenance)) {
      g.writeArrayFieldStart("provenance");
      for (PlainModel.Provenance p : provenance) {
        g.writeStartObject();
        text(g, "source", p.source());
        if (p.paragraph() != null) {
          g.writeNumberField("paragraph", p.paragraph());
        }
        text(g, "basis", p.basis());
        actor(g, "attributedTo", p.attributedTo());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }

  private static void actors(JsonGenerator g, String field, List<PlainModel.Actor> actors) throws IOException {
    if (present(actors)) {
      g.writeArrayFieldStart(field);
      for (PlainModel.Actor a : actors) {
        write(g, a);
      }
      g.writeEndArray();
    }
  }

  private static void actor(JsonGenerator g, String field, PlainModel.Actor a) throws IOException {
    if (a != null) {
      g.writeFieldName(field);
      write(g, a);
    }
  }

  private static void write(JsonGenerator g, PlainModel.Actor a) throws IOException {
    g.writeStartObject();
    text(g, "official", a.official());
    text(g, "organization", a.organization());
    text(g, "group", a.group());
    text(g, "affiliation", a.affiliation());
    g.writeEndObject();
  }

  private static void texts(JsonGenerator g, String field, List<String> values) throws IOException {
    if (present(values)) {
      g.writeArrayFieldStart(field);
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
  }

  private static void text(JsonGenerator g, String field, String value) throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  private static boolean present(List<?> list) {
    return list != null && !list.isEmpty();
  }
}
