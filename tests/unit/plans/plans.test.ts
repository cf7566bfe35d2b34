import { describe, expect, it } from "vitest";
import { previewPlan, versionsAfterPublishing } from "@/lib/plans/preview";
import { describeRuleIssues } from "@/lib/plans/rule-issues";
import { starterRules } from "@/lib/plans/starter-rules";
import { applyTeamDays, teamDaysIn } from "@/lib/plans/team-days";
import { rotationRulesSchema, rotationRulesSchemaFor, type EnginePlanVersion } from "@/lib/rotation";

const surnamePlan = rotationRulesSchema.parse({
  waves: [{ selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups: [{ from: "A", to: "Å", weekdays: [1] }] } }],
});

describe("a leader's team days", () => {
  it("replace the team's entry in every team-day wave and nothing else", () => {
    const rules = rotationRulesSchema.parse({
      waves: [
        { selectors: [{ kind: "essential-teams" }], distribution: { rule: "team", teams: [{ teamId: "a", weekdays: [1] }, { teamId: "b", weekdays: [2] }] } },
        { from: "2027-01-04", selectors: [{ kind: "everyone" }], distribution: { rule: "team", teams: [{ teamId: "a", weekdays: [3] }] } },
      ],
    });
    const changed = applyTeamDays(rules, "a", "Alpha", { weekdays: [4, 5], weeksInCycle: 2, weekOfCycle: 2 });
    expect(teamDaysIn(changed, "a")).toEqual({ weekdays: [4, 5], weeksInCycle: 2, weekOfCycle: 2 });
    expect(changed.waves[0]?.distribution).toMatchObject({ teams: [{ teamId: "a", weekdays: [4, 5] }, { teamId: "b", weekdays: [2] }] });
    expect(changed.waves[1]?.distribution).toMatchObject({ teams: [{ teamId: "a", weekdays: [4, 5] }] });
    expect(changed.waves[1]?.from).toBe("2027-01-04");
  });

  it("come as a first wave of their own when the plan spreads people by surname", () => {
    const changed = applyTeamDays(surnamePlan, "a", "Alpha", { weekdays: [3], weeksInCycle: 1, weekOfCycle: 1 });
    expect(changed.waves).toHaveLength(2);
    expect(changed.waves[0]).toMatchObject({ name: "Alpha", selectors: [{ kind: "teams", teamIds: ["a"] }] });
    expect(changed.waves[1]).toEqual(surnamePlan.waves[0]);
    expect(rotationRulesSchemaFor({ locale: "nb", teamIds: ["a"] }).safeParse(changed).success).toBe(true);
  });
});

describe("rule problems for the form", () => {
  it("name the field at fault and a message key, with the engine's values", () => {
    const parsed = rotationRulesSchemaFor({ locale: "nb", workingWeekdays: [1, 2, 3, 4, 5] }).safeParse({
      waves: [{ selectors: [], distribution: { rule: "surname", groups: [{ from: "A", to: "M", weekdays: [6] }, { from: "K", to: "Å", weekdays: [] }] } }],
    });
    expect(parsed.success).toBe(false);
    const problems = describeRuleIssues(parsed.error!.issues);
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: "waves.0.selectors", key: "chooseWho", values: {} },
        { field: "waves.0.distribution.groups.1.weekdays", key: "chooseWeekday", values: {} },
      ]),
    );
  });

  it("carry the office checks' codes and parameters", () => {
    const parsed = rotationRulesSchemaFor({ locale: "nb", workingWeekdays: [1, 2, 3, 4, 5] }).safeParse({
      waves: [{ selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups: [{ from: "A", to: "M", weekdays: [6] }, { from: "K", to: "Ø", weekdays: [1] }] } }],
    });
    const problems = describeRuleIssues(parsed.error!.issues);
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: "waves.0.distribution.groups.1", key: "letters-overlap", values: { letters: "K–M", group: "A–M", otherGroup: "K–Ø" } },
        { field: "waves.0.distribution.groups", key: "letters-uncovered", values: { letters: "Å" } },
        { field: "waves.0.distribution.groups.0.weekdays", key: "weekday-not-working", values: { weekday: 6 } },
      ]),
    );
  });
});

describe("the preview of a draft", () => {
  const office = { id: "o", locale: "nb" as const, capacityPerDay: 2, workingWeekdays: [1, 2, 3, 4, 5] as const };
  const employees = ["Aas", "Berg", "Dahl"].map((familyName, index) => ({ id: `e${index}`, familyName, teamId: null, startDate: "2020-01-01", active: true }));
  const published: EnginePlanVersion = { id: "v1", version: 1, effectiveFrom: "2027-01-04", rules: surnamePlan };

  it("counts planned people against capacity and the cut on days over it", () => {
    const draft = rotationRulesSchema.parse({
      waves: [{ selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups: [{ from: "A", to: "Å", weekdays: [2] }] } }],
    });
    const preview = previewPlan({ office: { ...office, workingWeekdays: [...office.workingWeekdays] }, teams: [], employees, planVersions: [published], closures: [] }, { rules: draft, effectiveFrom: "2027-03-01" }, 7);
    expect(preview.days.slice(0, 2).map(({ date, planned, cut, plannedBefore }) => ({ date, planned, cut, plannedBefore }))).toEqual([
      { date: "2027-03-01", planned: 0, cut: 0, plannedBefore: 3 },
      { date: "2027-03-02", planned: 3, cut: 1, plannedBefore: 0 },
    ]);
    expect(preview.overCapacityDays).toBe(1);
  });

  it("drops published versions that would only start on or after the new one", () => {
    const later: EnginePlanVersion = { id: "v2", version: 2, effectiveFrom: "2027-04-05", rules: surnamePlan };
    const kept = versionsAfterPublishing([published, later], { id: "new", effectiveFrom: "2027-03-01", rules: surnamePlan });
    expect(kept.map((version) => [version.id, version.version])).toEqual([["v1", 1], ["new", 3]]);
  });
});

describe("starter rules", () => {
  it("are valid for the office they are made for", () => {
    for (const spread of ["surname", "team", "waves"] as const) {
      const rules = starterRules(spread, { locale: "sv", teamIds: ["a", "b", "c"], workingWeekdays: [1, 2, 3, 4, 5] }, "2027-03-15");
      expect(rotationRulesSchemaFor({ locale: "sv", teamIds: ["a", "b", "c"], workingWeekdays: [1, 2, 3, 4, 5] }).safeParse(rules).success, spread).toBe(true);
    }
  });
});
