package lt.dienynas.yearend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.yearend.ArchivalPdf.Column;
import lt.dienynas.yearend.ClassSummary.Absences;
import lt.dienynas.yearend.ClassSummary.StudentLine;
import lt.dienynas.yearend.ClassSummary.SubjectLine;

/**
 * The printed documents of a class's year end, rendered from its {@link ClassSummary} alone: the
 * achievement summary (§21.18, §33) and the period progress and attendance reports (§21.17, §32).
 */
public final class SummaryDocuments {
  public static final String SUMMARY_TITLE = "Mokinių mokymosi pasiekimų apskaitos suvestinė";

  private SummaryDocuments() {}

  /** The summary as a PDF/A-2b file. */
  public static byte[] summaryPdf(ClassSummary s) {
    ArchivalPdf pdf = new ArchivalPdf(SUMMARY_TITLE, subtitle(s));
    List<List<String>> results = new ArrayList<>();
    int nr = 0;
    for (StudentLine student : s.students()) {
      nr++;
      if (student.subjects().isEmpty()) {
        results.add(List.of(nr + ".", student.fullName(), "—"));
      }
      boolean first = true;
      for (SubjectLine subject : student.subjects()) {
        results.add(
            List.of(
                first ? nr + "." : "",
                first ? student.fullName() : "",
                subject.subject(),
                text(subject.firstSemester()),
                text(subject.secondSemester()),
                text(subject.annual()),
                text(subject.additionalWork()),
                text(subject.summerWork()),
                text(subject.finalResult())));
        first = false;
      }
    }
    pdf.table(
        "Mokymosi pasiekimai",
        List.of(
            new Column("Nr.", 3),
            new Column("Mokinys", 18),
            new Column("Dalykas", 22),
            new Column("I pusmetis", 8),
            new Column("II pusmetis", 8),
            new Column("Metinis", 8),
            new Column("Papildomas\ndarbas", 8),
            new Column("Vasaros\ndarbai", 8),
            new Column("Galutinis", 8)),
        results);
    // grades 5–8 keep the social-civic hours of the year (§21.12, §7.1); the younger ones have none
    boolean socialCivic = s.students().stream().anyMatch(x -> x.socialCivicHours() != null);
    List<List<String>> attendance = new ArrayList<>();
    nr = 0;
    for (StudentLine student : s.students()) {
      nr++;
      List<String> row = new ArrayList<>();
      row.add(nr + ".");
      row.add(student.fullName());
      cells(row, student.firstSemester());
      cells(row, student.secondSemester());
      cells(row, student.annual());
      if (socialCivic) {
        row.add(hours(student.socialCivicHours()));
      }
      row.add(PromotionText.of(student.promotion()));
      attendance.add(row);
    }
    List<Column> columns =
        new ArrayList<>(
            List.of(
                new Column("Nr.", 3),
                new Column("Mokinys", 18),
                new Column("I pusm.\npraleista", 6),
                new Column("I pusm.\npateisinta", 6),
                new Column("I pusm.\nnepateisinta", 7),
                new Column("II pusm.\npraleista", 6),
                new Column("II pusm.\npateisinta", 6),
                new Column("II pusm.\nnepateisinta", 7),
                new Column("Metų\npraleista", 6),
                new Column("Metų\npateisinta", 6),
                new Column("Metų\nnepateisinta", 7)));
    if (socialCivic) {
      columns.add(new Column("Soc.-pil.\nveikla, val.", 7));
    }
    columns.add(new Column("Kėlimo sprendimas", socialCivic ? 15 : 22));
    pdf.table(
        socialCivic
            ? "Praleistos pamokos, socialinė-pilietinė veikla ir kėlimas"
            : "Praleistos pamokos ir kėlimas",
        columns,
        attendance);
    pdf.paragraph("Mokinių: " + s.students().size() + ".");
    pdf.signature("Klasės vadovas(-ė)", s.classTeacherName());
    return pdf.finish(s.lastChange());
  }

