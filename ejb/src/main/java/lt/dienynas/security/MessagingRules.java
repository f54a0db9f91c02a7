package lt.dienynas.security;

import static lt.dienynas.security.Relations.ACTIVE_ASSIGNMENT;
import static lt.dienynas.security.Relations.ACTIVE_MEMBER;
import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_CLASS;
import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_GROUP;
import static lt.dienynas.security.Relations.TEACHER_OF_CLASS;
import static lt.dienynas.security.Relations.TEACHER_OF_GROUP_NOW;
import static lt.dienynas.security.Relations.TODAY;
import static lt.dienynas.security.Role.CLASS_TEACHER;
import static lt.dienynas.security.Role.DB_ADMIN;
import static lt.dienynas.security.Role.DEPUTY;
import static lt.dienynas.security.Role.GUARDIAN;
import static lt.dienynas.security.Role.PRESCHOOL_TEACHER;
import static lt.dienynas.security.Role.STUDENT;
import static lt.dienynas.security.Role.VDM_EDUCATOR;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.shared.SchoolClock;

/**
 * Who may write to whom (requirements §6): messages to a person, to a class's or a group's
 * families, to a class's teachers, to all staff; announcements to a class (§21.13, §22.8, §23.13);
 * surveys (§18.9, §19.4). School management may write to everyone; an employee to every employee
 * and to the students (and their guardians) of the groups they teach, the class they lead and the
 * students they support; a guardian or a student to their teachers, class teachers, specialists and
 * the school's management. Never one family to another.
 */
@Dependent
class MessagingRules {
  /** Roles that teach groups: subject, non-formal and pre-school teachers. */
  private static final Role[] GROUP_TEACHERS = AccessPolicy.GROUP_TEACHERS;

  /** Roles of the specialists of §24–§27 who see the students they support. */
  private static final Role[] SPECIALISTS = AccessPolicy.SPECIALISTS;

  private static final String PRESCHOOL_TEACHER_OF_CLASS =
      "SELECT 1 FROM teaching_assignment a JOIN study_group g ON g.id = a.group_id"
          + " AND g.kind = 'PRESCHOOL' WHERE a.teacher_id = ?1 AND g.school_class_id = ?2 AND "
          + ACTIVE_ASSIGNMENT;

  private static final String GUARDIAN_OF_CLASS_MEMBER =
      "SELECT 1 FROM guardianship gs JOIN group_member m ON m.student_id = gs.student_id"
          + " JOIN study_group g ON g.id = m.group_id"
          + " WHERE gs.guardian_id = ?1 AND g.school_class_id = ?2 AND "
          + ACTIVE_MEMBER;

  private static final String MEMBER_OF_CLASS =
      "SELECT 1 FROM group_member m JOIN study_group g ON g.id = m.group_id"
          + " WHERE m.student_id = ?1 AND g.school_class_id = ?2 AND "
          + ACTIVE_MEMBER;

  /** Students of the groups the person teaches, now or from a coming date. */
  private static final String TAUGHT_NOW =
      "SELECT m.student_id FROM group_member m JOIN teaching_assignment a ON a.group_id ="
          + " m.group_id WHERE a.teacher_id = :me AND "
          + ACTIVE_ASSIGNMENT
          + " AND "
          + ACTIVE_MEMBER;

  /** Students of the classes the person leads. */
  private static final String OWN_CLASS_NOW =
      "SELECT m.student_id FROM group_member m JOIN study_group g ON g.id = m.group_id AND g.kind"
          + " IN ('CLASS', 'PRESCHOOL') JOIN school_class c ON c.id = g.school_class_id"
          + " WHERE c.class_teacher_id = :me AND "
          + ACTIVE_MEMBER;

  private static final String SUPPORTED_NOW =
      "SELECT s.student_id FROM student_support s WHERE s.specialist_id = :me"
          + " AND (s.valid_to IS NULL OR s.valid_to >= "
          + TODAY
          + ")";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Inject private SchoolClock clock;

