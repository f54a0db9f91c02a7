package lt.dienynas.preschool;

import java.time.LocalDate;

/** A child's membership of a pre-school group, as the guardian's list reads it. */
public record ChildMembership(
    long studentId,
    String firstName,
    String lastName,
    long groupId,
    String groupName,
    LocalDate validFrom,
    LocalDate validTo) {

  boolean isActiveOn(LocalDate day) {
    return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
  }
}
