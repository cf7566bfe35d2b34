import { previewPlan } from "../../lib/plans/preview";
import { rotationRulesSchemaFor, type RotationRules } from "../../lib/rotation";
import { buildScenario } from "./scenario";

/**
 * `npm run bench:preview`: what one rule change costs in the plan editor,
 * which runs in the browser on the roster loaded once: validating the rules
 * against the office and previewing them (the published plan and the draft,
 * six weeks each). Prints numbers only.
 */
const RUNS = 25;

for (const size of [10_000, 50_000]) {
  const input = buildScenario(size, { from: "2026-03-02", to: "2026-03-02" });
  const { optOuts: _optOuts, from: _from, to: _to, ...base } = input;
  const published = input.planVersions[0]!.rules;
  const teamIds = input.teams.map((team) => team.id);
  const schema = rotationRulesSchemaFor({ locale: input.office.locale, teamIds, workingWeekdays: input.office.workingWeekdays });
  // The edit: the first letter group moves from Monday/Wednesday to Monday only.
  const edited = structuredClone(published) as RotationRules;
  for (const wave of edited.waves) if (wave.distribution.rule === "surname") wave.distribution.groups[0]!.weekdays = [1];
  const change = () => {
    const rules = schema.parse(edited);
    return previewPlan(base, { rules, effectiveFrom: "2026-04-06" });
  };
  for (let run = 0; run < 5; run++) change();
  const times: number[] = [];
  let overCapacityDays = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    overCapacityDays = change().overCapacityDays;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `${size.toLocaleString("en")} people, 42 days, validate + preview (before and after): median ${median.toFixed(1)} ms, min ${(times[0] ?? 0).toFixed(1)} ms, max ${(times.at(-1) ?? 0).toFixed(1)} ms (${overCapacityDays} days over capacity)`,
  );
}
