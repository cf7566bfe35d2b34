import { z } from "zod";
import type { Weekday } from "./calendar-days";
import { alphabetFor, describeAlphabet, type RotationLocale } from "./locale-alphabet";
import { labelSurnameGroup, rotationRulesSchema, type RotationRules, type SurnameGroup } from "./rules-schema";

/** What a plan is checked against: the office it belongs to. */
export interface RulesContext {
  locale: RotationLocale;
  /** When given, every team a rule names must be one of these. */
  teamIds?: readonly string[];
  /** When given, rules may only use these weekdays. */
  workingWeekdays?: readonly Weekday[];
}

export type RuleIssueCode =
  | "letter-not-in-alphabet"
  | "group-backwards"
  | "letters-uncovered"
  | "letters-overlap"
  | "unknown-team"
  | "weekday-not-working";

/** A problem with a plan; `params` lets the UI word it in each language. */
export interface RuleIssue {
  code: RuleIssueCode;
  path: (string | number)[];
  message: string;
  params: Record<string, string | number>;
}

const WEEKDAY_NAMES = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/**
 * Checks a structurally valid plan against its office: letter groups must
 * cover the office's alphabet exactly once, and teams and weekdays must exist.
 */
export function validateRotationRules(rules: RotationRules, context: RulesContext): RuleIssue[] {
  const issues: RuleIssue[] = [];
  rules.waves.forEach((wave, waveIndex) => {
    const base = ["waves", waveIndex];
    const distribution = wave.distribution;
    if (distribution.rule === "surname") {
      issues.push(...checkLetterCoverage(distribution.groups, context.locale, [...base, "distribution", "groups"]));
    } else {
      distribution.teams.forEach((team, index) => {
        issues.push(...checkTeam(team.teamId, context, [...base, "distribution", "teams", index, "teamId"]));
      });
    }
    wave.selectors.forEach((selector, index) => {
      if (selector.kind !== "teams") return;
      selector.teamIds.forEach((teamId, teamIndex) => {
        issues.push(...checkTeam(teamId, context, [...base, "selectors", index, "teamIds", teamIndex]));
      });
    });
    const slots = distribution.rule === "surname" ? distribution.groups : distribution.teams;
    const slotsKey = distribution.rule === "surname" ? "groups" : "teams";
    slots.forEach((slot, index) => {
      issues.push(...checkWeekdays(slot.weekdays, context, [...base, "distribution", slotsKey, index, "weekdays"]));
    });
  });
  return issues;
}

/** rotationRulesSchema plus the office checks, for forms and the API. */
export function rotationRulesSchemaFor(context: RulesContext) {
  return rotationRulesSchema.superRefine((rules, ctx) => {
    for (const issue of validateRotationRules(rules, context)) {
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message, params: { ...issue.params, code: issue.code } });
    }
  });
}

export type RotationRulesSchemaFor = ReturnType<typeof rotationRulesSchemaFor>;
export type ParsedRotationRules = z.output<RotationRulesSchemaFor>;

function checkLetterCoverage(
  groups: readonly SurnameGroup[],
  locale: RotationLocale,
  path: (string | number)[],
): RuleIssue[] {
  const alphabet = alphabetFor(locale);
  const owner = new Array<number>(alphabet.length).fill(-1);
  const issues: RuleIssue[] = [];
  // Overlaps are reported per pair of groups, as runs of letters.
  const overlaps = new Map<string, { first: number; second: number; letters: number[] }>();

  groups.forEach((group, index) => {
    const from = alphabet.indexOf(group.from);
    const to = alphabet.indexOf(group.to);
    for (const [letter, position, field] of [[group.from, from, "from"], [group.to, to, "to"]] as const) {
      if (position < 0) {
        issues.push({
          code: "letter-not-in-alphabet",
          path: [...path, index, field],
          message: `${letter} is not a letter of the office's alphabet (${describeAlphabet(locale)})`,
          params: { letter, locale },
        });
      }
    }
    if (from < 0 || to < 0) return;
    if (from > to) {
      issues.push({
        code: "group-backwards",
        path: [...path, index],
        message: `Group '${labelSurnameGroup(group)}' runs backwards: ${group.from} comes after ${group.to} in the office's alphabet`,
        params: { group: labelSurnameGroup(group) },
      });
      return;
    }
    for (let letter = from; letter <= to; letter++) {
      const previous = owner[letter] ?? -1;
      if (previous < 0) {
        owner[letter] = index;
        continue;
      }
      const key = `${previous}:${index}`;
      const overlap = overlaps.get(key) ?? { first: previous, second: index, letters: [] };
      overlap.letters.push(letter);
      overlaps.set(key, overlap);
    }
  });

  for (const overlap of overlaps.values()) {
    const firstLabel = labelSurnameGroup(groups[overlap.first] as SurnameGroup);
    const secondLabel = labelSurnameGroup(groups[overlap.second] as SurnameGroup);
    for (const run of toRuns(overlap.letters)) {
      const letters = describeRun(alphabet, run);
      const subject = run.length === 1 ? `Letter ${letters} is` : `Letters ${letters} are`;
      issues.push({
        code: "letters-overlap",
        path: [...path, overlap.second],
        message: `${subject} in both group '${firstLabel}' and '${secondLabel}'`,
        params: { letters, group: firstLabel, otherGroup: secondLabel },
      });
    }
  }

  const uncovered = owner.flatMap((group, letter) => (group < 0 ? [letter] : []));
  const hasMisspelledLetters = issues.some((issue) => issue.code !== "letters-overlap");
  if (!hasMisspelledLetters) {
    for (const run of toRuns(uncovered)) {
      const letters = describeRun(alphabet, run);
      const subject = run.length === 1 ? `Letter ${letters} is` : `Letters ${letters} are`;
      issues.push({
        code: "letters-uncovered",
        path,
        message: `${subject} not covered by any group`,
        params: { letters },
      });
    }
  }
  return issues;
}

function checkTeam(teamId: string, context: RulesContext, path: (string | number)[]): RuleIssue[] {
  if (!context.teamIds || context.teamIds.includes(teamId)) return [];
  return [{ code: "unknown-team", path, message: "This team does not exist in the office", params: { teamId } }];
}

function checkWeekdays(weekdays: readonly Weekday[], context: RulesContext, path: (string | number)[]): RuleIssue[] {
  const working = context.workingWeekdays;
  if (!working) return [];
  return weekdays
    .filter((weekday) => !working.includes(weekday))
    .map((weekday) => ({
      code: "weekday-not-working" as const,
      path,
      message: `${WEEKDAY_NAMES[weekday]} is not a working day in this office`,
      params: { weekday },
    }));
}

/** Splits sorted positions into runs of consecutive letters. */
function toRuns(positions: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const position of positions) {
    const run = runs.at(-1);
    if (run && run.at(-1) === position - 1) run.push(position);
    else runs.push([position]);
  }
  return runs;
}

function describeRun(alphabet: readonly string[], run: readonly number[]): string {
  const first = alphabet[run[0] ?? 0] ?? "";
  const last = alphabet[run.at(-1) ?? 0] ?? "";
  return run.length === 1 ? first : `${first}–${last}`;
}
