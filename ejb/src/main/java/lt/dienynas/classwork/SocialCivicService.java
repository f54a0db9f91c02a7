package lt.dienynas.classwork;

import static lt.dienynas.security.Role.Names.CLASS_TEACHER;
import static lt.dienynas.security.Role.Names.DB_ADMIN;
import static lt.dienynas.security.Role.Names.DEPUTY;
import static lt.dienynas.security.Role.Names.DIRECTOR;
import static lt.dienynas.security.Role.Names.GUARDIAN;
import static lt.dienynas.security.Role.Names.STUDENT;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.school.ClassLevel;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.shared.SchoolSettings;

/**
 * Socialinė-pilietinė veikla (§21.12, §7.1): the class teacher of a class of grades 5–8 records an
 * activity's hours for several of its students at once, with the day, the activity and who
 * confirmed it; each student's hours of the school year and the class's count against the school's
 * yearly norm ({@link SchoolSettings#SOCIAL_CIVIC_HOURS_NORM}); the student and their guardians see
 * the student's own. Every write: the class teacher of the class, the year writable, the day in it
 * and not ahead, the month open, history.
 */
@Stateless
@Interceptors(InputRefusals.class)
@RolesAllowed({CLASS_TEACHER, DEPUTY, DIRECTOR, DB_ADMIN})
@HistorySource("social-civic activity")
public class SocialCivicService {
  public static final int FIRST_GRADE = 5;
  public static final int LAST_GRADE = 8;

  /** The norm when the school has not set one. */
  static final int DEFAULT_NORM = 10;

  static final int MAX_ENTRIES = 2000;
  static final String TYPE = "social_civic_entry";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;
  @EJB private HistoryLog history;
  @EJB private MonthLockService locks;
  @EJB private SchoolSettings settings;
  @Inject private SchoolClock clock;

  /** The school's yearly norm of hours for a student of grades 5–8. */
  @PermitAll
  public int norm() {
    return settings.intValue(SchoolSettings.SOCIAL_CIVIC_HOURS_NORM, DEFAULT_NORM);
  }

  /** The class's students' hours of the year against the norm, and its entries. */
  public SocialCivicClassView ofClass(long classId) {
    policy.requireSocialCivicRead(classId);
    SchoolClass schoolClass = em.find(SchoolClass.class, classId);
    SchoolYear year = schoolClass.getSchoolYear();
    int norm = norm();
    LocalDate on = clamp(clock.today(), year);
    List<SocialCivicTotal> totals = new ArrayList<>();
    BigDecimal classHours = BigDecimal.ZERO.setScale(1);
    int met = 0;
    String members =
        "SELECT m.student.id FROM GroupMember m WHERE m.group.schoolClass.id = :classId"
            + " AND m.group.kind = lt.dienynas.school.GroupKind.CLASS AND m.validity.from <= :on"
            + " AND (m.validity.to IS NULL OR m.validity.to >= :on)";
    Map<Long, BigDecimal> done = new HashMap<>();
    for (StudentHours h :
        em.createQuery(
                "SELECT NEW lt.dienynas.classwork.StudentHours(e.studentId, SUM(e.hours))"
                    + " FROM SocialCivicEntry e WHERE e.yearId = :yearId AND e.studentId IN ("
                    + members
                    + ") GROUP BY e.studentId",
                StudentHours.class)
            .setParameter("yearId", year.getId())
            .setParameter("classId", classId)
            .setParameter("on", on)
            .getResultList()) {
      done.put(h.studentId(), h.hours());
    }
    for (StudentHours h :
        em.createQuery(
                "SELECT NEW lt.dienynas.classwork.StudentHours(s.id, s.firstName, s.lastName)"
                    + " FROM Student s WHERE s.id IN ("
                    + members
                    + ") ORDER BY s.lastName, s.firstName, s.id",
                StudentHours.class)
            .setParameter("classId", classId)
            .setParameter("on", on)
            .setMaxResults(MAX_ENTRIES)
            .getResultList()) {
      SocialCivicTotal total =
          SocialCivicTotal.of(
              h.studentId(), h.firstName(), h.lastName(), done.get(h.studentId()), norm);
      totals.add(total);
      classHours = classHours.add(total.hours());
      if (total.met()) {
        met++;
      }
    }
    List<SocialCivicEntryView> entries =
        em.createNamedQuery(SocialCivicEntry.OF_CLASS, SocialCivicEntryView.class)
            .setParameter("classId", classId)
            .setMaxResults(MAX_ENTRIES)
            .getResultList();
    return new SocialCivicClassView(
        classId, schoolClass.getName(), norm, totals, classHours, met, entries);
  }

