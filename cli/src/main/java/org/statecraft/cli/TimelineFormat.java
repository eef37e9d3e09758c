package org.statecraft.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.statecraft.core.ActorRef;
import org.statecraft.core.Basis;
import org.statecraft.core.DateInterval;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.DesignationStage;
import org.statecraft.core.DesignationStep;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.EventId;
import org.statecraft.core.EventVisitor;
import org.statecraft.core.OfficialId;
import org.statecraft.core.OrganizationId;
import org.statecraft.core.PartialDate;
import org.statecraft.core.Provenance;
import org.statecraft.core.Sanction;
import org.statecraft.core.SanctionStatus;
import org.statecraft.core.SourceDocument;
import org.statecraft.core.Statement;
import org.statecraft.core.UnnamedGroup;
import org.statecraft.core.Visit;

/**
 * Renders a dossier as a plain-text timeline: one block per event in timeline order, headed by
 * its date at its true precision and its type, then who, what, status and source paragraphs.
 * Output is ASCII apart from the names and summaries themselves, so it reads well on any console.
 */
final class TimelineFormat {

  private static final int DATE_WIDTH = 24;
  private static final String INDENT = "    ";

  private final Dossier dossier;

  TimelineFormat(Dossier dossier) {
    this.dossier = dossier;
  }

  void print(PrintWriter out) {
    SourceDocument source = dossier.source();
    out.println("Statecraft demo: the Kabul visit of 2024-11-25, encoded from one news report");
    out.println("Source: \"" + source.title() + "\""
        + source.paragraphCount().stream().mapToObj(n -> " (" + n + " paragraphs)").findFirst().orElse(""));
    out.println(dossier.officials().size() + " officials, " + dossier.organizations().size() + " organizations, "
        + dossier.events().size() + " events, in timeline order:");
    int n = 0;
    for (Event event : dossier.timeline()) {
      n++;
      out.println();
      out.println(String.format(Locale.ROOT, "%2d. %-" + DATE_WIDTH + "s %s", n, date(event), heading(event)));
      for (String line : details(event)) {
        out.println(INDENT + line);
      }
      out.println(INDENT + "source: " + sources(event.provenance()));
    }
    out.println();
  }

  // ---------------------------------------------------------------- dates

  /** The event's date in words at its true precision; a sanction's interval is a duration. */
  static String date(Event event) {
    DateInterval when = event.when();
    boolean duration = event instanceof Sanction;
    Optional<PartialDate> start = when.start();
    Optional<PartialDate> end = when.end();
    if (when.isSingleDate()) {
      return start.orElseThrow().toString();
    }
    if (start.isPresent() && end.isPresent()) {
      return start.get() + " to " + end.get();
    }
    if (start.isPresent()) {
      return (duration ? "since " : "on or after ") + start.get();
    }
    if (end.isPresent()) {
      return (duration ? "until " : "on or before ") + end.get();
    }
    return duration ? "start unknown" : "date unknown";
  }

  // ---------------------------------------------------------------- headings and details

  private static String heading(Event event) {
    return event.accept(new EventVisitor<String>() {
      @Override
      public String visit(Visit visit) {
        return "VISIT";
      }

      @Override
      public String statement(Statement statement) {
        return "STATEMENT (" + word(statement.kind()) + ")";
      }

      @Override
      public String sanction(Sanction sanction) {
        return "SANCTION";
      }

      @Override
      public String designationChange(DesignationChange change) {
        return "DESIGNATION CHANGE (" + word(change.action()) + ")";
      }
    }) + "  [" + event.id() + "]";
  }

  private List<String> details(Event event) {
    List<String> lines = new ArrayList<>();
    event.accept(new EventVisitor<Void>() {
      @Override
      public Void visit(Visit visit) {
        lines.add("who:    " + names(visit.visitors())
            + (visit.hosts().isEmpty() ? "" : ", hosted by " + names(visit.hosts())));
        visit.place().ifPresent(p -> lines.add("where:  " + p.name() + ", " + p.country()));
        visit.purpose().ifPresent(p -> lines.add("what:   " + p));
        if (!visit.topics().isEmpty()) {
          lines.add("topics: " + String.join("; ", visit.topics()));
        }
        return null;
      }

      @Override
      public Void statement(Statement statement) {
        lines.add("who:    " + name(statement.speaker()));
        if (!statement.addressees().isEmpty()) {
          lines.add("to:     " + names(statement.addressees()));
        }
        if (!statement.subjects().isEmpty()) {
          lines.add("about:  " + names(statement.subjects()));
        }
        lines.add("what:   " + statement.summary());
        statement.occasion().ifPresent(id -> lines.add("during: " + label(id)));
        statement.respondsTo().ifPresent(id -> lines.add("answers: " + label(id)));
        return null;
      }

      @Override
      public Void sanction(Sanction sanction) {
        lines.add("who:    " + name(sanction.authority()) + ", on " + names(sanction.targets()));
        lines.add("what:   " + sanction.measures().stream().map(TimelineFormat::word).collect(Collectors.joining(", "))
            + sanction.program().map(p -> " (" + p + ")").orElse(""));
        lines.add("status: " + word(sanction.status())
            + (sanction.status() == SanctionStatus.IN_FORCE && sanction.when().end().isEmpty() ? ", ongoing" : ""));
        return null;
      }

      @Override
      public Void designationChange(DesignationChange change) {
        lines.add("who:    " + name(change.authority()) + ", about " + name(change.subject()));
        lines.add("what:   " + word(change.action()) + " from " + change.listName());
        boolean inForce = change.currentStage() == DesignationStage.IN_FORCE;
        lines.add("status: " + word(change.currentStage()) + (inForce ? "" : ", not in force"));
        lines.add("stages: " + change.stages().stream().map(TimelineFormat.this::step).collect(Collectors.joining("; ")));
        return null;
      }
    });
    return lines;
  }