  /** Whether the person is one this actor may write to (see {@link #addressablePeople}). */
  boolean mayAddressPerson(Actor actor, long personId) {
    String people = addressableSql(actor);
    return people != null
        && !nativeQuery(
                "SELECT 1 FROM person p WHERE p.id = :target AND p.id <> :me AND p.id IN ("
                    + people
                    + ")",
                actor.personId(),
                personId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }

  /**
   * The people this actor may write to whose name matches {@code nameLike} (a SQL LIKE pattern on
   * "first last" or "last first"), at most {@code limit}, ordered by name. School management may
   * write to everyone; an employee to every employee and to the students (and their guardians) of
   * the groups they teach, the class they lead and the students they support; a guardian to their
   * children's teachers, class teachers and specialists and to the school's management; a student
   * likewise for themselves. Never one family to another.
   */
  @SuppressWarnings("unchecked")
  List<Long> addressablePeople(Actor actor, String nameLike, int limit) {
    String people = addressableSql(actor);
    if (people == null) {
      return List.of();
    }
    List<Object> rows =
        nativeQuery(
                "SELECT p.id FROM person p WHERE p.id <> :me AND p.id IN ("
                    + people
                    + ") AND (CONCAT(p.first_name, ' ', p.last_name) LIKE :target"
                    + " OR CONCAT(p.last_name, ' ', p.first_name) LIKE :target)"
                    + " ORDER BY p.last_name, p.first_name, p.id",
                actor.personId(),
                nameLike)
            .setMaxResults(limit)
            .getResultList();
    return rows.stream().map(r -> ((Number) r).longValue()).toList();
  }

  /** The students and guardians of a class: its class teacher and school management. */
  boolean mayAddressClassFamilies(Actor actor, long classId) {
    return classExists(classId)
        && (actor.isSchoolWide()
            || (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_CLASS, actor, classId))
            || (actor.has(PRESCHOOL_TEACHER)
                && exists(PRESCHOOL_TEACHER_OF_CLASS, actor, classId)));
  }

  /**
   * All teachers of a class: any employee (staff write to staff), and the students and guardians of
   * that class.
   */
  boolean mayAddressClassTeachers(Actor actor, long classId) {
    return classExists(classId)
        && (isStaff(actor)
            || (actor.has(GUARDIAN) && exists(GUARDIAN_OF_CLASS_MEMBER, actor, classId))
            || (actor.has(STUDENT) && exists(MEMBER_OF_CLASS, actor, classId)));
  }

