package lt.dienynas.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import lt.dienynas.reporting.PdfDocumentBuilder;
import lt.dienynas.reporting.ReportSection;
import lt.dienynas.reporting.SchoolName;
import lt.dienynas.reporting.StudentAchievementSource;
import lt.dienynas.shared.Messages;
import lt.dienynas.shared.SchoolClock;

/**
 * Mokinio pasiekimų pažyma (§29.2, §21.16): what a leaving student takes to their next school —
 * personal data, class, movements, and the achievements the journal holds for the period (from
 * every {@link StudentAchievementSource} deployed). Access is checked by the caller.
 */
@ApplicationScoped
public class AchievementCertificate {
  @Inject private SchoolClock clock;

  @Inject @Any private Instance<StudentAchievementSource> sources;

  /**
   * @param from the first day of the period the achievements cover (the school year's start)
   * @param to the last day (the day before the departure, or today)
   */
  public byte[] print(StudentHistory history, LocalDate from, LocalDate to, Locale locale) {
    PdfDocumentBuilder pdf =
        new PdfDocumentBuilder(
            text(locale, "certificate.title") + " – " + history.fullName(), SchoolName.get());
    pdf.title(text(locale, "certificate.title"));
    pdf.paragraph(SchoolName.get());
    pdf.paragraph(text(locale, "certificate.issued", clock.today()));
    pdf.heading(text(locale, "certificate.student"));
    pdf.field(text(locale, "certificate.name"), history.fullName());
    pdf.field(text(locale, "certificate.personalCode"), history.personalCode());
    pdf.field(text(locale, "certificate.birthDate"), history.birthDate().toString());
    history
        .lastClass()
        .ifPresent(
            m -> {
              pdf.field(text(locale, "certificate.class"), m.groupName());
              pdf.field(text(locale, "certificate.schoolYear"), m.schoolYear());
            });
    pdf.field(text(locale, "certificate.period"), from + " – " + to);
    history
        .departure()
        .ifPresent(
            d ->
                pdf.field(
                    text(locale, "certificate.departure"),
                    text(locale, "certificate.departureOrder", d.number(), d.orderDate())
                        + (d.note() == null ? "" : " (" + d.note() + ")")));

    pdf.section(movements(history, locale));
    pdf.section(memberships(history, from, to, locale));
    List<ReportSection> achievements = new ArrayList<>();
    sources.stream()
        .sorted(Comparator.comparingInt(StudentAchievementSource::order))
        .forEach(s -> achievements.addAll(s.achievements(history.studentId(), from, to, locale)));
    if (achievements.isEmpty()) {
      pdf.heading(text(locale, "certificate.achievements"));
      pdf.paragraph(text(locale, "certificate.noAchievements"));
    }
    achievements.forEach(pdf::section);

    pdf.signatureLine(
        text(locale, "certificate.classTeacher"), text(locale, "certificate.signatureCaption"));
    pdf.signatureLine(
        text(locale, "certificate.director"), text(locale, "certificate.signatureCaption"));
    return pdf.toBytes();
  }

  private static ReportSection movements(StudentHistory history, Locale locale) {
    List<List<String>> rows =
        history.orders().stream()
            .map(
                o ->
                    List.of(
                        text(locale, "order.kind." + o.kind()),
                        o.number(),
                        o.orderDate().toString(),
                        o.effectiveFrom()
                            + (o.effectiveUntil() == null ? "" : " – " + o.effectiveUntil()),
                        o.className() == null ? "" : o.className()))
            .toList();
    return new ReportSection(
        text(locale, "certificate.movements"),
        List.of(
            text(locale, "certificate.col.kind"),
            text(locale, "certificate.col.number"),
            text(locale, "certificate.col.date"),
            text(locale, "certificate.col.effective"),
            text(locale, "certificate.col.class")),
        rows,
        text(locale, "certificate.noMovements"));
  }

  private static ReportSection memberships(
      StudentHistory history, LocalDate from, LocalDate to, Locale locale) {
    List<List<String>> rows =
        history.memberships().stream()
            .filter(
                m ->
                    !m.validFrom().isAfter(to)
                        && (m.validTo() == null || !m.validTo().isBefore(from)))
            .map(
                m ->
                    List.of(
                        m.groupName(),
                        m.schoolYear(),
                        m.validFrom().toString(),
                        m.validTo() == null ? "" : m.validTo().toString()))
            .toList();
    return new ReportSection(
        text(locale, "certificate.groups"),
        List.of(
            text(locale, "certificate.col.group"),
            text(locale, "certificate.col.year"),
            text(locale, "certificate.col.from"),
            text(locale, "certificate.col.to")),
        rows,
        text(locale, "certificate.noGroups"));
  }

  private static String text(Locale locale, String key, Object... args) {
    return Messages.format(locale, key, args);
  }
}
