import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CURRENT_USER_SELECT, currentUserOf } from "@/lib/auth/current-user";
import { importEmployees } from "@/lib/data/employee-import";
import { seedDemoData } from "@/prisma/demo/seed-demo";
import { callRoute, tokenFor } from "@/tests/support/api";
import { testPrisma } from "@/tests/support/test-db";

const db = testPrisma();

type Handler = Parameters<typeof callRoute>[0];

describe("employee CSV import and export (API, real PostgreSQL)", () => {
  let hrToken: string;
  let adminToken: string;
  let importRoute: Handler;
  let exportRoute: Handler;

  const post = (csv: string | Uint8Array, query = "", token = hrToken) =>
    callRoute(importRoute, `/api/v1/employees/import${query}`, { token, body: csv, contentType: "text/csv", method: "POST" });

  beforeAll(async () => {
    await seedDemoData(db, { today: new Date("2026-11-23T09:00:00Z") });
    hrToken = await tokenFor(db, "hr@example.com");
    adminToken = await tokenFor(db, "admin@example.com");
    importRoute = (await import("@/app/api/v1/employees/import/route")).POST;
    exportRoute = (await import("@/app/api/v1/employees/export/route")).GET;
  });
  afterAll(async () => {
    // The integration tests share one database: the demo's ten teams stay ten.
    await db.employee.updateMany({ where: { team: { name: "Import Crew" } }, data: { teamId: null } });
    await db.team.deleteMany({ where: { name: "Import Crew" } });
    await db.$disconnect();
  });

  it("previews a semicolon file with a BOM and Norwegian dates without writing, then applies it with audit entries", async () => {
    const csv = "\uFEFFE-mail;Given Name;FAMILY NAME;Office;Team;Start date;Role\r\n" +
      "ida.import@example.com;Ida;Østby;oslo;Product;04.01.2027;\r\n" +
      "jon.import@example.com;Jon;Berg;Oslo;Import Crew;2027-01-05;employee\r\n";
    const refused = await post(csv, "?dryRun=true");
    expect(refused.status).toBe(422);
    expect(refused.json.error.rows).toEqual([{ row: 3, column: "team", message: expect.stringContaining("Import Crew") }]);

    const preview = await post(csv, "?dryRun=true&createTeams=true");
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({ applied: false, created: [{ row: 2, email: "ida.import@example.com" }, { row: 3 }], newTeams: [{ office: "Oslo", team: "Import Crew" }] });
    expect(await db.employee.count({ where: { email: { endsWith: ".import@example.com" } } })).toBe(0);

    const applied = await post(csv, "?createTeams=true");
    expect(applied.status).toBe(200);
    const ida = await db.employee.findUniqueOrThrow({ where: { email: "ida.import@example.com" }, include: { team: true, office: true } });
    expect(ida).toMatchObject({ familyName: "Østby", role: "EMPLOYEE", active: true, office: { name: "Oslo" }, team: { name: "Product" } });
    expect(ida.startDate.toISOString().slice(0, 10)).toBe("2027-01-04");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: ida.id, action: "employee.create" } });
    expect(audit.after).toMatchObject({ email: "ida.import@example.com", familyName: "Østby", source: "import" });
    expect(await db.auditLog.count({ where: { action: "employee.import" } })).toBeGreaterThan(0);
  });

  describe("a file Excel on Windows saved as \"CSV (semicolon separated)\": Windows-1252 with Norwegian headers", () => {
    // Windows-1252 puts Ø, Å, Ä, Ö, æ, ø, å, ä, ö at their Latin-1 code points: one byte each, none valid UTF-8 on its own.
    const windows1252 = (text: string) =>
      Uint8Array.from(text, (char) => {
        const code = char.charCodeAt(0);
        if (code > 0xff) throw new Error(`${char} is not a Latin-1 character`);
        return code;
      });
    const file = (prefix: string) =>
      windows1252(
        "E-post;Fornavn;Etternavn;Kontor;Lag;Startdato;Rolle\r\n" +
          `${prefix}.orsted@example.com;Øyvind;Ørsted;Oslo;;04.01.2027;\r\n` +
          `${prefix}.angstrom@example.com;Åsa;Ängström;Oslo;;05.01.2027;\r\n` +
          `${prefix}.oberg@example.com;Björn;Öberg-Æsø;Oslo;;06.01.2027;\r\n`,
      );
    const names = async (prefix: string) =>
      (await db.employee.findMany({ where: { email: { startsWith: `${prefix}.` } }, orderBy: { email: "asc" }, select: { givenName: true, familyName: true } })).map(
        (person) => `${person.givenName} ${person.familyName}`,
      );

    it("is imported with its letters intact through the data function (the upload page's path)", async () => {
      const hr = currentUserOf(await db.employee.findUniqueOrThrow({ where: { email: "hr@example.com" }, select: CURRENT_USER_SELECT }))!;
      const outcome = await importEmployees(hr, file("cp1252page"), { dryRun: false, deactivateMissing: false, createTeams: false }, new Date("2026-11-23T09:00:00Z"));
      expect(outcome.ok).toBe(true);
      expect(await names("cp1252page")).toEqual(["Åsa Ängström", "Björn Öberg-Æsø", "Øyvind Ørsted"]);
    });

    it("is imported with its letters intact through POST /api/v1/employees/import", async () => {
      const response = await post(file("cp1252api"));
      expect(response.status).toBe(200);
      expect(response.json.created.map((person: { name: string }) => person.name)).toEqual(["Øyvind Ørsted", "Åsa Ängström", "Björn Öberg-Æsø"]);
      const stored = await names("cp1252api");
      expect(stored).toEqual(["Åsa Ängström", "Björn Öberg-Æsø", "Øyvind Ørsted"]);
      expect(stored.join("")).not.toMatch(/\uFFFD|Ã/);
    });
  });

  it("lists every bad row with its column and reason, and writes nothing", async () => {
    const before = await db.employee.count();
    const csv = [
      "email,given name,family name,office,team,start date,role",
      "not-an-email,A,B,Oslo,,2027-01-01,",
      ",A,B,Oslo,,2027-01-01,",
      "dup.import@example.com,A,B,Atlantis,,2027-01-01,",
      "dup.import@example.com,A,B,Oslo,,31.02.2027,",
      "ok.import@example.com,A,B,Oslo,,2027-01-01,chief",
    ].join("\n");
    const response = await post(csv);
    expect(response.status).toBe(422);
    expect(response.json.error.code).toBe("invalid_rows");
    expect(response.json.error.rows.map((row: { row: number; column: string }) => [row.row, row.column])).toEqual([
      [2, "email"],
      [3, "email"],
      [4, "office"],
      [5, "email"],
      [5, "start date"],
      [6, "role"],
    ]);
    expect(await db.employee.count()).toBe(before);
  });

  it("refuses a role change by HR, row by row, but lets an admin make it", async () => {
    const csv = "email,given name,family name,office,team,start date,role\nida.import@example.com,Ida,Østby,Oslo,Product,2027-01-04,LEADER\n";
    const byHr = await post(csv);
    expect(byHr.status).toBe(422);
    expect(byHr.json.error.rows).toEqual([{ row: 2, column: "role", message: "Only admins change roles." }]);
    const byAdmin = await post(csv, "", adminToken);
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.json.updated).toEqual([expect.objectContaining({ email: "ida.import@example.com", changed: ["role"] })]);
  });

  it("export then import changes nothing, even with deactivation of the missing", async () => {
    const exported = await callRoute(exportRoute, "/api/v1/employees/export", { token: hrToken });
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-type")).toContain("text/csv");
    expect(exported.text.split("\n")[0]).toBe("email,given name,family name,office,team,start date,role");
    const response = await post(exported.text, "?dryRun=true&deactivateMissing=true");
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ created: [], updated: [], deactivated: [], newTeams: [] });
    expect(response.json.unchanged).toBe(await db.employee.count({ where: { active: true } }));
  });

  it("imports 10,000 rows atomically: a bad row 9,999 leaves nothing written; without it all are created", async () => {
    const header = "email;given name;family name;office;team;start date;role";
    const rows = Array.from({ length: 10_000 }, (_, index) => `bulk${index}@example.com;Bulk;Person${index};Utrecht;;2027-02-01;`);
    const bad = [...rows];
    bad[9_997] = "bulk9997@example.com;Bulk;Person;Utrecht;;2027-02-30;"; // row 9,999 counting the header as row 1
    const countBefore = await db.employee.count();
    const auditBefore = await db.auditLog.count();
    const refused = await post([header, ...bad].join("\n"));
    expect(refused.status).toBe(422);
    expect(refused.json.error.rows).toEqual([{ row: 9_999, column: "start date", message: expect.stringContaining("2027-02-30") }]);
    expect(await db.employee.count()).toBe(countBefore);
    expect(await db.auditLog.count()).toBe(auditBefore);

    const applied = await post([header, ...rows].join("\n"));
    expect(applied.status).toBe(200);
    expect(applied.json.created).toHaveLength(10_000);
    expect(await db.employee.count()).toBe(countBefore + 10_000);

    const renamed = rows.map((row, index) => (index % 2 === 0 ? row.replace(`Person${index};`, `Renamed${index};`) : row));
    const updated = await post([header, ...renamed].join("\n"));
    expect(updated.status).toBe(200);
    expect(updated.json.updated).toHaveLength(5_000);
    expect((await db.employee.findUniqueOrThrow({ where: { email: "bulk4@example.com" } })).familyName).toBe("Renamed4");
  });
});
