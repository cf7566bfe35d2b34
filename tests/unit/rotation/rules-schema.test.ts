import { describe, expect, it } from "vitest";
import {
  rotationRulesSchema,
  rotationRulesSchemaFor,
  validateRotationRules,
  type RotationRulesInput,
  type SurnameGroupInput,
} from "@/lib/rotation";

function everyoneBySurname(groups: SurnameGroupInput[]): RotationRulesInput {
  return { waves: [{ selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups } }] };
}

function messages(input: RotationRulesInput, locale: "nb" | "sv" | "nl" | "en" = "nb"): string[] {
  const result = rotationRulesSchemaFor({ locale }).safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("a plan's rule configuration", () => {
  describe("defaults", () => {
    it("fills in the priority order, new-hire period and single-week cycles", () => {
      const rules = rotationRulesSchema.parse(everyoneBySurname([{ from: "a", to: "å", weekdays: [1] }]));
      expect(rules.schemaVersion).toBe(1);
      expect(rules.priority).toEqual({ order: ["new-hires", "hard-hit", "essential", "others"], newHireWithinDays: 30 });
      expect(rules.waves[0]?.distribution).toEqual({
        rule: "surname",
        groups: [{ from: "A", to: "Å", weekdays: [1], weeksInCycle: 1, weekOfCycle: 1 }],
      });
    });
  });

  describe("shape", () => {
    it("rejects weekdays outside Monday–Sunday and repeated weekdays", () => {
      const bad = rotationRulesSchema.safeParse(everyoneBySurname([{ from: "A", to: "Å", weekdays: [0 as 1, 1, 1] }]));
      expect(bad.success).toBe(false);
      expect(bad.error?.issues.map((issue) => issue.message)).toEqual(
        expect.arrayContaining(["A weekday is 1 (Monday) to 7 (Sunday)"]),
      );
      const repeated = rotationRulesSchema.safeParse(everyoneBySurname([{ from: "A", to: "Å", weekdays: [2, 2] }]));
      expect(repeated.error?.issues[0]?.message).toBe("Each weekday may appear only once");
    });

    it("rejects a week of the cycle that does not exist", () => {
      const result = rotationRulesSchema.safeParse(
        everyoneBySurname([{ from: "A", to: "Å", weekdays: [1], weeksInCycle: 2, weekOfCycle: 3 }]),
      );
      expect(result.error?.issues[0]?.message).toBe("Week 3 does not exist in a cycle of 2 weeks");
      expect(result.error?.issues[0]?.path).toEqual(["waves", 0, "distribution", "groups", 0, "weekOfCycle"]);
    });

    it("requires later waves to start on or after earlier ones", () => {
      const distribution = { rule: "surname" as const, groups: [{ from: "A", to: "Å", weekdays: [1 as const] }] };
      const result = rotationRulesSchema.safeParse({
        waves: [
          { from: "2026-03-02", selectors: [{ kind: "essential-teams" }], distribution },
          { from: "2026-02-01", selectors: [{ kind: "everyone" }], distribution },
          { selectors: [{ kind: "everyone" }], distribution },
        ],
      });
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([
        "Wave 2 cannot start before wave 1 (2026-03-02)",
        "Wave 3 needs a start date on or after 2026-02-01, when wave 2 starts",
      ]);
    });

    it("requires the priority order to list every class once", () => {
      const result = rotationRulesSchema.safeParse({
        ...everyoneBySurname([{ from: "A", to: "Å", weekdays: [1] }]),
        priority: { order: ["new-hires", "new-hires", "essential", "others"] },
      });
      expect(result.error?.issues[0]?.message).toBe("List each of new-hires, hard-hit, essential and others exactly once");
    });

    it("gives a team its days only once", () => {
      const result = rotationRulesSchema.safeParse({
        waves: [
          {
            selectors: [{ kind: "everyone" }],
            distribution: { rule: "team", teams: [{ teamId: "sales", weekdays: [1] }, { teamId: "sales", weekdays: [2] }] },
          },
        ],
      });
      expect(result.error?.issues[0]?.message).toBe("This team already has its days");
    });
  });

  describe("letter groups in the office's alphabet", () => {
    it("accepts groups that cover the Norwegian alphabet exactly once", () => {
      expect(
        messages(
          everyoneBySurname([
            { from: "A", to: "H", weekdays: [1] },
            { from: "I", to: "Q", weekdays: [2] },
            { from: "R", to: "Å", weekdays: [3] },
          ]),
        ),
      ).toEqual([]);
    });

    it("names the letters no group covers", () => {
      expect(
        messages(
          everyoneBySurname([
            { from: "A", to: "O", weekdays: [1] },
            { from: "R", to: "Z", weekdays: [2] },
          ]),
        ),
      ).toEqual(["Letters P–Q are not covered by any group", "Letters Æ–Å are not covered by any group"]);
    });

    it("names a single uncovered letter", () => {
      expect(
        messages(
          everyoneBySurname([
            { from: "A", to: "Z", weekdays: [1] },
            { from: "Ä", to: "Ö", weekdays: [2] },
          ]),
          "sv",
        ),
      ).toEqual(["Letter Å is not covered by any group"]);
    });

    it("names letters that are in two groups", () => {
      expect(
        messages(
          everyoneBySurname([
            { from: "A", to: "M", weekdays: [1] },
            { from: "M", to: "Å", weekdays: [2] },
          ]),
        ),
      ).toEqual(["Letter M is in both group 'A–M' and 'M–Å'"]);
      expect(
        messages(
          everyoneBySurname([
            { from: "A", to: "N", weekdays: [1] },
            { from: "M", to: "Z", weekdays: [2] },
          ]),
          "en",
        ),
      ).toEqual(["Letters M–N are in both group 'A–N' and 'M–Z'"]);
    });

    it("rejects letters of another alphabet, pointing at the field", () => {
      const result = rotationRulesSchemaFor({ locale: "nb" }).safeParse(
        everyoneBySurname([
          { from: "A", to: "Z", weekdays: [1] },
          { from: "Ä", to: "Å", weekdays: [2] },
        ]),
      );
      expect(result.error?.issues.map(({ message, path }) => ({ message, path }))).toEqual([
        {
          message: "Ä is not a letter of the office's alphabet (A–Z, Æ, Ø, Å)",
          path: ["waves", 0, "distribution", "groups", 1, "from"],
        },
      ]);
    });

    it("rejects a group that runs backwards, without also listing every letter as uncovered", () => {
      expect(messages(everyoneBySurname([{ from: "Z", to: "A", weekdays: [1] }]), "en")).toEqual([
        "Group 'Z–A' runs backwards: Z comes after A in the office's alphabet",
      ]);
    });

    it("does not accept Dutch groups running past Z", () => {
      expect(messages(everyoneBySurname([{ from: "A", to: "Å", weekdays: [1] }]), "nl")).toEqual([
        "Å is not a letter of the office's alphabet (A–Z)",
      ]);
    });

    it("checks every wave that spreads people by surname", () => {
      const input: RotationRulesInput = {
        waves: [
          { selectors: [{ kind: "new-hires", withinDays: 30 }], distribution: { rule: "surname", groups: [{ from: "A", to: "Å", weekdays: [1] }] } },
          {
            from: "2026-04-01",
            selectors: [{ kind: "everyone" }],
            distribution: { rule: "surname", groups: [{ from: "A", to: "Ø", weekdays: [2] }] },
          },
        ],
      };
      const result = rotationRulesSchemaFor({ locale: "nb" }).safeParse(input);
      expect(result.error?.issues.map(({ message, path }) => ({ message, path }))).toEqual([
        { message: "Letter Å is not covered by any group", path: ["waves", 1, "distribution", "groups"] },
      ]);
    });
  });

  describe("teams and weekdays of the office", () => {
    it("rejects teams and weekdays the office does not have", () => {
      const rules = rotationRulesSchema.parse({
        waves: [
          {
            selectors: [{ kind: "teams", teamIds: ["ghost"] }],
            distribution: { rule: "team", teams: [{ teamId: "sales", weekdays: [1, 6] }] },
          },
        ],
      });
      const issues = validateRotationRules(rules, { locale: "sv", teamIds: ["sales"], workingWeekdays: [1, 2, 3, 4, 5] });
      expect(issues.map(({ code, message, params }) => ({ code, message, params }))).toEqual([
        { code: "unknown-team", message: "This team does not exist in the office", params: { teamId: "ghost" } },
        { code: "weekday-not-working", message: "Saturday is not a working day in this office", params: { weekday: 6 } },
      ]);
    });
  });
});
