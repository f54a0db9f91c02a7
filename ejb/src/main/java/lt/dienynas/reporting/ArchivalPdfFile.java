package lt.dienynas.reporting;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Saves a PDFBox document as an archival PDF/A-2b file whose bytes depend on its content alone: the
 * DejaVu fonts embedded (every Lithuanian glyph), XMP metadata matching the document information,
 * an sRGB output intent, and the dates and document ID given by the caller — taken from the data,
 * never from the clock — so the same content gives the same file.
 */
public final class ArchivalPdfFile {
  public static final String CREATOR = "e. dienynas";
  private static final String FONT_DIR = "/lt/dienynas/reporting/fonts/";
  private static final byte[] REGULAR = font("DejaVuSans.ttf");
  private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private ArchivalPdfFile() {}

  /** DejaVu Sans, embedded as a subset of the glyphs the document uses. */
  public static PDType0Font regular(PDDocument document) {
    return load(document, REGULAR);
  }

  /** DejaVu Sans Bold, embedded as a subset. */
  public static PDType0Font bold(PDDocument document) {
    return load(document, BOLD);
  }

  /**
   * Writes the document's metadata and returns its bytes (the document is left open: the caller
   * closes it).
   *
   * @param title the document information's and the XMP title
   * @param created the creation date written into the file
   * @param modified the modification date written into the file
   * @param identity what makes this document this one (its text and dates): the document ID is the
   *     first 16 bytes of its SHA-256
   */
  public static byte[] save(
      PDDocument document,
      String title,
      LocalDateTime created,
      LocalDateTime modified,
      String identity) {
    try {
      Calendar createdAt = calendar(created);
      Calendar modifiedAt = calendar(modified);
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
      info.setCreator(CREATOR);
      info.setProducer(CREATOR);
      info.setCreationDate(createdAt);
      info.setModificationDate(modifiedAt);
      document.getDocumentCatalog().setLanguage("lt-LT");
      document.getDocumentCatalog().setMetadata(metadata(document, title, createdAt, modifiedAt));
      PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
      intent.setInfo("sRGB IEC61966-2.1");
      intent.setOutputCondition("sRGB IEC61966-2.1");
      intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
      intent.setRegistryName("http://www.color.org");
      document.getDocumentCatalog().addOutputIntent(intent);
      byte[] id = Arrays.copyOf(sha256(identity.getBytes(StandardCharsets.UTF_8)), 16);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      document.getDocument().getTrailer().setItem(COSName.ID, ids);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDMetadata metadata(
      PDDocument document, String title, Calendar created, Calendar modified) throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(title);
    dc.setFormat("application/pdf");
    PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
    pdfa.setPart(2);
    try {
      pdfa.setConformance("B");
    } catch (BadFieldValueException e) {
      throw new IllegalStateException("B is a PDF/A conformance level", e);
    }
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool(CREATOR);
    basic.setCreateDate(created);
    basic.setModifyDate(modified);
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer(CREATOR);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, bytes, true);
    } catch (javax.xml.transform.TransformerException e) {
      throw new IOException(e);
    }
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(bytes.toByteArray());
    return metadata;
  }

  /** The time as UTC without its milliseconds, as the PDF date format holds it. */
  private static Calendar calendar(LocalDateTime at) {
    GregorianCalendar calendar =
        new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
    calendar.clear();
    calendar.setTimeInMillis(at.withNano(0).toInstant(ZoneOffset.UTC).toEpochMilli());
    return calendar;
  }

  private static PDType0Font load(PDDocument document, byte[] font) {
    try {
      return PDType0Font.load(document, new ByteArrayInputStream(font), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  private static byte[] font(String name) {
    try (InputStream in = ArchivalPdfFile.class.getResourceAsStream(FONT_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the build: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
