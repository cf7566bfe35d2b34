import {
  computeRotation,
  rotationRulesSchema,
  type EngineEmployee,
  type EngineInput,
  type EngineOptOut,
  type EngineTeam,
} from "../../lib/rotation";

/**
 * A Norwegian office of `size` people over 13 weeks from Monday 2026-03-02:
 * surname groups on two weekdays each, wave 1 (new hires, essential and
 * hard-hit teams) from the start and everyone from week 7, 10% of people
 * staying home throughout and 3% of the other days opted out at random. The
 * capacity is set so that about one day in five is over it.
 */
const FROM = "2026-03-02";
const TO = "2026-05-31";
const WAVE_TWO = "2026-04-13";

// Common Norwegian surnames, weighted by repetition, so group sizes are as
// uneven as in a real office.
const SURNAMES = [
  "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
  "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl",
  "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand",
  "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen", "Lie",
  "Amundsen", "Nguyen", "Rasmussen", "Ali", "Lunde", "Solheim", "Berge", "Moe", "Nygård", "Bakke", "Kristensen",
  "Fredriksen", "Holm", "Lien", "Hauge", "Christensen", "Andresen", "Nielsen", "Knudsen", "Evensen", "Sæther",
  "Aas", "Myhre", "Hanssen", "Ahmed", "Haugland", "Thomassen", "Sivertsen", "Simonsen", "Danielsen", "Berntsen",
  "Sandvik", "Rønning", "Arnesen", "Antonsen", "Næss", "Vik", "Haug", "Ellingsen", "Thorsen", "Edvardsen",
  "Birkeland", "Isaksen", "Gulbrandsen", "Ruud", "Aasen", "Strøm", "Myklebust", "Tangen", "Ødegård", "Eliassen",
  "Helland", "Bøe", "Aune", "Mikkelsen", "Tveit", "Brekke", "Abrahamsen", "Madsen", "Øien", "Ås", "Æsøy",
  "Østby", "Åsheim", "Økland", "Ueland", "Wold", "Yilmaz", "Quist", "Zahl", "Fjeld", "Gran", "Torp", "Ulstein",
  "van der Berg", "de Vries", "Öberg", "Åberg",
];

const GROUPS = [
  { from: "A", to: "F", weekdays: [1, 3] },
  { from: "G", to: "L", weekdays: [2, 4] },
  { from: "M", to: "R", weekdays: [3, 5] },
  { from: "S", to: "Z", weekdays: [1, 4] },
  { from: "Æ", to: "Å", weekdays: [2, 5] },
];

/** mulberry32: a small seeded generator, so every run benchmarks the same office. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDay(offset: number): string {
  return new Date(Date.UTC(2026, 2, 2 + offset)).toISOString().slice(0, 10);
}

export function buildScenario(size: number, options: { from?: string; to?: string; effectiveFrom?: string } = {}): EngineInput {
  const next = random(size);
  const teams: EngineTeam[] = Array.from({ length: Math.max(4, Math.round(size / 250)) }, (_, index) => ({
    id: `team-${index}`,
    name: `Team ${index}`,
    essential: index % 10 === 0,
    servesHardHitCustomers: index % 10 === 1,
  }));
  const employees: EngineEmployee[] = Array.from({ length: size }, (_, index) => {
    const roll = next();
    // 3% started in the last 60 days before the range, 1% start during it.
    const start = roll < 0.03 ? -Math.floor(next() * 60) : roll < 0.04 ? Math.floor(next() * 91) : -400 - Math.floor(next() * 3000);
    return {
      id: `emp-${index.toString(36)}-${Math.floor(next() * 1e9).toString(36)}`,
      familyName: SURNAMES[Math.floor(next() * SURNAMES.length)] as string,
      teamId: next() < 0.85 ? (teams[Math.floor(next() * teams.length)] as EngineTeam).id : null,
      startDate: isoDay(start),
      active: next() > 0.02,
    };
  });

  const optOuts: EngineOptOut[] = [];
  for (const employee of employees) {
    const remote = next() < 0.1;
    for (let day = 0; day < 91; day++) {
      if (remote || next() < 0.03) optOuts.push({ employeeId: employee.id, date: isoDay(day) });
    }
  }

  const distribution = { rule: "surname" as const, groups: GROUPS };
  const rules = rotationRulesSchema.parse({
    waves: [
      {
        name: "New hires, essential and hard-hit teams",
        selectors: [{ kind: "new-hires", withinDays: 60 }, { kind: "essential-teams" }, { kind: "hard-hit-teams" }],
        distribution,
      },
      { name: "Everyone", from: WAVE_TWO, selectors: [{ kind: "everyone" }], distribution },
    ],
  });

  const input: EngineInput = {
    office: { id: "oslo", locale: "nb", capacityPerDay: size, workingWeekdays: [1, 2, 3, 4, 5] },
    teams,
    employees,
    planVersions: [{ id: "plan-v1", effectiveFrom: options.effectiveFrom ?? FROM, rules }],
    closures: [],
    optOuts,
    from: options.from ?? FROM,
    to: options.to ?? TO,
  };
  return { ...input, office: { ...input.office, capacityPerDay: capacityCuttingOneDayInFive(input) } };
}

/** The 80th percentile of how many would come each day (after opt-outs, with room for all). */
function capacityCuttingOneDayInFive(input: EngineInput): number {
  const demand = computeRotation({ ...input, from: FROM, to: TO })
    .days.filter((day) => day.status === "open")
    .map((day) => day.expected)
    .sort((a, b) => a - b);
  return demand[Math.ceil(demand.length * 0.8) - 1] ?? 0;
}
