package lt.dienynas.school;

/** Ugdymo pakopa: pre-school group, pre-primary group or a numbered grade. */
public enum ClassLevel {
  /** Ikimokyklinio ugdymo grupė. */
  PRESCHOOL,
  /** Priešmokyklinio ugdymo grupė. */
  PREPRIMARY,
  /** Klasė (1–8). */
  GRADE
}
