package lt.dienynas.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Lithuanian first names and surnames for the demo school, with the gendered surname forms: a man's
 * surname ({@code Kazlauskas}), a married woman's ({@code Kazlauskienė}) and an unmarried woman's
 * or a daughter's ({@code Kazlauskaitė}).
 */
final class LithuanianNames {

  static final List<String> BOYS =
      List.of(
          "Jonas",
          "Lukas",
          "Matas",
          "Nojus",
          "Dominykas",
          "Kajus",
          "Benas",
          "Joris",
          "Adomas",
          "Augustas",
          "Gustas",
          "Herkus",
          "Ąžuolas",
          "Šarūnas",
          "Kęstutis",
          "Džiugas",
          "Žygimantas",
          "Mantas",
          "Rokas",
          "Titas",
          "Motiejus",
          "Jokūbas",
          "Emilis",
          "Arnas",
          "Dovydas",
          "Gabrielius",
          "Ignas",
          "Vilius",
          "Aistis",
          "Nedas",
          "Gytis",
          "Kristupas",
          "Liudas",
          "Domantas",
          "Tadas",
          "Vėjas",
          "Elijus",
          "Martynas",
          "Pijus",
          "Kasparas");

  static final List<String> GIRLS =
      List.of(
          "Gabija",
          "Liepa",
          "Emilija",
          "Austėja",
          "Amelija",
          "Lėja",
          "Kamilė",
          "Urtė",
          "Ugnė",
          "Smiltė",
          "Rugilė",
          "Saulė",
          "Miglė",
          "Goda",
          "Luknė",
          "Ieva",
          "Eglė",
          "Jūratė",
          "Gustė",
          "Patricija",
          "Viltė",
          "Rusnė",
          "Barbora",
          "Elzė",
          "Agnė",
          "Adelė",
          "Vakarė",
          "Žemyna",
          "Skaistė",
          "Aistė",
          "Marija",
          "Sofija",
          "Meda",
          "Upė",
          "Milda",
          "Radvilė",
          "Ema",
          "Gerda",
          "Akvilė",
          "Dovilė");

  static final List<String> MEN =
      List.of(
          "Andrius",
          "Tomas",
          "Mindaugas",
          "Darius",
          "Vytautas",
          "Rimantas",
          "Saulius",
          "Giedrius",
          "Audrius",
          "Marius",
          "Arūnas",
          "Linas",
          "Žilvinas",
          "Kęstutis",
          "Gintaras",
          "Raimondas",
          "Algirdas",
          "Tadas",
          "Edvinas",
          "Vaidas",
          "Paulius",
          "Justinas",
          "Ramūnas",
          "Donatas",
          "Evaldas",
          "Šarūnas",
          "Rolandas",
          "Egidijus",
          "Nerijus",
          "Valdas");

  static final List<String> WOMEN =
      List.of(
          "Rasa",
          "Jūratė",
          "Inga",
          "Asta",
          "Rūta",
          "Vilma",
          "Kristina",
          "Jurgita",
          "Aušra",
          "Laura",
          "Ingrida",
          "Giedrė",
          "Lina",
          "Daiva",
          "Živilė",
          "Edita",
          "Neringa",
          "Simona",
          "Indrė",
          "Eglė",
          "Agnė",
          "Dalia",
          "Renata",
          "Irena",
          "Vaida",
          "Aistė",
          "Gintarė",
          "Loreta",
          "Sigita",
          "Ramunė");

  /** Men's surnames; women's forms are derived by {@link #married} and {@link #unmarried}. */
  static final List<String> SURNAMES =
      List.of(
          "Kazlauskas",
          "Jankauskas",
          "Petrauskas",
          "Stankevičius",
          "Vasiliauskas",
          "Žukauskas",
          "Butkus",
          "Paulauskas",
          "Kairys",
          "Urbonas",
          "Navickas",
          "Sadauskas",
          "Ramanauskas",
          "Baranauskas",
          "Žemaitis",
          "Petraitis",
          "Vaitkus",
          "Rimkus",
          "Šimkus",
          "Lukošius",
          "Kavaliauskas",
          "Pocius",
          "Gudelis",
          "Šukys",
          "Adomaitis",
          "Jonaitis",
          "Grigas",
          "Dambrauskas",
          "Bieliauskas",
          "Balčiūnas",
          "Mačiulis",
          "Ališauskas",
          "Kudirka",
          "Sabonis",
          "Daukša",
          "Mockus",
          "Jasiūnas",
          "Rutkauskas",
          "Tamošiūnas",
          "Žilinskas",
          "Lukoševičius",
          "Mažeika",
          "Bernotas",
          "Černiauskas",
          "Čepulis",
          "Šidlauskas",
          "Valančius",
          "Marcinkevičius",
          "Norkus",
          "Urbonavičius",
          "Kriaučiūnas",
          "Vilkas",
          "Pakalnis",
          "Jurgaitis",
          "Dapkus",
          "Juodka",
          "Giedraitis",
          "Vaičiulis",
          "Račkauskas",
          "Survila");

  private LithuanianNames() {}

  /** The married woman's form: Kazlauskas → Kazlauskienė, Butkus → Butkuvienė. */
  static String married(String surname) {
    if (surname.endsWith("ius")) {
      return stem(surname, 3) + "ienė";
    }
    if (surname.endsWith("us")) {
      return stem(surname, 2) + "uvienė";
    }
    if (surname.endsWith("as") || surname.endsWith("is") || surname.endsWith("ys")) {
      return stem(surname, 2) + "ienė";
    }
    if (surname.endsWith("a")) {
      return stem(surname, 1) + "ienė";
    }
    throw new IllegalArgumentException("not a man's surname: " + surname);
  }

  /** The unmarried woman's (daughter's) form: Kazlauskas → Kazlauskaitė, Pocius → Pociūtė. */
  static String unmarried(String surname) {
    if (surname.endsWith("ius")) {
      return stem(surname, 3) + "iūtė";
    }
    if (surname.endsWith("us")) {
      return stem(surname, 2) + "utė";
    }
    if (surname.endsWith("as")) {
      return stem(surname, 2) + "aitė";
    }
    if (surname.endsWith("is") || surname.endsWith("ys")) {
      return stem(surname, 2) + "ytė";
    }
    if (surname.endsWith("a")) {
      return stem(surname, 1) + "aitė";
    }
    throw new IllegalArgumentException("not a man's surname: " + surname);
  }

  static String pick(Random random, List<String> names) {
    return names.get(random.nextInt(names.size()));
  }

  /** Lower-case ASCII for e-mail addresses and logins: Ąžuolas → azuolas. */
  static String ascii(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", ".");
  }

  private static String stem(String surname, int ending) {
    return surname.substring(0, surname.length() - ending);
  }
}
