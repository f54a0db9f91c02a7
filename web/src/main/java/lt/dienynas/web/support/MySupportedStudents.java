package lt.dienynas.web.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import lt.dienynas.support.StudentSupportService;
import lt.dienynas.support.StudentSupportService.Supported;

/** Pagalba mokiniams: the students the logged-in specialist supports. */
@Named
@RequestScoped
public class MySupportedStudents {

  @EJB private StudentSupportService support;

  private List<Supported> students;

  public void load() {
    students = support.mySupportedStudents();
  }

  public List<Supported> getStudents() {
    return students;
  }
}
