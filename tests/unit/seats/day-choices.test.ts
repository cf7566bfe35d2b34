import { describe, expect, it } from "vitest";
import type { AssignmentReason } from "@/lib/rotation";
import { choicesFor } from "@/lib/seats/day-choices";

const assigned: AssignmentReason = { kind: "assigned", rule: "surname", group: "A–K", weekday: 1, wave: 1, waveName: { name: null, selectors: ["everyone"] } };
const cut: AssignmentReason = { kind: "not-expected", reason: "capacity-cut", priority: "others", rule: "surname", group: "A–K", rotation: 1, of: 3 };
const optedOut: AssignmentReason = { kind: "not-expected", reason: "opted-out" };
const notTheirs: AssignmentReason = {
  kind: "not-expected",
  reason: "not-their-day",
  rule: "surname",
  group: "L–Z",
  weekdays: [2],
  weeksInCycle: 1,
  weekOfCycle: 1,
  wave: 1,
  waveName: { name: null, selectors: ["everyone"] },
};

describe("what a person may do about a day", () => {
  it("offers staying home on their own day, coming or cut for capacity", () => {
    expect(choicesFor({ status: "open", reason: assigned, seat: { kind: "planned" } })).toEqual(["stay-home"]);
    expect(choicesFor({ status: "open", reason: cut, seat: { kind: "none" } })).toEqual(["stay-home"]);
  });

  it("offers an undo on a day they stay home, and a withdrawal while they wait to come back", () => {
    expect(choicesFor({ status: "open", reason: optedOut, seat: { kind: "none" } })).toEqual(["undo"]);
    expect(choicesFor({ status: "open", reason: optedOut, seat: { kind: "waitlisted", position: 1 } })).toEqual(["withdraw"]);
  });

  it("offers an extra day on someone else's day, and withdrawing it once asked", () => {
    expect(choicesFor({ status: "open", reason: notTheirs, seat: { kind: "none" } })).toEqual(["request-extra"]);
    expect(choicesFor({ status: "open", reason: notTheirs, seat: { kind: "extra" } })).toEqual(["withdraw"]);
    expect(choicesFor({ status: "open", reason: notTheirs, seat: { kind: "waitlisted", position: 4 } })).toEqual(["withdraw"]);
  });

  it("offers nothing on closed and non-working days", () => {
    expect(choicesFor({ status: "closed", reason: { kind: "not-expected", reason: "closed", closure: "Christmas" }, seat: { kind: "none" } })).toEqual([]);
    expect(choicesFor({ status: "non-working", reason: { kind: "not-expected", reason: "non-working-day", weekday: 6 }, seat: { kind: "none" } })).toEqual([]);
  });
});
