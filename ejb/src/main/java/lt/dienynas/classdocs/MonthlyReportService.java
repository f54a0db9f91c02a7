package lt.dienynas.classdocs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.CsvCell;
import lt.dienynas.shared.Messages;
import lt.dienynas.shared.SchoolClock;

/**
 * The class teacher's monthly reports: the progress and attendance report for guardians without
 * access to the diary (§21.11: marks by subject, missed lessons justified and not, praise and
 * remarks), for one student or the whole class in one file, printed on request; and the class
 * attendance report after each month (§21.8). Every figure comes from one query per table for the
 * whole class (never one per student).
 */
@Stateless
@RolesAllowed({
  Role.Names.CLASS_TEACHER,
  Role.Names.DEPUTY,
  Role.Names.DIRECTOR,
  Role.Names.DB_ADMIN
})
public class MonthlyReportService {

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @Inject private SchoolClock clock;

  /** The classes the calling class teacher leads, the latest year first. */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public List<GroupChoice> myClasses() {
    Actor actor = policy.requireTeacherWork("CLASS_MONTH_REPORT_CLASSES");
    return em.createQuery(
            "SELECT NEW lt.dienynas.classdocs.GroupChoice(c.id, c.name, y.name) FROM SchoolClass c"
                + " JOIN c.schoolYear y WHERE c.classTeacher.id = :me"
                + " ORDER BY y.startDate DESC, c.name",
            GroupChoice.class)
        .setParameter("me", actor.personId())
        .setMaxResults(50)
        .getResultList();
  }

  /** The class's attendance in the month (a month not begun yet is refused). */
  public ClassAttendanceReport classAttendance(long classId, YearMonth month) {
    policy.requireClassMonthReport(classId);
    return attendance(requireClass(classId), requireMonth(month));
  }

  /** {@link #classAttendance} as a PDF/A-2b file. */
  public DownloadFile classAttendancePdf(long classId, YearMonth month, Locale locale) {
    ClassAttendanceReport report = classAttendance(classId, month);
    byte[] bytes = ClassDocumentPdfs.classAttendance(report, clock.now(), locale);
    return new DownloadFile(
        fileName("lankomumas", report.className(), month, "pdf"), "application/pdf", bytes);
  }

