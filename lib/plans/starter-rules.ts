import { alphabetFor, type RotationLocale, type RotationRulesInput, type Weekday } from "@/lib/rotation";

/** How a new plan spreads people: by surname, by team, or both in waves. */
export const PLAN_SPREADS = ["surname", "team", "waves"] as const;
export type PlanSpread = (typeof PLAN_SPREADS)[number];

/**
 * A first draft HR then edits: the office's alphabet in three letter groups
 * on two weekdays each, every team on two days, or priority teams by team
 * days first and everyone by surname after.
 */
export function starterRules(spread: PlanSpread, office: { locale: RotationLocale; teamIds: readonly string[]; workingWeekdays: readonly Weekday[] }, secondWaveFrom: string): RotationRulesInput {
  const days = office.workingWeekdays.length > 0 ? office.workingWeekdays : ([1, 2, 3, 4, 5] as Weekday[]);
  const dayPair = (index: number): Weekday[] => [...new Set([days[(index * 2) % days.length], days[(index * 2 + 1) % days.length]])] as Weekday[];
  const alphabet = alphabetFor(office.locale);
  const third = Math.ceil(alphabet.length / 3);
  const surname = {
    rule: "surname" as const,
    groups: [0, 1, 2].map((index) => ({
      from: alphabet[index * third] as string,
      to: alphabet[Math.min(alphabet.length, (index + 1) * third) - 1] as string,
      weekdays: dayPair(index),
    })),
  };
  const team = { rule: "team" as const, teams: office.teamIds.map((teamId, index) => ({ teamId, weekdays: dayPair(index) })) };
  switch (spread) {
    case "surname":
      return { waves: [{ selectors: [{ kind: "everyone" }], distribution: surname }] };
    case "team":
      return { waves: [{ selectors: [{ kind: "everyone" }], distribution: team }] };
    case "waves":
      return {
        waves: [
          { selectors: [{ kind: "new-hires", withinDays: 30 }, { kind: "essential-teams" }, { kind: "hard-hit-teams" }], distribution: team },
          { from: secondWaveFrom, selectors: [{ kind: "everyone" }], distribution: surname },
        ],
      };
  }
}
