package lt.dienynas.preschool;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A group whose day was not filled by 9:30 (§22.4): still not filled ({@code filledAt} null),
 * filled later, or marked not filled for an objective reason (then with the reason).
 */
public record LateGroup(
    long groupId,
    String groupName,
    String teachers,
    DayState state,
    String reason,
    LocalDateTime filledAt)
    implements Serializable {}
