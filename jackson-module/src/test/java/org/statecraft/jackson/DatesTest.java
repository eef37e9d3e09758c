package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.statecraft.core.DateInterval;
import org.statecraft.core.PartialDate;
import org.statecraft.core.ValidationException;

/** The fast date forms agree with the model's own toString and parse, errors included. */
class DatesTest {

  private static List<PartialDate> randomDates() {
    Random random = new Random(42);
    List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.ofYear(1), PartialDate.ofDay(9999, 12, 31),
        PartialDate.ofDay(2024, 2, 29), PartialDate.ofMonth(2024, 11).approximately()));
    for (int i = 0; i < 2_000; i++) {
      int year = 1 + random.nextInt(9999);
      int month = 1 + random.nextInt(12);
      PartialDate d;
      switch (random.nextInt(3)) {
        case 0: d = PartialDate.ofYear(year); break;
        case 1: d = PartialDate.ofMonth(year, month); break;
        default: d = PartialDate.ofDay(year, month, 1 + random.nextInt(28));
      }
      dates.add(random.nextBoolean() ? d.approximately() : d);
    }
    return dates;
  }

  @Test
  void formats_and_parses_dates_as_the_model_does() {
    for (PartialDate d : randomDates()) {
      assertThat(Dates.format(d)).isEqualTo(d.toString());
      assertThat(Dates.parseDate(d.toString())).isEqualTo(d);
    }
  }

  @Test
  void formats_and_parses_intervals_as_the_model_does() {
    List<PartialDate> dates = randomDates();
    for (int i = 0; i + 1 < dates.size(); i += 2) {
      PartialDate a = dates.get(i);
      PartialDate b = dates.get(i + 1);
      PartialDate start = a.earliest().isBefore(b.earliest()) ? a : b;
      PartialDate end = start == a ? b : a;
      for (DateInterval interval : List.of(DateInterval.on(a), DateInterval.from(a), DateInterval.until(a),
          DateInterval.unbounded(), DateInterval.of(Optional.of(start), Optional.of(end)))) {
        assertThat(Dates.format(interval)).isEqualTo(interval.toString());
        assertThat(Dates.parseInterval(interval.toString())).isEqualTo(interval);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-13", "2024-02-30", "0000", "24-11-25", "2024-1", "2024-11-25T10:00", "2024/2023",
      "2024-11-25/2024-11-24", "../2024-13", "2024-11-25/x", "a/b/c", "", "~", "2024~~", "../.", "2024-11-25 "})
  void rejects_what_the_model_rejects_with_the_same_violations(String text) {
    ValidationException ours = catchThrowableOfType(ValidationException.class, () -> Dates.parseInterval(text));
    ValidationException model = catchThrowableOfType(ValidationException.class, () -> DateInterval.parse(text));

    assertThat(model).as("the model rejects %s", text).isNotNull();
    assertThat(ours).isNotNull();
    assertThat(ours.violations()).isEqualTo(model.violations());
  }
}
