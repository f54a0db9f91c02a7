package lt.dienynas.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import lt.dienynas.archive.ArchivePackage;
import lt.dienynas.demo.DemoSchoolModel.Level;
import lt.dienynas.demo.DemoSchoolModel.SchoolClass;
import lt.dienynas.preschool.AttendanceSheetPdf;
import lt.dienynas.preschool.SheetRow;
import lt.dienynas.preschool.SheetStatus;
import lt.dienynas.preschool.SheetView;
import lt.dienynas.school.WorkingDayCalendar;

/**
 * The demo's pre-school and pre-primary groups' daily attendance (§22.4): every working day from
 * the year's start up to yesterday filled by the group's teacher in the morning (now and then after
 * 9:30, once not at all for an objective reason), a child absent or late now and then, the absences
 * of past months justified; each past month's attendance sheet submitted on its last working day
 * and approved by the deputy the next, the group's month then locked (§22.6, §22.9).
 */
final class DemoPreschool {
  private static final String[] DOCUMENTS = {"Gydytojo pažyma", "Tėvų prašymas"};

  private final Connection connection;
  private final DemoSchoolModel model;
  private final DemoSchoolWriter.Ids ids;
  private final long deputy;
  private final Random random = new Random(DemoSchool.SEED + 22);
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final WorkingDayCalendar calendar = new WorkingDayCalendar(List.of());

  DemoPreschool(
      Connection connection, DemoSchoolModel model, DemoSchoolWriter.Ids ids, long deputy) {
    this.connection = connection;
    this.model = model;
    this.ids = ids;
    this.deputy = deputy;
  }

