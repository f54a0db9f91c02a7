package lt.dienynas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The plain-JDBC baselines, run beside the Gatling load on the same database: the journal grid's
 * data for a group, subject and month (the class's students, the month's lessons, their marks and
 * attendance — the rows the page shows), and a lesson save's writes (the topic, the marks and the
 * absences of the class, upserted in one transaction with batched statements). Two threads, each
 * alternating a read and a write with short pauses; latencies go to {@code jdbc-<users>.csv}.
 */
final class JdbcBaseline {
  private static final Logger LOG = Logger.getLogger(JdbcBaseline.class.getName());

  private static final String STUDENTS =
      "SELECT p.id, p.first_name, p.last_name FROM group_member m JOIN person p ON p.id ="
          + " m.student_id WHERE m.group_id = ? AND m.valid_from <= ? AND (m.valid_to IS NULL OR"
          + " m.valid_to >= ?) ORDER BY p.last_name, p.first_name";
  private static final String LESSONS =
      "SELECT id, lesson_date, lesson_number, topic, homework, teacher_id, substitute_id FROM"
          + " lesson WHERE group_id = ? AND subject_id = ? AND lesson_date BETWEEN ? AND ? ORDER BY"
          + " lesson_date, lesson_number";
  private static final String MARKS =
      "SELECT k.lesson_id, k.student_id, k.scale, k.mark_value, k.kind FROM mark k JOIN lesson l"
          + " ON l.id = k.lesson_id WHERE l.group_id = ? AND l.subject_id = ? AND l.lesson_date"
          + " BETWEEN ? AND ?";
  private static final String ATTENDANCE =
      "SELECT a.lesson_id, a.student_id, a.status, a.justification FROM attendance a JOIN lesson"
          + " l ON l.id = a.lesson_id WHERE l.group_id = ? AND l.subject_id = ? AND l.lesson_date"
          + " BETWEEN ? AND ?";

  private final Path dir;
  private final int users;
  private final List<String[]> lessons = new ArrayList<>();
  private final List<long[]> reads = Collections.synchronizedList(new ArrayList<>());
  private final List<long[]> writes = Collections.synchronizedList(new ArrayList<>());
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;

  JdbcBaseline(Path dir, int users) {
    this.dir = dir;
    this.users = users;
  }

