package lt.dienynas.preschool;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lt.dienynas.reporting.PdfDocumentBuilder;
import lt.dienynas.reporting.ReportSection;
import lt.dienynas.reporting.SchoolName;
import lt.dienynas.shared.Messages;

/**
 * The printed pre-school documents, PDF/A-2b: the child's progress report for the guardians
 * (§22.16, <em>ugdytinio pažangos ataskaita</em>) and the group's achievement report for the
 * management (§22.15).
 */
final class PreschoolDocuments {
  private PreschoolDocuments() {}

  static byte[] progressReport(
      PreschoolGroupInfo group,
      AssessmentRound round,
      ChildProgress progress,
      Map<Competency, String> comments,
      Locale locale,
      LocalDateTime created) {
    String title = text(locale, "preschool.report.progress.title");
    PdfDocumentBuilder pdf =
        new PdfDocumentBuilder(title + " – " + progress.childName(), SchoolName.get());
    pdf.title(title);
    pdf.paragraph(SchoolName.get());
    pdf.field(text(locale, "preschool.report.child"), progress.childName());
    pdf.field(text(locale, "preschool.report.group"), group.name());
    pdf.field(text(locale, "preschool.report.year"), group.yearName());
    pdf.field(text(locale, "preschool.report.round"), text(locale, "preschool.round." + round));
    int at = -1;
    for (int i = 0; i < progress.assessments().size(); i++) {
      AssessmentColumn column = progress.assessments().get(i);
      if (column.yearId() == group.yearId() && column.round() == round) {
        at = i;
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (CompetencyProgress row : progress.competencies()) {
      Integer now = at < 0 ? null : row.steps().get(at);
      Integer before = at < 1 ? null : row.steps().get(at - 1);
      String comment = comments.get(row.competency());
      rows.add(
          List.of(
              text(locale, "preschool.competency." + row.competency()),
              now == null ? "—" : now.toString(),
              before == null ? "—" : before.toString(),
              comment == null ? "" : comment));
    }
    pdf.section(
        new ReportSection(
            text(locale, "preschool.report.steps"),
            List.of(
                text(locale, "preschool.report.competency"),
                text(locale, "preschool.report.step"),
                text(locale, "preschool.report.previous"),
                text(locale, "preschool.report.comment")),
            rows,
            text(locale, "preschool.report.none")));
    pdf.paragraph(text(locale, "preschool.report.stepsNote"));
    pdf.signatureLine(
        text(locale, "preschool.report.teacher"), text(locale, "preschool.report.signature"));
    pdf.signatureLine(
        text(locale, "preschool.report.guardian"), text(locale, "preschool.report.signature"));
    return pdf.toArchivalBytes(
        created,
        "preschool-progress:"
            + progress.studentId()
            + ":"
            + group.yearId()
            + ":"
            + round
            + ":"
            + rows);
  }

  static byte[] groupReport(GroupDistribution report, Locale locale, LocalDateTime created) {
    String title = text(locale, "preschool.report.group.title");
    PdfDocumentBuilder pdf =
        new PdfDocumentBuilder(title + " – " + report.groupName(), SchoolName.get());
    pdf.title(title);
    pdf.paragraph(SchoolName.get());
    pdf.field(text(locale, "preschool.report.group"), report.groupName());
    pdf.field(text(locale, "preschool.report.year"), report.yearName());
    pdf.field(
        text(locale, "preschool.report.round"), text(locale, "preschool.round." + report.round()));
    pdf.field(text(locale, "preschool.report.children"), Integer.toString(report.children()));
    List<String> headers =
        List.of(
            text(locale, "preschool.report.competency"),
            text(locale, "preschool.report.byStep"),
            text(locale, "preschool.report.notAssessed"));
    List<List<String>> rows = new ArrayList<>();
    for (StepDistribution row : report.competencies()) {
      List<String> counts = new ArrayList<>();
      for (int i = 0; i < row.counts().size(); i++) {
        if (row.counts().get(i) > 0) {
          counts.add(text(locale, "preschool.report.stepCount", i + 1, row.counts().get(i)));
        }
      }
      rows.add(
          List.of(
              text(locale, "preschool.competency." + row.competency()),
              counts.isEmpty() ? "—" : String.join("; ", counts),
              Integer.toString(row.notAssessed())));
    }
    pdf.section(
        new ReportSection(
            text(locale, "preschool.report.distribution"),
            headers,
            rows,
            text(locale, "preschool.report.none")));
    pdf.paragraph(text(locale, "preschool.report.stepsNote"));
    pdf.signatureLine(
        text(locale, "preschool.report.teacher"), text(locale, "preschool.report.signature"));
    return pdf.toArchivalBytes(
        created, "preschool-group:" + report.groupId() + ":" + report.round() + ":" + rows);
  }

  private static String text(Locale locale, String key, Object... args) {
    return Messages.format(locale, key, args);
  }
}
