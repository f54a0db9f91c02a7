package lt.dienynas.archive;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import lt.dienynas.history.ChainHead;

/**
 * Checks an archive package against its manifest: every listed file is there with the same size and
 * SHA-256, nothing unlisted was added, and the package digest matches. Names every file that does
 * not.
 */
public final class PackageVerifier {
  private PackageVerifier() {}

  /**
   * The outcome: the problems found, each naming its file; none means the package is intact. The
   * history chain's head the manifest recorded (null in a package without one), for checking
   * against the diary's history.
   */
  public record Result(
      int filesChecked, String packageDigest, List<String> problems, ChainHead historyHead)
      implements Serializable {
    public boolean intact() {
      return problems.isEmpty();
    }

    /** The files named by the problems, in the order found. */
    public List<String> badFiles() {
      return problems.stream().map(p -> p.substring(0, p.indexOf(':'))).distinct().toList();
    }
  }

  public static Result verify(byte[] zip) throws IOException {
    return verify(new ByteArrayInputStream(zip));
  }

  public static Result verify(InputStream in) throws IOException {
    Map<String, byte[]> contents = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        contents.put(entry.getName(), zip.readAllBytes());
      }
    }
    List<String> problems = new ArrayList<>();
    byte[] manifestBytes = contents.remove(ArchivePackage.MANIFEST);
    if (manifestBytes == null) {
      return new Result(0, null, List.of(ArchivePackage.MANIFEST + ": missing"), null);
    }
    JsonObject manifest;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(manifestBytes))) {
      manifest = reader.readObject();
    } catch (RuntimeException e) {
      return new Result(0, null, List.of(ArchivePackage.MANIFEST + ": not readable"), null);
    }
    SortedMap<String, String> listed = new TreeMap<>();
    for (JsonValue value : manifest.getJsonArray("files")) {
      JsonObject file = value.asJsonObject();
      String path = file.getString("path");
      listed.put(path, file.getString("sha256"));
      byte[] content = contents.remove(path);
      if (content == null) {
        problems.add(path + ": missing");
      } else if (content.length != file.getJsonNumber("size").longValue()) {
        problems.add(path + ": size differs from the manifest");
      } else if (!ArchivePackage.sha256(content).equals(file.getString("sha256"))) {
        problems.add(path + ": SHA-256 differs from the manifest");
      }
    }
    contents.keySet().stream()
        .sorted()
        .forEach(extra -> problems.add(extra + ": not in the manifest"));
    String digest = manifest.getString("packageDigest", "");
    if (!ArchivePackage.packageDigest(listed).equals(digest)) {
      problems.add(ArchivePackage.MANIFEST + ": package digest does not match the file list");
    }
    return new Result(listed.size(), digest, List.copyOf(problems), historyHead(manifest));
  }

  private static ChainHead historyHead(JsonObject manifest) {
    JsonObject history = manifest.getJsonObject("history");
    if (history == null) {
      return null;
    }
    JsonValue id = history.get("lastEntryId");
    return new ChainHead(
        id == null || id.getValueType() == JsonValue.ValueType.NULL
            ? null
            : history.getJsonNumber("lastEntryId").longValue(),
        history.getString("mac", ""));
  }
}
