package lt.dienynas.classdocs;

/** Instruktažo rūšis (§21.4, §23.9). */
public enum InstructionKind {
  /** Saugaus elgesio instruktažas. */
  SAFETY,
  /** Kitas instruktažas (gaisrinė sauga, išvyka, eksperimentai…). */
  OTHER
}
