package lt.dienynas.school;

import static lt.dienynas.security.Role.Names.DB_ADMIN;
import static lt.dienynas.security.Role.Names.DEPUTY;
import static lt.dienynas.security.Role.Names.DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import lt.dienynas.people.StaffMember;
import lt.dienynas.reporting.PdfDocumentBuilder;
import lt.dienynas.reporting.ReportSection;
import lt.dienynas.reporting.SchoolName;
import lt.dienynas.reporting.TeacherRecordSource;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.Messages;

/**
 * A leaving teacher (§31): their groups are handed over to another teacher from a day — each
 * teaching assignment running then ends the day before and the successor's starts on that day — so
 * every record made before stays the leaving teacher's (nothing is re-attributed), and what they
 * kept up to that day prints for their signature and the deputy's review.
 */
@Stateless
@RolesAllowed({DB_ADMIN, DEPUTY, DIRECTOR})
public class TeacherHandoverService {

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @Inject @Any private Instance<TeacherRecordSource> recordSources;

  /** One teaching assignment as the pages and the printout show it. */
  public record AssignmentLine(
      long id,
      long groupId,
      String groupName,
      String subject,
      String teacher,
      LocalDate validFrom,
      LocalDate validTo) {}

  /**
   * Hands every group the leaving teacher teaches on or after {@code firstDay} over to the
   * successor from that day. With {@code teacherLeaves} the leaving teacher is marked as no longer
   * working at the school (their records and account history stay).
   *
   * @return the successor's new assignments
   * @throws BusinessException {@code handover.sameTeacher}, {@code handover.nothing}, {@code
   *     staff.inactive} (successor), {@code schoolYear.readOnly}
   */
  @RolesAllowed(DB_ADMIN)
  public List<AssignmentLine> handOver(
      long leavingTeacherId, long successorId, LocalDate firstDay, boolean teacherLeaves) {
    policy.requireAdministration("TEACHER_HANDOVER");
    Objects.requireNonNull(firstDay, "firstDay");
    StaffMember leaving = em.find(StaffMember.class, leavingTeacherId);
    StaffMember successor = em.find(StaffMember.class, successorId);
    if (leaving == null || successor == null) {
      throw policy.refuse(
          "TEACHER_HANDOVER", "staff", leaving == null ? leavingTeacherId : successorId);
    }
    if (leaving == successor) {
      throw new BusinessException("handover.sameTeacher");
    }
    List<TeachingAssignment> running =
        em.createNamedQuery(TeachingAssignment.FIND_BY_TEACHER, TeachingAssignment.class)
            .setParameter("teacher", leaving)
            .getResultStream()
            .filter(a -> !a.getGroup().getSchoolYear().isReadOnly())
            .filter(a -> a.getValidTo().map(to -> !to.isBefore(firstDay)).orElse(true))
            .toList();
    if (running.isEmpty()) {
      throw new BusinessException("handover.nothing", leaving.getFullName(), firstDay);
    }
    List<TeachingAssignment> created = new ArrayList<>();
    for (TeachingAssignment old : running) {
      LocalDate start = old.getValidFrom().isAfter(firstDay) ? old.getValidFrom() : firstDay;
      TeachingAssignment next =
          new TeachingAssignment(successor, old.getSubject(), old.getGroup(), start);
      if (old.getValidTo().isPresent()) {
        next.end(old.getValidTo().get());
      }
      if (old.getValidFrom().isBefore(firstDay)) {
        old.endEarlier(firstDay.minusDays(1));
      } else {
        // it was to begin later: nothing was ever recorded under it
        em.remove(old);
      }
      em.persist(next);
      created.add(next);
    }
    if (teacherLeaves) {
      leaving.deactivate();
    }
    em.flush();
    return created.stream().map(TeacherHandoverService::line).toList();
  }

  /** Every assignment the teacher ever had, newest first. */
  public List<AssignmentLine> assignmentsOf(long teacherId) {
    policy.requireSchoolWideRead("TEACHER_ASSIGNMENTS_READ");
    StaffMember teacher = em.find(StaffMember.class, teacherId);
    if (teacher == null) {
      throw policy.refuse("TEACHER_ASSIGNMENTS_READ", "staff", teacherId);
    }
    return em.createNamedQuery(TeachingAssignment.FIND_BY_TEACHER, TeachingAssignment.class)
        .setParameter("teacher", teacher)
        .getResultStream()
        .map(TeacherHandoverService::line)
        .toList();
  }