  /**
   * One student's hours of the school year of their class (the latest they are in), for the
   * student, their guardians, their class teacher and management.
   */
  @RolesAllowed({STUDENT, GUARDIAN, CLASS_TEACHER, DEPUTY, DIRECTOR, DB_ADMIN})
  public SocialCivicStudentView ofStudent(long studentId) {
    policy.requireStudentSocialCivicRead(studentId);
    List<StudentClass> found =
        em.createQuery(
                "SELECT NEW lt.dienynas.classwork.StudentClass(c.id, c.name, c.grade, y.id, y.name,"
                    + " s.firstName, s.lastName) FROM GroupMember m JOIN m.student s"
                    + " JOIN m.group g JOIN g.schoolClass c JOIN c.schoolYear y"
                    + " WHERE s.id = :studentId AND g.kind = lt.dienynas.school.GroupKind.CLASS"
                    + " ORDER BY y.startDate DESC, m.validity.from DESC, m.id DESC",
                StudentClass.class)
            .setParameter("studentId", studentId)
            .setMaxResults(1)
            .getResultList();
    if (found.isEmpty()) {
      throw new BusinessException("classwork.socialCivic.noClass");
    }
    StudentClass sc = found.get(0);
    List<SocialCivicEntryView> entries =
        em.createNamedQuery(SocialCivicEntry.OF_STUDENT, SocialCivicEntryView.class)
            .setParameter("studentId", studentId)
            .setParameter("yearId", sc.yearId())
            .setMaxResults(MAX_ENTRIES)
            .getResultList();
    BigDecimal hours =
        entries.stream().map(SocialCivicEntryView::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean applies = sc.grade() != null && sc.grade() >= FIRST_GRADE && sc.grade() <= LAST_GRADE;
    return new SocialCivicStudentView(
        studentId,
        sc.firstName() + " " + sc.lastName(),
        sc.className(),
        sc.yearName(),
        applies,
        SocialCivicTotal.of(studentId, sc.firstName(), sc.lastName(), hours, norm()),
        entries);
  }

  /**
   * The class teacher records one activity for several students of the class: each of them gets the
   * hours.
   *
   * @return the class's hours as they are now
   * @throws BusinessException {@code classwork.socialCivic.*}, {@code classwork.future}, {@code
   *     schoolYear.outside}, {@code schoolYear.readOnly}, {@code month.locked}, {@code
   *     plainText.invalid}
   */
  @RolesAllowed(CLASS_TEACHER)
  public SocialCivicClassView record(
      long classId,
      @NotNull(message = "{classwork.socialCivic.date}") @Valid SocialCivicInput input) {
    Actor teacher = policy.requireSocialCivicWrite(classId);
    SchoolClass schoolClass = em.find(SchoolClass.class, classId);
    requireUpperGrade(schoolClass);
    RecordDay.requireWritable(schoolClass, input.date(), clock.today(), locks);
    Set<Long> students = new LinkedHashSet<>();
    for (Long id : input.studentIds()) {
      if (id == null) {
        throw new BusinessException("classwork.socialCivic.notInClass");
      }
      students.add(id);
    }
    Set<Long> members =
        new HashSet<>(
            em.createQuery(
                    "SELECT m.student.id FROM GroupMember m WHERE m.group.schoolClass.id = :classId"
                        + " AND m.group.kind = lt.dienynas.school.GroupKind.CLASS"
                        + " AND m.student.id IN :ids AND m.validity.from <= :date"
                        + " AND (m.validity.to IS NULL OR m.validity.to >= :date)",
                    Long.class)
                .setParameter("classId", classId)
                .setParameter("ids", List.copyOf(students))
                .setParameter("date", input.date())
                .getResultList());
    if (!members.containsAll(students)) {
      throw new BusinessException("classwork.socialCivic.notInClass");
    }
    List<SocialCivicEntry> created = new ArrayList<>();
    for (long studentId : students) {
      SocialCivicEntry entry =
          new SocialCivicEntry(
              schoolClass.getSchoolYear().getId(),
              classId,
              studentId,
              input,
              teacher.personId(),
              clock.now());
      em.persist(entry);
      created.add(entry);
    }
    em.flush();
    history.recordAll(
        created.stream().map(e -> Change.inserted(TYPE, e.getId(), values(e))).toList());
    return ofClass(classId);
  }

  /**
   * The class teacher removes one student's entry of an open month.
   *
   * @throws BusinessException {@code classwork.socialCivic.stale}, {@code month.locked}, {@code
   *     schoolYear.readOnly}
   */
  @RolesAllowed(CLASS_TEACHER)
  public void remove(long entryId, Integer expectedVersion) {
    policy.requireSocialCivicEntryRemoval(entryId);
    SocialCivicEntry entry = em.find(SocialCivicEntry.class, entryId);
    if (entry == null) {
      throw policy.refuse("SOCIAL_CIVIC_REMOVE", "social_civic_entry", entryId);
    }
    if (StaleWriteException.isStale(expectedVersion, entry.getVersion())) {
      throw StaleWriteException.of(entry.getVersion(), "classwork.socialCivic.stale");
    }
    RecordDay.requireWritable(
        em.find(SchoolClass.class, entry.getClassId()), entry.getDate(), clock.today(), locks);
    Map<String, Object> before = values(entry);
    em.remove(entry);
    em.flush();
    history.record(Change.deleted(TYPE, entryId, before));
  }

  private static void requireUpperGrade(SchoolClass schoolClass) {
    int grade = schoolClass.getGrade().orElse(0);
    if (schoolClass.getLevel() != ClassLevel.GRADE || grade < FIRST_GRADE || grade > LAST_GRADE) {
      throw new BusinessException("classwork.socialCivic.grades", schoolClass.getName());
    }
  }

  /** The day the class's list is read on: today, within the school year. */
  private static LocalDate clamp(LocalDate today, SchoolYear year) {
    if (today.isBefore(year.getStartDate())) {
      return year.getStartDate();
    }
    return today.isAfter(year.getEndDate()) ? year.getEndDate() : today;
  }

  private static Map<String, Object> values(SocialCivicEntry e) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("class", e.getClassId());
    values.put("student", e.getStudentId());
    values.put("date", e.getDate());
    values.put("activity", e.getActivity());
    values.put("hours", e.getHours());
    values.put("confirmedBy", e.getConfirmedBy());
    return values;
  }
}
