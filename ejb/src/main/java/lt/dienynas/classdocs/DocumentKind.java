package lt.dienynas.classdocs;

/** Where a student's marks from another institution come from (§21.14, §23.6). */
public enum DocumentKind {
  /** Gydymo įstaiga, sanatorija. */
  SANATORIUM,
  /** Kita mokykla. */
  OTHER_SCHOOL,
  /** Mokymas namuose. */
  HOME_SCHOOLING,
  /** Kita įstaiga. */
  OTHER
}
