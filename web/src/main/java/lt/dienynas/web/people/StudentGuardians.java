package lt.dienynas.web.people;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.people.GuardianService;
import lt.dienynas.people.GuardianService.GuardianView;
import lt.dienynas.people.GuardianService.StudentView;
import lt.dienynas.people.PersonData;
import lt.dienynas.security.Role;
import lt.dienynas.web.faces.PageMessages;
import lt.dienynas.web.shell.CurrentUser;

/**
 * Mokinio duomenys ir tėvai: the student's own data and their guardians — corrected by the DB
 * admin, the class teacher and the pre-school teacher; guardians created, linked and unlinked by
 * the DB admin. Every rule is {@link GuardianService}'s.
 */
@Named
@ViewScoped
public class StudentGuardians implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private GuardianService guardians;

  @Inject private CurrentUser user;

  private Long student;
  private StudentView data;
  private List<GuardianView> rows;

  private String firstName;
  private String lastName;
  private String email;
  private String personalCode;

  private Long editing;
  private int editingVersion;
  private String guardianFirstName;
  private String guardianLastName;
  private String guardianEmail;

  private String newFirstName;
  private String newLastName;
  private String newEmail;

  private String query;
  private List<GuardianView> found = List.of();

  public void load() {
    data = guardians.student(student == null ? 0 : student);
    firstName = data.firstName();
    lastName = data.lastName();
    email = data.email();
    personalCode = data.personalCode();
    rows = guardians.guardiansOf(data.id());
  }

  public void saveStudent() {
    guardians.updateStudent(
        data.id(), data.version(), new PersonData(firstName, lastName, email, personalCode));
    PageMessages.info("guardians.studentSaved");
    load();
  }

  public void edit(GuardianView g) {
    editing = g.id();
    editingVersion = g.version();
    guardianFirstName = g.firstName();
    guardianLastName = g.lastName();
    guardianEmail = g.email();
  }

  public void saveGuardian() {
    guardians.update(
        editing,
        editingVersion,
        PersonData.guardian(guardianFirstName, guardianLastName, guardianEmail));
    editing = null;
    PageMessages.info("guardians.guardianSaved");
    rows = guardians.guardiansOf(data.id());
  }

  public void cancelEdit() {
    editing = null;
  }

  public void create() {
    guardians.create(PersonData.guardian(newFirstName, newLastName, newEmail), data.id());
    newFirstName = null;
    newLastName = null;
    newEmail = null;
    PageMessages.info("guardians.created");
    rows = guardians.guardiansOf(data.id());
  }

  public void search() {
    found = guardians.search(query);
  }

  public void link(long guardianId) {
    guardians.link(guardianId, data.id());
    found = List.of();
    PageMessages.info("guardians.linked");
    rows = guardians.guardiansOf(data.id());
  }

  public void unlink(long guardianId) {
    guardians.unlink(guardianId, data.id());
    PageMessages.info("guardians.unlinked");
    rows = guardians.guardiansOf(data.id());
  }

  /** Creating and linking guardians is the DB admin's (the services refuse anyone else). */
  public boolean isAdmin() {
    return user.getRoles().contains(Role.DB_ADMIN);
  }

  public Long getStudent() {
    return student;
  }

  public void setStudent(Long student) {
    this.student = student;
  }

  public StudentView getData() {
    return data;
  }

  public List<GuardianView> getRows() {
    return rows;
  }

  public List<GuardianView> getFound() {
    return found;
  }

  public Long getEditing() {
    return editing;
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

  public String getPersonalCode() {
    return personalCode;
  }

  public void setPersonalCode(String personalCode) {
    this.personalCode = personalCode;
  }

  public String getGuardianFirstName() {
    return guardianFirstName;
  }

  public void setGuardianFirstName(String guardianFirstName) {
    this.guardianFirstName = guardianFirstName;
  }

  public String getGuardianLastName() {
    return guardianLastName;
  }

  public void setGuardianLastName(String guardianLastName) {
    this.guardianLastName = guardianLastName;
  }

  public String getGuardianEmail() {
    return guardianEmail;
  }

  public void setGuardianEmail(String guardianEmail) {
    this.guardianEmail = guardianEmail;
  }

  public String getNewFirstName() {
    return newFirstName;
  }

  public void setNewFirstName(String newFirstName) {
    this.newFirstName = newFirstName;
  }

  public String getNewLastName() {
    return newLastName;
  }

  public void setNewLastName(String newLastName) {
    this.newLastName = newLastName;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
