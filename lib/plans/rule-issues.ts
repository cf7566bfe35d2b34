import type { z } from "zod";

/**
 * A problem with a plan's rules, as the editor shows it: the field it
 * belongs to ("waves.0.distribution.groups.1.weekdays") and a message key
 * of the "ruleIssues" messages with its values, so it reads in the user's
 * language. The engine's office checks carry their own code (RuleIssueCode);
 * the shape checks are recognised by the field they are about.
 */
export interface RuleProblem {
  field: string;
  key: string;
  values: Record<string, string | number>;
}

type Issue = z.core.$ZodIssue;

export function describeRuleIssues(issues: readonly Issue[]): RuleProblem[] {
  return issues.map((issue) => ({ field: issue.path.map(String).join("."), ...describe(issue) }));
}

function describe(issue: Issue): { key: string; values: Record<string, string | number> } {
  const last = String(issue.path.at(-1) ?? "");
  const params = issue.code === "custom" ? ((issue as { params?: Record<string, unknown> }).params ?? {}) : {};
  if (typeof params.code === "string") {
    const values: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params)) {
      if (name !== "code" && (typeof value === "string" || typeof value === "number")) values[name] = value;
    }
    return { key: params.code, values };
  }
  switch (last) {
    case "weekdays":
      return { key: issue.code === "too_small" ? "chooseWeekday" : "weekdayTwice", values: {} };
    case "weekOfCycle":
    case "weeksInCycle":
      return { key: "weekNotInCycle", values: {} };
    case "from":
    case "to":
      // A letter of a group, or the start date of a wave.
      return issue.path.includes("groups") ? { key: "letterInvalid", values: {} } : issue.code === "custom" ? { key: "waveOrder", values: {} } : { key: "dateInvalid", values: {} };
    case "cycleAnchor":
      return { key: "dateInvalid", values: {} };
    case "groups":
      return { key: "addGroup", values: {} };
    case "teams":
      return { key: "addTeam", values: {} };
    case "teamId":
      return { key: issue.code === "custom" ? "teamTwice" : "chooseTeam", values: {} };
    case "teamIds":
      return { key: "chooseTeam", values: {} };
    case "selectors":
      return { key: "chooseWho", values: {} };
    case "waves":
      return { key: issue.code === "too_big" ? "tooManyWaves" : "addWave", values: {} };
    case "withinDays":
    case "newHireWithinDays":
      return { key: "daysRange", values: { min: 1, max: 3650 } };
    case "name":
      return { key: "nameTooLong", values: { max: 80 } };
    case "order":
      return { key: "priorityOrder", values: {} };
    default:
      return { key: "invalid", values: {} };
  }
}
