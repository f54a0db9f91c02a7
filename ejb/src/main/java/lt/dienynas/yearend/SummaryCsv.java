package lt.dienynas.yearend;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.yearend.ClassSummary.Absences;
import lt.dienynas.yearend.ClassSummary.StudentLine;
import lt.dienynas.yearend.ClassSummary.SubjectLine;

/**
 * The summary's machine-readable twin (format {@code e-dienynas-suvestine/1}, described in the
 * README): RFC 4180 CSV in UTF-8 without BOM, CRLF line ends, one header line, then one line per
 * student × subject (a student without any subject result gets one line with empty subject
 * columns). Attendance, the promotion decision and the social-civic hours are per student and
 * repeat on each of the student's lines.
 */
public final class SummaryCsv {
  public static final List<String> COLUMNS =
      List.of(
          "mokslo_metai",
          "klase",
          "mokinio_id",
          "pavarde",
          "vardas",
          "dalyko_id",
          "dalykas",
          "i_pusmetis",
          "ii_pusmetis",
          "metinis",
          "papildomas_darbas",
          "vasaros_darbas",
          "galutinis",
          "i_pusm_praleista",
          "i_pusm_pateisinta",
          "i_pusm_nepateisinta",
          "ii_pusm_praleista",
          "ii_pusm_pateisinta",
          "ii_pusm_nepateisinta",
          "metu_praleista",
          "metu_pateisinta",
          "metu_nepateisinta",
          "kelimas",
          "socialine_pilietine_val");

  private SummaryCsv() {}

  public static byte[] write(ClassSummary summary) {
    StringBuilder out = new StringBuilder();
    line(out, COLUMNS);
    for (StudentLine s : summary.students()) {
      List<SubjectLine> subjects =
          s.subjects().isEmpty() ? java.util.Collections.singletonList(null) : s.subjects();
      for (SubjectLine subject : subjects) {
        List<String> cells = new ArrayList<>();
        cells.add(summary.yearName());
        cells.add(summary.className());
        cells.add(Long.toString(s.studentId()));
        cells.add(s.lastName());
        cells.add(s.firstName());
        if (subject == null) {
          for (int i = 0; i < 8; i++) {
            cells.add("");
          }
        } else {
          cells.add(Long.toString(subject.subjectId()));
          cells.add(subject.subject());
          cells.add(text(subject.firstSemester()));
          cells.add(text(subject.secondSemester()));
          cells.add(text(subject.annual()));
          cells.add(text(subject.additionalWork()));
          cells.add(text(subject.summerWork()));
          cells.add(text(subject.finalResult()));
        }
        absences(cells, s.firstSemester());
        absences(cells, s.secondSemester());
        absences(cells, s.annual());
        cells.add(text(s.promotion()));
        cells.add(s.socialCivicHours() == null ? "" : s.socialCivicHours().toPlainString());
        line(out, cells);
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void absences(List<String> cells, Absences a) {
    cells.add(number(a.missed()));
    cells.add(number(a.justified()));
    cells.add(number(a.unjustified()));
  }

  private static String number(Integer value) {
    return value == null ? "" : value.toString();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(cells.get(i)));
    }
    out.append("\r\n");
  }

  static String quote(String cell) {
    if (cell.indexOf(',') < 0
        && cell.indexOf('"') < 0
        && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
