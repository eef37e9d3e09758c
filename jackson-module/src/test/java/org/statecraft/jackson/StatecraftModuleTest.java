package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statecraft.core.ActorRef;
import org.statecraft.core.CountryCode;
import org.statecraft.core.DateInterval;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.OfficialId;
import org.statecraft.core.PartialDate;
import org.statecraft.core.SanctionMeasure;
import org.statecraft.core.Statement;
import org.statecraft.core.UnnamedGroup;
import org.statecraft.core.Violation;
import org.statecraft.core.ViolationCode;
import org.statecraft.core.Visit;

/** The module in a user's own ObjectMapper: discovery, mapping and error reporting. */
class StatecraftModuleTest {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new StatecraftModule());

  @Test
  void the_module_is_provided_as_a_service_on_the_module_path_and_the_class_path() throws Exception {
    java.lang.module.ModuleDescriptor descriptor = StatecraftModule.class.getModule().getDescriptor();
    String file;
    try (java.io.InputStream in = StatecraftModule.class.getClassLoader()
        .getResourceAsStream("META-INF/services/com.fasterxml.jackson.databind.Module")) {
      assertThat(in).isNotNull();
      file = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    assertThat(descriptor).isNotNull();
    assertThat(descriptor.provides()).anySatisfy(p -> {
      assertThat(p.service()).isEqualTo(Module.class.getName());
      assertThat(p.providers()).containsExactly(StatecraftModule.class.getName());
    });
    assertThat(file.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")))
        .containsExactly(StatecraftModule.class.getName());
  }

  @Test
  void registering_the_module_twice_registers_it_once() {
    ObjectMapper twice = new ObjectMapper().registerModule(new StatecraftModule()).registerModule(new StatecraftModule());

    assertThat(twice.getRegisteredModuleIds()).containsOnlyOnce(StatecraftModule.class.getName());
  }

  @Test
  void find_and_register_modules_registers_the_module() throws Exception {
    ObjectMapper discovered = new ObjectMapper().findAndRegisterModules();

    assertThat(discovered.getRegisteredModuleIds()).contains(StatecraftModule.class.getName());
    assertThat(discovered.readValue(discovered.writeValueAsString(Samples.dossier()), Dossier.class))
        .isEqualTo(Samples.dossier());
  }

  @Test
  void the_module_reports_its_version_and_name() {
    StatecraftModule module = new StatecraftModule();

    assertThat(module.version().getGroupId()).isEqualTo("org.statecraft");
    assertThat(module.version().getArtifactId()).isEqualTo("statecraft-jackson");
    assertThat(module.version().isUnknownVersion()).isFalse();
    assertThat(module.getModuleName()).isEqualTo("StatecraftModule");
  }

  @Test
  void a_plain_mapper_with_the_module_writes_the_same_bytes_as_the_facade() throws Exception {
    assertThat(mapper.writeValueAsBytes(Samples.dossier()))
        .isEqualTo(StatecraftJson.standard().writeDossierAsBytes(Samples.dossier()));
    assertThat(mapper.writeValueAsString(Samples.visit())).isEqualTo(StatecraftJson.standard().writeEvent(Samples.visit()));
  }

  @Test
  void reads_each_event_type_by_its_own_class_and_by_the_family() throws Exception {
    String text = mapper.writeValueAsString(Samples.answer());

    assertThat(mapper.readValue(text, Statement.class)).isEqualTo(Samples.answer());
    assertThat(mapper.readValue(text, Event.class)).isEqualTo(Samples.answer());
    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class, () -> mapper.readValue(text, Visit.class));
    assertThat(e.getMessage()).contains("$.type", "must be 'visit' here, was 'statement'");
  }

  @Test
  void events_nested_in_a_users_value_need_no_schema_version() throws Exception {
    List<Event> events = List.of(Samples.visit(), Samples.sanction());

    String text = mapper.writeValueAsString(events);

    assertThat(text).doesNotContain("schemaVersion");
    assertThat(mapper.readValue(text, new TypeReference<List<Event>>() {})).isEqualTo(events);
  }

  @Test
  void writes_an_official_id_as_a_string_and_as_an_actor_where_an_actor_is_declared() throws Exception {
    assertThat(mapper.writeValueAsString(OfficialId.of("sergei-shoigu"))).isEqualTo("\"sergei-shoigu\"");
    assertThat(mapper.writerFor(ActorRef.class).writeValueAsString(OfficialId.of("sergei-shoigu")))
        .isEqualTo("{\"official\":\"sergei-shoigu\"}");
    assertThat(mapper.writerFor(new TypeReference<List<ActorRef>>() {})
        .writeValueAsString(List.of(Samples.SHOIGU, Samples.TALIBAN, UnnamedGroup.of("analysts"))))
        .isEqualTo("[{\"official\":\"sergei-shoigu\"},{\"organization\":\"taliban\"},{\"group\":\"analysts\"}]");
    assertThat(mapper.readValue("{\"organization\":\"taliban\"}", ActorRef.class)).isEqualTo(Samples.TALIBAN);
    assertThat(mapper.readValue("\"sergei-shoigu\"", OfficialId.class)).isEqualTo(Samples.SHOIGU);
  }

  /** A user's own type holding Statecraft values. */
  record Holder(ActorRef speaker, List<ActorRef> listeners, OfficialId official, CountryCode country) {}

  @Test
  void maps_statecraft_values_inside_a_users_record() throws Exception {
    Holder holder = new Holder(Samples.SHOIGU, List.of(Samples.TALIBAN), Samples.BARADAR, CountryCode.of("AF"));

    String text = mapper.writeValueAsString(holder);

    assertThat(text).isEqualTo("{\"speaker\":{\"official\":\"sergei-shoigu\"},\"listeners\":[{\"organization\":\"taliban\"}],"
        + "\"official\":\"abdul-ghani-baradar\",\"country\":\"AF\"}");
    assertThat(mapper.readValue(text, Holder.class)).isEqualTo(holder);
  }

  @Test
  void maps_value_types_and_enumerations_to_their_wire_strings() throws Exception {
    assertThat(mapper.writeValueAsString(DateInterval.until(PartialDate.ofMonth(2024, 11)))).isEqualTo("\"../2024-11\"");
    assertThat(mapper.readValue("\"2024~\"", PartialDate.class)).isEqualTo(PartialDate.ofYear(2024).approximately());
    assertThat(mapper.writeValueAsString(SanctionMeasure.ASSET_FREEZE)).isEqualTo("\"asset-freeze\"");
    assertThat(mapper.readValue("\"travel-ban\"", SanctionMeasure.class)).isEqualTo(SanctionMeasure.TRAVEL_BAN);
    assertThat(mapper.writeValueAsString(ViolationCode.END_BEFORE_START)).isEqualTo("\"end-before-start\"");
  }

  @Test
  void invalid_input_fails_with_a_mismatched_input_exception_listing_every_violation() {
    String text = StatecraftJson.standard().writeEvent(Samples.visit())
        .replace("\"AF\"", "\"ZZ\"").replace("\"basis\":\"stated\"", "\"basis\":\"heard\"");

    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class, () -> mapper.readValue(text, Event.class));

    assertThat(e).isInstanceOf(WireMismatchException.class);
    assertThat(((WireMismatchException) e).violations()).extracting(Violation::path, Violation::code).containsExactly(
        tuple("$.place.country", ViolationCode.UNKNOWN_VALUE),
        tuple("$.provenance[0].basis", ViolationCode.UNKNOWN_VALUE));
    assertThat(e.getMessage()).contains("$.place.country", "$.provenance[0].basis");
    assertThat(((WireMismatchException) e).toStatecraft().violations()).hasSize(2);
  }

  @Test
  void unknown_properties_follow_the_users_mapper_setting() throws Exception {
    String text = StatecraftJson.standard().writeEvent(Samples.visit()).replace("{\"schemaVersion\":1,", "{\"schemaVersion\":1,\"extra\":1,");

    assertThat(catchThrowableOfType(MismatchedInputException.class, () -> mapper.readValue(text, Event.class)).getMessage())
        .contains("$.extra", "unknown-property");
    ObjectMapper tolerant = mapper.copy().disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(tolerant.readValue(text, Event.class)).isEqualTo(Samples.visit());
  }

  @Test
  void paths_start_at_the_users_document_root() {
    String text = "{\"speaker\":{\"official\":\"Not A Slug\"},\"listeners\":[],\"official\":\"x\",\"country\":\"AF\"}";

    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class, () -> mapper.readValue(text, Holder.class));

    assertThat(e).isInstanceOf(WireMismatchException.class);
    assertThat(((WireMismatchException) e).violations()).extracting(Violation::path).containsExactly("$.speaker.official");
  }

  @Test
  void a_rejected_scalar_goes_through_the_context_and_keeps_its_violation() {
    String text = "{\"speaker\":{\"official\":\"x\"},\"listeners\":[],\"official\":\"Not A Slug\",\"country\":\"AF\"}";

    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class, () -> mapper.readValue(text, Holder.class));

    assertThat(e).isInstanceOf(WireMismatchException.class);
    assertThat(((WireMismatchException) e).violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("$.official", ViolationCode.INVALID_FORMAT));
    assertThat(e.getPath()).extracting(com.fasterxml.jackson.databind.JsonMappingException.Reference::getFieldName)
        .containsExactly("official");
    assertThat(e.getCause()).isInstanceOfSatisfying(com.fasterxml.jackson.databind.exc.InvalidFormatException.class, c -> {
      assertThat(c.getValue()).isEqualTo("Not A Slug");
      assertThat(c.getTargetType()).isEqualTo(OfficialId.class);
      assertThat(c.getMessage()).contains("official id must be a slug");
    });
    assertThat(e.getSuppressed()).hasAtLeastOneElementOfType(org.statecraft.core.ValidationException.class);
  }

  @Test
  void an_unknown_enumeration_value_lists_the_known_ones() {
    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
        () -> mapper.readValue("\"asset-seizure\"", SanctionMeasure.class));

    assertThat(((WireMismatchException) e).violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("$", ViolationCode.UNKNOWN_VALUE));
    assertThat(e.getMessage()).contains("asset-seizure", "unknown sanction measure", "asset-freeze, travel-ban");
  }

  @Test
  void a_problem_handler_may_supply_a_value_for_a_rejected_scalar() throws Exception {
    ObjectMapper lenient = mapper.copy().addHandler(new com.fasterxml.jackson.databind.deser.DeserializationProblemHandler() {
      @Override
      public Object handleWeirdStringValue(com.fasterxml.jackson.databind.DeserializationContext ctxt, Class<?> type,
          String value, String message) {
        return type == CountryCode.class ? CountryCode.of(value.toUpperCase(java.util.Locale.ROOT)) : NOT_HANDLED;
      }
    });

    assertThat(lenient.readValue("\"af\"", CountryCode.class)).isEqualTo(CountryCode.of("AF"));
  }

  @Test
  void a_scalar_of_the_wrong_json_type_is_a_mismatched_input() {
    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
        () -> mapper.readValue("42", PartialDate.class));

    assertThat(e.getTargetType()).isEqualTo(PartialDate.class);
  }

  @Test
  void new_object_mapper_is_an_independent_hardened_copy() throws Exception {
    ObjectMapper copy = StatecraftJson.strict().newObjectMapper();
    copy.enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    assertThat(copy.getRegisteredModuleIds()).contains(StatecraftModule.class.getName());
    assertThat(StatecraftJson.strict().newObjectMapper().isEnabled(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)).isFalse();
    assertThat(copy.readValue(StatecraftJson.standard().writeDossier(Samples.dossier()), Dossier.class)).isEqualTo(Samples.dossier());
  }
}
