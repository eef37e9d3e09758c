package org.statecraft.jackson;

import com.fasterxml.jackson.core.io.SerializedString;
import org.statecraft.core.Basis;
import org.statecraft.core.DesignationAction;
import org.statecraft.core.DesignationStage;
import org.statecraft.core.EventType;
import org.statecraft.core.NameKind;
import org.statecraft.core.OrganizationKind;
import org.statecraft.core.PositionStatus;
import org.statecraft.core.SanctionMeasure;
import org.statecraft.core.SanctionStatus;
import org.statecraft.core.StatementKind;
import org.statecraft.core.ViolationCode;

/** The vocabulary of the wire format, version 1: property names and enumeration codecs. */
final class Wire {

  /** The schema version this module reads and writes. */
  static final int SCHEMA_VERSION = 1;

  static final EnumCodec<Basis> BASIS = new EnumCodec<>(Basis.class, "basis");
  static final EnumCodec<NameKind> NAME_KIND = new EnumCodec<>(NameKind.class, "name kind");
  static final EnumCodec<OrganizationKind> ORGANIZATION_KIND =
      new EnumCodec<>(OrganizationKind.class, "organization kind");
  static final EnumCodec<PositionStatus> POSITION_STATUS = new EnumCodec<>(PositionStatus.class, "position status");
  static final EnumCodec<StatementKind> STATEMENT_KIND = new EnumCodec<>(StatementKind.class, "statement kind");
  static final EnumCodec<SanctionMeasure> SANCTION_MEASURE =
      new EnumCodec<>(SanctionMeasure.class, "sanction measure");
  static final EnumCodec<SanctionStatus> SANCTION_STATUS = new EnumCodec<>(SanctionStatus.class, "sanction status");
  static final EnumCodec<DesignationAction> DESIGNATION_ACTION =
      new EnumCodec<>(DesignationAction.class, "designation action");
  static final EnumCodec<DesignationStage> DESIGNATION_STAGE =
      new EnumCodec<>(DesignationStage.class, "designation stage");
  static final EnumCodec<EventType> EVENT_TYPE = new EnumCodec<>(EventType.class, "event type");
  static final EnumCodec<ViolationCode> VIOLATION_CODE = new EnumCodec<>(ViolationCode.class, "violation code");

  /** Every enumeration that appears on the wire. */
  static final EnumCodec<?>[] ENUMS = {
    BASIS, NAME_KIND, ORGANIZATION_KIND, POSITION_STATUS, STATEMENT_KIND, SANCTION_MEASURE,
    SANCTION_STATUS, DESIGNATION_ACTION, DESIGNATION_STAGE, EVENT_TYPE, VIOLATION_CODE
  };

  // Property names, pre-encoded for the writer.
  static final SerializedString SCHEMA_VERSION_NAME = name("schemaVersion");
  static final SerializedString SOURCE = name("source");
  static final SerializedString OTHER_SOURCES = name("otherSources");
  static final SerializedString OFFICIALS = name("officials");
  static final SerializedString ORGANIZATIONS = name("organizations");
  static final SerializedString EVENTS = name("events");
  static final SerializedString ID = name("id");
  static final SerializedString TITLE = name("title");
  static final SerializedString PUBLISHER = name("publisher");
  static final SerializedString PUBLISHED = name("published");
  static final SerializedString URL = name("url");
  static final SerializedString LANGUAGE = name("language");
  static final SerializedString PARAGRAPH_COUNT = name("paragraphCount");
  static final SerializedString NAMES = name("names");
  static final SerializedString TEXT = name("text");
  static final SerializedString KIND = name("kind");
  static final SerializedString SCRIPT = name("script");
  static final SerializedString NATIONALITIES = name("nationalities");
  static final SerializedString POSITIONS = name("positions");
  static final SerializedString EXTERNAL_IDS = name("externalIds");
  static final SerializedString PROVENANCE = name("provenance");
  static final SerializedString ORGANIZATION = name("organization");
  static final SerializedString TERM = name("term");
  static final SerializedString STATUS = name("status");
  static final SerializedString COUNTRY = name("country");
  static final SerializedString PARENT = name("parent");
  static final SerializedString SCHEME = name("scheme");
  static final SerializedString VALUE = name("value");
  static final SerializedString NAME = name("name");
  static final SerializedString COORDINATES = name("coordinates");
  static final SerializedString GAZETTEER_ID = name("gazetteerId");
  static final SerializedString LATITUDE = name("latitude");
  static final SerializedString LONGITUDE = name("longitude");
  static final SerializedString PARAGRAPH = name("paragraph");
  static final SerializedString BASIS_NAME = name("basis");
  static final SerializedString ATTRIBUTED_TO = name("attributedTo");
  static final SerializedString OFFICIAL = name("official");
  static final SerializedString GROUP = name("group");
  static final SerializedString AFFILIATION = name("affiliation");
  static final SerializedString TYPE = name("type");
  static final SerializedString WHEN = name("when");
  static final SerializedString PLACE = name("place");
  static final SerializedString VISITORS = name("visitors");
  static final SerializedString HOSTS = name("hosts");
  static final SerializedString PURPOSE = name("purpose");
  static final SerializedString TOPICS = name("topics");
  static final SerializedString SPEAKER = name("speaker");
  static final SerializedString SUMMARY = name("summary");
  static final SerializedString ADDRESSEES = name("addressees");
  static final SerializedString SUBJECTS = name("subjects");
  static final SerializedString OCCASION = name("occasion");
  static final SerializedString RESPONDS_TO = name("respondsTo");
  static final SerializedString AUTHORITY = name("authority");
  static final SerializedString TARGETS = name("targets");
  static final SerializedString MEASURES = name("measures");
  static final SerializedString PROGRAM = name("program");
  static final SerializedString LEGAL_BASIS = name("legalBasis");
  static final SerializedString LIST_NAME = name("listName");
  static final SerializedString SUBJECT = name("subject");
  static final SerializedString ACTION = name("action");
  static final SerializedString STAGES = name("stages");
  static final SerializedString STAGE = name("stage");
  static final SerializedString ANNOUNCED_BY = name("announcedBy");

  private Wire() {}

  private static SerializedString name(String name) {
    return new SerializedString(name);
  }
}
