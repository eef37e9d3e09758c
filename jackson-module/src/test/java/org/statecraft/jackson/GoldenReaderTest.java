package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.statecraft.core.ActorRef;
import org.statecraft.core.Coordinates;
import org.statecraft.core.CountryCode;
import org.statecraft.core.DateInterval;
import org.statecraft.core.DesignationStep;
import org.statecraft.core.Event;
import org.statecraft.core.ExternalId;
import org.statecraft.core.LanguageTag;
import org.statecraft.core.Name;
import org.statecraft.core.Official;
import org.statecraft.core.Organization;
import org.statecraft.core.PartialDate;
import org.statecraft.core.Place;
import org.statecraft.core.Position;
import org.statecraft.core.Provenance;
import org.statecraft.core.Script;
import org.statecraft.core.SourceDocument;

/**
 * The reader and writer against the golden files of wire format version 1: valid files are read
 * strictly and written back unchanged; invalid and rejected files fail in the default (tolerant)
 * reader with exactly the expected violations.
 */
class GoldenReaderTest {

  private static final StatecraftJson JSON = StatecraftJson.strict();
  private static final ObjectMapper TREES = new ObjectMapper();

  /** The model type of each kind of value file. */
  private static final Map<String, Class<?>> VALUE_TYPES = Map.ofEntries(
      Map.entry("actor-ref", ActorRef.class),
      Map.entry("coordinates", Coordinates.class),
      Map.entry("country-code", CountryCode.class),
      Map.entry("date-interval", DateInterval.class),
      Map.entry("designation-step", DesignationStep.class),
      Map.entry("external-id", ExternalId.class),
      Map.entry("language-tag", LanguageTag.class),
      Map.entry("name", Name.class),
      Map.entry("official", Official.class),
      Map.entry("organization", Organization.class),
      Map.entry("partial-date", PartialDate.class),
      Map.entry("place", Place.class),
      Map.entry("position", Position.class),
      Map.entry("provenance", Provenance.class),
      Map.entry("script", Script.class),
      Map.entry("source-document", SourceDocument.class));

  static List<Path> valid() {
    return GoldenFiles.valid();
  }

  static List<Path> invalidOrRejected() {
    return java.util.stream.Stream.concat(GoldenFiles.invalid().stream(), GoldenFiles.rejected().stream())
        .collect(Collectors.toList());
  }

  @ParameterizedTest
  @MethodSource("valid")
  void every_valid_golden_file_is_read_and_written_back_to_the_same_json(Path file) throws Exception {
    String text = GoldenFiles.text(file);
    String type = GoldenFiles.typeOf(file);
    JsonNode written;
    if (type.equals("dossier")) {
      String pretty = JSON.writeDossierPretty(JSON.readDossier(text));
      assertThat(pretty).as("canonical pretty form of %s", file.getFileName()).isEqualTo(text);
      written = TREES.readTree(pretty);
    } else if (GoldenFiles.EVENT_TYPES.contains(type)) {
      Event event = JSON.readEvent(text);
      assertThat(event.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).isEqualTo(type);
      written = TREES.readTree(JSON.writeEvent(event));
    } else {
      Class<?> valueType = VALUE_TYPES.get(type);
      assertThat(valueType).as("model type of %s", file.getFileName()).isNotNull();
      ObjectMapper mapper = JSON.newObjectMapper();
      Object value = mapper.readValue(text, valueType);
      written = TREES.readTree(mapper.writerFor(valueType).writeValueAsString(value));
    }
    assertThat(written).isEqualTo(GoldenFiles.tree(file));
  }

  @ParameterizedTest
  @MethodSource("invalidOrRejected")
  void every_invalid_or_rejected_golden_file_fails_with_the_expected_violations(Path file) {
    GoldenFiles.Expectation expected = GoldenFiles.expectation(file);
    String text = GoldenFiles.text(file);

    StatecraftJsonException e = catchThrowableOfType(StatecraftJsonException.class,
        () -> {
          if (expected.against().equals("dossier")) {
            StatecraftJson.standard().readDossier(text);
          } else {
            StatecraftJson.standard().readEvent(text);
          }
        });

    assertThat(e).as("%s must be rejected", file.getFileName()).isNotNull();
    assertThat(e.violations().stream().map(v -> v.path() + " " + v.code().code()))
        .as("violations of %s: %s", file.getFileName(), e.getMessage())
        .containsExactlyInAnyOrderElementsOf(expected.violations());
  }
}
