import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { callRoute } from "@/tests/support/api";
import { deliveryHarness, type DeliveryHarness } from "@/tests/support/delivery-harness";
import { createSeatOffice, hrIn } from "@/tests/support/seat-office";
import { eventually } from "@/tests/support/smtp-sink";

/** A Monday; the new plan starts a week later, on Monday 7 December. */
const NOW = new Date("2026-11-30T12:00:00Z");
const FROM = "2026-12-07";

let harness: DeliveryHarness;
let route: typeof import("@/app/api/v1/me/notification-settings/route");
let plans: typeof import("@/lib/data/plans");

beforeAll(async () => {
  harness = await deliveryHarness("preferences");
  route = await import("@/app/api/v1/me/notification-settings/route");
  plans = await import("@/lib/data/plans");
});

afterEach(async () => harness?.stopWorkers());

afterAll(async () => harness?.close());

const PATH = "/api/v1/me/notification-settings";

/** Moves the A–K people (Mondays in the seat office) to Tuesdays and Fridays from FROM; L–Å keep Tuesdays. */
async function publishNewDays(officeId: string) {
  const hr = await hrIn(harness.db, officeId);
  const { id } = await plans.createPlan(hr, { officeId, name: "Winter", spread: "surname" }, NOW);
  const groups = [
    { from: "A", to: "K", weekdays: [2, 5] },
    { from: "L", to: "Å", weekdays: [2] },
  ];
  await plans.savePlan(hr, { planId: id, name: "Winter", effectiveFrom: FROM, rules: { waves: [{ selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups } }] } });
  await plans.publishPlan(hr, { planId: id, effectiveFrom: FROM }, NOW);
}

describe("email settings", () => {
  it("reads the defaults, replaces them as a whole, and refuses bad input naming the field, changing nothing", async () => {
    const { mondays } = await createSeatOffice(harness.db, { capacity: 2, mondays: 1, tuesdays: 0 });
    const me = mondays[0] as (typeof mondays)[0];
    expect((await callRoute(route.GET, PATH, { token: me.token })).json).toEqual({ emailOff: [], digest: true, reminder: false });

    const saved = await callRoute(route.PUT, PATH, { token: me.token, method: "PUT", body: { emailOff: ["seat-gained", "day-lost", "seat-gained"], digest: false, reminder: true } });
    expect(saved.status).toBe(200);
    expect(saved.json).toEqual({ emailOff: ["seat-gained", "day-lost"], digest: false, reminder: true });
    expect((await callRoute(route.GET, PATH, { token: me.token })).json).toEqual(saved.json);

    const unknownKind = await callRoute(route.PUT, PATH, { token: me.token, method: "PUT", body: { emailOff: ["everything"], digest: true, reminder: false } });
    expect(unknownKind.status).toBe(400);
    expect(unknownKind.json.error).toMatchObject({ code: "invalid_input", field: "emailOff.0" });
    const missing = await callRoute(route.PUT, PATH, { token: me.token, method: "PUT", body: { emailOff: [] } });
    expect(missing.status).toBe(400);
    expect(missing.json.error.issues.map((issue: { field: string }) => issue.field).sort()).toEqual(["digest", "reminder"]);
    const extra = await callRoute(route.PUT, PATH, { token: me.token, method: "PUT", body: { emailOff: [], digest: true, reminder: false, employeeId: "someone-else" } });
    expect(extra.status).toBe(400);
    expect((await callRoute(route.GET, PATH, { token: me.token })).json).toEqual(saved.json);
  });
});

describe("your days change", () => {
  it("tells each person whose days a published plan changes the new pattern, in their language; email only to those who did not turn it off", async () => {
    const { office, mondays, tuesdays } = await createSeatOffice(harness.db, { capacity: 3, mondays: 2, tuesdays: 1 });
    const [quiet, norwegian] = mondays as [(typeof mondays)[0], (typeof mondays)[0]];
    const unchanged = tuesdays[0] as (typeof tuesdays)[0];
    await harness.db.employee.update({ where: { id: quiet.id }, data: { locale: "sv" } });
    // One of them turns this kind's email off on the profile page (the same setting as the API's).
    const off = await callRoute(route.PUT, PATH, { token: quiet.token, method: "PUT", body: { emailOff: ["days-changed"], digest: true, reminder: false } });
    expect(off.status).toBe(200);

    await publishNewDays(office.id);

    const told = await harness.db.notification.findMany({ where: { employeeId: { in: [quiet.id, norwegian.id, unchanged.id] }, kind: "days-changed" }, select: { employeeId: true, payload: true } });
    expect(told.map((notification) => notification.employeeId).sort()).toEqual([quiet.id, norwegian.id].sort());
    for (const notification of told) expect(notification.payload).toMatchObject({ effectiveFrom: FROM, before: [1], after: [2, 5] });
    // In the app both are told; an email is written only for the one who kept it on.
    const deliveries = await harness.db.notificationDelivery.findMany({ where: { notification: { kind: "days-changed", employeeId: { in: [quiet.id, norwegian.id] } } }, select: { id: true, notification: { select: { employeeId: true } } } });
    expect(deliveries.map((delivery) => delivery.notification.employeeId)).toEqual([norwegian.id]);

    const smtp = await harness.sink();
    await harness.worker(smtp.url);
    await eventually(() => smtp.to(norwegian.email).length >= 1, "the Norwegian's email arrived");
    // Give an email that should not exist the time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.to(quiet.email)).toHaveLength(0);
    expect(smtp.to(unchanged.email)).toHaveLength(0);
    const [mail] = smtp.to(norwegian.email);
    expect(smtp.to(norwegian.email)).toHaveLength(1);
    expect(mail?.subject).toBe("Kontordagene dine endres fra mandag 7. desember 2026");
    expect(mail?.text).toContain("Fra mandag 7. desember 2026 kommer du på tirsdager og fredager; før: mandager.");

    // In the app (the API speaks the caller's Accept-Language, here none: English) the one without email is told too.
    const list = (await import("@/app/api/v1/me/notifications/route")).GET;
    const mine = await callRoute(list, "/api/v1/me/notifications", { token: quiet.token });
    expect(mine.json.notifications.find((item: { kind: string }) => item.kind === "days-changed")?.intro).toBe(
      "From Monday, 7 December 2026 you come on Tuesdays and Fridays; before: Mondays.",
    );
  });
});
