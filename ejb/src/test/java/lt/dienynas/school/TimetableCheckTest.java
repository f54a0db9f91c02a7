package lt.dienynas.school;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import lt.dienynas.school.TimetableCheck.ClassRef;
import lt.dienynas.school.TimetableCheck.GroupLessons;
import lt.dienynas.school.TimetableCheck.Mismatch;
import org.junit.jupiter.api.Test;

class TimetableCheckTest {
  private static final long MATH = 1;
  private static final long ENGLISH = 2;
  private static final long ETHICS = 3;
  private static final long MUSIC = 4;

  @Test
  void aSplitClassCountsOneHalfAndEveryDifferenceIsNamed() {
    List<ClassRef> classes = List.of(new ClassRef(10, "5a", 5), new ClassRef(11, "5b", 5));
    Map<Integer, Map<Long, Integer>> curriculum =
        Map.of(5, Map.of(MATH, 4, ENGLISH, 3, ETHICS, 1, MUSIC, 0));
    List<GroupLessons> timetable =
        List.of(
            new GroupLessons(10, MATH, 100, true, 4),
            new GroupLessons(10, ENGLISH, 101, false, 3),
            new GroupLessons(10, ENGLISH, 102, false, 3),
            new GroupLessons(10, ETHICS, 103, false, 1),
            new GroupLessons(11, MATH, 110, true, 3),
            new GroupLessons(11, ENGLISH, 111, false, 3),
            new GroupLessons(11, MUSIC, 112, true, 1));
    List<Mismatch> found =
        TimetableCheck.mismatches(
            classes,
            curriculum,
            timetable,
            Map.of(MATH, "matematika", ENGLISH, "anglų kalba", ETHICS, "etika", MUSIC, "muzika"));
    assertEquals(
        List.of(
            new Mismatch(11, "5b", ETHICS, "etika", 1, 0),
            new Mismatch(11, "5b", MATH, "matematika", 4, 3),
            new Mismatch(11, "5b", MUSIC, "muzika", 0, 1)),
        found);
    assertEquals(-1, found.get(1).difference());
  }
}
