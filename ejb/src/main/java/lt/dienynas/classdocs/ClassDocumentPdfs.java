package lt.dienynas.classdocs;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lt.dienynas.reporting.PdfDocumentBuilder;
import lt.dienynas.reporting.ReportSection;
import lt.dienynas.reporting.SchoolName;
import lt.dienynas.shared.Messages;

/**
 * The printed documents of the class teacher's records, as PDF/A-2b files: the instruction's sign
 * sheet (§21.4), the student's monthly progress and attendance report (§21.11) and the class
 * attendance report (§21.8). Pure layout of data already read and checked by the services.
 */
public final class ClassDocumentPdfs {
  private ClassDocumentPdfs() {}

  /** Instruktažo lapas: the instruction, then one line to sign per student. */
  public static byte[] signSheet(SignSheet sheet, Locale locale) {
    String title = text(locale, "classdocs.sheet.title");
    PdfDocumentBuilder pdf =
        new PdfDocumentBuilder(title + " – " + sheet.groupName(), SchoolName.get());
    pdf.title(title);
    pdf.paragraph(SchoolName.get());
    pdf.field(text(locale, "classdocs.sheet.group"), sheet.groupName());
    pdf.field(text(locale, "classdocs.sheet.date"), sheet.date().toString());
    pdf.field(
        text(locale, "classdocs.sheet.kind"),
        text(locale, "classdocs.instruction.kind." + sheet.kind()));
    pdf.field(text(locale, "classdocs.sheet.instruction"), sheet.title());
    pdf.field(text(locale, "classdocs.sheet.by"), sheet.heldBy());
    pdf.heading(text(locale, "classdocs.sheet.content"));
    pdf.paragraph(sheet.content());
    List<List<String>> rows = new ArrayList<>();
    int n = 1;
    for (RosterLine s : sheet.students()) {
      rows.add(List.of(Integer.toString(n++), s.fullName(), ""));
    }
    pdf.section(
        new ReportSection(
            text(locale, "classdocs.sheet.students"),
            List.of(
                text(locale, "classdocs.sheet.no"),
                text(locale, "classdocs.sheet.student"),
                text(locale, "classdocs.sheet.signature")),
            rows,
            text(locale, "classdocs.sheet.noStudents")));
    pdf.signatureLine(
        text(locale, "classdocs.sheet.teacher"), text(locale, "classdocs.sheet.signatureCaption"));
    return pdf.toArchivalBytes(
        sheet.recordedAt(),
        "class_instruction:" + sheet.instructionId() + ":" + sheet.version() + ":" + rows);
  }

  /** Klasės lankomumo ataskaita: a line per student, the class's totals, the most absent. */
  public static byte[] classAttendance(
      ClassAttendanceReport report, LocalDateTime printedAt, Locale locale) {
    String title = text(locale, "classdocs.attendance.title");
    PdfDocumentBuilder pdf =
        new PdfDocumentBuilder(title + " – " + report.className(), SchoolName.get());
    pdf.title(title);
    pdf.paragraph(SchoolName.get());
    pdf.field(text(locale, "classdocs.report.class"), report.className());
    pdf.field(text(locale, "classdocs.report.month"), report.month());
    List<List<String>> rows = new ArrayList<>();
    for (StudentAttendance s : report.students()) {
      rows.add(
          List.of(
              s.name(),
              Integer.toString(s.justified()),
              Integer.toString(s.unjustified()),
              Integer.toString(s.late())));
    }
    rows.add(
        List.of(
            text(locale, "classdocs.attendance.total"),
            Integer.toString(report.justified()),
            Integer.toString(report.unjustified()),
            Integer.toString(report.late())));
    pdf.section(
        new ReportSection(
            text(locale, "classdocs.attendance.students"),
            attendanceHeaders(locale),
            rows,
            text(locale, "classdocs.report.noStudents")));
    pdf.section(
        new ReportSection(
            text(locale, "classdocs.attendance.mostAbsent"),
            List.of(
                text(locale, "classdocs.report.student"), text(locale, "classdocs.report.absent")),
            report.mostAbsent().stream()
                .map(s -> List.of(s.name(), Integer.toString(s.absent())))
                .toList(),
            text(locale, "classdocs.attendance.nobodyAbsent")));
    pdf.signatureLine(
        text(locale, "classdocs.report.classTeacher"),
        text(locale, "classdocs.sheet.signatureCaption"));
    return pdf.toArchivalBytes(printedAt, "class-attendance:" + report);
  }

