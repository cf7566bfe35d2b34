import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { applyTeamDays } from "@/lib/plans/team-days";
import { computeRotation, expectedOn, rotationRulesSchema, surnameInitial, type RotationRulesInput, type Weekday } from "@/lib/rotation";
import { seedDemoData } from "@/prisma/demo/seed-demo";
import { callRoute, tokenFor } from "@/tests/support/api";
import { currentUserByEmail } from "@/tests/support/current-user";
import { testPrisma } from "@/tests/support/test-db";

const db = testPrisma();
/** A Monday; every effective date below is relative to it. */
const NOW = new Date("2027-03-01T09:00:00Z");
const NEXT_MONDAY = "2027-03-08";

type Plans = typeof import("@/lib/data/plans");
type Proposals = typeof import("@/lib/data/team-proposals");
type Notices = typeof import("@/lib/data/plan-notices");

const SURNAMES = ["Aas", "Berg", "Dahl", "Eide", "Fjeld", "Haug", "Lie", "Moe", "Nilsen", "Olsen", "Dybdahl", "Strand", "Vik", "Ødegård", "Åsen", "Ærø"];

/** A–M by the Norwegian alphabet (where "Aas" is an Å), as the engine sorts. */
const inFirstGroup = (familyName: string) => "ABCDEFGHIJKLM".includes(surnameInitial(familyName, "nb") ?? "?");

function rules(secondDays: Weekday[]): RotationRulesInput {
  return {
    waves: [
      {
        selectors: [{ kind: "everyone" }],
        distribution: {
          rule: "surname",
          groups: [
            { from: "A", to: "M", weekdays: [1, 3] },
            { from: "N", to: "Å", weekdays: secondDays },
          ],
        },
      },
    ],
  };
}

const userFor = (email: string): Promise<CurrentUser> => currentUserByEmail(db, email);

async function expectAppError(promise: Promise<unknown>, status: number, code: string) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect({ status: (error as AppError).status, code: (error as AppError).code }).toEqual({ status, code });
}

