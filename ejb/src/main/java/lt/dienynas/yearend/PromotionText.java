package lt.dienynas.yearend;

/** The promotion decision's wording in the printed summary (the column „Kėlimas“). */
final class PromotionText {
  private PromotionText() {}

  static String of(String decision) {
    if (decision == null) {
      return "";
    }
    return switch (decision) {
      case "PROMOTED" -> "Keliamas(-a)";
      case "NOT_PROMOTED" -> "Nekeliamas(-a)";
      case "SUMMER_WORK" -> "Skirti vasaros darbai";
      case "COMPLETED_PRIMARY" -> "Baigė pradinio ugdymo programą";
      case "COMPLETED_BASIC_PART" -> "Baigė pagrindinio ugdymo programos pirmąją dalį";
      default -> decision;
    };
  }
}
