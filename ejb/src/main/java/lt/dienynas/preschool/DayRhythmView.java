package lt.dienynas.preschool;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** The group's day rhythm; {@code version} null while the teacher has written none. */
public record DayRhythmView(
    long groupId,
    String groupName,
    List<RhythmLine> lines,
    Integer version,
    LocalDateTime updatedAt,
    String updatedBy)
    implements Serializable {}
