package lt.dienynas.preschool;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * Vaikų lankomumo apskaitos žiniaraštis of a group's month (§22.9): the working days, the
 * children's lines, the days still open, the sheet's state on its way to the deputy, and from which
 * day it can be submitted (the month's last working day).
 */
public record SheetView(
    long groupId,
    String groupName,
    YearMonth month,
    List<LocalDate> workingDays,
    List<SheetRow> rows,
    List<LocalDate> openDays,
    LocalDate submittableFrom,
    SheetStatus status,
    String sha256,
    String submittedByName,
    LocalDateTime submittedAt,
    String reviewedByName,
    LocalDateTime reviewedAt,
    String reviewComment,
    boolean locked,
    Integer version)
    implements Serializable {}