  /**
   * The teacher's records up to and including {@code upTo}, as a PDF to sign (§31): the groups and
   * subjects they taught, with whom each went on, and every section the journal provides.
   */
  public byte[] recordsForSignature(long teacherId, LocalDate upTo, Locale locale) {
    policy.requireSchoolWideRead("TEACHER_RECORDS_PRINT");
    StaffMember teacher = em.find(StaffMember.class, teacherId);
    if (teacher == null) {
      throw policy.refuse("TEACHER_RECORDS_PRINT", "staff", teacherId);
    }
    List<TeachingAssignment> own =
        em.createNamedQuery(TeachingAssignment.FIND_BY_TEACHER, TeachingAssignment.class)
            .setParameter("teacher", teacher)
            .getResultStream()
            .filter(a -> !a.getValidFrom().isAfter(upTo))
            .sorted(Comparator.comparing(TeachingAssignment::getValidFrom))
            .toList();
    List<TeachingAssignment> ofGroups =
        own.isEmpty()
            ? List.of()
            : em.createNamedQuery(TeachingAssignment.FIND_BY_GROUPS, TeachingAssignment.class)
                .setParameter("groups", own.stream().map(TeachingAssignment::getGroup).toList())
                .getResultList();
    List<List<String>> rows = new ArrayList<>();
    for (TeachingAssignment a : own) {
      String successor =
          a.getValidTo()
              .flatMap(
                  to ->
                      ofGroups.stream()
                          .filter(
                              b ->
                                  b.getGroup() == a.getGroup()
                                      && b.getSubject() == a.getSubject()
                                      && b.getValidFrom().equals(to.plusDays(1)))
                          .findFirst())
              .map(b -> b.getTeacher().getFullName())
              .orElse("");
      rows.add(
          List.of(
              a.getGroup().getName(),
              a.getSubject().getName(),
              a.getValidFrom().toString(),
              a.getValidTo().map(LocalDate::toString).orElse(""),
              successor));
    }
    PdfDocumentBuilder pdf =
        new PdfDocumentBuilder(
            text(locale, "handover.title") + " – " + teacher.getFullName(), SchoolName.get());
    pdf.title(text(locale, "handover.title"));
    pdf.paragraph(SchoolName.get());
    pdf.field(text(locale, "handover.teacher"), teacher.getFullName());
    pdf.field(text(locale, "handover.upTo"), upTo.toString());
    pdf.section(
        new ReportSection(
            text(locale, "handover.groups"),
            List.of(
                text(locale, "certificate.col.group"),
                text(locale, "handover.col.subject"),
                text(locale, "certificate.col.from"),
                text(locale, "certificate.col.to"),
                text(locale, "handover.col.successor")),
            rows,
            text(locale, "handover.noGroups")));
    List<ReportSection> records = new ArrayList<>();
    recordSources.stream()
        .sorted(Comparator.comparingInt(TeacherRecordSource::order))
        .forEach(s -> records.addAll(s.records(teacherId, upTo, locale)));
    if (records.isEmpty()) {
      pdf.heading(text(locale, "handover.records"));
      pdf.paragraph(text(locale, "handover.noRecords"));
    }
    records.forEach(pdf::section);
    pdf.paragraph(text(locale, "handover.statement"));
    pdf.signatureLine(teacher.getFullName(), text(locale, "certificate.signatureCaption"));
    pdf.signatureLine(
        text(locale, "handover.deputy"), text(locale, "certificate.signatureCaption"));
    return pdf.toBytes();
  }

  private static AssignmentLine line(TeachingAssignment a) {
    return new AssignmentLine(
        a.getId() == null ? 0 : a.getId(),
        a.getGroup().getId(),
        a.getGroup().getName(),
        a.getSubject().getName(),
        a.getTeacher().getFullName(),
        a.getValidFrom(),
        a.getValidTo().orElse(null));
  }

  private static String text(Locale locale, String key, Object... args) {
    return Messages.format(locale, key, args);
  }
}
