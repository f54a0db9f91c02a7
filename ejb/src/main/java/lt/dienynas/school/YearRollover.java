package lt.dienynas.school;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plans the move from one school year to the next (§18.2) from a snapshot of last year's classes
 * and groups, without touching anything: the plan is what the preview shows and what the rollover
 * then carries out.
 *
 * <ul>
 *   <li>grades 1–7 move up one grade with their letter (5a → 6a), with their students; the class
 *       teacher stays, except that a 4th class's primary teacher stays in the primary grades;
 *   <li>8th classes finish the school: they are closed, their students are not carried over;
 *   <li>a pre-primary group becomes a new 1st class (its letter, or the next free one), and a new,
 *       empty pre-primary group of the same name opens with the same teacher for the next intake;
 *   <li>a pre-school group continues as it is, with its children;
 *   <li>subject (temporary) and home-schooling groups of a class that continues go with it, renamed
 *       for the new class ("5a anglų k. 1 gr." → "6a anglų k. 1 gr."), with their members;
 *       non-formal and VDM groups are formed anew each September and are not carried;
 *   <li>only students still on a list at the year's end are carried (a departed one is not).
 * </ul>
 */
public final class YearRollover {

  private static final Pattern YEAR_NAME = Pattern.compile("(\\d{4})\\s*[–-]\\s*(\\d{4})");

  /** Last year's class as the planner sees it. */
  public record ClassSnapshot(
      long id, ClassLevel level, Integer grade, String letter, String name, Long classTeacherId) {}

  /** Last year's group with the students still on it at the year's end. */
  public record GroupSnapshot(
      long id, GroupKind kind, String name, Long classId, Long subjectId, List<Long> members) {
    public GroupSnapshot {
      members = List.copyOf(members);
    }
  }

  /** What happens to one class. */
  public enum ClassAction {
    /** Perkeliama į aukštesnę klasę. */
    PROMOTE,
    /** Priešmokyklinė grupė tampa nauja 1 klase. */
    NEW_FIRST_GRADE,
    /** A new pre-primary group opens for the next intake. */
    NEW_PREPRIMARY,
    /** A pre-school group continues. */
    CONTINUE,
    /** 8 klasė baigia mokyklą. */
    CLOSE
  }

  /** One line of the plan for a class; {@code fromClassId} is null for a new pre-primary group. */
  public record ClassStep(
      ClassAction action,
      Long fromClassId,
      String fromName,
      ClassLevel newLevel,
      Integer newGrade,
      String newLetter,
      String newName,
      Long classTeacherId,
      List<Long> students)
      implements Serializable {
    public ClassStep {
      students = List.copyOf(students);
    }

    public boolean createsClass() {
      return action != ClassAction.CLOSE;
    }
  }

  /** One group carried into the new year, tied to the new class made from {@code fromClassId}. */
  public record GroupStep(
      long fromGroupId,
      String fromName,
      GroupKind kind,
      String newName,
      long fromClassId,
      Long subjectId,
      List<Long> members)
      implements Serializable {
    public GroupStep {
      members = List.copyOf(members);
    }
  }

  /** A group that does not continue, and why. */
  public record DroppedGroup(long groupId, String name, GroupKind kind, String reasonKey)
      implements Serializable {}

  /** The whole plan. */
  public record Plan(
      String newYearName,
      LocalDate newStart,
      LocalDate newEnd,
      List<ClassStep> classes,
      List<GroupStep> groups,
      List<DroppedGroup> dropped)
      implements Serializable {
    public Plan {
      classes = List.copyOf(classes);
      groups = List.copyOf(groups);
      dropped = List.copyOf(dropped);
    }

    public long count(ClassAction action) {
      return classes.stream().filter(c -> c.action() == action).count();
    }

    /** Students carried into the new year's class lists. */
    public int carriedStudents() {
      return classes.stream()
          .filter(ClassStep::createsClass)
          .mapToInt(c -> c.students().size())
          .sum();
    }
  }

  private YearRollover() {}

  /** The usual name of the year after {@code name}: "2026–2027" → "2027–2028". */
  public static String nextYearName(String name) {
    Matcher m = YEAR_NAME.matcher(name == null ? "" : name.strip());
    if (m.matches()) {
      return (Integer.parseInt(m.group(1)) + 1) + "–" + (Integer.parseInt(m.group(2)) + 1);
    }
    return "";
  }

