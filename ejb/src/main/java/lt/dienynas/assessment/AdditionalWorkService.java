package lt.dienynas.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.messaging.SystemNotices;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.Subject;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;

/**
 * Papildomi / vasaros darbai (§23.12): a teacher of the subject assigns the work to a student and
 * enters its result, which becomes the year's final result in the subject; the class teacher is
 * told of the assignment.
 */
@Stateless
@RolesAllowed({Role.Names.TEACHER, Role.Names.NON_FORMAL_TEACHER, Role.Names.PRESCHOOL_TEACHER})
@HistorySource("additional work")
public class AdditionalWorkService {

  private static final String CLASS_TEACHERS =
      "SELECT DISTINCT c.class_teacher_id FROM group_member m JOIN study_group g ON g.id ="
          + " m.group_id AND g.kind IN ('CLASS', 'PRESCHOOL') JOIN school_class c ON c.id ="
          + " g.school_class_id WHERE m.student_id = ?1 AND g.school_year_id = ?2"
          + " AND c.class_teacher_id IS NOT NULL";

  private static final String GROUP_STUDENTS =
      "SELECT DISTINCT p.id, p.first_name, p.last_name FROM group_member m JOIN person p"
          + " ON p.id = m.student_id WHERE m.group_id = ?1 ORDER BY p.last_name, p.first_name";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private HistoryLog history;

  @EJB private MonthLockService locks;

  @EJB private SystemNotices notices;

  @Inject private SchoolClock clock;

  /**
   * Assigns additional or summer work; the class teacher is told.
   *
   * @throws BusinessException {@code additionalWork.exists}, {@code additionalWork.dueRequired},
   *     {@code additionalWork.task}, {@code periodGrade.unknown}, {@code schoolYear.readOnly}
   */
  public long assign(
      long yearId,
      long studentId,
      long subjectId,
      AdditionalWorkKind kind,
      LocalDate dueDate,
      String task) {
    Actor actor = policy.requireSubjectTeacherOfStudent(studentId, subjectId);
    SchoolYear year = em.find(SchoolYear.class, yearId);
    if (year == null || kind == null) {
      throw new BusinessException("periodGrade.unknown");
    }
    if (dueDate == null) {
      throw new BusinessException("additionalWork.dueRequired");
    }
    year.requireWritable();
    Long existing =
        em.createQuery(
                "SELECT COUNT(w) FROM AdditionalWork w WHERE w.schoolYear = :year AND"
                    + " w.student.id = :student AND w.subject.id = :subject AND w.kind = :kind",
                Long.class)
            .setParameter("year", year)
            .setParameter("student", studentId)
            .setParameter("subject", subjectId)
            .setParameter("kind", kind)
            .getSingleResult();
    if (existing > 0) {
      throw new BusinessException("additionalWork.exists");
    }
    Student student = em.find(Student.class, studentId);
    Subject subject = em.find(Subject.class, subjectId);
    AdditionalWork work =
        new AdditionalWork(
            year,
            student,
            subject,
            kind,
            dueDate,
            task,
            em.find(Person.class, actor.personId()),
            now());
    em.persist(work);
    em.flush();
    history.record(Change.inserted("additional_work", work.getId(), work.snapshot()));
    Set<Long> classTeachers = new LinkedHashSet<>();
    for (Object id :
        em.createNativeQuery(CLASS_TEACHERS)
            .setParameter(1, studentId)
            .setParameter(2, yearId)
            .getResultList()) {
      classTeachers.add(((Number) id).longValue());
    }
    notices.notify(
        classTeachers,
        kind == AdditionalWorkKind.SUMMER
            ? "notice.summerWork.subject"
            : "notice.additionalWork.subject",
        "notice.additionalWork.body",
        student.getFullName(),
        subject.getName(),
        dueDate);
    return work.getId();
  }

  /**
   * Enters the work's result: it becomes the year's final result in the subject.
   *
   * @throws BusinessException {@code periodGrade.locked}, {@code mark.unknown}, {@code
   *     schoolYear.readOnly}
   */
  public void enterResult(long workId, PeriodGradeValue result) {
    AdditionalWork work = em.find(AdditionalWork.class, workId);
    if (work == null) {
      throw policy.refuse("SUBJECT_TEACHER_OF_STUDENT", "additional_work", workId);
    }
    Actor actor =
        policy.requireSubjectTeacherOfStudent(work.getStudent().getId(), work.getSubject().getId());
    if (result == null) {
      throw new BusinessException("mark.unknown", "");
    }
    work.getSchoolYear().requireWritable();
    Optional<Long> act = locks.actInProgress();
    Map<String, Object> before = work.snapshot();
    work.enterResult(result, em.find(Person.class, actor.personId()), now(), act.isPresent());
    Change change = Change.updated("additional_work", workId, before, work.snapshot());
    history.record(change);
  }

