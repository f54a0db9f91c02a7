package lt.dienynas.correction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lt.dienynas.reporting.ArchivalPdfFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Prints an act in the layout of Annex 1 „Aktas dėl leidimo keisti duomenis elektroniniame
 * dienyne“: the date, a table (who corrects, subject, class or group, date, students, the nature of
 * the error, the wrong and correct marks and counts, the reason), the author's signature line, the
 * „SUDERINTA“ block of the deputy and the DB admin with their names and dates, and the act's
 * status. The file is PDF/A-2b ({@link ArchivalPdfFile}) and its dates and document ID come from
 * the act itself (created when the act was drafted, modified at its last change), so the same act
 * gives the same bytes: the portal's download and the year's archive package hold the same file.
 */
public final class CorrectionActPdf {
  private static final String TITLE = "Aktas dėl leidimo keisti duomenis elektroniniame dienyne";
  private static final float MARGIN = 50;
  private static final float LABEL_WIDTH = 190;
  private static final float SIZE = 10;
  private static final float LEADING = 13;
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private CorrectionActPdf() {}

  /**
   * The act as its printed form, for the year-end archive: the caller has read the act (within its
   * transaction) and answers for who may see it; this only prints what it is given.
   */
  public static byte[] render(CorrectionAct act) {
    return render(CorrectionView.of(act));
  }

