package lt.dienynas.web.support;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.support.StudentSupportService;
import lt.dienynas.support.StudentSupportService.PersonChoice;
import lt.dienynas.support.StudentSupportService.Supported;

/** Pagalbos mokiniui priskyrimas: the DB admin assigns students to a specialist and ends it. */
@Named
@ViewScoped
public class SupportAssignments implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private StudentSupportService support;

  private List<PersonChoice> specialists;
  private Long specialist;
  private List<Supported> supported = List.of();
  private String studentQuery;
  private List<PersonChoice> studentHits = List.of();

  public void load() {
    specialists = support.specialists();
    if (specialist != null) {
      supported = support.supportedBy(specialist);
    }
  }

  public void selectSpecialist() {
    supported = specialist == null ? List.of() : support.supportedBy(specialist);
    studentHits = List.of();
  }

  public void searchStudents() {
    studentHits = support.searchStudents(studentQuery);
  }

  public void assign(long studentId) {
    support.assign(specialist, studentId);
    supported = support.supportedBy(specialist);
  }

  public void unassign(long supportId) {
    support.unassign(supportId);
    supported = support.supportedBy(specialist);
  }

  public List<PersonChoice> getSpecialists() {
    return specialists;
  }

  public Long getSpecialist() {
    return specialist;
  }

  public void setSpecialist(Long specialist) {
    this.specialist = specialist;
  }

  public List<Supported> getSupported() {
    return supported;
  }

  public String getStudentQuery() {
    return studentQuery;
  }

  public void setStudentQuery(String studentQuery) {
    this.studentQuery = studentQuery;
  }

  public List<PersonChoice> getStudentHits() {
    return studentHits;
  }
}
