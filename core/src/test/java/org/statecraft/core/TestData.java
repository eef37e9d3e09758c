package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;

/** Shared building blocks for the core tests: small valid values and a violation assertion. */
final class TestData {

  static final SourceId SOURCE = SourceId.of("report");
  static final Provenance STATED = Provenance.stated(SOURCE, 1);
  static final OfficialId SHOIGU = OfficialId.of("sergei-shoigu");
  static final OfficialId BARADAR = OfficialId.of("abdul-ghani-baradar");
  static final OrganizationId TALIBAN = OrganizationId.of("taliban");
  static final OrganizationId RUSSIA = OrganizationId.of("russia");
  static final OrganizationId USA = OrganizationId.of("united-states");
  static final CountryCode AF = CountryCode.of("AF");
  static final Place KABUL = Place.of("Kabul", AF);
  static final DateInterval NOV_25 = DateInterval.parse("2024-11-25");

  private TestData() {}

  static PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  static DateInterval interval(String text) {
    return DateInterval.parse(text);
  }

  static Visit.Builder visit(String id) {
    return Visit.builder().id(EventId.of(id)).when(NOV_25).place(KABUL).addVisitor(SHOIGU)
        .addProvenance(STATED);
  }

  static Statement.Builder statement(String id) {
    return Statement.builder().id(EventId.of(id)).when(NOV_25).speaker(SHOIGU)
        .kind(StatementKind.OFFER).summary("Russia is willing to help").addProvenance(STATED);
  }

  static Sanction.Builder sanction(String id) {
    return Sanction.builder().id(EventId.of(id)).when(DateInterval.until(date("2024-11-25")))
        .authority(USA).addTarget(TALIBAN).addMeasure(SanctionMeasure.ASSET_FREEZE)
        .status(SanctionStatus.IN_FORCE).addProvenance(STATED);
  }

  static DesignationStep step(DesignationStage stage, String when) {
    return DesignationStep.builder().stage(stage).when(interval(when)).build();
  }

  static DesignationChange.Builder designation(String id) {
    return DesignationChange.builder().id(EventId.of(id)).authority(RUSSIA)
        .listName("banned organizations").subject(TALIBAN).action(DesignationAction.DELISTING)
        .addStage(step(DesignationStage.ANNOUNCED, "2024-11-25")).addProvenance(STATED);
  }

  static Organization organization(OrganizationId id) {
    return Organization.builder().id(id).addName(Name.primary(id.value()))
        .kind(OrganizationKind.OTHER).build();
  }

  static Official official(OfficialId id) {
    return Official.builder().id(id).addName(Name.primary(id.value())).build();
  }

  static SourceDocument source(SourceId id) {
    return SourceDocument.builder().id(id).title("A report").build();
  }

  /** Asserts that the call throws a {@link ValidationException} and returns its (path, code) pairs. */
  static ListAssert<Tuple> assertViolations(ThrowingCallable call) {
    return assertThat(violations(call));
  }

  static List<Tuple> violations(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("thrown").isInstanceOf(ValidationException.class);
    return ((ValidationException) thrown).violations().stream()
        .map(v -> tuple(v.path(), v.code()))
        .collect(Collectors.toList());
  }
}
