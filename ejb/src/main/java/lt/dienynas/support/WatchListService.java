package lt.dienynas.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.StudentNoteKind;
import lt.dienynas.people.Student;
import lt.dienynas.people.StudentClasses;
import lt.dienynas.people.StudentClasses.ClassOf;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.DateRange;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.shared.SchoolSettings;

/**
 * Stebėsenos sąrašas (§24–§27): what the social pedagogue, psychologist, special pedagogue, speech
 * therapist and career specialist follow about the students they support now — attendance,
 * lateness, marks, the teachers' remarks and praise, the specialists' progress notes, the risk
 * group and the early warnings. The list takes one query per figure for all the students.
 */
@Stateless
@RolesAllowed({
  Role.Names.SOCIAL_PEDAGOGUE,
  Role.Names.PSYCHOLOGIST,
  Role.Names.SPECIAL_PEDAGOGUE,
  Role.Names.SPEECH_THERAPIST,
  Role.Names.CAREER_SPECIALIST
})
public class WatchListService {
  /** The longest span a watch list covers: a school year and a little. */
  static final int LONGEST_SPAN_DAYS = 400;

  /** Progress notes shown on a student's page, newest first. */
  static final int PROGRESS_NOTES_SHOWN = 200;

  static final String MARKS_LAST = "early_warning_marks_last";

  private static final String ATTENDANCE_OF_STUDENT =
      "SELECT NEW lt.dienynas.support.AttendanceMark(l.lessonDate, a.status, a.justification)"
          + " FROM Attendance a JOIN a.lesson l WHERE a.student.id = :id"
          + " AND l.lessonDate BETWEEN :from AND :to ORDER BY l.lessonDate, l.lessonNumber";

  private static final String NOTES_OF_STUDENT =
      "SELECT NEW lt.dienynas.support.TeacherNote(n.noteDate, n.kind, n.text, p.firstName,"
          + " p.lastName) FROM StudentNote n JOIN n.author p WHERE n.student.id = :id"
          + " AND n.noteDate BETWEEN :from AND :to ORDER BY n.noteDate DESC, n.id DESC";

  private static final String PROGRESS_NOTES_OF_STUDENT =
      "SELECT NEW lt.dienynas.support.ProgressNoteView(n.id, n.noteDate, n.text, p.id,"
          + " p.firstName, p.lastName, n.version) FROM ProgressNote n JOIN n.author p"
          + " WHERE n.student.id = :id ORDER BY n.noteDate DESC, n.id DESC";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Inject private SchoolClock clock;

  @EJB private AccessPolicy policy;

  @EJB private SupportFigures figures;

  @EJB private StudentClasses classes;

  @EJB private SchoolSettings settings;

  /**
   * The calling specialist's watch list: every student they support today, with the figures of the
   * span (both null: the current school year up to today).
   *
   * @throws BusinessException {@code dateRange.order}, {@code watch.span}
   */
  public List<WatchRow> myWatchList(LocalDate from, LocalDate to) {
    Actor actor = policy.requireSupportWork();
    DateRange span = span(from, to);
    List<StudentSupport> supports =
        em.createNamedQuery(StudentSupport.CURRENT_OF_SPECIALIST, StudentSupport.class)
            .setParameter("specialistId", actor.personId())
            .setParameter("today", clock.today())
            .getResultList();
    List<Long> ids = supports.stream().map(s -> s.getStudent().getId()).distinct().toList();
    Map<Long, ClassOf> classOf = classes.of(ids);
    Map<Long, AttendanceFigures> attendance = figures.attendance(ids, span.start(), span.end());
    Map<Long, List<Integer>> tenPoint = new LinkedHashMap<>();
    Map<Long, Long> markCount = new LinkedHashMap<>();
    for (MarkEntry mark : figures.marks(ids, span.start(), span.end())) {
      markCount.merge(mark.studentId(), 1L, Long::sum);
      if (mark.tenPoint() != null) {
        tenPoint.computeIfAbsent(mark.studentId(), k -> new ArrayList<>()).add(mark.tenPoint());
      }
    }
    Map<Long, NoteCount> remarks =
        figures.notes(ids, StudentNoteKind.REMARK, span.start(), span.end());
    Map<Long, NoteCount> praises =
        figures.notes(ids, StudentNoteKind.PRAISE, span.start(), span.end());
    Map<Long, NoteCount> progress = figures.progressNotes(ids, span.start(), span.end());
    Map<Long, NoteCount> warnings = figures.openWarnings(ids);
    var risk = figures.inRiskGroup(ids);
    int lastN = settings.intValue(MARKS_LAST, 5);
    List<WatchRow> rows = new ArrayList<>();
    for (StudentSupport support : supports) {
      long id = support.getStudent().getId();
      ClassOf c = classOf.get(id);
      NoteCount notes = progress.get(id);
      rows.add(
          new WatchRow(
              id,
              support.getStudent().getFullName(),
              c == null ? "" : c.name(),
              support.getValidFrom(),
              attendance.get(id),
              markCount.getOrDefault(id, 0L),
              MarkTrend.of(tenPoint.getOrDefault(id, List.of()), lastN),
              count(remarks, id),
              count(praises, id),
              count(progress, id),
              notes == null ? null : notes.latest(),
              risk.contains(id),
              count(warnings, id)));
    }
    return rows;
  }

