package lt.dienynas.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays out a weekly timetable (Monday–Friday) from what each class must have in a week: no class
 * and no teacher in two places at once, a subject's lessons spread over different days, a class's
 * day without gaps where the teachers allow it. Deterministic: the same needs, in the same order,
 * give the same timetable. Used by the demo school and by the benchmark.
 */
public final class DemoTimetable {

  public static final int DAYS = 5;

  private DemoTimetable() {}

  /** One group that has the lesson, in its subject, with its teacher. */
  public record Part(String group, String subject, long teacher) {}

  /**
   * A weekly lesson of one unit (a class, or a group outside the classes) given {@code weekly}
   * times, between lesson numbers {@code first} and {@code last}; several parts share the time (a
   * class split into language or moral-education groups).
   */
  public record Need(String unit, List<Part> parts, int weekly, int first, int last) {
    public Need {
      parts = List.copyOf(parts);
      if (parts.isEmpty() || weekly < 1 || first < 1 || last < first) {
        throw new IllegalArgumentException("bad need " + unit + " " + parts);
      }
    }
  }

  /** One weekly lesson of a group: weekday 1 (Monday) to 5, its number in the day. */
  public record Slot(String unit, Part part, int weekday, int number) {}

  /**
   * The timetable of all the needs, unit by unit in their order.
   *
   * @throws IllegalStateException when a lesson finds no free time
   */
  public static List<Slot> schedule(List<Need> needs) {
    // the busiest teachers' lessons first, so that their few free times are not taken by others
    Map<Long, Integer> load = new HashMap<>();
    for (Need need : needs) {
      for (Part part : need.parts()) {
        load.merge(part.teacher(), need.weekly(), Integer::sum);
      }
    }
    List<Need> ordered = new ArrayList<>(needs);
    ordered.sort(
        Comparator.<Need>comparingInt(
                n -> n.parts().stream().mapToInt(p -> load.get(p.teacher())).max().orElse(0))
            .reversed()
            .thenComparing(Comparator.comparingInt(Need::weekly).reversed()));
    Set<String> teacherBusy = new HashSet<>();
    Map<String, Set<String>> unitBusy = new HashMap<>();
    Map<String, int[]> perDayOf = new HashMap<>();
    Map<String, Integer> turns = new HashMap<>();
    List<Slot> slots = new ArrayList<>();
    for (Need need : ordered) {
      Set<String> busy = unitBusy.computeIfAbsent(need.unit(), u -> new HashSet<>());
      int[] perDay = perDayOf.computeIfAbsent(need.unit(), u -> new int[DAYS + 1]);
      Map<Integer, Integer> ofNeed = new HashMap<>();
      for (int i = 0; i < need.weekly(); i++) {
        int offset = turns.merge(need.unit(), 1, Integer::sum);
        List<Integer> days = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
          days.add(1 + (d + offset) % DAYS);
        }
        days.sort(
            Comparator.<Integer>comparingInt(d -> ofNeed.getOrDefault(d, 0))
                .thenComparingInt(d -> perDay[d]));
        int[] placed = place(need, days, perDay, busy, teacherBusy, true);
        if (placed == null) {
          placed = place(need, days, perDay, busy, teacherBusy, false);
        }
        if (placed == null) {
          throw new IllegalStateException("no time for " + need);
        }
        int day = placed[0];
        int number = placed[1];
        ofNeed.merge(day, 1, Integer::sum);
        perDay[day]++;
        busy.add(day + "#" + number);
        for (Part part : need.parts()) {
          teacherBusy.add(part.teacher() + "@" + day + "#" + number);
          slots.add(new Slot(need.unit(), part, day, number));
        }
      }
    }
    slots.sort(
        Comparator.comparing(Slot::unit)
            .thenComparingInt(Slot::weekday)
            .thenComparingInt(Slot::number)
            .thenComparing(s -> s.part().group()));
    return List.copyOf(slots);
  }

  /**
   * The first day (in the given order) and number where the unit and every teacher are free; {@code
   * compact}: only the unit's next number that day (no gap).
   */
  private static int[] place(
      Need need,
      List<Integer> days,
      int[] perDay,
      Set<String> unitBusy,
      Set<String> teacherBusy,
      boolean compact) {
    for (int day : days) {
      int from = compact ? Math.max(need.first(), need.first() + perDay[day]) : need.first();
      int to = compact ? from : need.last();
      for (int number = from; number <= to && number <= need.last(); number++) {
        if (unitBusy.contains(day + "#" + number)) {
          continue;
        }
        int d = day;
        int n = number;
        if (need.parts().stream()
            .noneMatch(p -> teacherBusy.contains(p.teacher() + "@" + d + "#" + n))) {
          return new int[] {day, number};
        }
      }
    }
    return null;
  }
}