  /**
   * Applies a correction act's line to a (locked) additional or summer work's result: only while
   * that act is being applied, by the DB admin; the history entry names the act (§30.1).
   *
   * @throws BusinessException {@code correction.noWork}, {@code correction.wrongValue}
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public void correctUnderAct(
      long actId,
      long yearId,
      long studentId,
      long subjectId,
      AdditionalWorkKind kind,
      String wrong,
      String correct) {
    Actor actor = policy.requireAdministration("CORRECTION_APPLY");
    if (!locks.actInProgress().equals(Optional.of(actId))) {
      throw policy.refuse("CORRECTION_APPLY", "correctionAct", actId);
    }
    List<AdditionalWork> works =
        em.createQuery(
                "SELECT w FROM AdditionalWork w WHERE w.schoolYear.id = :year AND w.student.id ="
                    + " :student AND w.subject.id = :subject AND w.kind = :kind",
                AdditionalWork.class)
            .setParameter("year", yearId)
            .setParameter("student", studentId)
            .setParameter("subject", subjectId)
            .setParameter("kind", kind)
            .getResultList();
    if (works.isEmpty()) {
      throw new BusinessException("correction.noWork");
    }
    AdditionalWork work = works.get(0);
    String now = work.result().map(PeriodGradeValue::notation).orElse(null);
    String expected = wrong == null ? null : PeriodGradeValue.parse(wrong).notation();
    if (!java.util.Objects.equals(now, expected)) {
      throw new BusinessException(
          "correction.wrongValue", expected == null ? "—" : expected, now == null ? "—" : now);
    }
    Map<String, Object> before = work.snapshot();
    work.enterResult(
        PeriodGradeValue.parse(correct), em.find(Person.class, actor.personId()), now(), true);
    history.record(Change.updated("additional_work", work.getId(), before, work.snapshot()));
  }

  /**
   * As {@link #enterResult(long, PeriodGradeValue)}, against the version the caller loaded.
   *
   * @throws BusinessException {@code yearEnd.stale} when the work changed meanwhile
   */
  public void enterResult(long workId, PeriodGradeValue result, int loadedVersion) {
    AdditionalWork work = em.find(AdditionalWork.class, workId);
    if (work != null && work.getVersion() != loadedVersion) {
      policy.requireSubjectTeacherOfStudent(work.getStudent().getId(), work.getSubject().getId());
      throw new BusinessException("yearEnd.stale");
    }
    enterResult(workId, result);
  }

  /**
   * The work of a group's students in a subject, for its teacher (two queries whatever the group's
   * size).
   */
  public GroupWork ofGroup(long groupId, long subjectId) {
    policy.requireSubjectTeacher(groupId, subjectId);
    lt.dienynas.school.StudyGroup group = em.find(lt.dienynas.school.StudyGroup.class, groupId);
    Subject subject = em.find(Subject.class, subjectId);
    SchoolYear year = group.getSchoolYear();
    List<GroupWork.Student> students = new java.util.ArrayList<>();
    for (Object row :
        em.createNativeQuery(GROUP_STUDENTS).setParameter(1, groupId).getResultList()) {
      Object[] r = (Object[]) row;
      students.add(new GroupWork.Student(((Number) r[0]).longValue(), r[1] + " " + r[2]));
    }
    List<GroupWork.Work> works =
        em
            .createQuery(
                "SELECT w FROM AdditionalWork w JOIN FETCH w.student WHERE w.schoolYear = :year"
                    + " AND w.subject.id = :subject AND w.student.id IN (SELECT m.student.id FROM"
                    + " GroupMember m WHERE m.group.id = :group) ORDER BY w.dueDate, w.id",
                AdditionalWork.class)
            .setParameter("year", year)
            .setParameter("subject", subjectId)
            .setParameter("group", groupId)
            .getResultList()
            .stream()
            .map(
                w ->
                    new GroupWork.Work(
                        w.getId(),
                        w.getStudent().getId(),
                        w.getStudent().getFullName(),
                        w.getKind(),
                        w.getDueDate(),
                        w.getTask(),
                        w.result().map(PeriodGradeValue::notation).orElse(null),
                        w.isLocked(),
                        w.getVersion()))
            .toList();
    return new GroupWork(
        groupId, group.getName(), subjectId, subject.getName(), year.getId(), students, works);
  }

  /** The student's additional and summer work of a year (for their teachers and diary). */
  @jakarta.annotation.security.PermitAll
  public List<AdditionalWorkView> ofStudent(long studentId, long yearId) {
    policy.requireStudentDiaryRead(studentId);
    return em
        .createQuery(
            "SELECT w FROM AdditionalWork w JOIN FETCH w.subject WHERE w.student.id = :student"
                + " AND w.schoolYear.id = :year ORDER BY w.dueDate",
            AdditionalWork.class)
        .setParameter("student", studentId)
        .setParameter("year", yearId)
        .getResultList()
        .stream()
        .map(
            w ->
                new AdditionalWorkView(
                    w.getId(),
                    w.getSubject().getId(),
                    w.getSubject().getName(),
                    w.getKind(),
                    w.getDueDate(),
                    w.result().map(PeriodGradeValue::notation).orElse(null)))
        .toList();
  }

  private LocalDateTime now() {
    return clock.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
