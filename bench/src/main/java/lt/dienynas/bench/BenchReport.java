package lt.dienynas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code report.md} and {@code p95.svg} into the benchmark directory from what the run left
 * there: {@code data.json} (the generator's counts), each tier's Gatling HTML report (its
 * statistics table: count, KO, throughput, percentiles), {@code jdbc-<users>.csv} (the plain-JDBC
 * baselines' latencies), {@code jobs.csv} and {@code machine.txt}. Every action's p95 is also given
 * as a multiple of its baseline of the same tier, and the goals of issue 10 are checked.
 */
public final class BenchReport {

  /** A row of Gatling's statistics table, or a baseline computed here. */
  record Stat(
      String name, long count, long ko, double rps, long p50, long p95, long p99, long max) {}

  static final String GRID = "journal grid";
  static final String SAVE = "lesson save";
  static final String STATIC = "static resource";
  static final String JDBC_GRID = "grid (JDBC)";
  static final String JDBC_SAVE = "save (JDBC)";
  static final List<String> ACTIONS =
      List.of(GRID, SAVE, "child's week", "student diary", "student marks", "login", STATIC);

  private static final Pattern ROW =
      Pattern.compile(
          "<tr id=\"req_[^\"]*\"[^>]*>.*?class=\"ellipsed-name\">([^<]*)</span>(.*?)</tr>",
          Pattern.DOTALL);
  private static final Pattern CELL =
      Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
    List<Integer> tiers =
        Arrays.stream(System.getProperty("bench.tiers", "50 100 200 400").trim().split("\\s+"))
            .map(Integer::valueOf)
            .toList();
    Map<Integer, Map<String, Stat>> results = new LinkedHashMap<>();
    Map<Integer, String> reports = new LinkedHashMap<>();
    for (int users : tiers) {
      Map<String, Stat> stats = new LinkedHashMap<>();
      Path pointer = dir.resolve("gatling-" + users + ".dir");
      if (Files.exists(pointer)) {
        Path run = Path.of(Files.readString(pointer).strip());
        reports.put(
            users,
            dir.toAbsolutePath().relativize(run.toAbsolutePath().resolve("index.html")).toString());
        stats.putAll(gatling(run.resolve("index.html")));
      }
      stats.putAll(jdbc(dir.resolve("jdbc-" + users + ".csv")));
      results.put(users, stats);
    }
    String markdown = markdown(dir, tiers, results, reports);
    Files.writeString(dir.resolve("report.md"), markdown, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("p95.svg"), svg(tiers, results), StandardCharsets.UTF_8);
  }

  static Map<String, Stat> gatling(Path index) throws IOException {
    Map<String, Stat> stats = new LinkedHashMap<>();
    if (!Files.exists(index)) {
      return stats;
    }
    Matcher row = ROW.matcher(Files.readString(index, StandardCharsets.UTF_8));
    while (row.find()) {
      String name = row.group(1).replace("&#39;", "'").replace("&amp;", "&").strip();
      Map<Integer, String> cells = new LinkedHashMap<>();
      Matcher cell = CELL.matcher(row.group(2));
      while (cell.find()) {
        cells.put(Integer.valueOf(cell.group(1)), cell.group(2).replace(",", "").strip());
      }
      stats.put(
          name,
          new Stat(
              name,
              number(cells.get(2)),
              number(cells.get(4)),
              decimal(cells.get(6)),
              number(cells.get(8)),
              number(cells.get(10)),
              number(cells.get(11)),
              number(cells.get(12))));
    }
    return stats;
  }

  static Map<String, Stat> jdbc(Path csv) throws IOException {
    Map<String, Stat> stats = new LinkedHashMap<>();
    if (!Files.exists(csv)) {
      return stats;
    }
    Map<String, List<Long>> micros = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(csv);
    long first = Long.MAX_VALUE;
    long last = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      micros.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Long.parseLong(f[2]));
      first = Math.min(first, Long.parseLong(f[1]));
      last = Math.max(last, Long.parseLong(f[1]));
    }
    double seconds = Math.max(1, (last - first) / 1000.0);
    for (var e : micros.entrySet()) {
      List<Long> sorted = e.getValue().stream().sorted().toList();
      stats.put(
          e.getKey(),
          new Stat(
              e.getKey(),
              sorted.size(),
              0,
              sorted.size() / seconds,
              percentile(sorted, 50),
              percentile(sorted, 95),
              percentile(sorted, 99),
              sorted.get(sorted.size() - 1) / 1000));
    }
    return stats;
  }

  /** The nearest-rank percentile, in milliseconds (rounded up, never 0). */
  static long percentile(List<Long> sortedMicros, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sortedMicros.size());
    long micros = sortedMicros.get(Math.max(0, Math.min(sortedMicros.size() - 1, rank - 1)));
    return Math.max(1, (micros + 999) / 1000);
  }

  private static String markdown(
      Path dir,
      List<Integer> tiers,
      Map<Integer, Map<String, Stat>> results,
      Map<Integer, String> reports)
      throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# e. dienynas: load benchmark report\n\n");
    md.append("Written ")
        .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
        .append(" by `./dienynas.sh bench` (issues 10 and 19).\n\n");
    Path machine = dir.resolve("machine.txt");
    if (Files.exists(machine)) {
      md.append("## Machine\n\n```\n")
          .append(Files.readString(machine).strip())
          .append("\n```\n\n");
    }
    Path data = dir.resolve("data.json");
    if (Files.exists(data)) {
      md.append("## Data (seed ")
          .append(BenchYear.SEED)
          .append(")\n\n| what | count |\n|---|---:|\n");
      Matcher m = Pattern.compile("\"(\\w+)\":(\\d+)").matcher(Files.readString(data));
      while (m.find()) {
        md.append("| ").append(m.group(1)).append(" | ").append(m.group(2)).append(" |\n");
      }
      md.append('\n');
    }
    md.append("## Load\n\n![p95 per action and tier](p95.svg)\n\n");
    Map<Integer, ServerProfile.Profile> profiles = new LinkedHashMap<>();
    for (int users : tiers) {
      Map<String, Stat> s = results.get(users);
      md.append("### ").append(users).append(" concurrent users\n\n");
      if (reports.containsKey(users)) {
        md.append("Gatling's report: [")
            .append(reports.get(users))
            .append("](")
            .append(reports.get(users))
            .append(")\n\n");
      }
      md.append(
          "| action | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | p95 ×"
              + " baseline |\n|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
      List<String> names = new ArrayList<>(ACTIONS);
      names.add(JDBC_GRID);
      names.add(JDBC_SAVE);
      for (String name : names) {
        Stat st = s.get(name);
        if (st == null) {
          continue;
        }
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.2f | %d | %d | %d | %d | %s |%n",
                name,
                st.count(),
                st.ko(),
                st.rps(),
                st.p50(),
                st.p95(),
                st.p99(),
                st.max(),
                ratioText(s, name)));
      }
      long errors = s.values().stream().mapToLong(Stat::ko).sum();
      md.append("\nErrors (all requests, redirects included): **").append(errors).append("**\n\n");
      ServerProfile.Profile profile = ServerProfile.read(dir, users);
      profiles.put(users, profile);
      long requests = serverRequests(s);
      double rps =
          s.values().stream().filter(BenchReport::throughServer).mapToDouble(Stat::rps).sum();
      md.append(
          String.format(
              Locale.ROOT,
              "The server answered %d requests (%.1f requests/s, redirects included)",
              requests,
              rps));
      if (profile.cpuMillis() != null && requests > 0) {
        md.append(
            String.format(
                Locale.ROOT,
                " and used %.1f s of CPU for them: **%.1f CPU ms per request**",
                profile.cpuMillis() / 1000,
                profile.cpuMillis() / requests));
      }
      md.append(".\n\n");
      if (profile.samples() > 0) {
        md.append("What the server's threads were doing (JFR, ")
            .append(profile.samples())
            .append(" execution samples): ");
        md.append(
            String.join(
                "; ",
                profile.stages().stream()
                    .map(l -> l.what() + " " + ServerProfile.percent(l.share()))
                    .toList()));
        md.append(".\n\n");
      }
    }
    md.append(profileSection(tiers, profiles));
    md.append("## Goals\n\n| goal | tier | measured | verdict |\n|---|---|---|---|\n");
    for (int users : tiers) {
      Map<String, Stat> s = results.get(users);
      long errors = s.values().stream().mapToLong(Stat::ko).sum();
      if (users == tiers.get(tiers.size() - 1)) {
        md.append(goal("0 errors at the highest tier", users, errors + " errors", errors == 0));
      }
      if (users == 200) {
        md.append(goal("0 errors at 200 users", users, errors + " errors", errors == 0));
        for (String action : PAGE_ACTIONS) {
          Stat st = s.get(action);
          if (st != null) {
            md.append(goal(action + " p95 ≤ 1 s", users, st.p95() + " ms", st.p95() <= 1000));
          }
        }
      }
      Double grid = ratio(s, GRID, STATIC);
      if (grid != null) {
        md.append(goal("grid p95 ≤ 5 × static p95", users, times(grid), grid <= 5));
      }
      Double save = ratio(s, SAVE, JDBC_SAVE);
      if (save != null) {
        md.append(goal("save p95 ≤ 3 × plain-JDBC write p95", users, times(save), save <= 3));
      }
    }
    Path jobs = dir.resolve("jobs.csv");
    if (Files.exists(jobs)) {
      md.append("\n## Jobs on the full year\n\n")
          .append(
              "| job | parameters | classes | status | duration ms | plain SQL pass ms | × SQL pass"
                  + " | peak heap MiB (sum of pools) | old gen peak MiB |\n")
          .append("|---|---|---:|---|---:|---:|---:|---:|---:|\n");
      List<String> lines = Files.readAllLines(jobs);
      StringBuilder goals = new StringBuilder();
      long yearEndMillis = 0;
      int yearEndJobs = 0;
      // the summary job's old generation peak (MiB) by the number of classes it rendered: what
      // survives young collections, where a heap that grew with the classes would show; the sum
      // of all pools mostly measures how much garbage eden holds before G1 collects it
      java.util.TreeMap<Integer, Double> summaryHeap = new java.util.TreeMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",", -1);
        int classes = Integer.parseInt(f[2]);
        long millis = Long.parseLong(f[3]);
        long pass = Math.max(1, Long.parseLong(f[4]));
        double multiple = (double) millis / pass;
        double heap = Long.parseLong(f[5]) / 1048576.0;
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %d | %s | %d | %d | %.2f | %.0f | %.0f |%n",
                f[0],
                f[1].replace(";", "; "),
                classes,
                f[7],
                millis,
                pass,
                multiple,
                heap,
                Long.parseLong(f[6]) / 1048576.0));
        boolean wholeYear = !f[1].contains("grades=");
        if (f[0].equals("month-lock")) {
          goals.append(goal("lock job ≤ 2 × one SQL pass", 0, times(multiple), multiple <= 2));
        } else if (f[0].startsWith("yearend-") && wholeYear) {
          yearEndMillis += millis;
          yearEndJobs++;
        }
        if (f[0].equals("yearend-summary")) {
          summaryHeap.put(classes, Long.parseLong(f[6]) / 1048576.0);
        }
      }
      if (yearEndJobs == 2) {
        goals.append(
            goal(
                "summary + archive jobs < 60 s",
                0,
                String.format(Locale.ROOT, "%.1f s", yearEndMillis / 1000.0),
                yearEndMillis < 60_000));
      }
      if (summaryHeap.size() >= 2) {
        double fewest = summaryHeap.firstEntry().getValue();
        double most = summaryHeap.lastEntry().getValue();
        goals.append(
            goal(
                "summary job's old gen peak flat in classes (≤ 1.5 × from "
                    + summaryHeap.firstKey()
                    + " to "
                    + summaryHeap.lastKey()
                    + " classes)",
                0,
                String.format(Locale.ROOT, "%.0f → %.0f MiB = %.2f ×", fewest, most, most / fewest),
                most <= 1.5 * fewest));
      }
      md.append("\n| goal | | measured | verdict |\n|---|---|---|---|\n").append(goals);
    }
    return md.toString();
  }

  /** The users' page actions: every one of them has the p95 goal of issue 19 at 200 users. */
  static final List<String> PAGE_ACTIONS =
      List.of(GRID, SAVE, "child's week", "student diary", "student marks");

  /** Whether the row is an HTTP request the server answered (not a JDBC baseline, not a total). */
  static boolean throughServer(Stat st) {
    return !st.name().equals(JDBC_GRID)
        && !st.name().equals(JDBC_SAVE)
        && !st.name().equalsIgnoreCase("All Requests");
  }

  static long serverRequests(Map<String, Stat> s) {
    return s.values().stream().filter(BenchReport::throughServer).mapToLong(Stat::count).sum();
  }

  /**
   * Where the CPU goes, from the flight recording of the 200-user tier (or of the highest tier
   * recorded): self time by library and by method, and the portal's own methods on the stack.
   */
  private static String profileSection(
      List<Integer> tiers, Map<Integer, ServerProfile.Profile> profiles) {
    Integer tier =
        profiles.containsKey(200) && profiles.get(200).samples() > 0
            ? Integer.valueOf(200)
            : tiers.stream()
                .filter(t -> profiles.containsKey(t) && profiles.get(t).samples() > 0)
                .reduce((a, b) -> b)
                .orElse(null);
    if (tier == null) {
      return "";
    }
    ServerProfile.Profile p = profiles.get(tier);
    StringBuilder md = new StringBuilder();
    md.append("## Where the server's CPU goes (")
        .append(tier)
        .append(" users)\n\n")
        .append("Java Flight Recorder on the server JVM")
        .append(" during the tier (`server-")
        .append(tier)
        .append("-<pid>.jfr` beside this report; open it in JDK Mission Control): ")
        .append(p.samples())
        .append(" execution samples of running Java threads.\n\n");
    md.append(lines("by step", p.stages()));
    md.append(lines("self time by library", p.libraries()));
    md.append(lines("self time by method", p.methods()));
    md.append(lines("the portal's methods on the stack (inclusive)", p.portal()));
    return md.toString();
  }

  private static String lines(String title, List<ServerProfile.Line> lines) {
    StringBuilder md = new StringBuilder();
    md.append("| ").append(title).append(" | samples | share |\n|---|---:|---:|\n");
    for (ServerProfile.Line l : lines) {
      md.append("| `")
          .append(l.what())
          .append("` | ")
          .append(l.samples())
          .append(" | ")
          .append(ServerProfile.percent(l.share()))
          .append(" |\n");
    }
    return md.append('\n').toString();
  }

  private static String goal(String goal, int users, String measured, boolean met) {
    return "| "
        + goal
        + " | "
        + (users == 0 ? "job" : users + " users")
        + " | "
        + measured
        + " | "
        + (met ? "met" : "**missed**")
        + " |\n";
  }

  private static String times(double ratio) {
    return String.format(Locale.ROOT, "%.2f ×", ratio);
  }

  private static String ratioText(Map<String, Stat> s, String name) {
    String base =
        switch (name) {
          case GRID, "child's week", "student diary", "student marks", "login" -> STATIC;
          case SAVE -> JDBC_SAVE;
          default -> null;
        };
    Double r = base == null ? null : ratio(s, name, base);
    String text = r == null ? "" : times(r) + " " + base;
    if (name.equals(GRID)) {
      Double jdbc = ratio(s, GRID, JDBC_GRID);
      text += jdbc == null ? "" : "; " + times(jdbc) + " " + JDBC_GRID;
    }
    return text;
  }

  static Double ratio(Map<String, Stat> s, String action, String baseline) {
    Stat a = s.get(action);
    Stat b = s.get(baseline);
    if (a == null || b == null || b.p95() <= 0) {
      return null;
    }
    return (double) a.p95() / b.p95();
  }

  /** Grouped bars: each action's p95 per tier, on a logarithmic axis (1 ms … 100 s). */
  static String svg(List<Integer> tiers, Map<Integer, Map<String, Stat>> results) {
    List<String> names = new ArrayList<>(ACTIONS);
    names.add(JDBC_GRID);
    names.add(JDBC_SAVE);
    String[] colors = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"};
    int left = 70;
    int top = 40;
    int height = 300;
    int groupWidth = 30 + 18 * tiers.size();
    int width = left + groupWidth * names.size() + 20;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(top + height + 110)
        .append("\" font-family=\"sans-serif\" font-size=\"11\">\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
        .append("<text x=\"")
        .append(left)
        .append(
            "\" y=\"20\" font-size=\"14\">p95 response time per action (ms, log scale)</text>\n");
    for (int exp = 0; exp <= 5; exp++) {
      double y = top + height - exp * height / 5.0;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
              left,
              width - 10,
              y,
              y,
              left - 5,
              y + 4,
              exp < 3
                  ? String.valueOf((long) Math.pow(10, exp))
                  : (long) Math.pow(10, exp - 3) + " s"));
    }
    for (int n = 0; n < names.size(); n++) {
      int x0 = left + n * groupWidth + 15;
      for (int t = 0; t < tiers.size(); t++) {
        Stat st = results.get(tiers.get(t)).get(names.get(n));
        if (st == null) {
          continue;
        }
        double h = Math.max(1, Math.log10(Math.max(1, st.p95())) * height / 5.0);
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%.1f\" width=\"16\" height=\"%.1f\" fill=\"%s\"><title>%s, %d"
                    + " users: p95 %d ms</title></rect>%n",
                x0 + t * 18,
                top + height - h,
                h,
                colors[t % colors.length],
                names.get(n).replace("'", "&#39;"),
                tiers.get(t),
                st.p95()));
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<text transform=\"translate(%d,%d) rotate(35)\">%s</text>%n",
              x0,
              top + height + 14,
              names.get(n).replace("'", "&#39;")));
    }
    for (int t = 0; t < tiers.size(); t++) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"28\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\""
                  + " y=\"37\">%d users</text>%n",
              width - 90 * (tiers.size() - t),
              colors[t % colors.length],
              width - 90 * (tiers.size() - t) + 14,
              tiers.get(t)));
    }
    return svg.append("</svg>\n").toString();
  }

  private static long number(String text) {
    try {
      return text == null || text.isBlank() || text.equals("-") ? 0 : Long.parseLong(text);
    } catch (NumberFormatException e) {
      return (long) decimal(text);
    }
  }

  private static double decimal(String text) {
    try {
      return text == null || text.isBlank() || text.equals("-") ? 0 : Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
