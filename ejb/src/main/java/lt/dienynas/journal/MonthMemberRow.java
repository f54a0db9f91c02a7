package lt.dienynas.journal;

import java.time.LocalDate;

/**
 * A membership of a group overlapping the month, as {@link JournalService#month} reads it: the
 * student and the membership's days ({@code to} null while it lasts).
 */
public record MonthMemberRow(
    Long studentId, String firstName, String lastName, LocalDate from, LocalDate to) {

  static final String SELECT =
      "SELECT NEW lt.dienynas.journal.MonthMemberRow(s.id, s.firstName, s.lastName,"
          + " m.validity.from, m.validity.to) FROM GroupMember m JOIN m.student s"
          + " WHERE m.group.id = :groupId AND m.validity.from <= :to"
          + " AND (m.validity.to IS NULL OR m.validity.to >= :from)"
          + " ORDER BY s.lastName, s.firstName";
}
