package lt.dienynas.messaging;

/** Whom a message is addressed to: one person, or a group the sender may address. */
public enum RecipientKind {
  /** One person (id: the person). */
  PERSON,
  /** The guardians of a class's students (id: the class). */
  CLASS_GUARDIANS,
  /** The students of a class (id: the class). */
  CLASS_STUDENTS,
  /** Every teacher of a class and its class teacher (id: the class). */
  CLASS_TEACHERS,
  /** The students of a group (id: the group). */
  GROUP_STUDENTS,
  /** The guardians of a group's students (id: the group). */
  GROUP_GUARDIANS,
  /** Every employee of the school (id: 0). */
  ALL_STAFF
}
