package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statecraft.core.Visit;

/**
 * What a user's compiler sees: code that uses the public builders compiles against
 * {@code statecraft-core} alone (no annotation jar, no annotation processor) with every lint
 * enabled and warnings treated as errors.
 */
class UserCompilationTest {

  private static final String USER_CODE = String.join("\n",
      "package com.example.user;",
      "",
      "import org.statecraft.core.*;",
      "",
      "public final class UsesStatecraft {",
      "  public static Dossier dossier() {",
      "    SourceId report = SourceId.of(\"report\");",
      "    OfficialId shoigu = OfficialId.of(\"sergei-shoigu\");",
      "    OrganizationId taliban = OrganizationId.of(\"taliban\");",
      "    OrganizationId us = OrganizationId.of(\"united-states\");",
      "    DateInterval visitDay = DateInterval.on(PartialDate.parse(\"2024-11-25\"));",
      "    Visit visit = Visit.builder().id(EventId.of(\"visit\")).when(visitDay)",
      "        .place(Place.of(\"Kabul\", CountryCode.of(\"AF\"))).addVisitor(shoigu).addHost(taliban)",
      "        .addProvenance(Provenance.stated(report, 2)).build();",
      "    Statement offer = Statement.builder().id(EventId.of(\"offer\")).when(visitDay)",
      "        .speaker(shoigu).kind(StatementKind.OFFER).summary(\"Help with stability.\")",
      "        .addProvenance(Provenance.stated(report, 2)).build();",
      "    Sanction sanction = Sanction.builder().id(EventId.of(\"sanction\"))",
      "        .when(DateInterval.parse(\"../2024-11-25\")).authority(us).addTarget(taliban)",
      "        .addMeasure(SanctionMeasure.ASSET_FREEZE).status(SanctionStatus.IN_FORCE)",
      "        .addProvenance(Provenance.stated(report, 3)).build();",
      "    return Dossier.builder()",
      "        .source(SourceDocument.builder().id(report).title(\"Report\").build())",
      "        .addOfficial(Official.builder().id(shoigu).addName(Name.primary(\"Sergei Shoigu\")).build())",
      "        .addOrganization(Organization.builder().id(taliban).addName(Name.primary(\"Taliban\"))",
      "            .kind(OrganizationKind.POLITICAL_MOVEMENT).build())",
      "        .addOrganization(Organization.builder().id(us).addName(Name.primary(\"United States\"))",
      "            .kind(OrganizationKind.STATE).build())",
      "        .addEvent(visit).addEvent(offer).addEvent(sanction)",
      "        .build();",
      "  }",
      "}",
      "");

  @TempDir Path work;

  @Test
  void user_code_compiles_against_core_alone_without_a_single_warning() throws IOException, URISyntaxException {
    Path coreClasses = Path.of(Visit.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path source = work.resolve("UsesStatecraft.java");
    Files.writeString(source, USER_CODE, StandardCharsets.UTF_8);
    Path out = Files.createDirectories(work.resolve("classes"));
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    StringWriter messages = new StringWriter();

    int status;
    try (PrintWriter printer = new PrintWriter(messages)) {
      status = javac.run(printer, printer,
          "--release", "17", "-Xlint:all", "-Werror", "-proc:none", "-encoding", "UTF-8",
          "-classpath", coreClasses.toString(), "-d", out.toString(), source.toString());
    }

    assertThat(messages.toString()).as("what javac printed").isEmpty();
    assertThat(status).as("javac's exit status; it printed:%n%s", messages).isZero();
    assertThat(out.resolve("com/example/user/UsesStatecraft.class")).exists();
  }
}
