package lt.dienynas.movement;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lt.dienynas.school.GroupKind;

/**
 * Mokinio judėjimas: a student's personal data, the director's orders about them and every group
 * membership they ever had, in date order. Read-only: built for pages and printed documents.
 */
public record StudentHistory(
    long studentId,
    String firstName,
    String lastName,
    String personalCode,
    LocalDate birthDate,
    List<Order> orders,
    List<Membership> memberships)
    implements Serializable {

  public StudentHistory {
    orders = List.copyOf(orders);
    memberships = List.copyOf(memberships);
  }

  /** One director's order as the history shows it. */
  public record Order(
      long id,
      OrderKind kind,
      String number,
      LocalDate orderDate,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil,
      String className,
      String note)
      implements Serializable {

    public Optional<LocalDate> until() {
      return Optional.ofNullable(effectiveUntil);
    }
  }

  /** One membership: the group, its school year, and the days the student belonged to it. */
  public record Membership(
      String schoolYear,
      boolean yearClosed,
      String groupName,
      GroupKind kind,
      LocalDate validFrom,
      LocalDate validTo)
      implements Serializable {

    /** Whether the student belongs to the group on the day. */
    public boolean activeOn(LocalDate date) {
      return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** Whether this is the student's class (or pre-school group) rather than a subject group. */
    public boolean isClassList() {
      return kind == GroupKind.CLASS || kind == GroupKind.PRESCHOOL;
    }
  }

  public String fullName() {
    return firstName + " " + lastName;
  }

  /** The last departure, if the student has left (and not come back since). */
  public Optional<Order> departure() {
    Optional<Order> last =
        orders.stream()
            .filter(o -> o.kind() != OrderKind.TEMPORARY_LEAVE)
            .reduce((first, second) -> second);
    return last.filter(o -> o.kind() == OrderKind.DEPARTURE);
  }

  /** The class list the student was on last (the one they left from, for a departed student). */
  public Optional<Membership> lastClass() {
    return memberships.stream().filter(Membership::isClassList).reduce((a, b) -> b);
  }
}
