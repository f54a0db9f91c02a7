package lt.dienynas.preschool;

import java.time.LocalDate;

/** A child on the group's list, with the days of their membership. */
public record GroupChild(
    long studentId, String firstName, String lastName, LocalDate from, LocalDate to) {
  String name() {
    return firstName + " " + lastName;
  }

  boolean inGroupOn(LocalDate day) {
    return !from.isAfter(day) && (to == null || !to.isBefore(day));
  }
}
