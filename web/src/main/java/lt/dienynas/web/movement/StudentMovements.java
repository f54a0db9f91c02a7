package lt.dienynas.web.movement;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.movement.StudentHistory;
import lt.dienynas.movement.StudentMovementService;
import lt.dienynas.movement.StudentMovementService.StudentRef;
import lt.dienynas.web.faces.PageMessages;

/**
 * Mokinių judėjimas: find a student, see their orders and every class or group they were in, and
 * print their pasiekimų pažyma.
 */
@Named
@ViewScoped
public class StudentMovements implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private StudentMovementService movements;

  private String query;
  private Long student;
  private List<StudentRef> found = List.of();
  private StudentHistory history;

  public void load() {
    if (query != null && !query.isBlank()) {
      found = movements.findStudents(query);
    }
    history = student == null ? null : movements.history(student);
  }

  public String search() {
    return "/movement/students.xhtml?faces-redirect=true&q=" + (query == null ? "" : query.strip());
  }

  public void certificate() {
    byte[] pdf =
        movements.certificate(student, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    PageMessages.sendPdf(pdf, "pasiekimu-pazyma-" + student + ".pdf");
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public Long getStudent() {
    return student;
  }

  public void setStudent(Long student) {
    this.student = student;
  }

  public List<StudentRef> getFound() {
    return found;
  }

  public StudentHistory getHistory() {
    return history;
  }
}
