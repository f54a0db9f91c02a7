package lt.dienynas.classdocs;

/** A file the class teacher's records give out: a printed sheet or report, an uploaded document. */
public record DownloadFile(String fileName, String contentType, byte[] content) {}
