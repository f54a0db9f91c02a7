package lt.dienynas.assessment;

import java.io.Serializable;
import lt.dienynas.school.GroupKind;

/**
 * Whether period-grade entry is open for a group: its own setting, else its class's. A class group
 * stands for its class ({@code classId} set): opening it opens every group of the class without a
 * setting of its own.
 */
public record GradeEntryState(
    long yearId, Long classId, long groupId, String groupName, GroupKind kind, boolean open)
    implements Serializable {}