  private String step(DesignationStep step) {
    String when = step.when().map(w -> w.isSingleDate() ? " on " + w : " " + stepDate(w)).orElse("");
    String by = step.announcedBy().map(this::announcer).orElse("");
    return word(step.stage()) + when + by;
  }

  private static String stepDate(DateInterval when) {
    if (when.start().isPresent() && when.end().isPresent()) {
      return "between " + when.start().get() + " and " + when.end().get();
    }
    if (when.start().isPresent()) {
      return "on or after " + when.start().get();
    }
    return when.end().map(e -> "on or before " + e).orElse("at an unknown date");
  }

  /** A short description of another event, such as {@code visit to Kabul [shoigu-visits-kabul]}. */
  private String label(EventId id) {
    Optional<Event> event = dossier.event(id);
    if (event.isEmpty()) {
      return "[" + id + "]";
    }
    String what = event.get().accept(new EventVisitor<String>() {
      @Override
      public String visit(Visit visit) {
        return "visit" + visit.place().map(p -> " to " + p.name()).orElse("");
      }

      @Override
      public String statement(Statement statement) {
        return word(statement.kind()) + " by " + name(statement.speaker());
      }

      @Override
      public String sanction(Sanction sanction) {
        return "sanction by " + name(sanction.authority());
      }

      @Override
      public String designationChange(DesignationChange change) {
        return word(change.action()) + " by " + name(change.authority());
      }
    });
    return what + " [" + id + "]";
  }

  private String announcer(EventId id) {
    return dossier.event(id, Statement.class)
        .map(s -> " (by " + name(s.speaker()) + " [" + id + "])")
        .orElse(" (" + id + ")");
  }

  // ---------------------------------------------------------------- names and sources

  private String names(List<ActorRef> actors) {
    return actors.stream().map(this::name).collect(Collectors.joining(", "));
  }

  String name(ActorRef actor) {
    if (actor instanceof OfficialId) {
      OfficialId id = (OfficialId) actor;
      return dossier.official(id).map(o -> o.primaryName()).orElse(id.value());
    }
    if (actor instanceof OrganizationId) {
      OrganizationId id = (OrganizationId) actor;
      return dossier.organization(id).map(o -> o.primaryName()).orElse(id.value());
    }
    UnnamedGroup group = (UnnamedGroup) actor;
    return group.description() + group.affiliation().map(a -> " (" + name(a) + ")").orElse("");
  }

  /**
   * The provenance in words, citations that differ only by paragraph joined:
   * {@code paragraphs 1, 2; paragraph 5, reported by Russian media}.
   */
  private String sources(List<Provenance> provenance) {
    Map<String, List<Integer>> paragraphs = new LinkedHashMap<>();
    for (Provenance p : provenance) {
      StringBuilder how = new StringBuilder();
      if (!p.source().equals(dossier.source().id())) {
        how.append(p.source()).append(' ');
      }
      if (p.basis() != Basis.STATED) {
        how.append('|').append(p.basis() == Basis.REPORTED ? "reported by " : "assessed by ")
            .append(p.attributedTo().map(this::name).orElse("someone"));
      }
      List<Integer> list = paragraphs.computeIfAbsent(how.toString(), k -> new ArrayList<>());
      if (p.paragraph().isPresent()) {
        list.add(p.paragraph().getAsInt());
      }
    }
    List<String> parts = new ArrayList<>();
    paragraphs.forEach((how, numbers) -> {
      int bar = how.indexOf('|');
      String document = bar < 0 ? how : how.substring(0, bar);
      String where = numbers.isEmpty() ? "whole document"
          : (numbers.size() == 1 ? "paragraph " : "paragraphs ")
              + numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
      parts.add(document + where + (bar < 0 ? "" : ", " + how.substring(bar + 1)));
    });
    return String.join("; ", parts);
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
