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
 * peaks, and the old generation's alone). The baseline is one plain SQL pass over the year's
 * journal rows (lessons, marks, attendance), timed here over JDBC. Writes {@code jobs.csv}.
 */
public final class JobTimings {
  private static final Logger LOG = Logger.getLogger(JobTimings.class.getName());
  private static final Pattern STATUS = Pattern.compile("\"batch-status\" => \"(\\w+)\"");
  private static final Pattern EXECUTION = Pattern.compile("\"result\" => (\\d+)L?");
  private static final Pattern USED = Pattern.compile("\"used\" => (\\d+)L");
  private static final String POOL = "/core-service=platform-mbean/type=memory-pool/name=";

  /** The G1 heap's pools (the benchmark server runs the JDK's default collector, G1). */
  private static final List<String> HEAP_POOLS =
      List.of("G1_Eden_Space", "G1_Survivor_Space", "G1_Old_Gen");

  private final String cli;
  private final String controller;

  private JobTimings(String cli, String controller) {
    this.cli = cli;
    this.controller = controller;
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
    String url = System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3306/dienynas_bench");
    String jobs = System.getProperty("bench.jobs", "month-lock:today=2027-08-31");
    JobTimings timings =
        new JobTimings(
            System.getProperty("bench.cli"),
            System.getProperty("bench.controller", "127.0.0.1:10990"));
    long passMillis;
    try (Connection c = DriverManager.getConnection(url, "dienynas", "dienynas")) {
      passMillis = sqlPass(c);
    }
    StringBuilder csv =
        new StringBuilder("job,millis,sqlPassMillis,peakHeapBytes,oldGenPeakBytes,status\n");
    for (String job : jobs.split(",")) {
      if (job.isBlank()) {
        continue;
      }
      String[] parts = job.strip().split(":", 2);
      String[] result = timings.run(parts[0], parts.length > 1 ? parts[1] : "");
      csv.append(parts[0])
          .append(',')
          .append(result[0])
          .append(',')
          .append(passMillis)
          .append(',')
          .append(result[1])
          .append(',')
          .append(result[2])
          .append(',')
          .append(result[3])
          .append('\n');
      LOG.info(() -> parts[0] + ": " + String.join(" ", result));
    }
    Files.writeString(dir.resolve("jobs.csv"), csv);
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
    String execution = deployment + "/job=" + job + "/execution=" + id.group(1);
    String status = "STARTING";
    String out = "";
    while (!status.equals("COMPLETED") && !status.equals("FAILED") && !status.equals("STOPPED")) {
      Thread.sleep(200);
      out = cli(execution + ":read-resource(include-runtime=true)");
      Matcher m = STATUS.matcher(out);
      status = m.find() ? m.group(1) : status;
    }
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
