import type { JWT } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeUserBySession } from "@/lib/auth/session";
import { endOwnSessions } from "@/lib/data/auth-sessions";
import { importEmployees } from "@/lib/data/employee-import";
import { setEmployeeActive, updateEmployee } from "@/lib/data/employees";
import { seedDemoData } from "@/prisma/demo/seed-demo";
import { currentUserByEmail } from "@/tests/support/current-user";
import { testPrisma } from "@/tests/support/test-db";

const db = testPrisma();
const now = new Date("2026-11-23T09:00:00Z");

type JwtCallback = (params: { token: JWT; user?: { id: string; email?: string | null }; account?: { provider: string } | null }) => Promise<JWT>;
type SignOutEvent = (message: { token: JWT }) => Promise<void>;

/**
 * Sessions end for good (issue 18, item 5): each trigger against the real
 * database, through the same code the app runs. The session cookie is the
 * JWT next-auth signs; here the token object itself stands for it, since the
 * app reads exactly its employeeId and sessionId.
 */
describe("sessions end at once and never come back", () => {
  let jwt: JwtCallback;
  let signOut: SignOutEvent;
  let officeId: string;
  let serial = 0;

  beforeAll(async () => {
    await seedDemoData(db, { today: now });
    const { authOptions } = await import("@/lib/auth/options");
    jwt = authOptions.callbacks!.jwt as unknown as JwtCallback;
    signOut = authOptions.events!.signOut as unknown as SignOutEvent;
    officeId = (await db.office.findFirstOrThrow({ where: { name: "Oslo" } })).id;
  });
  afterAll(() => db.$disconnect());

  /** A person of this test's own (the integration tests share one database), as signed up by HR. */
  async function newPerson(role: "EMPLOYEE" | "LEADER" = "EMPLOYEE") {
    serial += 1;
    const email = `session.${serial}.${Date.now()}@example.com`;
    return db.employee.create({
      data: { email, givenName: "Sam", familyName: `Session${serial}`, officeId, startDate: new Date("2026-01-05"), role },
      select: { id: true, email: true },
    });
  }

  /** Signing in with a password: next-auth's jwt callback on the sign-in request, which makes the cookie's contents. */
  const signIn = (person: { id: string; email: string }) => jwt({ token: {}, user: { id: person.id, email: person.email }, account: { provider: "credentials" } });

  /** What a request carrying this cookie gets: the signed-in person, or nobody. */
  const holder = (token: JWT) => activeUserBySession(token.employeeId!, token.sessionId!);

  it("signing in opens a session of its own, which the cookie names", async () => {
    const person = await newPerson();
    const first = await signIn(person);
    const second = await signIn(person);
    expect(first.employeeId).toBe(person.id);
    expect(first.sessionId).toEqual(expect.any(String));
    expect(second.sessionId).not.toBe(first.sessionId);
    expect((await holder(first))?.id).toBe(person.id);
    expect((await holder(second))?.id).toBe(person.id);
  });

  it("a sign-in deletes the person's sessions whose cookies have expired, and no others", async () => {
    const person = await newPerson();
    const expired = await db.authSession.create({ data: { employeeId: person.id, expiresAt: new Date("2000-01-01T00:00:00Z") } });
    const open = await signIn(person);
    await signIn(person);
    expect(await db.authSession.findUnique({ where: { id: expired.id } })).toBeNull();
    expect(await db.authSession.findUnique({ where: { id: open.sessionId! } })).not.toBeNull();
  });

  it("signing out ends that session, every copy of its cookie too, and no other", async () => {
    const person = await newPerson();
    const laptop = await signIn(person);
    const phone = await signIn(person);
    await signOut({ token: laptop });
    expect(await holder(laptop)).toBeNull();
    expect((await holder(phone))?.id).toBe(person.id);
    // Signing in again does not revive it.
    await signIn(person);
    expect(await holder(laptop)).toBeNull();
  });

  it("a cookie naming another person's session, or no session (from before sessions were kept), lets nobody in", async () => {
    const [alice, bob] = [await newPerson(), await newPerson()];
    const bobs = await signIn(bob);
    expect(await activeUserBySession(alice.id, bobs.sessionId!)).toBeNull();
    expect(await activeUserBySession(alice.id, "no-such-session")).toBeNull();
    // Signing out with a token naming someone else's session ends nothing.
    await signOut({ token: { employeeId: alice.id, sessionId: bobs.sessionId } });
    expect((await holder(bobs))?.id).toBe(bob.id);
  });

  it("deactivation ends every session of the person, and reactivation does not revive them", async () => {
    const hr = await currentUserByEmail(db, "hr@example.com");
    const [person, bystander] = [await newPerson(), await newPerson()];
    const sessions = [await signIn(person), await signIn(person)];
    const theirs = await signIn(bystander);
    await setEmployeeActive(hr, person.id, false, new Date());
    for (const session of sessions) expect(await holder(session)).toBeNull();
    await setEmployeeActive(hr, person.id, true, new Date());
    for (const session of sessions) expect(await holder(session)).toBeNull();
    expect((await holder(theirs))?.id).toBe(bystander.id);
    expect((await holder(await signIn(person)))?.id).toBe(person.id);
  });

  it("a role change ends every session of the person; other edits do not", async () => {
    const admin = await currentUserByEmail(db, "admin@example.com");
    const person = await newPerson();
    const session = await signIn(person);
    const fields = { givenName: "Sam", familyName: "Renamed", email: person.email, officeId, teamId: null, startDate: "2026-01-05", role: "EMPLOYEE" as const };
    await updateEmployee(admin, person.id, fields, new Date());
    expect((await holder(session))?.id).toBe(person.id);
    await updateEmployee(admin, person.id, { ...fields, role: "LEADER" }, new Date());
    expect(await holder(session)).toBeNull();
  });

  it("an import that changes a role or deactivates someone ends their sessions", async () => {
    const admin = await currentUserByEmail(db, "admin@example.com");
    const person = await newPerson();
    const session = await signIn(person);
    const csv = `email,given name,family name,office,team,start date,role\n${person.email},Sam,Imported,Oslo,,2026-01-05,EMPLOYEE\n`;
    expect((await importEmployees(admin, csv, { dryRun: false, createTeams: false, deactivateMissing: false }, new Date())).ok).toBe(true);
    expect((await holder(session))?.id).toBe(person.id);
    const promoted = await importEmployees(admin, csv.replace(/EMPLOYEE\n$/, "LEADER\n"), { dryRun: false, createTeams: false, deactivateMissing: false }, new Date());
    expect(promoted.ok).toBe(true);
    expect(await holder(session)).toBeNull();
  });

  it("Sign out everywhere ends all of the caller's sessions and nobody else's", async () => {
    const [person, colleague] = [await newPerson(), await newPerson()];
    const sessions = [await signIn(person), await signIn(person), await signIn(person)];
    const theirs = await signIn(colleague);
    const user = await currentUserByEmail(db, person.email);
    expect(await endOwnSessions(user, now)).toBe(3);
    for (const session of sessions) expect(await holder(session)).toBeNull();
    expect((await holder(theirs))?.id).toBe(colleague.id);
  });
});
