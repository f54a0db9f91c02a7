package lt.dienynas.journal;

import java.io.Serializable;
import java.time.LocalDate;

/** An absence or lateness not justified yet, for the class teacher's list. */
public record UnjustifiedAbsence(
    long attendanceId,
    long studentId,
    String studentName,
    LocalDate date,
    int lessonNumber,
    String subjectName,
    AttendanceStatus status)
    implements Serializable {}
