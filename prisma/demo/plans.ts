import type { RotationRulesInput } from "../../lib/rotation";

/**
 * The published plan of each demo office, one per kind of rule:
 * Oslo phases the return in two waves by surname (Norwegian alphabet),
 * named in the office's language as HR there would (employees read the names),
 * Stockholm brings whole teams in, Utrecht alternates surname groups by week.
 */
export function demoPlan(office: string, teamIds: Record<string, string>, dates: { waveTwo: string }): RotationRulesInput {
  switch (office) {
    case "Oslo": {
      const groups = [
        { from: "A", to: "F", weekdays: [1, 3] },
        { from: "G", to: "L", weekdays: [2, 4] },
        { from: "M", to: "R", weekdays: [3, 5] },
        { from: "S", to: "Z", weekdays: [1, 4] },
        { from: "Æ", to: "Å", weekdays: [2, 5] },
      ] as const;
      const distribution = { rule: "surname" as const, groups: groups.map((group) => ({ ...group, weekdays: [...group.weekdays] })) };
      return {
        waves: [
          {
            name: "Nyansatte og kundenære team",
            selectors: [{ kind: "new-hires", withinDays: 30 }, { kind: "hard-hit-teams" }, { kind: "essential-teams" }],
            distribution,
          },
          { name: "Alle", from: dates.waveTwo, selectors: [{ kind: "everyone" }], distribution },
        ],
      };
    }
    case "Stockholm":
      return {
        waves: [
          {
            name: "Teamen tillsammans",
            selectors: [{ kind: "everyone" }],
            distribution: {
              rule: "team",
              teams: [
                { teamId: required(teamIds, "Nordic Sales"), weekdays: [1, 3] },
                { teamId: required(teamIds, "Support"), weekdays: [2, 4] },
                { teamId: required(teamIds, "Engineering"), weekdays: [3, 5] },
              ],
            },
          },
        ],
      };
    default:
      return {
        waves: [
          {
            name: "Iedereen, om de week",
            selectors: [{ kind: "everyone" }],
            distribution: {
              rule: "surname",
              groups: [
                { from: "A", to: "D", weekdays: [1, 3], weeksInCycle: 2, weekOfCycle: 1 },
                { from: "E", to: "K", weekdays: [2, 4], weeksInCycle: 2, weekOfCycle: 1 },
                { from: "L", to: "R", weekdays: [1, 3], weeksInCycle: 2, weekOfCycle: 2 },
                { from: "S", to: "Z", weekdays: [2, 4], weeksInCycle: 2, weekOfCycle: 2 },
              ],
            },
          },
        ],
      };
  }
}

function required(teamIds: Record<string, string>, name: string): string {
  const id = teamIds[name];
  if (!id) throw new Error(`Demo team ${name} is missing`);
  return id;
}
