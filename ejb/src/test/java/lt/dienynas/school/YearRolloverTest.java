package lt.dienynas.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lt.dienynas.school.YearRollover.ClassAction;
import lt.dienynas.school.YearRollover.ClassSnapshot;
import lt.dienynas.school.YearRollover.ClassStep;
import lt.dienynas.school.YearRollover.GroupSnapshot;
import lt.dienynas.school.YearRollover.Plan;
import org.junit.jupiter.api.Test;

class YearRolloverTest {
  private static final LocalDate START = LocalDate.of(2027, 9, 1);
  private static final LocalDate END = LocalDate.of(2028, 8, 31);

  private final ClassSnapshot preschool =
      new ClassSnapshot(1, ClassLevel.PRESCHOOL, null, "", "Boružėlės", 101L);
  private final ClassSnapshot prePrimary =
      new ClassSnapshot(2, ClassLevel.PREPRIMARY, null, "", "Pelėdžiukai", 102L);
  private final ClassSnapshot fourA = new ClassSnapshot(3, ClassLevel.GRADE, 4, "a", "4a", 103L);
  private final ClassSnapshot fiveA = new ClassSnapshot(4, ClassLevel.GRADE, 5, "a", "5a", 104L);
  private final ClassSnapshot eightB = new ClassSnapshot(5, ClassLevel.GRADE, 8, "b", "8b", 105L);

  private final Map<Long, GroupSnapshot> lists =
      Map.of(
          1L, list(11, "Boružėlės", 1, 1001L),
          2L, list(12, "Pelėdžiukai", 2, 1002L, 1003L),
          3L, list(13, "4a", 3, 1004L),
          4L, list(14, "5a", 4, 1005L, 1006L),
          5L, list(15, "8b", 5, 1007L));

  private static GroupSnapshot list(long id, String name, long classId, Long... members) {
    return new GroupSnapshot(id, GroupKind.CLASS, name, classId, null, List.of(members));
  }

  private Plan plan(List<GroupSnapshot> others) {
    return YearRollover.plan(
        "2027–2028",
        START,
        END,
        List.of(preschool, prePrimary, fourA, fiveA, eightB),
        lists,
        others);
  }

  @Test
  void classesMoveUpEighthClassesCloseAndPrePrimaryBecomesTheFirstClass() {
    Plan plan = plan(List.of());
    assertEquals(2, plan.count(ClassAction.PROMOTE));
    assertEquals(1, plan.count(ClassAction.CLOSE));
    assertEquals(1, plan.count(ClassAction.NEW_FIRST_GRADE));
    assertEquals(1, plan.count(ClassAction.NEW_PREPRIMARY));
    assertEquals(1, plan.count(ClassAction.CONTINUE));

    ClassStep six = step(plan, "5a");
    assertEquals("6a", six.newName());
    assertEquals(104L, six.classTeacherId());
    assertEquals(List.of(1005L, 1006L), six.students());
    assertNull(step(plan, "4a").classTeacherId(), "a primary teacher stays in the primary grades");
    assertEquals("5a", step(plan, "4a").newName());

    ClassStep first =
        plan.classes().stream()
            .filter(c -> c.action() == ClassAction.NEW_FIRST_GRADE)
            .findFirst()
            .orElseThrow();
    assertEquals("1a", first.newName());
    assertEquals(List.of(1002L, 1003L), first.students());
    ClassStep nextIntake =
        plan.classes().stream()
            .filter(c -> c.action() == ClassAction.NEW_PREPRIMARY)
            .findFirst()
            .orElseThrow();
    assertEquals("Pelėdžiukai", nextIntake.newName());
    assertTrue(nextIntake.students().isEmpty());
    assertEquals(102L, nextIntake.classTeacherId());
    assertEquals(6, plan.carriedStudents(), "the 8th class leaves");
  }

  @Test
  void groupsOfContinuingClassesGoAlongRenamedOthersAreDroppedWithAReason() {
    Plan plan =
        plan(
            List.of(
                new GroupSnapshot(
                    21, GroupKind.SUBJECT, "5a anglų k. 1 gr.", 4L, 7L, List.of(1005L)),
                new GroupSnapshot(22, GroupKind.SUBJECT, "8b etika", 5L, 8L, List.of(1007L)),
                new GroupSnapshot(23, GroupKind.NON_FORMAL, "Robotika", null, 9L, List.of(1005L)),
                new GroupSnapshot(
                    24,
                    GroupKind.HOME_SCHOOLING,
                    "Mokymas namuose (5a)",
                    4L,
                    null,
                    List.of(1006L))));
    assertEquals(2, plan.groups().size());
    assertEquals("6a anglų k. 1 gr.", plan.groups().get(0).newName());
    assertEquals(List.of(1005L), plan.groups().get(0).members());
    assertEquals("Mokymas namuose (6a)", plan.groups().get(1).newName());
    assertEquals(2, plan.dropped().size());
    assertEquals("rollover.dropped.classClosed", plan.dropped().get(0).reasonKey());
    assertEquals("rollover.dropped.formedAnew", plan.dropped().get(1).reasonKey());
  }

  @Test
  void theNextYearIsNamedAfterThisOne() {
    assertEquals("2027–2028", YearRollover.nextYearName("2026–2027"));
    assertEquals("2027–2028", YearRollover.nextYearName("2026-2027"));
    assertEquals("", YearRollover.nextYearName("kiti metai"));
  }

  private static ClassStep step(Plan plan, String fromName) {
    return plan.classes().stream()
        .filter(c -> fromName.equals(c.fromName()) && c.fromClassId() != null)
        .findFirst()
        .orElseThrow();
  }
}
