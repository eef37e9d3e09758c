package org.statecraft.jackson;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.DateInterval;
import org.statecraft.core.DatePrecision;
import org.statecraft.core.PartialDate;
import org.statecraft.core.ValidationException;

/**
 * Fast text forms of {@link PartialDate} and {@link DateInterval}, equal to their
 * {@code toString()} and {@code parse()}: well-formed input takes a hand-written path, anything
 * else goes to the model's own parser, so errors are exactly the model's.
 */
final class Dates {

  private Dates() {}

  static String format(PartialDate date) {
    char[] c = new char[11];
    int n = 0;
    int year = date.year();
    c[n++] = (char) ('0' + year / 1000);
    c[n++] = (char) ('0' + year / 100 % 10);
    c[n++] = (char) ('0' + year / 10 % 10);
    c[n++] = (char) ('0' + year % 10);
    DatePrecision precision = date.precision();
    if (precision != DatePrecision.YEAR) {
      int month = date.month().orElseThrow();
      c[n++] = '-';
      c[n++] = (char) ('0' + month / 10);
      c[n++] = (char) ('0' + month % 10);
    }
    if (precision == DatePrecision.DAY) {
      int day = date.day().orElseThrow();
      c[n++] = '-';
      c[n++] = (char) ('0' + day / 10);
      c[n++] = (char) ('0' + day % 10);
    }
    if (date.isApproximate()) {
      c[n++] = '~';
    }
    return new String(c, 0, n);
  }

  static String format(DateInterval interval) {
    Optional<PartialDate> start = interval.start();
    if (interval.isSingleDate()) {
      return format(start.orElseThrow());
    }
    Optional<PartialDate> end = interval.end();
    return (start.isPresent() ? format(start.get()) : "..") + "/" + (end.isPresent() ? format(end.get()) : "..");
  }

  static PartialDate parseDate(String text) {
    PartialDate fast = fastDate(text, 0, text.length());
    return fast != null ? fast : PartialDate.parse(text);
  }

  static DateInterval parseInterval(String text) {
    DateInterval fast = fastInterval(text);
    return fast != null ? fast : DateInterval.parse(text);
  }

  private static @Nullable DateInterval fastInterval(String text) {
    int slash = text.indexOf('/');
    try {
      if (slash < 0) {
        PartialDate date = fastDate(text, 0, text.length());
        return date == null ? null : DateInterval.on(date);
      }
      Optional<PartialDate> start;
      Optional<PartialDate> end;
      if (slash == 2 && text.startsWith("..")) {
        start = Optional.empty();
      } else {
        PartialDate s = fastDate(text, 0, slash);
        if (s == null) {
          return null;
        }
        start = Optional.of(s);
      }
      if (text.length() - slash - 1 == 2 && text.endsWith("..")) {
        end = Optional.empty();
      } else {
        PartialDate e = fastDate(text, slash + 1, text.length());
        if (e == null) {
          return null;
        }
        end = Optional.of(e);
      }
      return DateInterval.of(start, end);
    } catch (ValidationException e) {
      return null; // the model's parser reports it, with its own paths and messages
    }
  }

  /** Parses {@code YYYY[-MM[-DD]][~]} in {@code text[from, to)}; null if not of that form or out of range. */
  private static @Nullable PartialDate fastDate(String text, int from, int to) {
    boolean approximate = to > from && text.charAt(to - 1) == '~';
    int length = (approximate ? to - 1 : to) - from;
    if (length != 4 && length != 7 && length != 10) {
      return null;
    }
    int year = digits(text, from, 4);
    int month = length >= 7 && text.charAt(from + 4) == '-' ? digits(text, from + 5, 2) : -1;
    int day = length == 10 && text.charAt(from + 7) == '-' ? digits(text, from + 8, 2) : -1;
    if (year < 0 || (length >= 7 && month < 0) || (length == 10 && day < 0)) {
      return null;
    }
    try {
      PartialDate date = length == 4 ? PartialDate.ofYear(year)
          : length == 7 ? PartialDate.ofMonth(year, month) : PartialDate.ofDay(year, month, day);
      return approximate ? date.approximately() : date;
    } catch (ValidationException e) {
      return null;
    }
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