  static byte[] render(CorrectionView act) {
    try (PDDocument document = new PDDocument()) {
      PDFont regular = ArchivalPdfFile.regular(document);
      PDFont bold = ArchivalPdfFile.bold(document);
      Writer out = new Writer(document, regular, bold);
      out.centered(TITLE.toUpperCase(Locale.ROOT), bold, 12);
      out.centered("Nr. " + act.number(), regular, SIZE);
      out.gap();
      out.centered(
          day(act.submittedAt() != null ? act.submittedAt() : act.createdAt()), regular, SIZE);
      out.centered("(data)", regular, 8);
      out.gap();
      String teacher = act.teacherName().isBlank() ? act.authorName() : act.teacherName();
      out.row(
          "Dalyko mokytojo, kito darbuotojo, taisiusio duomenis Vardas Pavardė",
          act.authorName() + (teacher.equals(act.authorName()) ? "" : " (už " + teacher + ")"));
      out.row("Dalyko pavadinimas", act.subjectName());
      out.row("Klasė, grupė", act.groupName());
      out.row("Data", act.recordDate().toString());
      out.row(
          "Mokinys (-iai)",
          String.join(
              ", ",
              act.lines().stream().map(CorrectionView.Line::studentName).distinct().toList()));
      out.row("Klaidos pobūdis arba keitimų priežastis", act.errorNature());
      List<String> wrongMarks = new ArrayList<>();
      List<String> correctMarks = new ArrayList<>();
      List<String> wrongCounts = new ArrayList<>();
      List<String> correctCounts = new ArrayList<>();
      for (CorrectionView.Line line : act.lines()) {
        String whose = line.studentName() + ", " + line.where() + ": ";
        if (line.kind() == CorrectionKind.PERIOD_ATTENDANCE) {
          wrongCounts.add(whose + line.wrong());
          correctCounts.add(whose + line.correct());
        } else {
          wrongMarks.add(whose + line.wrong());
          correctMarks.add(whose + line.correct());
        }
      }
      out.row(
          "Pasiekimų įvertinimai skaičiumi ir (ar) žodžiu",
          "klaidingas: " + joined(wrongMarks) + "\nteisingas: " + joined(correctMarks));
      out.row(
          "Praleistų ir pateisintų pamokų skaičius",
          "klaidingas: " + joined(wrongCounts) + "\nteisingas: " + joined(correctCounts));
      out.row("Priežastis, dėl kurios atliekamas duomenų taisymas", act.reason());
      out.gap();
      out.line("..............................", regular);
      out.line("(parašas)", regular);
      out.line(act.authorName(), regular);
      out.line("(V. Pavardė)", regular);
      out.gap();
      out.line("SUDERINTA:", bold);
      out.party("Direktoriaus pavaduotojas ugdymui", act.deputy());
      out.party("Duomenų bazių administratorius", act.admin());
      if (act.appliedAt() != null) {
        out.gap();
        out.line(
            "Duomenys pakeisti "
                + DAY_TIME.format(act.appliedAt())
                + ", keitė "
                + act.appliedByName(),
            regular);
      }
      out.gap();
      out.line(
          "Akto būsena: "
              + statusName(act.status())
              + " (paskutinis pakeitimas "
              + DAY_TIME.format(act.lastChangedAt())
              + ")",
          regular);
      out.close();
      return ArchivalPdfFile.save(
          document,
          TITLE + " Nr. " + act.number(),
          act.createdAt(),
          act.lastChangedAt(),
          out.text() + '\n' + act.createdAt() + '\n' + act.lastChangedAt());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The status as the portal names it. */
  private static String statusName(CorrectionStatus status) {
    return switch (status) {
      case DRAFT -> "rengiamas";
      case SUBMITTED -> "laukia suderinimo";
      case AGREED -> "suderintas";
      case REJECTED -> "atmestas";
      case APPLIED -> "įvykdytas";
      case ARCHIVED -> "archyvuotas";
    };
  }

  private static String joined(List<String> values) {
    return values.isEmpty() ? "—" : String.join("; ", values);
  }

  private static String day(LocalDateTime at) {
    return at.toLocalDate().toString();
  }

  /** Writes lines top-down, wrapping text and starting a new page when one is full. */
  private static final class Writer {
    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final StringBuilder written = new StringBuilder();
    private PDPageContentStream content;
    private float y;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

    Writer(PDDocument document, PDFont regular, PDFont bold) throws IOException {
      this.document = document;
      this.regular = regular;
      this.bold = bold;
      newPage();
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void centered(String text, PDFont font, float size) throws IOException {
      for (String piece : wrap(text, font, size, width)) {
        float w = font.getStringWidth(piece) / 1000 * size;
        text(piece, font, size, MARGIN + (width - w) / 2, nextLine());
      }
    }

    void line(String text, PDFont font) throws IOException {
      for (String piece : wrap(text, font, SIZE, width)) {
        text(piece, font, SIZE, MARGIN, nextLine());
      }
    }

    /** A table row: the label on the left, the value on the right, boxed. */
    void row(String label, String value) throws IOException {
      List<String> left = wrap(label, bold, 9, LABEL_WIDTH - 8);
      List<String> right = new ArrayList<>();
      for (String paragraph : (value == null || value.isBlank() ? "—" : value).split("\n")) {
        right.addAll(wrap(paragraph, regular, SIZE, width - LABEL_WIDTH - 8));
      }
      int lines = Math.max(left.size(), right.size());
      float height = lines * LEADING + 6;
      if (y - height < MARGIN) {
        newPage();
      }
      float top = y;
      content.addRect(MARGIN, top - height, LABEL_WIDTH, height);
      content.addRect(MARGIN + LABEL_WIDTH, top - height, width - LABEL_WIDTH, height);
      content.stroke();
      for (int i = 0; i < left.size(); i++) {
        text(left.get(i), bold, 9, MARGIN + 4, top - 3 - (i + 1) * LEADING + 3);
      }
      for (int i = 0; i < right.size(); i++) {
        text(
            right.get(i), regular, SIZE, MARGIN + LABEL_WIDTH + 4, top - 3 - (i + 1) * LEADING + 3);
      }
      y = top - height;
    }

    void party(String role, CorrectionView.Party party) throws IOException {
      gap();
      line(role, regular);
      if (party == null) {
        line("..............................  (parašas)   (V. Pavardė)   (data)", regular);
        return;
      }
      String decision = party.decision() == Decision.AGREED ? "SUDERINTA" : "ATMESTA";
      line(decision + " — " + party.name() + ", " + DAY_TIME.format(party.decidedAt()), regular);
      if (party.comment() != null) {
        line("Pastaba: " + party.comment(), regular);
      }
    }

    void gap() {
      y -= LEADING / 2;
    }

    private float nextLine() throws IOException {
      if (y - LEADING < MARGIN) {
        newPage();
      }
      y -= LEADING;
      return y;
    }

    private void text(String text, PDFont font, float size, float x, float at) throws IOException {
      written.append(text).append('\n');
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, at);
      content.showText(text);
      content.endText();
    }

    void close() throws IOException {
      content.close();
    }

    /** Every piece of text written, in order. */
    String text() {
      return written.toString();
    }

    private static List<String> wrap(String text, PDFont font, float size, float max)
        throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String word : text.replace('\t', ' ').split(" ")) {
        String candidate = current.isEmpty() ? word : current + " " + word;
        if (font.getStringWidth(candidate) / 1000 * size <= max || current.isEmpty()) {
          current.setLength(0);
          current.append(candidate);
        } else {
          lines.add(current.toString());
          current.setLength(0);
          current.append(word);
        }
      }
      lines.add(current.toString());
      return lines;
    }
  }
}
