package lt.dienynas.classwork;

/** The class a student is (or was last) in: for their own social-civic page. */
public record StudentClass(
    long classId,
    String className,
    Integer grade,
    long yearId,
    String yearName,
    String firstName,
    String lastName) {}
