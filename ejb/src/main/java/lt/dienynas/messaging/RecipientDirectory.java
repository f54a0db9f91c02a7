package lt.dienynas.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.Messages;
import lt.dienynas.shared.SchoolClock;

/**
 * Who is in a recipient group now (members whose membership has not ended, teachers whose
 * assignment has not ended), which groups a person may address, and their labels. Whether a person
 * may address a target is the {@link AccessPolicy}'s answer; this only expands and names.
 */
@Stateless
@PermitAll
public class RecipientDirectory {

  /**
   * The school's today in a query: bound from the {@link SchoolClock} (the database's CURRENT_DATE
   * is the server's date, not the school's).
   */
  private static final String TODAY = "?2";

  private static final String ACTIVE_MEMBER = "(m.valid_to IS NULL OR m.valid_to >= " + TODAY + ")";
  private static final String ACTIVE_ASSIGNMENT =
      "(a.valid_to IS NULL OR a.valid_to >= " + TODAY + ")";

  private static final String CLASS_STUDENTS =
      "SELECT m.student_id FROM group_member m JOIN study_group g ON g.id = m.group_id"
          + " WHERE g.school_class_id = ?1 AND g.kind IN ('CLASS', 'PRESCHOOL') AND "
          + ACTIVE_MEMBER;

  private static final String GROUP_STUDENTS =
      "SELECT m.student_id FROM group_member m WHERE m.group_id = ?1 AND " + ACTIVE_MEMBER;

  private static final String CLASS_TEACHERS =
      "SELECT a.teacher_id FROM teaching_assignment a JOIN study_group g ON g.id = a.group_id"
          + " WHERE g.school_class_id = ?1 AND "
          + ACTIVE_ASSIGNMENT
          + " UNION SELECT class_teacher_id FROM school_class WHERE id = ?1"
          + " AND class_teacher_id IS NOT NULL";

  private static final String ALL_STAFF = "SELECT person_id FROM staff_member WHERE active = TRUE";

  /** Classes of the years still open, by grade. */
  private static final String OPEN_CLASSES =
      "SELECT c.id, c.name FROM school_class c JOIN school_year y ON y.id = c.school_year_id"
          + " WHERE y.read_only = FALSE";

  private static final String CLASS_ORDER = " ORDER BY y.start_date, c.level, c.grade, c.name";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @Inject private SchoolClock clock;

  /** The people a target stands for now. */
  public Set<Long> expand(RecipientTarget target) {
    long id = target.id();
    return switch (target.kind()) {
      case PERSON -> Set.of(id);
      case CLASS_STUDENTS -> ids(CLASS_STUDENTS, id);
      case CLASS_GUARDIANS -> guardiansOf(CLASS_STUDENTS, id);
      case CLASS_TEACHERS -> ids(CLASS_TEACHERS, id);
      case GROUP_STUDENTS -> ids(GROUP_STUDENTS, id);
      case GROUP_GUARDIANS -> guardiansOf(GROUP_STUDENTS, id);
      case ALL_STAFF -> ids(ALL_STAFF, null);
    };
  }

  /** Whether the actor may address the target (the access policy's rules). */
  public boolean mayAddress(Actor actor, RecipientTarget target) {
    return switch (target.kind()) {
      case PERSON -> policy.mayAddressPerson(actor, target.id());
      case CLASS_STUDENTS, CLASS_GUARDIANS -> policy.mayAddressClassFamilies(actor, target.id());
      case CLASS_TEACHERS -> policy.mayAddressClassTeachers(actor, target.id());
      case GROUP_STUDENTS, GROUP_GUARDIANS -> policy.mayAddressGroupFamilies(actor, target.id());
      case ALL_STAFF -> policy.mayAddressAllStaff(actor);
    };
  }

