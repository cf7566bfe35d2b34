import type { RotationRules, TeamDays, Weekday } from "@/lib/rotation";

export interface TeamDaysProposal {
  weekdays: Weekday[];
  weeksInCycle: number;
  weekOfCycle: number;
}

/** The days a team has in a plan: from the first wave that spreads people by team and lists it. */
export function teamDaysIn(rules: RotationRules, teamId: string): TeamDaysProposal | null {
  for (const wave of rules.waves) {
    if (wave.distribution.rule !== "team") continue;
    const entry = wave.distribution.teams.find((team) => team.teamId === teamId);
    if (entry) return { weekdays: [...entry.weekdays], weeksInCycle: entry.weeksInCycle, weekOfCycle: entry.weekOfCycle };
  }
  return null;
}

/**
 * A plan with one team's days changed, and nothing else: what a leader may
 * propose. Every team-day wave that lists the team gets the new days. When no
 * wave spreads the team by team days yet, a first wave is added that brings
 * exactly this team in on its days (a person belongs to the first wave that
 * selects them), so the rest of the plan stays as it was.
 */
export function applyTeamDays(rules: RotationRules, teamId: string, teamName: string, days: TeamDaysProposal): RotationRules {
  const entry: TeamDays = { teamId, weekdays: [...days.weekdays], weeksInCycle: days.weeksInCycle, weekOfCycle: days.weekOfCycle };
  let found = false;
  const waves = rules.waves.map((wave) => {
    if (wave.distribution.rule !== "team" || !wave.distribution.teams.some((team) => team.teamId === teamId)) return wave;
    found = true;
    return { ...wave, distribution: { ...wave.distribution, teams: wave.distribution.teams.map((team) => (team.teamId === teamId ? entry : team)) } };
  });
  if (found) return { ...rules, waves };
  return {
    ...rules,
    waves: [{ name: teamName, selectors: [{ kind: "teams", teamIds: [teamId] }], distribution: { rule: "team", teams: [entry] } }, ...rules.waves],
  };
}