  /** The progress and attendance report of one period (§32). */
  public static byte[] periodReportPdf(ClassSummary s, PeriodKind period) {
    ArchivalPdf pdf = new ArchivalPdf(reportTitle(period), subtitle(s));
    List<List<String>> rows = new ArrayList<>();
    int nr = 0;
    int progressing = 0;
    int graded = 0;
    for (StudentLine student : s.students()) {
      nr++;
      int count = 0;
      int sum = 0;
      int failed = 0;
      for (SubjectLine subject : student.subjects()) {
        String value = value(subject, period);
        Integer points = points(value);
        if (points != null) {
          count++;
          sum += points;
        }
        if (unsatisfactory(value)) {
          failed++;
        }
      }
      boolean any = student.subjects().stream().anyMatch(x -> value(x, period) != null);
      if (any) {
        graded++;
        if (failed == 0) {
          progressing++;
        }
      }
      Absences absences = absences(student, period);
      rows.add(
          List.of(
              nr + ".",
              student.fullName(),
              count == 0 ? "" : average(sum, count),
              Integer.toString(failed),
              number(absences.missed()),
              number(absences.justified()),
              number(absences.unjustified())));
    }
    pdf.table(
        "Pažangumas ir lankomumas",
        List.of(
            new Column("Nr.", 3),
            new Column("Mokinys", 24),
            new Column("Vidurkis", 8),
            new Column("Nepatenkinamų\nįvertinimų", 10),
            new Column("Praleista\npamokų", 8),
            new Column("Pateisinta", 8),
            new Column("Nepateisinta", 8)),
        rows);
    pdf.paragraph(
        "Mokinių: "
            + s.students().size()
            + "; įvertintų: "
            + graded
            + "; pažangių (be nepatenkinamų įvertinimų): "
            + progressing
            + (graded == 0
                ? "."
                : " ("
                    + String.format(
                        Locale.forLanguageTag("lt"), "%.1f", 100.0 * progressing / graded)
                    + " %)."));
    pdf.signature("Klasės vadovas(-ė)", s.classTeacherName());
    return pdf.finish(s.lastChange());
  }

  static String reportTitle(PeriodKind period) {
    return switch (period) {
      case FIRST_SEMESTER -> "I pusmečio pažangumo ir lankomumo suvestinė";
      case SECOND_SEMESTER -> "II pusmečio pažangumo ir lankomumo suvestinė";
      case ANNUAL -> "Metinė pažangumo ir lankomumo suvestinė";
    };
  }

  private static String subtitle(ClassSummary s) {
    return s.yearName()
        + " m. m., "
        + s.className()
        + " klasė; klasės vadovas(-ė): "
        + (s.classTeacherName().isEmpty() ? "nepaskirtas" : s.classTeacherName());
  }

  private static String value(SubjectLine subject, PeriodKind period) {
    return switch (period) {
      case FIRST_SEMESTER -> subject.firstSemester();
      case SECOND_SEMESTER -> subject.secondSemester();
      case ANNUAL -> subject.finalResult();
    };
  }

  private static Absences absences(StudentLine student, PeriodKind period) {
    return switch (period) {
      case FIRST_SEMESTER -> student.firstSemester();
      case SECOND_SEMESTER -> student.secondSemester();
      case ANNUAL -> student.annual();
    };
  }

  /** A ten-point grade as a number; null for every other kind of result. */
  static Integer points(String value) {
    if (value == null || !value.matches("\\d{1,2}")) {
      return null;
    }
    int points = Integer.parseInt(value);
    return points >= 1 && points <= 10 ? points : null;
  }

  /** Below 4 on the ten-point scale, "neįskaityta" or "nepatenkinamas" (§ of the rules). */
  static boolean unsatisfactory(String value) {
    if (value == null) {
      return false;
    }
    Integer points = points(value);
    if (points != null) {
      return points < 4;
    }
    String v = value.toLowerCase(Locale.forLanguageTag("lt"));
    return v.startsWith("neįsk") || v.startsWith("nepatenk") || v.equals("np");
  }

  private static String average(int sum, int count) {
    return String.format(Locale.forLanguageTag("lt"), "%.2f", (double) sum / count);
  }

  private static void cells(List<String> row, Absences a) {
    row.add(number(a.missed()));
    row.add(number(a.justified()));
    row.add(number(a.unjustified()));
  }

  private static String number(Integer value) {
    return value == null ? "" : value.toString();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  /** Hours as Lithuanian print writes them: "10,5". */
  static String hours(BigDecimal value) {
    return value == null ? "" : value.setScale(1).toPlainString().replace('.', ',');
  }
}
