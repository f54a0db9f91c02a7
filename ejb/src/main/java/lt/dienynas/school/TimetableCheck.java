package lt.dienynas.school;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tvarkaraščių patikra (§18.8): does each class's weekly timetable give every subject the lessons
 * the curriculum (ugdymo planas) of its grade sets? A student of the class has a subject's lessons
 * of the whole class plus those of one of its subject groups (a class split in two has both halves
 * at once, so the larger half counts, not both).
 */
public final class TimetableCheck {

  /** A class as the check sees it; {@code grade} 0 for a pre-primary group. */
  public record ClassRef(long id, String name, int grade) implements Serializable {}

  /** Weekly lessons of a subject in one group of a class: the class itself or a subject group. */
  public record GroupLessons(
      long classId, long subjectId, long groupId, boolean wholeClass, int lessons) {}

  /** A subject whose weekly lessons in a class differ from the curriculum. */
  public record Mismatch(
      long classId,
      String className,
      long subjectId,
      String subject,
      int curriculum,
      int timetable) {

    public int difference() {
      return timetable - curriculum;
    }
  }

  private TimetableCheck() {}

  /**
   * @param curriculum weekly lessons by grade, then subject id
   * @param subjectNames subject names by id
   */
  public static List<Mismatch> mismatches(
      List<ClassRef> classes,
      Map<Integer, Map<Long, Integer>> curriculum,
      List<GroupLessons> timetable,
      Map<Long, String> subjectNames) {
    Map<Long, Map<Long, Integer>> wholeClass = new HashMap<>();
    Map<Long, Map<Long, Integer>> largestGroup = new HashMap<>();
    for (GroupLessons g : timetable) {
      Map<Long, Map<Long, Integer>> target = g.wholeClass() ? wholeClass : largestGroup;
      target
          .computeIfAbsent(g.classId(), k -> new HashMap<>())
          .merge(g.subjectId(), g.lessons(), g.wholeClass() ? Integer::sum : Math::max);
    }
    List<Mismatch> result = new ArrayList<>();
    for (ClassRef c : classes) {
      Map<Long, Integer> planned = curriculum.getOrDefault(c.grade(), Map.of());
      Map<Long, Integer> whole = wholeClass.getOrDefault(c.id(), Map.of());
      Map<Long, Integer> split = largestGroup.getOrDefault(c.id(), Map.of());
      Set<Long> subjects = new TreeSet<>(planned.keySet());
      subjects.addAll(whole.keySet());
      subjects.addAll(split.keySet());
      for (long subject : subjects) {
        int plan = planned.getOrDefault(subject, 0);
        int given = whole.getOrDefault(subject, 0) + split.getOrDefault(subject, 0);
        if (plan != given) {
          result.add(
              new Mismatch(
                  c.id(),
                  c.name(),
                  subject,
                  subjectNames.getOrDefault(subject, String.valueOf(subject)),
                  plan,
                  given));
        }
      }
    }
    result.sort(
        Comparator.comparing((Mismatch m) -> classOrder(classes, m.classId()))
            .thenComparing(Mismatch::subject));
    return result;
  }

  private static int classOrder(List<ClassRef> classes, long classId) {
    for (int i = 0; i < classes.size(); i++) {
      if (classes.get(i).id() == classId) {
        return i;
      }
    }
    return classes.size();
  }
}
