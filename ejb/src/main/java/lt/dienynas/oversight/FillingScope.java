package lt.dienynas.oversight;

/**
 * Whose filling a dashboard covers: the whole school (the deputy) or the non-formal groups (§20).
 */
public enum FillingScope {
  SCHOOL,
  NON_FORMAL;

  boolean nonFormalOnly() {
    return this == NON_FORMAL;
  }
}
