package lt.dienynas.web.school;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lt.dienynas.school.TeacherHandoverService;
import lt.dienynas.school.YearSetupService;
import lt.dienynas.school.YearSetupService.StaffLine;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.PageMessages;

/**
 * Darbuotojai: staff and their roles (§18.5), and a leaving teacher's handover with the printout of
 * their records for signature (§31).
 */
@Named
@ViewScoped
public class StaffAndRoles implements Serializable {
  @Inject private SchoolClock clock;

  @Serial private static final long serialVersionUID = 1L;

  @EJB private YearSetupService setup;
  @EJB private TeacherHandoverService handovers;

  private List<StaffLine> staff;
  private String firstName;
  private String lastName;
  private String email;
  private Role[] newRoles = new Role[0];
  private Long roleStaff;
  private Role[] roles = new Role[0];
  private Long leaving;
  private Long successor;
  private LocalDate firstDay;
  private boolean teacherLeaves = true;
  private Long printTeacher;
  private LocalDate printUpTo;

  public void load() {
    staff = setup.staff();
  }

  public void createStaff() {
    setup.createStaff(firstName, lastName, email, roleSet(newRoles));
    PageMessages.info("setup.saved");
    firstName = null;
    lastName = null;
    email = null;
    newRoles = new Role[0];
    load();
  }

  public void changeRoles() {
    setup.changeRoles(roleStaff == null ? 0 : roleStaff, roleSet(roles));
    PageMessages.info("setup.saved");
    load();
  }

  public void handOver() {
    int count =
        handovers
            .handOver(
                leaving == null ? 0 : leaving,
                successor == null ? 0 : successor,
                firstDay,
                teacherLeaves)
            .size();
    PageMessages.info("handover.done", count);
    load();
  }

  public void printRecords() {
    byte[] pdf =
        handovers.recordsForSignature(
            printTeacher == null ? 0 : printTeacher,
            printUpTo == null ? clock.today() : printUpTo,
            FacesContext.getCurrentInstance().getViewRoot().getLocale());
    PageMessages.sendPdf(pdf, "mokytojo-irasai-" + printTeacher + ".pdf");
  }

  /** The roles ticked; an array, so that Faces converts each value to the enum. */
  private static Set<Role> roleSet(Role[] chosen) {
    return chosen == null || chosen.length == 0 ? Set.of() : EnumSet.copyOf(List.of(chosen));
  }

  public List<Role> getStaffRoles() {
    return List.of(Role.values()).stream().filter(Role::isStaff).toList();
  }

  public List<StaffLine> getActiveStaff() {
    return staff.stream().filter(StaffLine::active).toList();
  }

  public List<StaffLine> getStaff() {
    return staff;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Role[] getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(Role[] newRoles) {
    this.newRoles = newRoles;
  }

  public Long getRoleStaff() {
    return roleStaff;
  }

  public void setRoleStaff(Long roleStaff) {
    this.roleStaff = roleStaff;
  }

  public Role[] getRoles() {
    return roles;
  }

  public void setRoles(Role[] roles) {
    this.roles = roles;
  }

  public Long getLeaving() {
    return leaving;
  }

  public void setLeaving(Long leaving) {
    this.leaving = leaving;
  }

  public Long getSuccessor() {
    return successor;
  }

  public void setSuccessor(Long successor) {
    this.successor = successor;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public void setFirstDay(LocalDate firstDay) {
    this.firstDay = firstDay;
  }

  public boolean isTeacherLeaves() {
    return teacherLeaves;
  }

  public void setTeacherLeaves(boolean teacherLeaves) {
    this.teacherLeaves = teacherLeaves;
  }

  public Long getPrintTeacher() {
    return printTeacher;
  }

  public void setPrintTeacher(Long printTeacher) {
    this.printTeacher = printTeacher;
  }

  public LocalDate getPrintUpTo() {
    return printUpTo;
  }

  public void setPrintUpTo(LocalDate printUpTo) {
    this.printUpTo = printUpTo;
  }
}
