package lt.dienynas.preschool;

import java.io.Serializable;
import java.util.List;

/**
 * One child's line of the monthly attendance sheet: a mark per working day (empty: present, „n“,
 * „p“, „–“ for a day not filled or not in the group) and the month's totals.
 */
public record SheetRow(
    long studentId,
    String name,
    List<String> marks,
    int present,
    int late,
    int absent,
    int justified)
    implements Serializable {}