describe("rotation plans", () => {
  let plans: Plans;
  let proposals: Proposals;
  let notices: Notices;
  let loadEngineInput: typeof import("@/lib/data/rotation-input").loadEngineInput;
  let hr: CurrentUser;
  let leader: CurrentUser;
  let officeId: string;
  let teamA: string;
  let teamB: string;
  let people: { id: string; familyName: string }[];

  beforeAll(async () => {
    await seedDemoData(db, { today: new Date("2026-11-23T09:00:00Z") });
    plans = await import("@/lib/data/plans");
    proposals = await import("@/lib/data/team-proposals");
    notices = await import("@/lib/data/plan-notices");
    ({ loadEngineInput } = await import("@/lib/data/rotation-input"));
    hr = await userFor("hr@example.com");
    // An office of its own, so other tests' demo offices never change.
    const suffix = Math.random().toString(36).slice(2, 8);
    const office = await db.office.create({
      data: { name: `Plan test ${suffix}`, timezone: "Europe/Oslo", locale: "nb", seats: 100, capacityPercent: 100, workingWeekdays: [1, 2, 3, 4, 5] },
    });
    officeId = office.id;
    teamA = (await db.team.create({ data: { officeId, name: "Alpha" } })).id;
    teamB = (await db.team.create({ data: { officeId, name: "Beta" } })).id;
    people = [];
    for (const [index, familyName] of SURNAMES.entries()) {
      const employee = await db.employee.create({
        data: {
          givenName: "Test",
          familyName,
          email: `plan-${suffix}-${index}@example.com`,
          officeId,
          teamId: index % 2 === 0 ? teamA : teamB,
          startDate: new Date("2020-01-01T00:00:00Z"),
          role: index === 0 ? "LEADER" : "EMPLOYEE",
        },
      });
      people.push({ id: employee.id, familyName });
    }
    await db.teamLeader.create({ data: { teamId: teamA, employeeId: people[0]!.id } });
    leader = await userFor(`plan-${suffix}-0@example.com`);
    await db.rotationPlan.create({
      data: { officeId, name: "First", version: 1, status: "PUBLISHED", effectiveFrom: new Date("2027-01-04T00:00:00Z"), rules: rules([2, 4]) as object, publishedAt: NOW },
    });
  });
  afterAll(async () => {
    // The database is shared by every test file: leave only the demo data behind.
    await db.rotationPlan.deleteMany({ where: { officeId } });
    await db.employee.deleteMany({ where: { officeId } });
    await db.team.deleteMany({ where: { officeId } });
    await db.office.delete({ where: { id: officeId } });
    await db.$disconnect();
  });

  async function draftWith(secondDays: Weekday[]) {
    const { id } = await plans.createPlan(hr, { officeId, name: "Spring", spread: "surname" }, NOW);
    await plans.savePlan(hr, { planId: id, name: "Spring", effectiveFrom: NEXT_MONDAY, rules: rules(secondDays) });
    return id;
  }

  async function expectedByDay(from: string, to: string) {
    const result = computeRotation({ ...(await loadEngineInput(officeId, from, to)), optOuts: [] });
    return Object.fromEntries(result.days.map((day) => [day.date, expectedOn(result, day.date).sort()]));
  }

  it("publishes from the effective date only: earlier days keep the old version, and exactly the people whose days change get a notice", async () => {
    const before = await expectedByDay("2027-03-01", "2027-03-12");
    const revision = (await db.office.findUniqueOrThrow({ where: { id: officeId } })).revision;
    const planId = await draftWith([2, 5]);
    const published = await plans.publishPlan(hr, { planId, effectiveFrom: NEXT_MONDAY }, NOW);
    const after = await expectedByDay("2027-03-01", "2027-03-12");

    for (const day of ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05"]) expect(after[day]).toEqual(before[day]);
    const lateGroup = people.filter((person) => !inFirstGroup(person.familyName)).map((person) => person.id).sort();
    expect(after["2027-03-11"]).toEqual(before["2027-03-11"]!.filter((id) => !lateGroup.includes(id)));
    expect(after["2027-03-12"]).toEqual(lateGroup);

    const created = await db.planChangeNotice.findMany({ where: { planId } });
    expect(created.map((notice) => notice.employeeId).sort()).toEqual(lateGroup);
    expect(published.peopleChanged).toBe(lateGroup.length);
    const own = await notices.listOwnNotices({ ...hr, id: lateGroup[0]! });
    expect(own[0]).toMatchObject({ effectiveFrom: NEXT_MONDAY });
    expect(own[0]!.gained).toContain("2027-03-12");
    expect(own[0]!.lost).toContain("2027-03-11");
    expect(own[0]!.gained.every((day) => day >= NEXT_MONDAY)).toBe(true);

    expect((await db.office.findUniqueOrThrow({ where: { id: officeId } })).revision).toBe(revision + 1);
    expect(await db.auditLog.count({ where: { entityId: planId, action: "plan.publish" } })).toBe(1);
  });

  it("lets an employee dismiss only their own notice", async () => {
    const notice = await db.planChangeNotice.findFirstOrThrow({ where: { employee: { officeId }, dismissedAt: null } });
    const owner = { ...hr, id: notice.employeeId };
    await expectAppError(notices.dismissOwnNotice({ ...hr, id: people[0]!.id === notice.employeeId ? people[1]!.id : people[0]!.id }, notice.id, NOW), 404, "notice_not_found");
    await notices.dismissOwnNotice(owner, notice.id, NOW);
    expect((await notices.listOwnNotices(owner)).some((candidate) => candidate.id === notice.id)).toBe(false);
  });

  it("refuses an effective date in the past and changes nothing", async () => {
    const planId = await draftWith([4, 5]);
    await expectAppError(plans.publishPlan(hr, { planId, effectiveFrom: "2027-02-28" }, NOW), 422, "past_effective_date");
    expect((await db.rotationPlan.findUniqueOrThrow({ where: { id: planId } })).status).toBe("DRAFT");
    await plans.discardPlan(hr, { planId });
    expect(await db.rotationPlan.count({ where: { id: planId } })).toBe(0);
  });

  it("keeps published versions read-only: editing means a new draft from them", async () => {
    const published = await db.rotationPlan.findFirstOrThrow({ where: { officeId, status: "PUBLISHED" }, orderBy: { version: "desc" } });
    await expectAppError(plans.savePlan(hr, { planId: published.id, name: "x", effectiveFrom: NEXT_MONDAY, rules: rules([1]) }), 409, "plan_read_only");
    await expectAppError(plans.discardPlan(hr, { planId: published.id }), 409, "plan_read_only");
    await expectAppError(plans.publishPlan(hr, { planId: published.id, effectiveFrom: NEXT_MONDAY }, NOW), 409, "plan_read_only");
    const copy = await plans.copyPlan(hr, { planId: published.id }, NOW);
    const draft = await db.rotationPlan.findUniqueOrThrow({ where: { id: copy.id } });
    expect(draft).toMatchObject({ status: "DRAFT", basedOnId: published.id });
    expect(draft.rules).toEqual(published.rules);
    await plans.discardPlan(hr, { planId: copy.id });
  });

  it("refuses rules that do not fit the office with every field at fault", async () => {
    const planId = await draftWith([2, 4]);
    const bad = { waves: [{ selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups: [{ from: "A", to: "L", weekdays: [6] }] } }] };
    const error = (await plans.savePlan(hr, { planId, name: "Bad", effectiveFrom: NEXT_MONDAY, rules: bad }).catch((caught: unknown) => caught)) as AppError;
    expect(error.status).toBe(422);
    expect(error.details.issues?.map((issue) => issue.field)).toEqual(
      expect.arrayContaining(["rules.waves.0.distribution.groups", "rules.waves.0.distribution.groups.0.weekdays"]),
    );
    await plans.discardPlan(hr, { planId });
  });

  it("publishes two drafts at once one after the other, never with the same version", async () => {
    const [first, second] = [await draftWith([2, 4]), await draftWith([3, 5])];
    const results = await Promise.all([first, second].map((planId) => plans.publishPlan(hr, { planId, effectiveFrom: "2027-04-05" }, NOW)));
    expect(new Set(results.map((result) => result.version)).size).toBe(2);
    const rows = await db.rotationPlan.findMany({ where: { id: { in: [first, second] } } });
    // The later publication replaces the earlier one, which never takes effect.
    expect(rows.map((row) => row.status).sort()).toEqual(["ARCHIVED", "PUBLISHED"]);
  });

  it("shows HR a person's days by the plan, with reasons, and never their own choices", async () => {
    const { getPlannedDays } = await import("@/lib/data/employee-plan-days");
    const berg = people.find((person) => person.familyName === "Berg")!;
    // Berg stays home on Wednesday and asks for an extra Friday: HR's view must show neither.
    await db.optOut.create({ data: { employeeId: berg.id, date: new Date("2027-03-03T00:00:00Z") } });
    await db.seatRequest.create({ data: { employeeId: berg.id, officeId, date: new Date("2027-03-05T00:00:00Z"), kind: "EXTRA", queueKey: 1 } });
    try {
      const days = await getPlannedDays(berg.id, NOW);
      expect(days).toHaveLength(20);
      expect(days.slice(0, 5).map((day) => [day.date, day.planned, day.reason.kind])).toEqual([
        ["2027-03-01", true, "assigned"],
        ["2027-03-02", false, "not-expected"],
        ["2027-03-03", true, "assigned"],
        ["2027-03-04", false, "not-expected"],
        ["2027-03-05", false, "not-expected"],
      ]);
      expect(JSON.stringify(days)).not.toMatch(/opted-out|extra|waitlist/);
    } finally {
      await db.optOut.deleteMany({ where: { employeeId: berg.id } });
      await db.seatRequest.deleteMany({ where: { employeeId: berg.id } });
    }
  });

  describe("leaders' team days", () => {
    it("lets a leader propose days for their own team only, as a draft HR does not see until submitted", async () => {
      await expectAppError(proposals.saveTeamDays(leader, { teamId: teamB, weekdays: [1], weeksInCycle: 1, weekOfCycle: 1, submit: false }, NOW), 403, "forbidden");
      const draft = await proposals.saveTeamDays(leader, { teamId: teamA, weekdays: [2, 4], weeksInCycle: 1, weekOfCycle: 1, submit: false }, NOW);
      expect(draft.status).toBe("DRAFT");
      expect((await plans.listPlans(officeId)).some((plan) => plan.id === draft.id)).toBe(false);
      await expectAppError(plans.publishPlan(hr, { planId: draft.id, effectiveFrom: NEXT_MONDAY }, NOW), 404, "plan_not_found");

      const stored = await db.rotationPlan.findUniqueOrThrow({ where: { id: draft.id } });
      const base = await db.rotationPlan.findUniqueOrThrow({ where: { id: stored.basedOnId! } });
      const proposed = stored.rules as { waves: unknown[] };
      // Only the team's days are new: a first wave for the team, the published waves unchanged after it.
      expect(proposed.waves[0]).toMatchObject({ selectors: [{ kind: "teams", teamIds: [teamA] }], distribution: { rule: "team", teams: [{ teamId: teamA, weekdays: [2, 4] }] } });
      expect(proposed.waves.slice(1)).toEqual((base.rules as { waves: unknown[] }).waves);
    });

    it("shows the leader the office's totals for the proposed days from the start they choose, and keeps that start on the proposal", async () => {
      const fridays = { weekdays: [5] as Weekday[], weeksInCycle: 1, weekOfCycle: 1 };
      await expectAppError(proposals.previewTeamDays(leader, { teamId: teamB, ...fridays }, NOW), 403, "forbidden");
      await expectAppError(proposals.previewTeamDays(leader, { teamId: teamA, ...fridays, effectiveFrom: "2027-02-26" }, NOW), 422, "past_effective_date");
      const preview = await proposals.previewTeamDays(leader, { teamId: teamA, ...fridays, effectiveFrom: "2027-03-15" }, NOW);
      expect(preview.from).toBe("2027-03-15");
      // The same per-day totals HR's preview gives for the published plan with Alpha on Fridays.
      const latest = await db.rotationPlan.findFirstOrThrow({ where: { officeId, status: "PUBLISHED" }, orderBy: { version: "desc" } });
      const composed = applyTeamDays(rotationRulesSchema.parse(latest.rules), teamA, "Alpha", fridays);
      expect(preview.days).toEqual((await plans.previewRules(officeId, { rules: composed, effectiveFrom: "2027-03-15" }, NOW)).days);
      const alpha = people.filter((_, index) => index % 2 === 0).length;
      const friday = preview.days.find((day) => day.date === "2027-03-19")!;
      expect(friday.planned).toBeGreaterThanOrEqual(alpha);
      expect(Object.keys(friday).sort()).toEqual(["capacity", "cut", "date", "expected", "planned", "plannedBefore", "status"]);
      // Totals only: no names, ids or choices reach the leader.
      expect(Object.keys(preview).sort()).toEqual(["days", "from", "overCapacityDays", "to"]);

      const draft = await proposals.saveTeamDays(leader, { teamId: teamA, weekdays: [2, 4], weeksInCycle: 1, weekOfCycle: 1, effectiveFrom: "2027-03-15", submit: false }, NOW);
      expect((await db.rotationPlan.findUniqueOrThrow({ where: { id: draft.id } })).effectiveFrom.toISOString().slice(0, 10)).toBe("2027-03-15");
      await expectAppError(proposals.saveTeamDays(leader, { teamId: teamA, weekdays: [2], weeksInCycle: 1, weekOfCycle: 1, effectiveFrom: "2027-02-26", submit: false }, NOW), 422, "past_effective_date");
    });

    it("sends the proposal to HR, who rejects it with a comment the leader sees", async () => {
      const submitted = await proposals.saveTeamDays(leader, { teamId: teamA, weekdays: [2, 4], weeksInCycle: 1, weekOfCycle: 1, submit: true }, NOW);
      expect(submitted.status).toBe("SUBMITTED");
      expect((await plans.listPlans(officeId)).find((plan) => plan.id === submitted.id)?.status).toBe("SUBMITTED");
      await expectAppError(proposals.saveTeamDays(leader, { teamId: teamA, weekdays: [1], weeksInCycle: 1, weekOfCycle: 1, submit: false }, NOW), 409, "proposal_pending");
      await plans.rejectPlan(hr, { planId: submitted.id, comment: "Tuesdays are full already" }, NOW);
      const [team] = await proposals.listOwnTeamProposals(leader);
      expect(team?.proposals[0]).toMatchObject({ id: submitted.id, status: "REJECTED", reviewComment: "Tuesdays are full already" });
      // HR were told it waited, in the submission's transaction; the leader is told it was rejected, with the comment.
      const about = (kind: string) => db.notification.findMany({ where: { kind, payload: { path: ["planId"], equals: submitted.id } }, select: { employeeId: true, payload: true } });
      const waiting = await about("proposal-waiting");
      expect(waiting.map((notification) => notification.employeeId)).toContain(hr.id);
      const told = await db.employee.findMany({ where: { id: { in: waiting.map((notification) => notification.employeeId) } }, select: { role: true } });
      expect(new Set(told.map((person) => person.role))).toEqual(new Set(["HR"]));
      expect(await about("proposal-rejected")).toEqual([{ employeeId: leader.id, payload: { planId: submitted.id, teamName: "Alpha", comment: "Tuesdays are full already" } }]);
    });

    it("lets HR publish a submitted proposal, and the leader sees it published", async () => {
      const submitted = await proposals.saveTeamDays(leader, { teamId: teamA, weekdays: [5], weeksInCycle: 2, weekOfCycle: 1, submit: true }, NOW);
      await plans.publishPlan(hr, { planId: submitted.id, effectiveFrom: "2027-05-03" }, NOW);
      const [team] = await proposals.listOwnTeamProposals(leader);
      expect(team?.proposals[0]).toMatchObject({ id: submitted.id, status: "PUBLISHED" });
      expect(team?.currentDays).toEqual({ weekdays: [5], weeksInCycle: 2, weekOfCycle: 1 });
      const published = await db.notification.findMany({ where: { kind: "proposal-published", payload: { path: ["planId"], equals: submitted.id } }, select: { employeeId: true, payload: true } });
      expect(published).toEqual([{ employeeId: leader.id, payload: { planId: submitted.id, teamName: "Alpha", effectiveFrom: "2027-05-03" } }]);
    });
  });

  describe("POST /api/v1/offices/{id}/plans/preview", () => {
    let route: typeof import("@/app/api/v1/offices/[id]/plans/preview/route").POST;
    let hrToken: string;
    const path = () => `/api/v1/offices/${officeId}/plans/preview`;

    beforeAll(async () => {
      route = (await import("@/app/api/v1/offices/[id]/plans/preview/route")).POST;
      hrToken = await tokenFor(db, "hr@example.com");
    });

    it("returns the per-day totals of the rules", async () => {
      const response = await callRoute(route, path(), { token: hrToken, params: { id: officeId }, body: { rules: rules([2, 4]), effectiveFrom: "2030-01-07" } });
      expect(response.status).toBe(200);
      expect(response.json.from).toBe("2030-01-07");
      expect(response.json.days).toHaveLength(42);
      const monday = response.json.days[0];
      expect(monday).toMatchObject({ date: "2030-01-07", status: "open", capacity: 100, cut: 0 });
      expect(monday.planned).toBe(people.filter((person) => inFirstGroup(person.familyName)).length);
    });

    it("answers bad rules with 422 and the field path of each problem", async () => {
      const bad = { waves: [{ selectors: [], distribution: { rule: "surname", groups: [{ from: "A", to: "L", weekdays: [1] }] } }] };
      const response = await callRoute(route, path(), { token: hrToken, params: { id: officeId }, body: { rules: bad, effectiveFrom: "2030-01-07" } });
      expect(response.status).toBe(422);
      expect(response.json.error.code).toBe("invalid_rules");
      expect(response.json.error.issues.map((issue: { field: string }) => issue.field)).toEqual(expect.arrayContaining(["rules.waves.0.selectors"]));
      const gaps = await callRoute(route, path(), {
        token: hrToken,
        params: { id: officeId },
        body: { rules: { waves: [{ selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups: [{ from: "A", to: "L", weekdays: [1] }] } }] }, effectiveFrom: "2030-01-07" },
      });
      expect(gaps.status).toBe(422);
      expect(gaps.json.error).toMatchObject({ field: "rules.waves.0.distribution.groups" });
    });

    it("refuses a past effective date with 422 and a missing one with 400", async () => {
      const past = await callRoute(route, path(), { token: hrToken, params: { id: officeId }, body: { rules: rules([2, 4]), effectiveFrom: "2020-01-06" } });
      expect(past.status).toBe(422);
      expect(past.json.error).toMatchObject({ code: "past_effective_date", field: "effectiveFrom" });
      const missing = await callRoute(route, path(), { token: hrToken, params: { id: officeId }, body: { rules: rules([2, 4]) } });
      expect(missing.status).toBe(400);
      expect(missing.json.error.field).toBe("effectiveFrom");
    });

    it("refuses employees and leaders with 403", async () => {
      for (const email of ["employee@example.com", "leader@example.com"]) {
        const response = await callRoute(route, path(), { token: await tokenFor(db, email), params: { id: officeId }, body: { rules: rules([2, 4]), effectiveFrom: "2030-01-07" } });
        expect(response.status, email).toBe(403);
      }
    });
  });
});
