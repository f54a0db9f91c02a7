package lt.dienynas.messaging;

/** A message a person wrote, or a notice the diary itself sent (sisteminis pranešimas). */
public enum MessageKind {
  PERSONAL,
  NOTICE
}
