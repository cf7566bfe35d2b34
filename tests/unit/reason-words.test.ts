import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { aboutSomeone, wordReason, wordWaveName } from "@/components/rotation/reason-words";
import type { Locale } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/messages";
import type { AssignmentReason, WaveName } from "@/lib/rotation";

const reasonsIn = (locale: Locale) => createTranslator({ locale, messages: messagesFor(locale), namespace: "reasons" }) as unknown as (key: string, values?: Record<string, string | number>) => string;

const priority: WaveName = { name: null, selectors: ["new-hires", "essential-teams"] };
const everyone: WaveName = { name: null, selectors: ["everyone"] };

describe("a wave's name, as employees read it", () => {
  it("is the name HR gave it", () => {
    expect(wordWaveName(reasonsIn("nb"), "nb", 1, { name: "Første runde", selectors: ["new-hires"] })).toBe("Første runde");
  });

  it.each([
    ["en", "New hires and essential teams", "Everyone else"],
    ["nb", "Nyansatte og kritiske team", "Alle andre"],
    ["sv", "Nyanställda och verksamhetskritiska team", "Alla andra"],
    ["nl", "Nieuwe medewerkers en essentiële teams", "Alle anderen"],
  ] as const)("is made from whom it selects when unnamed (%s)", (locale, first, second) => {
    expect(wordWaveName(reasonsIn(locale), locale, 1, priority)).toBe(first);
    expect(wordWaveName(reasonsIn(locale), locale, 2, everyone)).toBe(second);
  });

  it("lists three kinds of people as British English does, without a comma before \"and\"", () => {
    const three: WaveName = { name: null, selectors: ["new-hires", "essential-teams", "hard-hit-teams"] };
    expect(wordWaveName(reasonsIn("en"), "en", 1, three)).toBe("New hires, essential teams and teams serving hard-hit customers");
  });

  it("calls a first wave of everyone \"Everyone\", not \"Everyone else\"", () => {
    expect(wordWaveName(reasonsIn("en"), "en", 1, everyone)).toBe("Everyone");
  });

  it("replaces \"(wave 1)\" in the reasons", () => {
    const assigned: AssignmentReason = { kind: "assigned", rule: "surname", group: "A–K", weekday: 1, wave: 1, waveName: priority };
    expect(wordReason(reasonsIn("en"), "en", assigned)).toBe("Surname group A–K: Mondays (New hires and essential teams)");
    expect(wordReason(reasonsIn("nb"), "nb", assigned)).toBe("Etternavnsgruppe A–K: mandag (Nyansatte og kritiske team)");
    const later: AssignmentReason = { kind: "not-expected", reason: "before-wave", wave: 2, waveName: everyone, from: "2027-01-04" };
    expect(wordReason(reasonsIn("nb"), "nb", later)).toBe("Kontordagene for «Alle andre» starter mandag 4. januar 2027");
  });
});

describe("reasons as HR reads them about a person", () => {
  const cut: AssignmentReason = { kind: "not-expected", reason: "capacity-cut", priority: "others", rule: "surname", group: "A–K", rotation: 2, of: 5 };
  const noGroup: AssignmentReason = { kind: "not-expected", reason: "no-group", rule: "team", wave: 1, waveName: priority };

  it("say \"this person\", never \"you\" (English)", () => {
    const about = aboutSomeone(reasonsIn("en"));
    expect(wordReason(about, "en", cut)).toBe("The office is full this day, and it is this person's turn to stay home (turn 2 of 5)");
    expect(wordReason(about, "en", noGroup)).toBe("This person's team has no office days in “New hires and essential teams”");
  });

  it.each(["en", "nb", "sv", "nl"] as const)("differ from the person's own words where those say \"you\" (%s)", (locale) => {
    for (const reason of [cut, noGroup]) {
      const text = wordReason(aboutSomeone(reasonsIn(locale)), locale, reason);
      expect(text).not.toContain("aboutSomeone");
      expect(text).not.toBe(wordReason(reasonsIn(locale), locale, reason));
    }
  });
});