  void start() {
    try {
      List<String> lines = Files.readAllLines(dir.resolve("data/lessons.csv"));
      // from the end of the shuffled list: the simulation's teachers start at its beginning
      for (int i = lines.size() - 1; i > 0 && lessons.size() < 200; i--) {
        lessons.add(lines.get(i).split(","));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    running = true;
    for (int t = 0; t < 2; t++) {
      int first = t;
      Thread thread = new Thread(() -> loop(first), "jdbc-baseline-" + t);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  void stop() {
    running = false;
    for (Thread t : threads) {
      try {
        t.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    StringBuilder csv = new StringBuilder("action,start_ms,micros\n");
    synchronized (reads) {
      reads.forEach(
          r -> csv.append("grid (JDBC),").append(r[0]).append(',').append(r[1]).append('\n'));
    }
    synchronized (writes) {
      writes.forEach(
          r -> csv.append("save (JDBC),").append(r[0]).append(',').append(r[1]).append('\n'));
    }
    try {
      Files.writeString(dir.resolve("jdbc-" + users + ".csv"), csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void loop(int first) {
    String url = System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3306/dienynas_bench");
    try (Connection c = DriverManager.getConnection(url, "dienynas", "dienynas")) {
      int i = first;
      while (running) {
        String[] lesson = lessons.get(i % lessons.size());
        i += 2;
        long t0 = System.nanoTime();
        read(c, lesson);
        long t1 = System.nanoTime();
        reads.add(new long[] {System.currentTimeMillis(), (t1 - t0) / 1000});
        Thread.sleep(ThreadLocalRandom.current().nextInt(200, 600));
        long t2 = System.nanoTime();
        write(c, lesson);
        long t3 = System.nanoTime();
        writes.add(new long[] {System.currentTimeMillis(), (t3 - t2) / 1000});
        Thread.sleep(ThreadLocalRandom.current().nextInt(200, 600));
      }
    } catch (SQLException e) {
      LOG.log(Level.SEVERE, "the JDBC baseline failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The grid's rows: the same four reads the page needs, in one read-only transaction. */
  private static void read(Connection c, String[] lesson) throws SQLException {
    long group = Long.parseLong(lesson[2]);
    long subject = Long.parseLong(lesson[3]);
    YearMonth month = YearMonth.parse(lesson[4]);
    c.setAutoCommit(false);
    c.setReadOnly(true);
    try {
      try (PreparedStatement ps = c.prepareStatement(STUDENTS)) {
        ps.setLong(1, group);
        ps.setObject(2, month.atEndOfMonth());
        ps.setObject(3, month.atDay(1));
        drain(ps);
      }
      for (String sql : List.of(LESSONS, MARKS, ATTENDANCE)) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setLong(1, group);
          ps.setLong(2, subject);
          ps.setObject(3, month.atDay(1));
          ps.setObject(4, month.atEndOfMonth());
          drain(ps);
        }
      }
      c.commit();
    } finally {
      c.setReadOnly(false);
    }
  }

  /**
   * The save's rows: the lesson's topic, a mark for about a third of the class, an absence for
   * about 8 %, the others' marks and absences removed — what the API's save ends with.
   */
  private static void write(Connection c, String[] lesson) throws SQLException {
    long id = Long.parseLong(lesson[0]);
    String[] students = lesson[5].split(" ");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Timestamp now = Timestamp.valueOf(LocalDateTime.now());
    c.setAutoCommit(false);
    try (PreparedStatement topic =
            c.prepareStatement("UPDATE lesson SET topic = ?, version = version + 1 WHERE id = ?");
        PreparedStatement mark =
            c.prepareStatement(
                "INSERT INTO mark (lesson_id, student_id, scale, mark_value, kind, recorded_by,"
                    + " recorded_at) SELECT ?, ?, 'TEN_POINT', ?, 'CLASSWORK', teacher_id, ? FROM"
                    + " lesson WHERE id = ? ON DUPLICATE KEY UPDATE mark_value ="
                    + " VALUES(mark_value), recorded_at = VALUES(recorded_at), version ="
                    + " mark.version + 1");
        PreparedStatement unmark =
            c.prepareStatement("DELETE FROM mark WHERE lesson_id = ? AND student_id = ?");
        PreparedStatement absent =
            c.prepareStatement(
                "INSERT INTO attendance (lesson_id, student_id, status, recorded_by, recorded_at)"
                    + " SELECT ?, ?, 'ABSENT', teacher_id, ? FROM lesson WHERE id = ? ON DUPLICATE"
                    + " KEY UPDATE status = 'ABSENT', version = attendance.version + 1");
        PreparedStatement present =
            c.prepareStatement("DELETE FROM attendance WHERE lesson_id = ? AND student_id = ?")) {
      topic.setString(1, "Tema " + random.nextInt(1000));
      topic.setLong(2, id);
      topic.executeUpdate();
      for (String s : students) {
        long student = Long.parseLong(s);
        double r = random.nextDouble();
        if (r < 0.08) {
          absent.setLong(1, id);
          absent.setLong(2, student);
          absent.setTimestamp(3, now);
          absent.setLong(4, id);
          absent.addBatch();
          unmark.setLong(1, id);
          unmark.setLong(2, student);
          unmark.addBatch();
        } else {
          present.setLong(1, id);
          present.setLong(2, student);
          present.addBatch();
          if (r < 0.42) {
            mark.setLong(1, id);
            mark.setLong(2, student);
            mark.setString(3, String.valueOf(4 + random.nextInt(7)));
            mark.setTimestamp(4, now);
            mark.setLong(5, id);
            mark.addBatch();
          } else {
            unmark.setLong(1, id);
            unmark.setLong(2, student);
            unmark.addBatch();
          }
        }
      }
      mark.executeBatch();
      unmark.executeBatch();
      absent.executeBatch();
      present.executeBatch();
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    }
  }

  private static void drain(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          rs.getObject(i);
        }
      }
    }
  }
}
