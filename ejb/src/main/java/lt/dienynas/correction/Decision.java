package lt.dienynas.correction;

/** An agreeing party's answer to an act. */
public enum Decision {
  /** „SUDERINTA“. */
  AGREED,
  REJECTED
}
