package lt.dienynas.preschool;

import java.io.Serializable;

/** A child in a pre-school or pre-primary group, as their guardian chooses them. */
public record PreschoolChild(long studentId, String fullName, long groupId, String groupName)
    implements Serializable {}
