package lt.dienynas.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvCellTest {

  @Test
  void aFormulaLeadingCellIsShownAsTextAndQuotesAreDoubled() {
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvCell.of("=HYPERLINK(\"http://x\")"));
    assertEquals("\"'+1\"", CsvCell.of("+1"));
    assertEquals("\"'-2\"", CsvCell.of("-2"));
    assertEquals("\"'@SUM(A1)\"", CsvCell.of("@SUM(A1)"));
    assertEquals("\"Puiku; ačiū\"", CsvCell.of("Puiku; ačiū"));
    assertEquals("\"\"", CsvCell.of(null));
  }
}
