package lt.dienynas.yearend;

/** A stored year-end file for download: name, media type, bytes and SHA-256. */
public record StoredFile(String fileName, String mediaType, byte[] content, String sha256) {}
