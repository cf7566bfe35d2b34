import {
  rotationRulesSchema,
  type EngineEmployee,
  type EngineInput,
  type EngineOffice,
  type EngineTeam,
  type RotationLocale,
  type RotationRules,
  type RotationRulesInput,
  type SurnameGroupInput,
} from "@/lib/rotation";

/** Builders for engine input that read like the product. */

export function office(overrides: Partial<EngineOffice> = {}): EngineOffice {
  return { id: "oslo", locale: "nb", capacityPerDay: 1000, workingWeekdays: [1, 2, 3, 4, 5], ...overrides };
}

let employeeCounter = 0;

export function employee(familyName: string, overrides: Partial<EngineEmployee> = {}): EngineEmployee {
  employeeCounter++;
  return {
    id: `emp-${familyName.toLowerCase().replace(/[^\p{L}]+/gu, "-")}-${employeeCounter}`,
    familyName,
    teamId: null,
    startDate: "2019-01-01",
    active: true,
    ...overrides,
  };
}

export function team(id: string, overrides: Partial<EngineTeam> = {}): EngineTeam {
  return { id, name: id, essential: false, servesHardHitCustomers: false, ...overrides };
}

export function rules(input: RotationRulesInput): RotationRules {
  return rotationRulesSchema.parse(input);
}

/** Everyone in one wave, spread by letter groups. */
export function surnamePlan(groups: SurnameGroupInput[]): RotationRules {
  return rules({ waves: [{ selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups } }] });
}

/** Norway: A–H Monday, I–Q Tuesday, R–Å Wednesday (Thursday and Friday free). */
export function norwegianThirds(): SurnameGroupInput[] {
  return [
    { from: "A", to: "H", weekdays: [1] },
    { from: "I", to: "Q", weekdays: [2] },
    { from: "R", to: "Å", weekdays: [3] },
  ];
}

export function input(overrides: Partial<EngineInput> & Pick<EngineInput, "employees">): EngineInput {
  return {
    office: office(),
    teams: [],
    planVersions: [{ id: "v1", effectiveFrom: "2026-01-05", rules: surnamePlan(norwegianThirds()) }],
    closures: [],
    optOuts: [],
    from: "2026-03-02",
    to: "2026-03-08",
    ...overrides,
  };
}

export function localeOffice(locale: RotationLocale): EngineOffice {
  return office({ id: locale, locale });
}

/** 2026-03-02 is a Monday; handy named days of that week. */
export const WEEK = {
  monday: "2026-03-02",
  tuesday: "2026-03-03",
  wednesday: "2026-03-04",
  thursday: "2026-03-05",
  friday: "2026-03-06",
  saturday: "2026-03-07",
  sunday: "2026-03-08",
} as const;
