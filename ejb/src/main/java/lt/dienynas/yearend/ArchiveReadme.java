package lt.dienynas.yearend;

import java.util.Map;

/** The archivist's README inside the package (Lithuanian), written from the data alone. */
final class ArchiveReadme {
  private ArchiveReadme() {}

  static String text(
      String yearName,
      Object start,
      Object end,
      Map<Long, String> classNames,
      Map<Long, String> folders,
      int acts) {
    StringBuilder t = new StringBuilder();
    t.append("E. DIENYNO ARCHYVO PAKETAS — ").append(yearName).append(" MOKSLO METAI\n\n");
    t.append("Mokslo metai: ").append(start).append(" – ").append(end).append(".\n");
    t.append("Klasių: ").append(classNames.size()).append(".\n\n");
    t.append(
        """
        Paketas sudarytas pagal e. dienyno tvarkos aprašo 33–34 punktus: į skaitmeninę laikmeną
        perkeltos visų klasių „Mokinių mokymosi pasiekimų apskaitos suvestinės“, pusmečių ir
        metinės pažangumo ir lankomumo suvestinės, suvestinių patvirtinimo įrašai ir taisymo aktai.

        TURINYS
          manifest.json              visų failų sąrašas su dydžiu ir SHA-256 kontroline suma bei
                                     viso paketo kontrolinė suma (packageDigest)
          README.txt                 šis aprašas
          klases/<klasė>/suvestine.pdf
                                     suvestinė, PDF/A-2b (archyvinis PDF formatas)
          klases/<klasė>/suvestine.csv
                                     tie patys duomenys mašininiu būdu skaitomu formatu (CSV, UTF-8;
                                     stulpeliai aprašyti e. dienyno README, formatas
                                     e-dienynas-suvestine/1)
          klases/<klasė>/I_pusmecio_ataskaita.pdf, II_pusmecio_ataskaita.pdf, metine_ataskaita.pdf
                                     pažangumo ir lankomumo suvestinės (PDF/A-2b)
          patvirtinimai/patvirtinimai.csv
                                     kiekvienos klasės suvestinės būsena: kas ir kada patvirtino
                                     (klasės vadovas), kas ir kada priėmė (direktoriaus
                                     pavaduotojas ugdymui), patvirtintos suvestinės SHA-256
          patvirtinimai/istorija.csv visi patvirtinimai, priėmimai ir atidarymai iš naujo
          taisymo_aktai/<akto numeris>.pdf
                                     kiekvienas mokslo metų taisymo aktas (30.1 p.) tvarkos aprašo
                                     1 priedo forma, PDF/A-2b; failo vardas — akto numeris su „_“
                                     vietoj „/“ (aktas Nr. 2026-2027/001 — 2026-2027_001.pdf)
          taisymo_aktai/aktai.csv    tie patys aktai kaip duomenys: kiekvienas aktas eilutėje su
                                     visais duomenų bazės lentelės correction_act stulpeliais
                                     (CSV, UTF-8)
          taisymo_aktai/aktu_eilutes.csv
                                     kiekvieno akto taisomi duomenys (lentelė correction_item):
                                     akto id (act_id), mokinys, pamoka arba laikotarpis,
                                     klaidinga ir teisinga reikšmė

        TAISYMO AKTAI
          Į paketą įtraukti visi šių mokslo metų taisymo aktai, kokia bebūtų jų būsena: būseną
          rodo aktai.csv stulpelis status ir akto PDF pabaiga. DRAFT — rengiamas, SUBMITTED —
          laukia suderinimo, AGREED — suderintas, bet dar neįvykdytas, REJECTED — atmestas,
          APPLIED — įvykdytas, ARCHIVED — metų pabaigoje archyvuotas įvykdytas ar atmestas aktas.
          Duomenys dienyne pakeisti tik pagal aktus, kurių applied_at užpildytas (PDF: „Duomenys
          pakeisti …“); kiti aktai saugomi kaip taisymo eigos įrašai.
        """);
    t.append("  Aktų: ").append(acts).append('.');
    if (acts == 0) {
      t.append(
          " Šiais mokslo metais taisymo aktų nebuvo: aktai.csv ir aktu_eilutes.csv turi tik"
              + " stulpelių pavadinimus.");
    }
    t.append('\n');
    t.append(
        """

        KAIP PATIKRINTI
          1. E. dienyne: „Metų pabaiga“ → „Archyvo paketo patikra“, įkelkite ZIP failą; programa
             palygina kiekvieną failą su manifest.json ir nurodo pakeistus, trūkstamus ar
             pridėtus failus.
          2. Be e. dienyno: išskleiskite ZIP ir kiekvienam failui apskaičiuokite SHA-256
             (pvz. „sha256sum klases/5a/suvestine.pdf“); reikšmė turi sutapti su manifest.json.
             Paketo kontrolinė suma — SHA-256 eilučių „<sha256>  <kelias>\\n“, surikiuotų pagal
             kelią, sujungimo (kaip jas išspausdina sha256sum).

        KLASĖS
        """);
    folders.forEach(
        (id, folder) ->
            t.append("  ").append(classNames.get(id)).append(": ").append(folder).append('\n'));
    return t.toString();
  }
}
