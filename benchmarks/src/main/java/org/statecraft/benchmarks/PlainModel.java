package org.statecraft.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * Baseline (a) and (b): the model as a user would write it without Statecraft. Plain records of
 * the same shape as the wire format, every value a {@link String}, {@link Integer}, double or
 * list, with no validation at all: dates, identifiers and enumeration values stay text, and
 * references are not resolved.
 *
 * <p>Absent values and empty lists are {@code null}, and are omitted on writing
 * ({@link JsonInclude.Include#NON_EMPTY}), so plain databind writes the same bytes as the
 * canonical form of a dossier. Record components are declared in the wire format's order.
 */
public final class PlainModel {

  private PlainModel() {}

  /** A dossier document. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Dossier(int schemaVersion, Source source, List<Source> otherSources, List<Official> officials,
      List<Organization> organizations, List<Event> events) {}

  /** A source document. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Source(String id, String title, String publisher, String published, String url, String language,
      Integer paragraphCount) {}

  /** A name. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Name(String text, String kind, String language, String script) {}

  /** An identifier in an outside register. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ExternalId(String scheme, String value) {}

  /** A point. */
  public record Coordinates(double latitude, double longitude) {}

  /** A place. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Place(String name, String country, Coordinates coordinates, ExternalId gazetteerId) {}

  /** An actor reference: exactly one of official, organization, group is set. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Actor(String official, String organization, String group, String affiliation) {}

  /** Where a fact comes from. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Provenance(String source, Integer paragraph, String basis, Actor attributedTo) {}

  /** An organization. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Organization(String id, List<Name> names, String kind, String country, String parent,
      List<ExternalId> externalIds, List<Provenance> provenance) {}

  /** A post held by an official. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Position(String title, String organization, String term, String status, List<Provenance> provenance) {}

  /** An official. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Official(String id, List<Name> names, List<String> nationalities, List<Position> positions,
      List<ExternalId> externalIds, List<Provenance> provenance) {}

  /** An event; {@code schemaVersion} is set only on a single event at the top level. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = Visit.class, name = "visit"),
      @JsonSubTypes.Type(value = Statement.class, name = "statement"),
      @JsonSubTypes.Type(value = Sanction.class, name = "sanction"),
      @JsonSubTypes.Type(value = DesignationChange.class, name = "designation-change")})
  public sealed interface Event permits Visit, Statement, Sanction, DesignationChange {
    /** Returns the event's id. */
    String id();
  }

  /** A visit. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Visit(Integer schemaVersion, String id, String when, Place place, List<Actor> visitors,
      List<Actor> hosts, String purpose, List<String> topics, List<Provenance> provenance) implements Event {}

  /** A statement. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Statement(Integer schemaVersion, String id, String when, Place place, Actor speaker, String kind,
      String summary, List<Actor> addressees, List<Actor> subjects, String occasion, String respondsTo,
      List<Provenance> provenance) implements Event {}

  /** A sanction. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Sanction(Integer schemaVersion, String id, String when, Place place, String authority,
      List<Actor> targets, List<String> measures, String program, String legalBasis, String status,
      List<Provenance> provenance) implements Event {}

  /** A change to a designation list. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record DesignationChange(Integer schemaVersion, String id, String when, Place place, String authority,
      String listName, Actor subject, String action, List<Step> stages, List<Provenance> provenance)
      implements Event {}

  /** One stage of a designation change. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Step(String stage, String when, String announcedBy, List<Provenance> provenance) {}
}
