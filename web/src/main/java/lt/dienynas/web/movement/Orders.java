package lt.dienynas.web.movement;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.movement.OrderKind;
import lt.dienynas.movement.StudentMovementService;
import lt.dienynas.movement.StudentMovementService.ClassRef;
import lt.dienynas.movement.StudentMovementService.NewStudent;
import lt.dienynas.movement.StudentMovementService.OrderLine;
import lt.dienynas.movement.StudentMovementService.OrderRequest;
import lt.dienynas.movement.StudentMovementService.StudentRef;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.PageMessages;

/**
 * Įsakymai (§18.4, §29.1): record a director's order about a student already in the diary (found by
 * name or personal code) or about a new one (admission, arrival); the recent orders below.
 */
@Named
@ViewScoped
public class Orders implements Serializable {
  @Inject private SchoolClock clock;

  @Serial private static final long serialVersionUID = 1L;
  private static final int RECENT_DAYS = 120;

  @EJB private StudentMovementService movements;

  private List<OrderLine> recent;
  private List<ClassRef> classes;
  private String query;
  private List<StudentRef> found = List.of();
  private Long student;
  private String firstName;
  private String lastName;
  private String personalCode;
  private OrderKind kind = OrderKind.DEPARTURE;
  private String number;
  private LocalDate orderDate;
  private LocalDate effectiveFrom;
  private LocalDate effectiveUntil;
  private Long classId;
  private String note;

  public void load() {
    recent = movements.recentOrders(clock.today().minusDays(RECENT_DAYS));
    classes = movements.enrollableClasses();
  }

  public void search() {
    found = movements.findStudents(query);
  }

  public String record() {
    OrderRequest request =
        new OrderRequest(
            kind,
            number,
            orderDate,
            effectiveFrom,
            kind == OrderKind.TEMPORARY_LEAVE ? effectiveUntil : null,
            kind.enrols() ? classId : null,
            note);
    long studentId =
        student != null
            ? recordFor(student, request)
            : movements.admit(new NewStudent(firstName, lastName, personalCode), request);
    PageMessages.info("orders.recorded", number);
    return "/movement/students.xhtml?faces-redirect=true&student=" + studentId;
  }

  private long recordFor(long studentId, OrderRequest request) {
    movements.record(studentId, request);
    return studentId;
  }

  public OrderKind[] getKinds() {
    return OrderKind.values();
  }

  public List<OrderLine> getRecent() {
    return recent;
  }

  public List<ClassRef> getClasses() {
    return classes;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<StudentRef> getFound() {
    return found;
  }

  public Long getStudent() {
    return student;
  }

  public void setStudent(Long student) {
    this.student = student;
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

  public String getPersonalCode() {
    return personalCode;
  }

  public void setPersonalCode(String personalCode) {
    this.personalCode = personalCode;
  }

  public OrderKind getKind() {
    return kind;
  }

  public void setKind(OrderKind kind) {
    this.kind = kind;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getOrderDate() {
    return orderDate;
  }

  public void setOrderDate(LocalDate orderDate) {
    this.orderDate = orderDate;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public LocalDate getEffectiveUntil() {
    return effectiveUntil;
  }

  public void setEffectiveUntil(LocalDate effectiveUntil) {
    this.effectiveUntil = effectiveUntil;
  }

  public Long getClassId() {
    return classId;
  }

  public void setClassId(Long classId) {
    this.classId = classId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
