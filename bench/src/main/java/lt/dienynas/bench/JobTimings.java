package lt.dienynas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the nightly batch jobs on the benchmark server (through its management interface, with
 * {@code jboss-cli.sh}): each job of {@code bench.jobs} ({@code name[:param=value;...]}, comma
 * separated; by default the month lock for the last day of the school year, which locks every month
 * of it) is started, waited for, and its duration taken from the job execution's own start and end
 * times. The heap's peak is reset before each job and read after it (the sum of the heap pools'
 * peaks, and the old generation's alone), after a full collection. The baseline is one plain SQL
 * pass over the rows the job reads, timed here over JDBC: the year's journal rows (lessons, marks,
 * attendance) for the lock job, the year's results (period grades and attendance, decisions,
 * additional work, class lists) for the year-end jobs. {@code yearId=@benchYear} stands for the
 * benchmark year's id. Writes {@code jobs.csv}.
 */
public final class JobTimings {
  private static final Logger LOG = Logger.getLogger(JobTimings.class.getName());
  private static final Pattern EXECUTION = Pattern.compile("\"result\" => (\\d+)L?");
  private static final Pattern USED = Pattern.compile("\"used\" => (\\d+)L");
  private static final String POOL = "/core-service=platform-mbean/type=memory-pool/name=";

  /** Stands for the benchmark year's id in a job's parameters. */
  private static final String BENCH_YEAR = "@benchYear";

  /** The G1 heap's pools (the benchmark server runs the JDK's default collector, G1). */
  private static final List<String> HEAP_POOLS =
      List.of("G1_Eden_Space", "G1_Survivor_Space", "G1_Old_Gen");

  private final String cli;
  private final String controller;
  private final String url;

  private JobTimings(String cli, String controller, String url) {
    this.cli = cli;
    this.controller = controller;
    this.url = url;
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
    String url = System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3306/dienynas_bench");
    String jobs = System.getProperty("bench.jobs", "month-lock:today=2027-08-31");
    JobTimings timings =
        new JobTimings(
            System.getProperty("bench.cli"),
            System.getProperty("bench.controller", "127.0.0.1:10990"),
            url);
    long journalPass;
    long resultsPass;
    long yearId;
    try (Connection c = DriverManager.getConnection(url, "dienynas", "dienynas")) {
      journalPass = sqlPass(c);
      resultsPass = resultsPass(c);
      yearId = yearId(c);
    }
    StringBuilder csv =
        new StringBuilder(
            "job,parameters,classes,millis,sqlPassMillis,peakHeapBytes,oldGenPeakBytes,status\n");
    for (String job : jobs.split(",")) {
      if (job.isBlank()) {
        continue;
      }
      String[] parts = job.strip().split(":", 2);
      String parameters =
          (parts.length > 1 ? parts[1] : "").replace(BENCH_YEAR, Long.toString(yearId));
      int classes;
      try (Connection c = DriverManager.getConnection(url, "dienynas", "dienynas")) {
        classes = classes(c, yearId, parameters);
      }
      String[] result = timings.run(parts[0], parameters);
      csv.append(parts[0])
          .append(',')
          .append(parameters.replace(',', ' '))
          .append(',')
          .append(classes)
          .append(',')
          .append(result[0])
          .append(',')
          .append(parts[0].startsWith("yearend-") ? resultsPass : journalPass)
          .append(',')
          .append(result[1])
          .append(',')
          .append(result[2])
          .append(',')
          .append(result[3])
          .append('\n');
      LOG.info(() -> parts[0] + " " + parameters + ": " + String.join(" ", result));
    }
    Files.writeString(dir.resolve("jobs.csv"), csv);
  }