  /** The students and guardians of a group: its teachers, its class's class teacher, management. */
  boolean mayAddressGroupFamilies(Actor actor, long groupId) {
    return groupExists(groupId)
        && (actor.isSchoolWide()
            || (actor.hasAny(GROUP_TEACHERS) || actor.has(VDM_EDUCATOR))
                && exists(TEACHER_OF_GROUP_NOW, actor, groupId)
            || (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_GROUP, actor, groupId)));
  }

  /** All employees of the school: any employee. */
  boolean mayAddressAllStaff(Actor actor) {
    return isStaff(actor);
  }

  /**
   * Announcements to a class (§21.13, §22.8, §23.13): parent meetings, open days and class events
   * by the class teacher (the pre-school teacher for a pre-school group) and school management;
   * timetable changes and learning days also by the class's teachers.
   */
  boolean mayAnnounceTo(Actor actor, long classId, boolean eventOfTheClassTeacher) {
    return mayAddressClassFamilies(actor, classId)
        || (!eventOfTheClassTeacher
            && actor.hasAny(GROUP_TEACHERS)
            && exists(TEACHER_OF_CLASS, actor, classId));
  }

  /** Surveys (§18.9, §19.4) are built and run by the DB admin and the deputies. */
  boolean mayManageSurveys(Actor actor) {
    return actor.hasAny(DB_ADMIN, DEPUTY);
  }

  private boolean isStaff(Actor actor) {
    return actor.roles().stream().anyMatch(Role::isStaff);
  }

  /**
   * The ids of the people the actor may write to, as a SQL subquery over {@code :me}; null when
   * nobody.
   */
  private static String addressableSql(Actor actor) {
    if (actor.isSchoolWide()) {
      return "SELECT id FROM person";
    }
    List<String> sets = new java.util.ArrayList<>();
    List<String> students = new java.util.ArrayList<>();
    if (actor.hasAny(GROUP_TEACHERS) || actor.has(VDM_EDUCATOR)) {
      students.add(TAUGHT_NOW);
    }
    if (actor.has(CLASS_TEACHER)) {
      students.add(OWN_CLASS_NOW);
    }
    if (actor.hasAny(SPECIALISTS)) {
      students.add(SUPPORTED_NOW);
    }
    if (actor.roles().stream().anyMatch(Role::isStaff)) {
      sets.add("SELECT person_id FROM staff_member WHERE active = TRUE");
    }
    if (!students.isEmpty()) {
      String union = String.join(" UNION ", students);
      sets.add(union);
      sets.add("SELECT guardian_id FROM guardianship WHERE student_id IN (" + union + ")");
    }
    if (actor.has(GUARDIAN)) {
      sets.add(staffOfStudents("SELECT student_id FROM guardianship WHERE guardian_id = :me"));
    }
    if (actor.has(STUDENT)) {
      sets.add(staffOfStudents("SELECT :me"));
    }
    return sets.isEmpty() ? null : String.join(" UNION ", sets);
  }

  /** The teachers, class teachers and specialists of these students now, and management. */
  private static String staffOfStudents(String students) {
    return "SELECT a.teacher_id FROM teaching_assignment a JOIN group_member m ON m.group_id ="
        + " a.group_id WHERE m.student_id IN ("
        + students
        + ") AND "
        + ACTIVE_ASSIGNMENT
        + " AND "
        + ACTIVE_MEMBER
        + " UNION SELECT c.class_teacher_id FROM school_class c JOIN study_group g ON"
        + " g.school_class_id = c.id JOIN group_member m ON m.group_id = g.id"
        + " WHERE c.class_teacher_id IS NOT NULL AND m.student_id IN ("
        + students
        + ") AND "
        + ACTIVE_MEMBER
        + " UNION SELECT s.specialist_id FROM student_support s WHERE s.student_id IN ("
        + students
        + ") AND (s.valid_to IS NULL OR s.valid_to >= "
        + TODAY
        + ")"
        + " UNION SELECT r.staff_id FROM staff_role r JOIN staff_member sm ON sm.person_id ="
        + " r.staff_id AND sm.active = TRUE WHERE r.role IN ('DIRECTOR', 'DEPUTY', 'DB_ADMIN')";
  }

  /**
   * A native query whose {@code :me}, {@code :target} and {@code :today} placeholders become
   * numbered parameters (each occurrence its own), bound to the actor's person id, the target and
   * the school's today.
   */
  private jakarta.persistence.Query nativeQuery(String sql, long me, Object target) {
    StringBuilder numbered = new StringBuilder();
    List<Object> values = new java.util.ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(":(me|target|today)\\b").matcher(sql);
    LocalDate today = clock.today();
    while (m.find()) {
      values.add(
          switch (m.group(1)) {
            case "me" -> me;
            case "target" -> target;
            default -> today;
          });
      m.appendReplacement(numbered, "?" + values.size());
    }
    m.appendTail(numbered);
    jakarta.persistence.Query query = em.createNativeQuery(numbered.toString());
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    return query;
  }

  private boolean exists(String sql, Actor actor, long targetId) {
    return Relations.exists(em, clock, sql, actor.personId(), targetId);
  }

  private boolean classExists(long classId) {
    return Relations.exists(em, Relations.CLASS_EXISTS, classId);
  }

  private boolean groupExists(long groupId) {
    return Relations.exists(em, Relations.GROUP_EXISTS, groupId);
  }
}
