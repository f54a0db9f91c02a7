package lt.dienynas.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * What the server spent on one tier, from the files the benchmark script leaves: the CPU time of
 * the server JVMs ({@code cpu-<users>.before} / {@code .after}: "pid name ticks" per line, clock
 * ticks of {@code clk_tck}) and their flight recordings ({@code server-<users>-<pid>.jfr}, JFR's
 * {@code profile} settings: a Java execution sample of every running thread every 10 ms).
 */
final class ServerProfile {

  /** Libraries by package prefix, for the self time by library; the first match wins. */
  private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

  static {
    LIBRARIES.put("lt.dienynas.", "the portal's own code");
    LIBRARIES.put("org.eclipse.persistence.", "EclipseLink (JPA)");
    LIBRARIES.put("org.mariadb.", "MariaDB Connector/J");
    LIBRARIES.put("com.sun.faces.", "Mojarra (Faces)");
    LIBRARIES.put("jakarta.faces.", "Mojarra (Faces)");
    LIBRARIES.put("org.primefaces.", "PrimeFaces");
    LIBRARIES.put("org.omnifaces.", "OmniFaces");
    LIBRARIES.put("org.glassfish.expressly.", "Expression Language");
    LIBRARIES.put("jakarta.el.", "Expression Language");
    LIBRARIES.put("org.jboss.weld.", "Weld (CDI)");
    LIBRARIES.put("org.jboss.as.ejb3.", "EJB container");
    LIBRARIES.put("org.jboss.invocation.", "EJB container");
    LIBRARIES.put("org.wildfly.security.", "Elytron (security)");
    LIBRARIES.put("io.undertow.", "Undertow (HTTP)");
    LIBRARIES.put("org.xnio.", "XNIO (network)");
    LIBRARIES.put("org.jboss.resteasy.", "RESTEasy (API)");
    LIBRARIES.put("org.eclipse.yasson.", "JSON-B / JSON-P");
    LIBRARIES.put("org.eclipse.parsson.", "JSON-B / JSON-P");
    LIBRARIES.put("org.infinispan.", "Infinispan (sessions)");
    LIBRARIES.put("org.jgroups.", "JGroups (cluster)");
    LIBRARIES.put("org.jboss.jca.", "IronJacamar (connection pool)");
    LIBRARIES.put("com.arjuna.", "Narayana (transactions)");
    LIBRARIES.put("java.util.regex.", "JDK: regular expressions");
    LIBRARIES.put("java.", "JDK: other");
    LIBRARIES.put("javax.", "JDK: other");
    LIBRARIES.put("jdk.", "JDK: other");
    LIBRARIES.put("sun.", "JDK: other");
  }

  /** A ranked line: what, its samples, its share of all samples. */
  record Line(String what, long samples, double share) {}

  /**
   * The tier's profile: the samples, the self time by library and by method, the portal's methods
   * on the stack (each counted once per sample), and the CPU milliseconds the server JVMs used.
   */
  record Profile(
      long samples,
      List<Line> libraries,
      List<Line> methods,
      List<Line> portal,
      List<Line> stages,
      Double cpuMillis) {}

  private ServerProfile() {}

