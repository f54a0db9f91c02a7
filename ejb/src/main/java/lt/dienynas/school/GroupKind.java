package lt.dienynas.school;

/** Grupės rūšis. */
public enum GroupKind {
  /** Klasė: all students of a class. */
  CLASS,
  /** Dalyko (laikinoji) grupė, e.g. a class split for languages. */
  SUBJECT,
  /** Mokymas namuose. */
  HOME_SCHOOLING,
  /** Neformaliojo švietimo grupė. */
  NON_FORMAL,
  /** Ikimokyklinio / priešmokyklinio ugdymo grupė. */
  PRESCHOOL,
  /** Visos dienos mokyklos (VDM) grupė. */
  VDM
}
