package org.statecraft.jackson;

import com.fasterxml.jackson.databind.module.SimpleModule;
import org.statecraft.core.ActorRef;
import org.statecraft.core.Coordinates;
import org.statecraft.core.CountryCode;
import org.statecraft.core.DateInterval;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.DesignationStep;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.EventId;
import org.statecraft.core.EventType;
import org.statecraft.core.ExternalId;
import org.statecraft.core.IdScheme;
import org.statecraft.core.LanguageTag;
import org.statecraft.core.Name;
import org.statecraft.core.Official;
import org.statecraft.core.OfficialId;
import org.statecraft.core.Organization;
import org.statecraft.core.OrganizationId;
import org.statecraft.core.PartialDate;
import org.statecraft.core.Place;
import org.statecraft.core.Position;
import org.statecraft.core.Provenance;
import org.statecraft.core.Sanction;
import org.statecraft.core.Script;
import org.statecraft.core.SourceDocument;
import org.statecraft.core.SourceId;
import org.statecraft.core.Statement;
import org.statecraft.core.UnnamedGroup;
import org.statecraft.core.Visit;

/**
 * The Jackson module that maps every Statecraft type to and from the JSON wire format described
 * in {@code docs/wire-format.md}: the {@link Dossier}, the four {@link Event events}, the
 * entities, and the value types (identifiers, dates, country codes, enumerations).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new StatecraftModule());
 * Dossier dossier = mapper.readValue(json, Dossier.class);
 * }</pre>
 *
 * <p>The module is registered for {@link java.util.ServiceLoader}, so
 * {@code ObjectMapper.findAndRegisterModules()} finds it. For a ready-made, hardened mapper, use
 * {@link StatecraftJson} instead: a user's own mapper keeps its own read limits and duplicate
 * detection, and unknown properties follow its {@code FAIL_ON_UNKNOWN_PROPERTIES} setting.
 * Invalid input fails with a Jackson {@code MismatchedInputException} whose message lists every
 * violation with its JSON path.
 *
 * <p>An {@code OfficialId} or {@code OrganizationId} is written as a plain string, except where
 * the declared type is {@link ActorRef}, where it takes the actor form
 * ({@code {"official": "sergei-shoigu"}}). An {@link Event} written as the root value carries
 * {@code schemaVersion}, as a single event on its own must.
 *
 * <p>This class is immutable and thread-safe once registered.
 */
public final class StatecraftModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public StatecraftModule() {
    super(StatecraftModule.class.getSimpleName(), PackageVersion.VERSION);
    documents();
    entities();
    values();
    for (EnumCodec<?> codec : Wire.ENUMS) {
      enumeration(codec);
    }
  }

  /** Returns this class's name, so that registering the module twice has no effect. */
  @Override
  public Object getTypeId() {
    return StatecraftModule.class.getName();
  }

  private void documents() {
    both(Dossier.class, WireWriter::dossier, WireReader::dossier);
    WireWriter.Element<Event> event = (g, e) -> WireWriter.event(g, e, g.getOutputContext().inRoot());
    addSerializer(new WireSerializer<>(Event.class, event));
    addDeserializer(Event.class, new WireDeserializer<>(Event.class,
        (r, t) -> r.event(t, WireDeserializer.atRoot(r.parser()), null)));
    eventType(Visit.class, EventType.VISIT, event);
    eventType(Statement.class, EventType.STATEMENT, event);
    eventType(Sanction.class, EventType.SANCTION, event);
    eventType(DesignationChange.class, EventType.DESIGNATION_CHANGE, event);
  }

  private <E extends Event> void eventType(Class<E> type, EventType eventType, WireWriter.Element<Event> event) {
    addSerializer(new WireSerializer<>(type, event::write));
    addDeserializer(type, new WireDeserializer<>(type,
        (r, t) -> type.cast(r.event(t, WireDeserializer.atRoot(r.parser()), eventType))));
  }

  private void entities() {
    both(SourceDocument.class, WireWriter::source, WireReader::sourceDocument);
    both(Official.class, WireWriter::official, WireReader::official);
    both(Organization.class, WireWriter::organization, WireReader::organization);
    both(Position.class, WireWriter::position, WireReader::position);
    both(Name.class, WireWriter::name, WireReader::name);
    both(ExternalId.class, WireWriter::externalId, WireReader::externalId);
    both(Coordinates.class, WireWriter::coordinates, WireReader::coordinates);
    both(Place.class, WireWriter::place, WireReader::place);
    both(Provenance.class, WireWriter::provenance, WireReader::provenance);
    both(DesignationStep.class, WireWriter::step, WireReader::step);
    both(ActorRef.class, WireWriter::actor, WireReader::actor);
    addSerializer(new WireSerializer<>(UnnamedGroup.class, WireWriter::actor));
    addDeserializer(UnnamedGroup.class, new WireDeserializer<>(UnnamedGroup.class, WireReader::group));
  }

  private void values() {
    addSerializer(new ActorIdSerializer<>(OfficialId.class, OfficialId::value, false));
    addDeserializer(OfficialId.class, WireDeserializer.scalar(OfficialId.class, (r, t) -> r.value(t, OfficialId::of)));
    addSerializer(new ActorIdSerializer<>(OrganizationId.class, OrganizationId::value, false));
    addDeserializer(OrganizationId.class,
        WireDeserializer.scalar(OrganizationId.class, (r, t) -> r.value(t, OrganizationId::of)));
    string(EventId.class, EventId::value, EventId::of);
    string(SourceId.class, SourceId::value, SourceId::of);
    string(CountryCode.class, CountryCode::code, CountryCode::of);
    string(LanguageTag.class, LanguageTag::tag, LanguageTag::of);
    string(Script.class, Script::code, Script::of);
    string(IdScheme.class, IdScheme::name, IdScheme::of);
    string(PartialDate.class, PartialDate::toString, PartialDate::parse);
    string(DateInterval.class, DateInterval::toString, DateInterval::parse);
  }

  private <T> void both(Class<T> type, WireWriter.Element<T> writer, Reading<T> reader) {
    addSerializer(new WireSerializer<>(type, writer));
    addDeserializer(type, new WireDeserializer<>(type, reader::read));
  }

  private <T> void string(Class<T> type, java.util.function.Function<T, String> text,
      java.util.function.Function<String, T> parse) {
    addSerializer(new WireSerializer<>(type, (g, v) -> g.writeString(text.apply(v))));
    addDeserializer(type, WireDeserializer.scalar(type, (r, t) -> r.value(t, parse)));
  }

  private <E extends Enum<E>> void enumeration(EnumCodec<E> codec) {
    Class<E> type = codec.type();
    addSerializer(new WireSerializer<>(type, (g, v) -> g.writeString(codec.name(v))));
    addDeserializer(type, WireDeserializer.scalar(type, (r, t) -> r.enumValue(t, codec)));
  }

  /** A {@link WireReader} method that reads one type. */
  @FunctionalInterface
  private interface Reading<T> {
    @org.jspecify.annotations.Nullable T read(WireReader reader, com.fasterxml.jackson.core.JsonToken t)
        throws java.io.IOException;
  }
}
