package lt.dienynas.archive;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lt.dienynas.history.ChainHead;
import lt.dienynas.history.HistoryMac;
import lt.dienynas.shared.JsonBuilders;

/**
 * A self-describing archive package (§33–34): the files of a school year's archive plus {@value
 * #MANIFEST}, which lists every file with its size and SHA-256 and carries the package digest (the
 * SHA-256 of the sorted file list with their hashes). The ZIP is written byte-for-byte the same for
 * the same files: entries sorted by path, fixed timestamps, stored without compression metadata
 * that varies, so an archive can be rebuilt and compared.
 */
public final class ArchivePackage {
  /** The manifest's path inside the package. */
  public static final String MANIFEST = "manifest.json";

  /** Every entry's time: the ZIP format's earliest, so no clock leaks into the bytes. */
  private static final long ENTRY_TIME = 315_532_800_000L; // 1980-01-01T00:00:00Z

  private final String title;
  private final SortedMap<String, byte[]> files = new TreeMap<>();
  private ChainHead historyHead;

  public ArchivePackage(String title) {
    this.title = Objects.requireNonNull(title, "title");
  }

  /** Adds a file under a relative path with forward slashes (e.g. {@code suvestines/5a.pdf}). */
  public ArchivePackage add(String path, byte[] content) {
    if (path == null
        || path.isBlank()
        || path.startsWith("/")
        || path.contains("..")
        || path.contains("\\")
        || MANIFEST.equals(path)) {
      throw new IllegalArgumentException("bad package path: " + path);
    }
    if (files.putIfAbsent(path, content.clone()) != null) {
      throw new IllegalArgumentException("path twice in the package: " + path);
    }
    return this;
  }

  /**
   * Records the diary history chain's head (last entry and its MAC) in the manifest, so that the
   * package can later show that the diary's history was not rewritten since it was built.
   */
  public ArchivePackage historyHead(ChainHead head) {
    this.historyHead = Objects.requireNonNull(head, "head");
    return this;
  }

  /** Writes the ZIP and returns the package digest that the manifest records. */
  public String writeTo(OutputStream out) throws IOException {
    SortedMap<String, String> hashes = new TreeMap<>();
    files.forEach((path, content) -> hashes.put(path, sha256(content)));
    String digest = packageDigest(hashes);
    byte[] manifest = manifest(hashes, digest);
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      zip.setLevel(9);
      put(zip, MANIFEST, manifest);
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        put(zip, file.getKey(), file.getValue());
      }
    }
    return digest;
  }

  public byte[] toBytes() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writeTo(bytes);
    return bytes.toByteArray();
  }

  private byte[] manifest(SortedMap<String, String> hashes, String digest) {
    JsonArrayBuilder list = JsonBuilders.array();
    hashes.forEach(
        (path, hash) ->
            list.add(
                JsonBuilders.object()
                    .add("path", path)
                    .add("size", files.get(path).length)
                    .add("sha256", hash)));
    JsonObjectBuilder manifest =
        JsonBuilders.object()
            .add("format", "e-dienynas-archive/1")
            .add("title", title)
            .add("algorithm", "SHA-256")
            .add("files", list)
            .add("packageDigest", digest);
    if (historyHead != null) {
      JsonObjectBuilder history =
          JsonBuilders.object().add("algorithm", HistoryMac.NAME).add("mac", historyHead.mac());
      if (historyHead.lastEntryId() == null) {
        history.addNull("lastEntryId");
      } else {
        history.add("lastEntryId", historyHead.lastEntryId());
      }
      manifest.add("history", history);
    }
    return pretty(manifest.build()).getBytes(StandardCharsets.UTF_8);
  }

  /** SHA-256 over the lines {@code <sha256> <path>\n}, in path order (as sha256sum prints them). */
  static String packageDigest(SortedMap<String, String> hashes) {
    StringBuilder lines = new StringBuilder();
    hashes.forEach((path, hash) -> lines.append(hash).append("  ").append(path).append('\n'));
    return sha256(lines.toString().getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  private static void put(ZipOutputStream zip, String path, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(path);
    entry.setTime(ENTRY_TIME);
    CRC32 crc = new CRC32();
    crc.update(content);
    entry.setCrc(crc.getValue());
    entry.setSize(content.length);
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }

  private static String pretty(JsonObject json) {
    JsonWriterFactory factory =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    StringWriter text = new StringWriter();
    try (JsonWriter writer = factory.createWriter(text)) {
      writer.writeObject(json);
    }
    return text.toString().strip() + "\n";
  }
}