  Map<String, Integer> write() throws SQLException {
    LocalDate today = model.today();
    try (var days =
            new MultiInsert(
                connection,
                "preschool_day",
                "group_id",
                "day",
                "state",
                "reason",
                "filled_by",
                "first_filled_at",
                "filled_at");
        var entries =
            new MultiInsert(
                connection,
                "preschool_attendance",
                "group_id",
                "student_id",
                "day",
                "status",
                "arrived_at",
                "justification",
                "justification_doc",
                "justified_by",
                "justified_at");
        var sheets =
            new MultiInsert(
                connection,
                "preschool_sheet",
                "group_id",
                "month",
                "status",
                "content",
                "sha256",
                "submitted_by",
                "submitted_at",
                "reviewed_by",
                "reviewed_at");
        var locks =
            new MultiInsert(
                connection,
                "month_lock",
                "month",
                "scope",
                "school_class_id",
                "locked",
                "changed_at",
                "changed_by")) {
      for (SchoolClass c : model.classes()) {
        if (c.level() == Level.GRADE) {
          continue;
        }
        long groupId = ids.groupIds().get(c.name());
        long teacher = ids.person(c.classTeacherKey());
        List<long[]> children = new ArrayList<>();
        List<String> names = new ArrayList<>();
        model.students().stream()
            .filter(s -> c.name().equals(s.className()))
            .map(s -> model.person(s.personKey()))
            .sorted(
                (a, b) ->
                    a.lastName().equals(b.lastName())
                        ? a.firstName().compareTo(b.firstName())
                        : a.lastName().compareTo(b.lastName()))
            .forEach(
                p -> {
                  children.add(new long[] {ids.person(p.key())});
                  names.add(p.fullName());
                });
        LocalDate notFilled = firstWorkingDayAfter(model.year().start().plusDays(40));
        Map<YearMonth, List<LocalDate>> months = new LinkedHashMap<>();
        Map<YearMonth, Map<Integer, List<String>>> marks = new HashMap<>();
        Map<YearMonth, int[][]> totals = new HashMap<>();
        for (LocalDate d = model.year().start(); d.isBefore(today); d = d.plusDays(1)) {
          if (!calendar.isWorkingDay(d)) {
            continue;
          }
          YearMonth month = YearMonth.from(d);
          months.computeIfAbsent(month, m -> new ArrayList<>()).add(d);
          Map<Integer, List<String>> monthMarks =
              marks.computeIfAbsent(month, m -> new HashMap<>());
          int[][] monthTotals = totals.computeIfAbsent(month, m -> new int[children.size()][4]);
          if (d.equals(notFilled)) {
            LocalDateTime at = d.atTime(11, 20);
            days.add(
                groupId,
                d,
                "NOT_FILLED",
                "Neveikė internetas visą rytą",
                teacher,
                Timestamp.valueOf(at),
                Timestamp.valueOf(at));
            counts.merge("preschoolDaysNotFilled", 1, Integer::sum);
            for (int i = 0; i < children.size(); i++) {
              monthMarks.computeIfAbsent(i, k -> new ArrayList<>()).add("–");
            }
            continue;
          }
          LocalDateTime filledAt =
              d.atTime(
                  random.nextInt(20) == 0
                      ? LocalTime.of(9, 45)
                      : LocalTime.of(8, 35).plusMinutes(random.nextInt(50)));
          days.add(
              groupId,
              d,
              "FILLED",
              null,
              teacher,
              Timestamp.valueOf(filledAt),
              Timestamp.valueOf(filledAt));
          counts.merge("preschoolDays", 1, Integer::sum);
          boolean pastMonth = month.isBefore(YearMonth.from(today));
          for (int i = 0; i < children.size(); i++) {
            int roll = random.nextInt(100);
            String status = roll < 8 ? "ABSENT" : roll < 12 ? "LATE" : "PRESENT";
            Time arrived =
                status.equals("LATE")
                    ? Time.valueOf(LocalTime.of(8, 30).plusMinutes(5L * (1 + random.nextInt(20))))
                    : null;
            boolean justified = status.equals("ABSENT") && (pastMonth || random.nextBoolean());
            String doc = justified ? DOCUMENTS[random.nextInt(DOCUMENTS.length)] : null;
            entries.add(
                groupId,
                children.get(i)[0],
                d,
                status,
                arrived,
                justified ? (doc.startsWith("Gydytojo") ? "ILLNESS" : "PARENTS_REQUEST") : null,
                doc,
                justified ? teacher : null,
                justified ? Timestamp.valueOf(d.plusDays(2).atTime(16, 0)) : null);
            counts.merge("preschoolAttendance", 1, Integer::sum);
            monthMarks
                .computeIfAbsent(i, k -> new ArrayList<>())
                .add(status.equals("ABSENT") ? "n" : status.equals("LATE") ? "p" : "");
            int[] t = monthTotals[i];
            switch (status) {
              case "PRESENT" -> t[0]++;
              case "LATE" -> t[1]++;
              default -> {
                t[2]++;
                if (justified) {
                  t[3]++;
                }
              }
            }
          }
        }
        for (var month : months.entrySet()) {
          if (!month.getKey().isBefore(YearMonth.from(today))) {
            continue;
          }
          List<LocalDate> workingDays = month.getValue();
          List<SheetRow> rows = new ArrayList<>();
          for (int i = 0; i < children.size(); i++) {
            int[] t = totals.get(month.getKey())[i];
            rows.add(
                new SheetRow(
                    children.get(i)[0],
                    names.get(i),
                    marks.get(month.getKey()).get(i),
                    t[0],
                    t[1],
                    t[2],
                    t[3]));
          }
          LocalDate last = workingDays.get(workingDays.size() - 1);
          LocalDateTime submitted = last.atTime(15, 30);
          LocalDateTime approved = firstWorkingDayAfter(last).atTime(10, 0);
          SheetView view =
              new SheetView(
                  groupId,
                  c.name(),
                  month.getKey(),
                  workingDays,
                  rows,
                  List.of(),
                  last,
                  SheetStatus.SUBMITTED,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  false,
                  null);
          byte[] pdf =
              AttendanceSheetPdf.render(
                  view, model.person(c.classTeacherKey()).fullName(), submitted);
          sheets.add(
              groupId,
              month.getKey().toString(),
              "APPROVED",
              pdf,
              ArchivePackage.sha256(pdf),
              teacher,
              Timestamp.valueOf(submitted),
              deputy,
              Timestamp.valueOf(approved));
          long classId = ids.classIds().get(c.name());
          locks.add(
              month.getKey().toString(),
              "C" + classId,
              classId,
              true,
              Timestamp.valueOf(approved),
              DemoSchool.login(lt.dienynas.security.Role.DEPUTY).login());
          counts.merge("preschoolSheets", 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private LocalDate firstWorkingDayAfter(LocalDate day) {
    LocalDate d = day.plusDays(1);
    while (!calendar.isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }
}