  /**
   * The groups the actor may address, labelled: management every open class; a class teacher their
   * classes; a teacher the groups they teach; staff all staff and the teachers of the classes they
   * work in; a guardian or student the teachers of their (children's) classes.
   */
  public List<RecipientOption> groupOptions(Actor actor, Locale locale) {
    Set<RecipientTarget> targets = new LinkedHashSet<>();
    boolean staff = actor.roles().stream().anyMatch(Role::isStaff);
    if (staff) {
      targets.add(new RecipientTarget(RecipientKind.ALL_STAFF, 0));
    }
    List<Object[]> classes;
    if (actor.isSchoolWide()) {
      classes = rows(OPEN_CLASSES + CLASS_ORDER, null);
    } else {
      classes =
          rows(
              OPEN_CLASSES
                  + " AND (c.class_teacher_id = ?1 OR c.id IN (SELECT g.school_class_id FROM"
                  + " teaching_assignment a JOIN study_group g ON g.id = a.group_id WHERE"
                  + " a.teacher_id = ?1 AND "
                  + ACTIVE_ASSIGNMENT
                  + ") OR c.id IN (SELECT g.school_class_id FROM group_member m JOIN study_group g"
                  + " ON g.id = m.group_id WHERE "
                  + ACTIVE_MEMBER
                  + " AND (m.student_id = ?1 OR m.student_id IN (SELECT student_id FROM"
                  + " guardianship WHERE guardian_id = ?1))))"
                  + CLASS_ORDER,
              actor.personId());
    }
    for (Object[] c : classes) {
      long classId = ((Number) c[0]).longValue();
      for (RecipientKind kind :
          List.of(
              RecipientKind.CLASS_GUARDIANS,
              RecipientKind.CLASS_STUDENTS,
              RecipientKind.CLASS_TEACHERS)) {
        RecipientTarget target = new RecipientTarget(kind, classId);
        if (mayAddress(actor, target)) {
          targets.add(target);
        }
      }
    }
    if (!actor.isSchoolWide()) {
      for (Object[] g :
          rows(
              "SELECT DISTINCT g.id, g.name FROM study_group g JOIN teaching_assignment a ON"
                  + " a.group_id = g.id WHERE a.teacher_id = ?1 AND "
                  + ACTIVE_ASSIGNMENT
                  + " ORDER BY g.name",
              actor.personId())) {
        long groupId = ((Number) g[0]).longValue();
        for (RecipientKind kind :
            List.of(RecipientKind.GROUP_GUARDIANS, RecipientKind.GROUP_STUDENTS)) {
          RecipientTarget target = new RecipientTarget(kind, groupId);
          if (mayAddress(actor, target)) {
            targets.add(target);
          }
        }
      }
    }
    List<RecipientOption> options = new ArrayList<>();
    for (RecipientTarget target : targets) {
      options.add(new RecipientOption(target, label(target, locale)));
    }
    return options;
  }

  /** The people the actor may write to whose name contains the text, at most 20. */
  public List<RecipientOption> searchPeople(Actor actor, String text, Locale locale) {
    String query = text == null ? "" : text.strip();
    if (query.length() < 2) {
      return List.of();
    }
    String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    List<RecipientOption> options = new ArrayList<>();
    for (long id : policy.addressablePeople(actor, like, 20)) {
      RecipientTarget target = RecipientTarget.person(id);
      options.add(new RecipientOption(target, label(target, locale)));
    }
    return options;
  }

  /** "Vardas Pavardė", "5a klasės tėvai (globėjai)", "Visi mokyklos darbuotojai" … */
  public String label(RecipientTarget target, Locale locale) {
    return switch (target.kind()) {
      case PERSON ->
          single(
              "SELECT CONCAT(first_name, ' ', last_name) FROM person WHERE id = ?1", target.id());
      case CLASS_GUARDIANS, CLASS_STUDENTS, CLASS_TEACHERS ->
          Messages.format(
              locale,
              "recipient." + target.kind(),
              single("SELECT name FROM school_class WHERE id = ?1", target.id()));
      case GROUP_GUARDIANS, GROUP_STUDENTS ->
          Messages.format(
              locale,
              "recipient." + target.kind(),
              single("SELECT name FROM study_group WHERE id = ?1", target.id()));
      case ALL_STAFF -> Messages.format(locale, "recipient.ALL_STAFF");
    };
  }

  private Set<Long> guardiansOf(String studentsSql, long id) {
    return ids(
        "SELECT DISTINCT guardian_id FROM guardianship WHERE student_id IN (" + studentsSql + ")",
        id);
  }

  @SuppressWarnings("unchecked")
  private Set<Long> ids(String sql, Long parameter) {
    var query = query(sql, parameter);
    Set<Long> ids = new LinkedHashSet<>();
    for (Object row : (List<Object>) query.getResultList()) {
      ids.add(((Number) row).longValue());
    }
    return ids;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Long parameter) {
    return (List<Object[]>) query(sql, parameter).setMaxResults(500).getResultList();
  }

  /** The query with its one parameter (?1) and, where it asks for it, the school's today. */
  private Query query(String sql, Long parameter) {
    Query query = em.createNativeQuery(sql);
    if (parameter != null) {
      query.setParameter(1, parameter);
    }
    if (sql.contains(TODAY)) {
      query.setParameter(2, clock.today());
    }
    return query;
  }

  private String single(String sql, long id) {
    List<?> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
    return rows.isEmpty() ? "?" : String.valueOf(rows.get(0));
  }
}
