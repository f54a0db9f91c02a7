package lt.dienynas.yearend;

/** A stored archive package: its file name, size, SHA-256 of the ZIP and the manifest digest. */
public record PackageResult(
    long yearId, String fileName, int size, String sha256, String packageDigest, int classes) {}