  static Profile read(Path dir, int users) throws IOException {
    Map<String, Long> libraries = new HashMap<>();
    Map<String, Long> methods = new HashMap<>();
    Map<String, Long> portal = new HashMap<>();
    Map<String, Long> stages = new HashMap<>();
    long samples = 0;
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(dir, "server-" + users + "-*.jfr")) {
      for (Path file : files) {
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
          if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
            continue;
          }
          RecordedStackTrace stack = event.getStackTrace();
          if (stack == null || stack.getFrames().isEmpty()) {
            continue;
          }
          samples++;
          List<RecordedFrame> frames = stack.getFrames();
          String top = name(frames.get(0));
          methods.merge(top, 1L, Long::sum);
          libraries.merge(library(top), 1L, Long::sum);
          Set<String> seen = new HashSet<>();
          for (RecordedFrame frame : frames) {
            String name = name(frame);
            if (name.startsWith("lt.dienynas.") && seen.add(name)) {
              portal.merge(name, 1L, Long::sum);
            }
          }
          stages.merge(stage(frames), 1L, Long::sum);
        }
      }
    }
    return new Profile(
        samples,
        ranked(libraries, samples, 12),
        ranked(methods, samples, 15),
        ranked(portal, samples, 15),
        ranked(stages, samples, 12),
        cpuMillis(dir, users));
  }

  /**
   * What the sampled thread was doing, from the outermost recognisable step of its stack: a login's
   * password check, a Faces page's render or its restore / apply / action phases, an API call, JPA
   * work, the database driver, or the HTTP and network layer itself.
   */
  static String stage(List<RecordedFrame> frames) {
    boolean faces = false;
    boolean api = false;
    boolean resources = false;
    for (RecordedFrame frame : frames) {
      String name = name(frame);
      if (name.contains("BCrypt") || name.contains(".bcrypt.")) {
        return "password check (bcrypt)";
      }
      if (name.startsWith("com.sun.faces.lifecycle.RenderResponsePhase")) {
        return "Faces: render response";
      }
      if (name.startsWith("com.sun.faces.lifecycle.RestoreViewPhase")) {
        return "Faces: restore view";
      }
      faces |= name.startsWith("com.sun.faces.lifecycle.");
      api |= name.startsWith("org.jboss.resteasy.");
      resources |=
          name.startsWith("io.undertow.server.handlers.resource.")
              || name.startsWith("com.sun.faces.application.resource.");
    }
    String top = name(frames.get(0));
    if (faces) {
      return "Faces: apply, validate, update, invoke";
    } else if (api) {
      return "API (RESTEasy)";
    } else if (resources) {
      return "static resources";
    } else if (top.startsWith("org.jgroups.") || top.startsWith("org.infinispan.")) {
      return "cluster (JGroups, Infinispan)";
    } else if (top.startsWith("io.undertow.") || top.startsWith("org.xnio.")) {
      return "HTTP and network (Undertow, XNIO)";
    }
    return "other (" + library(top) + ")";
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static String library(String method) {
    for (var e : LIBRARIES.entrySet()) {
      if (method.startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    int dot = method.indexOf('.', method.indexOf('.') + 1);
    return dot < 0 ? method : method.substring(0, dot);
  }

  private static List<Line> ranked(Map<String, Long> counts, long total, int limit) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(limit)
        .map(
            e -> new Line(e.getKey(), e.getValue(), total == 0 ? 0 : (double) e.getValue() / total))
        .toList();
  }

  /** The CPU time (user + system) of the server JVMs during the tier, in ms; null when not read. */
  static Double cpuMillis(Path dir, int users) throws IOException {
    Path before = dir.resolve("cpu-" + users + ".before");
    Path after = dir.resolve("cpu-" + users + ".after");
    Path clk = dir.resolve("clk_tck");
    if (!Files.exists(before) || !Files.exists(after) || !Files.exists(clk)) {
      return null;
    }
    Map<String, Long> start = ticks(before);
    Map<String, Long> end = ticks(after);
    if (start.isEmpty()) {
      return null;
    }
    long delta = 0;
    for (var e : end.entrySet()) {
      delta += e.getValue() - start.getOrDefault(e.getKey(), e.getValue());
    }
    double perSecond = Double.parseDouble(Files.readString(clk).strip());
    return delta * 1000.0 / perSecond;
  }

  private static Map<String, Long> ticks(Path file) throws IOException {
    Map<String, Long> ticks = new HashMap<>();
    for (String line : Files.readAllLines(file)) {
      String[] f = line.strip().split("\\s+");
      if (f.length == 3) {
        ticks.put(f[0], Long.parseLong(f[2]));
      }
    }
    return ticks;
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }
}
