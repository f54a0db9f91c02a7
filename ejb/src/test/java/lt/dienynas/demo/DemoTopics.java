package lt.dienynas.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Lesson topics, praise, remarks and descriptive assessments the demo journal draws from. */
final class DemoTopics {

  private static final Map<String, List<String>> TOPICS =
      Map.ofEntries(
          Map.entry(
              "LIT",
              List.of(
                  "Daiktavardžio linksniavimas",
                  "K. Donelaičio „Metai“: ištraukos skaitymas",
                  "Rašinio planas",
                  "Skyrybos kartojimas",
                  "Veiksmažodžio laikai",
                  "Pasakojimo kūrimas",
                  "Diktantas",
                  "Tautosaka: sakmės ir padavimai")),
          Map.entry(
              "LT",
              List.of(
                  "Daiktavardžio linksniavimas",
                  "Rašinio planas",
                  "Skyrybos kartojimas",
                  "Veiksmažodžio laikai",
                  "Diktantas")),
          Map.entry(
              "MAT",
              List.of(
                  "Trupmenų sudėtis ir atimtis",
                  "Dešimtainės trupmenos",
                  "Lygtys su vienu nežinomuoju",
                  "Procentai",
                  "Stačiakampio plotas ir perimetras",
                  "Uždavinių sprendimas",
                  "Natūraliųjų skaičių dalumas",
                  "Kampai ir jų matavimas")),
          Map.entry(
              "ANG",
              List.of(
                  "Present Simple",
                  "My family",
                  "Past Simple: irregular verbs",
                  "Reading: a school day",
                  "Vocabulary: food and drinks",
                  "Listening practice")),
          Map.entry(
              "PAS",
              List.of(
                  "Metų laikai",
                  "Mano gimtinė",
                  "Augalų dalys",
                  "Lietuvos žemėlapis",
                  "Saugus elgesys kelyje")),
          Map.entry(
              "IST",
              List.of(
                  "Lietuvos valstybės susikūrimas",
                  "Karalius Mindaugas",
                  "Senovės Egiptas",
                  "Žalgirio mūšis",
                  "Istorijos šaltiniai")),
          Map.entry(
              "GEO",
              List.of(
                  "Žemėlapio mastelis",
                  "Žemės sandara",
                  "Klimato juostos",
                  "Lietuvos upės ir ežerai")),
          Map.entry(
              "GAM",
              List.of(
                  "Medžiagų savybės",
                  "Ląstelės sandara",
                  "Vandens apytaka gamtoje",
                  "Jėgos ir judėjimas")),
          Map.entry("BIO", List.of("Ląstelė", "Augalų fotosintezė", "Žmogaus kraujotaka")),
          Map.entry("FIZ", List.of("Greitis", "Slėgis", "Elektros srovė", "Šviesos atspindys")),
          Map.entry("CHE", List.of("Atomo sandara", "Cheminės reakcijos", "Rūgštys ir bazės")),
          Map.entry(
              "FU", List.of("Bėgimas ir šuoliai", "Krepšinio pagrindai", "Judrieji žaidimai")),
          Map.entry(
              "KK", List.of("Bėgimas ir šuoliai", "Krepšinio pagrindai", "Judrieji žaidimai")),
          Map.entry(
              "MUZ",
              List.of("Ritmas ir metras", "Lietuvių liaudies dainos", "Muzikos instrumentai")),
          Map.entry("DAI", List.of("Spalvų ratas", "Natiurmortas", "Rudens peizažas")),
          Map.entry("INF", List.of("Tekstų rengyklė", "Algoritmai", "Saugus elgesys internete")),
          Map.entry(
              "TEC",
              List.of("Medžiagų apdorojimas", "Projektinis darbas", "Mityba ir maisto gaminimas")),
          Map.entry("VOK", List.of("Sich vorstellen", "Die Familie", "In der Schule")),
          Map.entry("RUS", List.of("Знакомство", "Моя семья", "В школе")),
          Map.entry("TIK", List.of("Šventųjų gyvenimai", "Advento laikas", "Dešimt Dievo įsakymų")),
          Map.entry("ETI", List.of("Draugystė", "Atsakomybė", "Pagarba kitam")),
          Map.entry("DOR", List.of("Draugystė", "Atsakomybė", "Pagarba kitam")),
          Map.entry(
              "PRIES", List.of("Raidžių pažinimas", "Skaičiavimas iki 10", "Gamtos stebėjimas")),
          Map.entry("IKI", List.of("Spalvos ir formos", "Ratelių žaidimai", "Pasakų skaitymas")),
          Map.entry("VDM", List.of("Namų darbų ruoša", "Stalo žaidimai", "Kūrybinės dirbtuvės")),
          Map.entry("ROB", List.of("LEGO robotų surinkimas", "Jutikliai", "Programavimas blokais")),
          Map.entry("SOK", List.of("Ratelis", "Ritmo pratimai", "Liaudies šokiai")),
          Map.entry("ZMS", List.of("Pirmoji pagalba", "Saugus eismas", "Elgesys gaisro metu")));

  private static final List<String> PRAISE =
      List.of(
          "Puikiai dirbo pamokoje.",
          "Padėjo draugui išspręsti užduotį.",
          "Sėkmingai atstovavo mokyklai olimpiadoje.",
          "Aktyviai dalyvavo diskusijoje.");

  private static final List<String> REMARKS =
      List.of(
          "Trukdė draugams dirbti pamokoje.",
          "Neatliko namų darbų.",
          "Naudojosi telefonu pamokos metu.",
          "Neatsinešė vadovėlio ir pratybų.");

  private DemoTopics() {}

  /**
   * The subject's {@code nth} lesson's topic (the list goes round, the later ones "kartojimas").
   */
  static String topic(String subjectCode, int nth) {
    List<String> topics = TOPICS.getOrDefault(subjectCode, List.of("Naujos temos aiškinimas"));
    String topic = topics.get((nth - 1) % topics.size());
    return nth > topics.size() * 2 ? topic + " (kartojimas)" : topic;
  }

  static String praise(Random random) {
    return PRAISE.get(random.nextInt(PRAISE.size()));
  }

  static String remark(Random random) {
    return REMARKS.get(random.nextInt(REMARKS.size()));
  }

  static String descriptive(Random random, double ability) {
    List<String> texts =
        ability > 4.5
            ? List.of("Užduotis atliko savarankiškai ir tvarkingai.", "Puikiai suprato temą.")
            : List.of("Dar reikia pasikartoti temą.", "Užduotis atliko su mokytojo pagalba.");
    return texts.get(random.nextInt(texts.size()));
  }
}