  /** {@link #classAttendance} as RFC 4180 CSV in UTF-8 (a line per student, then the totals). */
  public DownloadFile classAttendanceCsv(long classId, YearMonth month, Locale locale) {
    ClassAttendanceReport report = classAttendance(classId, month);
    StringBuilder csv = new StringBuilder();
    csv.append(
            String.join(
                ",",
                ClassDocumentPdfs.attendanceHeaders(locale).stream().map(CsvCell::of).toList()))
        .append("\r\n");
    for (StudentAttendance s : report.students()) {
      csv.append(CsvCell.of(s.name()))
          .append(',')
          .append(s.justified())
          .append(',')
          .append(s.unjustified())
          .append(',')
          .append(s.late())
          .append("\r\n");
    }
    csv.append(CsvCell.of(text(locale, "classdocs.attendance.total")))
        .append(',')
        .append(report.justified())
        .append(',')
        .append(report.unjustified())
        .append(',')
        .append(report.late())
        .append("\r\n");
    return new DownloadFile(
        fileName("lankomumas", report.className(), month, "csv"),
        "text/csv; charset=UTF-8",
        csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Mokinio pažangumo ir lankomumo ataskaita už mėnesį (§21.11) as a PDF/A-2b file: one student's,
   * or (studentId null) every student's of the class, a page each.
   *
   * @throws BusinessException {@code classdocs.report.notInClass}, {@code
   *     classdocs.report.futureMonth}
   */
  public DownloadFile progressReport(long classId, Long studentId, YearMonth month, Locale locale) {
    policy.requireClassMonthReport(classId);
    SchoolClass schoolClass = requireClass(classId);
    YearMonth m = requireMonth(month);
    List<RosterLine> students = students(classId, m);
    if (studentId != null) {
      students = students.stream().filter(s -> s.personId() == studentId).toList();
      if (students.isEmpty()) {
        throw new BusinessException("classdocs.report.notInClass");
      }
    }
    List<Long> ids = students.stream().map(RosterLine::personId).toList();
    Map<Long, List<MonthMark>> marks = new HashMap<>();
    Map<Long, List<MonthNote>> notes = new HashMap<>();
    Map<Long, StudentAttendance> attendance = new HashMap<>();
    if (!ids.isEmpty()) {
      for (MonthMark mark : marks(ids, m)) {
        marks.computeIfAbsent(mark.studentId(), k -> new ArrayList<>()).add(mark);
      }
      for (MonthNote note : notes(ids, m)) {
        notes.computeIfAbsent(note.studentId(), k -> new ArrayList<>()).add(note);
      }
      for (StudentAttendance a : attendanceOf(students, m)) {
        attendance.put(a.studentId(), a);
      }
    }
    List<StudentMonth> months = new ArrayList<>();
    for (RosterLine student : students) {
      months.add(
          new StudentMonth(
              student,
              marks.getOrDefault(student.personId(), List.of()),
              attendance.get(student.personId()),
              notes.getOrDefault(student.personId(), List.of())));
    }
    byte[] bytes =
        ClassDocumentPdfs.progressReport(schoolClass.getName(), m, months, clock.now(), locale);
    String who = students.size() == 1 ? students.get(0).lastName() : schoolClass.getName();
    return new DownloadFile(fileName("pazangumas", who, m, "pdf"), "application/pdf", bytes);
  }

  /** The students of the class during the month, by name. */
  public List<RosterLine> studentsOf(long classId, YearMonth month) {
    policy.requireClassMonthReport(classId);
    return students(classId, requireMonth(month));
  }

  private ClassAttendanceReport attendance(SchoolClass schoolClass, YearMonth month) {
    List<StudentAttendance> rows = attendanceOf(students(schoolClass.getId(), month), month);
    int justified = rows.stream().mapToInt(StudentAttendance::justified).sum();
    int unjustified = rows.stream().mapToInt(StudentAttendance::unjustified).sum();
    int late = rows.stream().mapToInt(StudentAttendance::late).sum();
    List<StudentAttendance> most =
        rows.stream()
            .filter(r -> r.absent() > 0)
            .sorted(
                Comparator.comparingInt(StudentAttendance::absent)
                    .reversed()
                    .thenComparing(StudentAttendance::name))
            .limit(ClassAttendanceReport.MOST_ABSENT)
            .toList();
    return new ClassAttendanceReport(
        schoolClass.getId(),
        schoolClass.getName(),
        month.toString(),
        rows,
        justified,
        unjustified,
        late,
        most);
  }

  /** The students' attendance of the month from one grouped query. */
  private List<StudentAttendance> attendanceOf(List<RosterLine> students, YearMonth month) {
    Map<Long, int[]> counts = new HashMap<>();
    if (!students.isEmpty()) {
      for (AttendanceGroup g :
          em.createQuery(
                  "SELECT NEW lt.dienynas.classdocs.AttendanceGroup(a.student.id, a.status,"
                      + " a.justification, COUNT(a)) FROM Attendance a JOIN a.lesson l"
                      + " WHERE a.student.id IN :ids AND l.lessonDate BETWEEN :first AND :last"
                      + " GROUP BY a.student.id, a.status, a.justification",
                  AttendanceGroup.class)
              .setParameter("ids", students.stream().map(RosterLine::personId).toList())
              .setParameter("first", month.atDay(1))
              .setParameter("last", month.atEndOfMonth())
              .getResultList()) {
        int[] c = counts.computeIfAbsent(g.studentId(), k -> new int[3]);
        int n = (int) g.lessons();
        if (g.status() == AttendanceStatus.LATE) {
          c[2] += n;
        } else if (g.justification() != null) {
          c[0] += n;
        } else {
          c[1] += n;
        }
      }
    }
    List<StudentAttendance> rows = new ArrayList<>();
    for (RosterLine s : students) {
      int[] c = counts.getOrDefault(s.personId(), new int[3]);
      rows.add(new StudentAttendance(s.personId(), s.fullName(), c[0], c[1], c[2]));
    }
    return rows;
  }

  private List<RosterLine> students(long classId, YearMonth month) {
    return em.createQuery(
            "SELECT DISTINCT NEW lt.dienynas.classdocs.RosterLine(s.id, s.firstName, s.lastName)"
                + " FROM GroupMember m JOIN m.student s JOIN m.group g"
                + " WHERE g.schoolClass.id = :class AND g.kind = lt.dienynas.school.GroupKind.CLASS"
                + " AND m.validity.from <= :last AND (m.validity.to IS NULL OR m.validity.to >= :first)"
                + " ORDER BY s.lastName, s.firstName, s.id",
            RosterLine.class)
        .setParameter("class", classId)
        .setParameter("first", month.atDay(1))
        .setParameter("last", month.atEndOfMonth())
        .getResultList();
  }

  private List<MonthMark> marks(List<Long> ids, YearMonth month) {
    return em.createQuery(
            "SELECT NEW lt.dienynas.classdocs.MonthMark(m.student.id, sub.name, l.lessonDate,"
                + " m.scale, m.value, m.comment, m.kind) FROM Mark m JOIN m.lesson l"
                + " JOIN l.subject sub WHERE m.student.id IN :ids"
                + " AND l.lessonDate BETWEEN :first AND :last"
                + " ORDER BY sub.name, l.lessonDate, l.lessonNumber",
            MonthMark.class)
        .setParameter("ids", ids)
        .setParameter("first", month.atDay(1))
        .setParameter("last", month.atEndOfMonth())
        .getResultList();
  }

  private List<MonthNote> notes(List<Long> ids, YearMonth month) {
    return em.createQuery(
            "SELECT NEW lt.dienynas.classdocs.MonthNote(n.student.id, n.noteDate, n.kind, n.text)"
                + " FROM StudentNote n WHERE n.student.id IN :ids"
                + " AND n.noteDate BETWEEN :first AND :last ORDER BY n.noteDate, n.id",
            MonthNote.class)
        .setParameter("ids", ids)
        .setParameter("first", month.atDay(1))
        .setParameter("last", month.atEndOfMonth())
        .getResultList();
  }

  private SchoolClass requireClass(long classId) {
    SchoolClass found = em.find(SchoolClass.class, classId);
    if (found == null) {
      throw policy.refuse("CLASS_MONTH_REPORT", "class", classId);
    }
    return found;
  }

  private YearMonth requireMonth(YearMonth month) {
    if (month == null) {
      throw new BusinessException("classdocs.report.monthRequired");
    }
    LocalDate today = clock.today();
    if (month.atDay(1).isAfter(today)) {
      throw new BusinessException("classdocs.report.futureMonth", month.toString());
    }
    return month;
  }

  private static String fileName(String prefix, String who, YearMonth month, String extension) {
    String safe = who.replaceAll("[^\\p{L}\\p{N}]+", "-");
    return prefix + "-" + safe + "-" + month + "." + extension;
  }

  private static String text(Locale locale, String key, Object... args) {
    return Messages.format(locale, key, args);
  }
}