  /**
   * One student the calling specialist supports, over the span (both null: the current school year
   * up to today); the progress notes and warnings of all time.
   *
   * @throws BusinessException {@code dateRange.order}, {@code watch.span}
   */
  public StudentWatch student(long studentId, LocalDate from, LocalDate to) {
    Actor actor = policy.requireSupportedStudent(studentId);
    DateRange span = span(from, to);
    Student student = em.find(Student.class, studentId);
    List<Long> ids = List.of(studentId);
    List<AttendanceMark> absences =
        em.createQuery(ATTENDANCE_OF_STUDENT, AttendanceMark.class)
            .setParameter("id", studentId)
            .setParameter("from", span.start())
            .setParameter("to", span.end())
            .getResultList();
    List<MarkEntry> marks = figures.marks(ids, span.start(), span.end());
    RiskGroupFlag flag = em.find(RiskGroupFlag.class, studentId);
    List<Integer> tenPoint =
        marks.stream().map(MarkEntry::tenPoint).filter(v -> v != null).toList();
    return new StudentWatch(
        studentId,
        student.getFullName(),
        classes.of(studentId).map(ClassOf::name).orElse(""),
        span.start(),
        span.end(),
        flag != null && flag.isInGroup(),
        flag == null ? null : flag.getReason(),
        flag == null ? null : flag.getVersion(),
        policy.mayFlagRiskGroupOf(actor, studentId),
        actor.personId(),
        figures.attendance(ids, span.start(), span.end()).get(studentId),
        MarkTrend.of(tenPoint, settings.intValue(MARKS_LAST, 5)),
        months(span, absences, marks),
        marks,
        em.createQuery(NOTES_OF_STUDENT, TeacherNote.class)
            .setParameter("id", studentId)
            .setParameter("from", span.start())
            .setParameter("to", span.end())
            .getResultList(),
        em.createQuery(PROGRESS_NOTES_OF_STUDENT, ProgressNoteView.class)
            .setParameter("id", studentId)
            .setMaxResults(PROGRESS_NOTES_SHOWN)
            .getResultList(),
        em
            .createNamedQuery(EarlyWarning.OF_STUDENT, EarlyWarning.class)
            .setParameter("id", studentId)
            .getResultList()
            .stream()
            .map(
                w ->
                    new WarningView(
                        w.getKind(),
                        w.getCrossedOn(),
                        w.getFigure(),
                        w.getClearedOn().orElse(null)))
            .toList());
  }

  /**
   * The span asked for; none: the school year of today, from its first day up to today.
   *
   * @throws BusinessException {@code dateRange.order}, {@code watch.span}
   */
  DateRange span(LocalDate from, LocalDate to) {
    LocalDate today = clock.today();
    if (from == null || to == null) {
      SchoolYear year =
          em
              .createNamedQuery(SchoolYear.FIND_CONTAINING, SchoolYear.class)
              .setParameter("date", today)
              .getResultList()
              .stream()
              .findFirst()
              .orElse(null);
      LocalDate start = year == null ? today.minusDays(30) : year.getStartDate();
      return new DateRange(from == null ? start : from, to == null ? today : to);
    }
    if (to.isBefore(from)) {
      throw new BusinessException("dateRange.order", from, to);
    }
    if (ChronoUnit.DAYS.between(from, to) > LONGEST_SPAN_DAYS) {
      throw new BusinessException("watch.span", LONGEST_SPAN_DAYS);
    }
    return new DateRange(from, to);
  }

  private static List<MonthFigures> months(
      DateRange span, List<AttendanceMark> absences, List<MarkEntry> marks) {
    Map<YearMonth, long[]> counts = new LinkedHashMap<>();
    Map<YearMonth, List<Integer>> tenPoint = new LinkedHashMap<>();
    for (YearMonth m = YearMonth.from(span.start());
        !m.isAfter(YearMonth.from(span.end()));
        m = m.plusMonths(1)) {
      counts.put(m, new long[4]);
      tenPoint.put(m, new ArrayList<>());
    }
    for (AttendanceMark a : absences) {
      long[] c = counts.get(YearMonth.from(a.date()));
      if (a.status() == AttendanceStatus.LATE) {
        c[2]++;
      } else {
        c[0]++;
        if (a.reason() == null) {
          c[1]++;
        }
      }
    }
    for (MarkEntry mark : marks) {
      YearMonth m = YearMonth.from(mark.date());
      counts.get(m)[3]++;
      if (mark.tenPoint() != null) {
        tenPoint.get(m).add(mark.tenPoint());
      }
    }
    List<MonthFigures> months = new ArrayList<>();
    counts.forEach(
        (m, c) -> {
          BigDecimal average = MarkTrend.of(tenPoint.get(m), 1).average();
          months.add(new MonthFigures(m, c[0], c[1], c[2], (int) c[3], average));
        });
    return months;
  }

  private static long count(Map<Long, NoteCount> counts, long id) {
    NoteCount c = counts.get(id);
    return c == null ? 0 : c.count();
  }
}