  /**
   * @param classGroups each class's own list (its CLASS or PRESCHOOL group), by class id
   */
  public static Plan plan(
      String newYearName,
      LocalDate newStart,
      LocalDate newEnd,
      List<ClassSnapshot> classes,
      Map<Long, GroupSnapshot> classGroups,
      List<GroupSnapshot> otherGroups) {
    List<ClassStep> steps = new ArrayList<>();
    Set<String> firstGradeLetters = new HashSet<>();
    Function<Long, List<Long>> studentsOf =
        classId -> {
          GroupSnapshot own = classGroups.get(classId);
          return own == null ? List.of() : own.members();
        };
    for (ClassSnapshot c : classes) {
      switch (c.level()) {
        case GRADE -> {
          if (c.grade() == SchoolClass.LAST_GRADE) {
            steps.add(
                new ClassStep(
                    ClassAction.CLOSE,
                    c.id(),
                    c.name(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    studentsOf.apply(c.id())));
          } else {
            int grade = c.grade() + 1;
            steps.add(
                new ClassStep(
                    ClassAction.PROMOTE,
                    c.id(),
                    c.name(),
                    ClassLevel.GRADE,
                    grade,
                    c.letter(),
                    grade + c.letter(),
                    c.grade() == 4 ? null : c.classTeacherId(),
                    studentsOf.apply(c.id())));
          }
        }
        case PRESCHOOL ->
            steps.add(
                new ClassStep(
                    ClassAction.CONTINUE,
                    c.id(),
                    c.name(),
                    ClassLevel.PRESCHOOL,
                    null,
                    c.letter(),
                    c.name(),
                    c.classTeacherId(),
                    studentsOf.apply(c.id())));
        case PREPRIMARY -> {
          // handled below, once every letter in use is known
        }
      }
    }
    classes.stream()
        .filter(c -> c.level() == ClassLevel.PREPRIMARY && !c.letter().isEmpty())
        .forEach(c -> firstGradeLetters.add(c.letter()));
    for (ClassSnapshot c : classes) {
      if (c.level() != ClassLevel.PREPRIMARY) {
        continue;
      }
      String letter = c.letter().isEmpty() ? freeLetter(firstGradeLetters) : c.letter();
      firstGradeLetters.add(letter);
      steps.add(
          new ClassStep(
              ClassAction.NEW_FIRST_GRADE,
              c.id(),
              c.name(),
              ClassLevel.GRADE,
              SchoolClass.FIRST_GRADE,
              letter,
              SchoolClass.FIRST_GRADE + letter,
              null,
              studentsOf.apply(c.id())));
      steps.add(
          new ClassStep(
              ClassAction.NEW_PREPRIMARY,
              null,
              c.name(),
              ClassLevel.PREPRIMARY,
              null,
              c.letter(),
              c.name(),
              c.classTeacherId(),
              List.of()));
    }

    Map<Long, ClassStep> byClass =
        steps.stream()
            .filter(s -> s.fromClassId() != null)
            .collect(Collectors.toMap(ClassStep::fromClassId, Function.identity()));
    List<GroupStep> carried = new ArrayList<>();
    List<DroppedGroup> dropped = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    steps.stream().filter(ClassStep::createsClass).forEach(s -> names.add(s.newName()));
    for (GroupSnapshot g : otherGroups) {
      ClassStep step = g.classId() == null ? null : byClass.get(g.classId());
      if (g.kind() == GroupKind.NON_FORMAL || g.kind() == GroupKind.VDM) {
        dropped.add(new DroppedGroup(g.id(), g.name(), g.kind(), "rollover.dropped.formedAnew"));
      } else if (step == null) {
        dropped.add(new DroppedGroup(g.id(), g.name(), g.kind(), "rollover.dropped.noClass"));
      } else if (step.action() == ClassAction.CLOSE) {
        dropped.add(new DroppedGroup(g.id(), g.name(), g.kind(), "rollover.dropped.classClosed"));
      } else {
        String newName = renamed(g.name(), step.fromName(), step.newName());
        if (!names.add(newName)) {
          dropped.add(new DroppedGroup(g.id(), g.name(), g.kind(), "rollover.dropped.nameTaken"));
          continue;
        }
        carried.add(
            new GroupStep(
                g.id(), g.name(), g.kind(), newName, g.classId(), g.subjectId(), g.members()));
      }
    }
    return new Plan(newYearName, newStart, newEnd, steps, carried, dropped);
  }

  /** "5a anglų k. 1 gr." for class 5a → 6a becomes "6a anglų k. 1 gr."; others get the prefix. */
  static String renamed(String groupName, String oldClassName, String newClassName) {
    if (groupName.startsWith(oldClassName)) {
      return newClassName + groupName.substring(oldClassName.length());
    }
    if (groupName.contains("(" + oldClassName + ")")) {
      return groupName.replace("(" + oldClassName + ")", "(" + newClassName + ")");
    }
    return newClassName + " " + groupName;
  }

  private static String freeLetter(Set<String> used) {
    for (char letter = 'a'; letter <= 'z'; letter++) {
      if (!used.contains(String.valueOf(letter))) {
        return String.valueOf(letter);
      }
    }
    throw new IllegalStateException("no free class letter");
  }
}