  /**
   * Mokinio pažangumo ir lankomumo ataskaita: a page per student — marks by subject, missed lessons
   * justified and not, lateness, praise and remarks.
   */
  public static byte[] progressReport(
      String className,
      YearMonth month,
      List<StudentMonth> students,
      LocalDateTime printedAt,
      Locale locale) {
    String title = text(locale, "classdocs.progress.title");
    PdfDocumentBuilder pdf = new PdfDocumentBuilder(title + " – " + className, SchoolName.get());
    boolean first = true;
    for (StudentMonth s : students) {
      if (!first) {
        pdf.pageBreak();
      }
      first = false;
      pdf.title(title);
      pdf.paragraph(SchoolName.get());
      pdf.field(text(locale, "classdocs.report.student"), s.student().fullName());
      pdf.field(text(locale, "classdocs.report.class"), className);
      pdf.field(text(locale, "classdocs.report.month"), month.toString());
      pdf.section(marksSection(s.marks(), locale));
      StudentAttendance a = s.attendance();
      pdf.section(
          new ReportSection(
              text(locale, "classdocs.progress.attendance"),
              attendanceHeaders(locale).subList(1, 4),
              List.of(
                  List.of(
                      Integer.toString(a.justified()),
                      Integer.toString(a.unjustified()),
                      Integer.toString(a.late()))),
              ""));
      pdf.section(
          new ReportSection(
              text(locale, "classdocs.progress.notes"),
              List.of(
                  text(locale, "classdocs.report.date"),
                  text(locale, "classdocs.progress.noteKind"),
                  text(locale, "classdocs.progress.noteText")),
              s.notes().stream()
                  .map(
                      n ->
                          List.of(
                              n.date().toString(),
                              text(locale, "classdocs.noteKind." + n.kind()),
                              n.text()))
                  .toList(),
              text(locale, "classdocs.progress.noNotes")));
      pdf.signatureLine(
          text(locale, "classdocs.report.classTeacher"),
          text(locale, "classdocs.sheet.signatureCaption"));
    }
    if (students.isEmpty()) {
      pdf.title(title);
      pdf.paragraph(text(locale, "classdocs.report.noStudents"));
    }
    return pdf.toArchivalBytes(printedAt, "progress:" + className + ":" + month + ":" + students);
  }

  static List<String> attendanceHeaders(Locale locale) {
    return List.of(
        text(locale, "classdocs.report.student"),
        text(locale, "classdocs.attendance.justified"),
        text(locale, "classdocs.attendance.unjustified"),
        text(locale, "classdocs.attendance.late"));
  }

  private static ReportSection marksSection(List<MonthMark> marks, Locale locale) {
    Map<String, List<String>> bySubject = new LinkedHashMap<>();
    for (MonthMark mark : marks) {
      bySubject
          .computeIfAbsent(mark.subject(), k -> new ArrayList<>())
          .add(mark.date().getDayOfMonth() + " d.: " + mark.notation());
    }
    List<List<String>> rows = new ArrayList<>();
    bySubject.forEach((subject, list) -> rows.add(List.of(subject, String.join("; ", list))));
    return new ReportSection(
        text(locale, "classdocs.progress.marks"),
        List.of(
            text(locale, "classdocs.progress.subject"), text(locale, "classdocs.progress.marks")),
        rows,
        text(locale, "classdocs.progress.noMarks"));
  }

  private static String text(Locale locale, String key, Object... args) {
    return Messages.format(locale, key, args);
  }
}