  /** The benchmark year's id, for {@code yearId=@benchYear} in {@code bench.jobs}. */
  private static long yearId(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM school_year WHERE name = ?")) {
      ps.setString(1, BenchYear.YEAR_NAME);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    }
  }

  /** The classes a job works on: the year's, or those of its {@code grades=from-to}. */
  private static int classes(Connection c, long yearId, String parameters) throws SQLException {
    int from = Integer.MIN_VALUE;
    int to = Integer.MAX_VALUE;
    for (String p : parameters.split(";")) {
      if (p.strip().startsWith("grades=")) {
        String[] range = p.strip().substring("grades=".length()).split("-", 2);
        from = Integer.parseInt(range[0].strip());
        to = range.length == 1 ? from : Integer.parseInt(range[1].strip());
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COUNT(*) FROM school_class WHERE school_year_id = ? AND grade BETWEEN ? AND ?")) {
      ps.setLong(1, yearId);
      ps.setInt(2, from);
      ps.setInt(3, to);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /**
   * One pass over the rows the year-end jobs read: every class's students with their period grades,
   * period attendance, promotion decisions and additional work.
   */
  static long resultsPass(Connection c) throws SQLException {
    long t0 = System.nanoTime();
    for (String sql :
        List.of(
            "SELECT COUNT(*), MAX(p.last_name) FROM group_member m JOIN study_group g ON g.id ="
                + " m.group_id AND g.kind = 'CLASS' JOIN person p ON p.id = m.student_id",
            "SELECT COUNT(*), MAX(grade_value) FROM period_grade",
            "SELECT COUNT(*), MAX(missed) FROM period_attendance",
            "SELECT COUNT(*), MAX(decision) FROM promotion_decision",
            "SELECT COUNT(*), MAX(result_value) FROM additional_work")) {
      try (PreparedStatement ps = c.prepareStatement(sql);
          ResultSet rs = ps.executeQuery()) {
        rs.next();
      }
    }
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /** One pass over every journal row of the school year: lessons, marks, attendance. */
  static long sqlPass(Connection c) throws SQLException {
    long t0 = System.nanoTime();
    for (String sql :
        List.of(
            "SELECT COUNT(*), MAX(topic) FROM lesson WHERE lesson_date BETWEEN ? AND ?",
            "SELECT COUNT(*), MAX(k.mark_value) FROM mark k JOIN lesson l ON l.id = k.lesson_id"
                + " WHERE l.lesson_date BETWEEN ? AND ?",
            "SELECT COUNT(*), MAX(a.status) FROM attendance a JOIN lesson l ON l.id = a.lesson_id"
                + " WHERE l.lesson_date BETWEEN ? AND ?")) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setObject(1, BenchYear.YEAR_START);
        ps.setObject(2, BenchYear.YEAR_END);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
        }
      }
    }
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /** Runs a job to its end; returns its milliseconds, the heap's peak bytes and the status. */
  private String[] run(String job, String parameters) throws IOException, InterruptedException {
    String deployment = "/deployment=dienynas.ear/subdeployment=batch.jar/subsystem=batch-jberet";
    // a full collection first, so that each job's peak starts from the same live heap
    cli("/core-service=platform-mbean/type=memory:gc");
    cli(String.join(",", HEAP_POOLS.stream().map(p -> POOL + p + ":reset-peak-usage").toList()));
    List<String> props = new ArrayList<>();
    for (String p : parameters.split(";")) {
      if (!p.isBlank()) {
        props.add(p.replace("=", "=\"") + "\"");
      }
    }
    String start =
        deployment
            + ":start-job(job-xml-name="
            + job
            + (props.isEmpty() ? "" : ", properties={" + String.join(",", props) + "}")
            + ")";
    long t0 = System.nanoTime();
    Matcher id = EXECUTION.matcher(cli(start));
    if (!id.find()) {
      return new String[] {"-1", "-1", "-1", "NOT_STARTED"};
    }
    long executionId = Long.parseLong(id.group(1));
    String execution = deployment + "/job=" + job + "/execution=" + executionId;
    // waiting reads the job repository's row over JDBC: a management call per poll would start a
    // CLI process each time, on the cores the job runs on
    String status = "STARTING";
    try (Connection c = DriverManager.getConnection(url, "dienynas", "dienynas");
        PreparedStatement ps =
            c.prepareStatement("SELECT BATCHSTATUS FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ?")) {
      ps.setLong(1, executionId);
      while (!status.equals("COMPLETED") && !status.equals("FAILED") && !status.equals("STOPPED")) {
        Thread.sleep(100);
        try (ResultSet rs = ps.executeQuery()) {
          status = rs.next() && rs.getString(1) != null ? rs.getString(1) : status;
        }
      }
    } catch (SQLException e) {
      throw new IOException("reading the job repository", e);
    }
    // the execution's own start and end, to the millisecond
    String out = cli(execution + ":read-resource(include-runtime=true)");
    long wall = (System.nanoTime() - t0) / 1_000_000;
    long millis = between(out, wall);
    long peak = 0;
    long oldGen = 0;
    for (String pool : HEAP_POOLS) {
      Matcher used = USED.matcher(cli(POOL + pool + ":read-attribute(name=peak-usage)"));
      long bytes = used.find() ? Long.parseLong(used.group(1)) : 0;
      peak += bytes;
      oldGen = pool.equals("G1_Old_Gen") ? bytes : oldGen;
    }
    return new String[] {
      String.valueOf(millis), String.valueOf(peak), String.valueOf(oldGen), status
    };
  }

  /** The execution's own start and end ({@code "start-time" => "..."}), else the wall time. */
  private static long between(String resource, long wall) {
    Matcher start = Pattern.compile("\"start-time\" => \"([^\"]+)\"").matcher(resource);
    Matcher end = Pattern.compile("\"end-time\" => \"([^\"]+)\"").matcher(resource);
    if (start.find() && end.find()) {
      try {
        return java.time.Duration.between(
                java.time.LocalDateTime.parse(start.group(1)),
                java.time.LocalDateTime.parse(end.group(1)))
            .toMillis();
      } catch (java.time.format.DateTimeParseException e) {
        LOG.info(() -> "unparsed job times " + start.group(1) + " / " + end.group(1));
      }
    }
    return wall;
  }

  private String cli(String command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(cli, "--controller=" + controller, "-c", "--commands=" + command)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
