package dev.sitehub.cloud.alerts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A community's quiet hours: weekly windows (lunch breaks, evenings, whole weekend days) plus
 * holidays that are quiet all day, evaluated in the site's time zone.
 *
 * <p>Spec syntax: windows separated by ';', each {@code DAYS HH:MM-HH:MM} where DAYS is a day
 * ({@code MON}), a range ({@code MON-FRI}) or a list ({@code SAT,SUN}). A window whose end is not
 * after its start runs overnight into the next day; {@code 00:00-24:00} is the whole day.
 */
public record QuietCalendar(List<Window> windows, Set<LocalDate> holidays) {

  /** One weekly quiet window starting on the given days. */
  public record Window(Set<DayOfWeek> days, LocalTime from, LocalTime to, boolean wholeDay) {
    public Window {
      days = Set.copyOf(days);
    }
  }

  public QuietCalendar {
    windows = List.copyOf(windows);
    holidays = Set.copyOf(holidays);
  }

  /** Parses a spec; throws IllegalArgumentException naming the bad part. */
  public static QuietCalendar parse(String spec, Set<LocalDate> holidays) {
    List<Window> windows = new ArrayList<>();
    if (spec != null) {
      for (String part : spec.split(";")) {
        if (!part.isBlank()) {
          windows.add(parseWindow(part.trim()));
        }
      }
    }
    return new QuietCalendar(windows, holidays == null ? Set.of() : holidays);
  }

  /** Whether the instant falls in quiet hours at a site in {@code zone}. */
  public boolean isQuiet(Instant at, ZoneId zone) {
    LocalDateTime local = LocalDateTime.ofInstant(at, zone);
    LocalDate day = local.toLocalDate();
    if (holidays.contains(day)) {
      return true;
    }
    LocalTime t = local.toLocalTime();
    DayOfWeek dow = day.getDayOfWeek();
    for (Window w : windows) {
      if (w.wholeDay()) {
        if (w.days().contains(dow)) {
          return true;
        }
      } else if (w.from().isBefore(w.to())) {
        if (w.days().contains(dow) && !t.isBefore(w.from()) && t.isBefore(w.to())) {
          return true;
        }
      } else if ((w.days().contains(dow) && !t.isBefore(w.from()))
          || (w.days().contains(dow.minus(1)) && t.isBefore(w.to()))) {
        return true;
      }
    }
    return false;
  }

  /** A working day is neither a holiday nor a day that is quiet all day. */
  public boolean isWorkingDay(LocalDate day) {
    if (holidays.contains(day)) {
      return false;
    }
    return windows.stream().noneMatch(w -> w.wholeDay() && w.days().contains(day.getDayOfWeek()));
  }

  private static Window parseWindow(String part) {
    String[] tokens = part.split("\\s+");
    if (tokens.length != 2) {
      throw new IllegalArgumentException("quiet window '" + part + "' is not 'DAYS HH:MM-HH:MM'");
    }
    Set<DayOfWeek> days = parseDays(tokens[0], part);
    String[] times = tokens[1].split("-");
    if (times.length != 2) {
      throw new IllegalArgumentException("quiet window '" + part + "' has no HH:MM-HH:MM range");
    }
    try {
      LocalTime from = LocalTime.parse(times[0]);
      if ("24:00".equals(times[1])) {
        if (!LocalTime.MIDNIGHT.equals(from)) {
          throw new IllegalArgumentException("24:00 may only end 00:00-24:00 in '" + part + "'");
        }
        return new Window(days, from, LocalTime.MIDNIGHT, true);
      }
      return new Window(days, from, LocalTime.parse(times[1]), false);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("quiet window '" + part + "' has a bad time", e);
    }
  }

  private static Set<DayOfWeek> parseDays(String token, String part) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String item : token.split(",")) {
      String[] range = item.split("-");
      DayOfWeek first = day(range[0], part);
      DayOfWeek last = range.length == 2 ? day(range[1], part) : first;
      if (range.length > 2) {
        throw new IllegalArgumentException("bad day range in '" + part + "'");
      }
      for (DayOfWeek d = first; ; d = d.plus(1)) {
        days.add(d);
        if (d == last) {
          break;
        }
      }
    }
    return days;
  }

  private static DayOfWeek day(String abbreviation, String part) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().substring(0, 3).equals(abbreviation.toUpperCase(Locale.ROOT))) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown day '" + abbreviation + "' in '" + part + "'");
  }
}
