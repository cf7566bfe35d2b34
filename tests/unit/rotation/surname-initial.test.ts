import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alphabetFor, surnameInitial, type RotationLocale } from "@/lib/rotation";

function initials(locale: RotationLocale, names: string[]): Record<string, string | null> {
  return Object.fromEntries(names.map((name) => [name, surnameInitial(name, locale)]));
}

describe("the letter a family name files under", () => {
  describe("in a Norwegian office (nb)", () => {
    it("puts Æ, Ø and Å after Z as letters of their own", () => {
      expect(initials("nb", ["Ødegård", "Ås", "Æsøy", "Berg", "Hansen", "Lie", "Zahl"])).toEqual({
        Ødegård: "Ø",
        Ås: "Å",
        Æsøy: "Æ",
        Berg: "B",
        Hansen: "H",
        Lie: "L",
        Zahl: "Z",
      });
    });

    it("reads lower case, leading spaces, hyphens and apostrophes", () => {
      expect(initials("nb", ["ødegård", " Øst-Hansen", "d'Artagnan", "  ås", "-Lie"])).toEqual({
        ødegård: "Ø",
        " Øst-Hansen": "Ø",
        "d'Artagnan": "D",
        "  ås": "Å",
        "-Lie": "L",
      });
    });

    it("sorts Swedish Ä and Ö as Æ and Ø, and German Ü as Y", () => {
      expect(initials("nb", ["Älvström", "Öberg", "Über"])).toEqual({ Älvström: "Æ", Öberg: "Ø", Über: "Y" });
    });

    it("sorts a leading Aa as Å, as Norwegian directories do", () => {
      expect(initials("nb", ["Aas", "Aasen", "aagaard", "Abrahamsen"])).toEqual({
        Aas: "Å",
        Aasen: "Å",
        aagaard: "Å",
        Abrahamsen: "A",
      });
    });

    it("strips accents from other letters", () => {
      expect(initials("nb", ["Émile", "Ñúñez", "Çelik"])).toEqual({ Émile: "E", Ñúñez: "N", Çelik: "C" });
    });
  });

  describe("in a Danish office (da)", () => {
    it("uses the same alphabet as Norwegian", () => {
      expect(initials("da", ["Ærø", "Østergaard", "Aagaard", "Åkjær", "Nielsen"])).toEqual({
        Ærø: "Æ",
        Østergaard: "Ø",
        Aagaard: "Å",
        Åkjær: "Å",
        Nielsen: "N",
      });
    });
  });

  describe("in a Swedish office (sv)", () => {
    it("puts Å, Ä and Ö after Z", () => {
      expect(initials("sv", ["Åberg", "Älvström", "Öberg", "Lindqvist", "Andersson"])).toEqual({
        Åberg: "Å",
        Älvström: "Ä",
        Öberg: "Ö",
        Lindqvist: "L",
        Andersson: "A",
      });
    });

    it("files the Danish and Norwegian Ø with Ö and Æ with Ä", () => {
      expect(initials("sv", ["Ødegård", "Æsøy", "ødegård"])).toEqual({ Ødegård: "Ö", Æsøy: "Ä", ødegård: "Ö" });
    });

    it("does not treat Aa as Å", () => {
      expect(surnameInitial("Aas", "sv")).toBe("A");
    });
  });

  describe("in a Dutch office (nl)", () => {
    it("skips particles, so van der Berg is a B", () => {
      expect(
        initials("nl", ["van der Berg", "de Vries", "'t Hart", "van den Broek", "ter Horst", "Jansen", "in 't Veld", "op de Beeck"]),
      ).toEqual({
        "van der Berg": "B",
        "de Vries": "V",
        "'t Hart": "H",
        "van den Broek": "B",
        "ter Horst": "H",
        Jansen: "J",
        "in 't Veld": "V",
        "op de Beeck": "B",
      });
    });

    it("also skips particles written with a capital, as when the name stands alone", () => {
      expect(initials("nl", ["Van der Berg", "De Vries", "Van 't Hof"])).toEqual({
        "Van der Berg": "B",
        "De Vries": "V",
        "Van 't Hof": "H",
      });
    });

    it("handles curly apostrophes and particles glued to the name", () => {
      expect(initials("nl", ["’t Hart", "d'Ancona", "'s-Gravesande", "van der Berg-Jansen"])).toEqual({
        "’t Hart": "H",
        "d'Ancona": "A",
        "'s-Gravesande": "G",
        "van der Berg-Jansen": "B",
      });
    });

    it("keeps a name that is only a particle", () => {
      expect(initials("nl", ["De", "Van"])).toEqual({ De: "D", Van: "V" });
    });

    it("folds accents", () => {
      expect(initials("nl", ["Özdemir", "Ødegård", "Éénhoorn"])).toEqual({ Özdemir: "O", Ødegård: "O", Éénhoorn: "E" });
    });
  });

  describe("in German and English offices (de, en)", () => {
    it("folds accents and Nordic letters onto A–Z", () => {
      for (const locale of ["de", "en"] as const) {
        expect(initials(locale, ["Öztürk", "Ødegård", "Ås", "Æsøy", "Élise", "Łukasiewicz"])).toEqual({
          Öztürk: "O",
          Ødegård: "O",
          Ås: "A",
          Æsøy: "A",
          Élise: "E",
          Łukasiewicz: "L",
        });
      }
    });

    it("does not skip particles", () => {
      expect(initials("de", ["von Trapp", "van der Berg"])).toEqual({ "von Trapp": "V", "van der Berg": "V" });
    });
  });

  describe("names the alphabet cannot place", () => {
    it("has no initial for empty names or other scripts", () => {
      expect(initials("nb", ["", "   ", "李", "Σωκράτης", "123"])).toEqual({
        "": null,
        "   ": null,
        李: null,
        Σωκράτης: null,
        "123": null,
      });
    });
  });

  describe("agrees with the locale's own collation", () => {
    const names = fc.constantFrom(
      "Ødegård", "Ås", "Æsøy", "Berg", "Hansen", "Lie", "Åberg", "Älvström", "Öberg", "Lindqvist",
      "Zahl", "Aas", "Yttre", "Über", "Østby", "Ærø", "Andersen", "Wik", "Quist", "Vik", "Émile",
    );
    for (const locale of ["nb", "da", "sv", "en", "de"] as const) {
      it(`orders initials like Intl.Collator("${locale}") orders the names (${locale})`, () => {
        const collator = new Intl.Collator(locale, { sensitivity: "base" });
        const alphabet = alphabetFor(locale);
        fc.assert(
          fc.property(names, names, (a, b) => {
            const left = alphabet.indexOf(surnameInitial(a, locale) ?? "");
            const right = alphabet.indexOf(surnameInitial(b, locale) ?? "");
            if (left < right) expect(collator.compare(a, b)).toBeLessThan(0);
            if (left > right) expect(collator.compare(a, b)).toBeGreaterThan(0);
          }),
        );
      });
    }
  });
});
