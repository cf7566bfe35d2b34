import { describe, expect, it } from "vitest";
import { parseCsvDate, readEmployeeCsv, validateCsvRows, writeEmployeeCsv } from "@/lib/people/csv";
import { planImport } from "@/lib/people/import-plan";

const offices = [{ id: "oslo", name: "Oslo" }];

describe("the employee CSV", () => {
  it("reads UTF-8 with a BOM, semicolons and headers in any case", () => {
    const { rows, issues } = readEmployeeCsv("\uFEFFE-Mail;GIVEN NAME;family_name;Office;Team;Start Date;role\r\nA@Example.com;Åse;Æsøy;oslo;;17.05.2027;\r\n\r\n");
    expect(issues).toEqual([]);
    expect(rows).toEqual([{ row: 2, email: "a@example.com", givenName: "Åse", familyName: "Æsøy", office: "oslo", team: "", startDate: "17.05.2027", role: "" }]);
  });

  it("names a missing column", () => {
    expect(readEmployeeCsv("email,given name\nx@y.no,X\n").issues.map((issue) => issue.column)).toEqual(["family name", "office", "start date"]);
  });

  it("accepts yyyy-MM-dd and dd.MM.yyyy, and only real days", () => {
    expect(parseCsvDate("2027-01-04")).toBe("2027-01-04");
    expect(parseCsvDate("4.1.2027")).toBe("2027-01-04");
    expect(parseCsvDate("2027-02-29")).toBeNull();
    expect(parseCsvDate("01/04/2027")).toBeNull();
  });

  it("lists every bad row, never only the first", () => {
    const { rows } = readEmployeeCsv("email,given name,family name,office,team,start date,role\nx,A,B,Oslo,,2027-01-01,\ny@z.no,,B,Mars,,2027-01-01,boss\ny@z.no,A,B,Oslo,,2027-01-01,\n");
    const { issues } = validateCsvRows(rows, offices);
    expect(issues.map((issue) => [issue.row, issue.column, issue.code])).toEqual([
      [2, "email", "email_invalid"],
      [3, "given name", "given_name_missing"],
      [3, "office", "office_unknown"],
      [3, "role", "role_unknown"],
      [4, "email", "email_duplicate"],
    ]);
  });

  it("writes what it reads: export then import plans no change, even for a formula-like name", () => {
    const people = [{ id: "p1", email: "eq@example.com", givenName: "=Eva", familyName: "Berg, jr.", officeId: "oslo", teamId: "t1", startDate: "2020-02-03", role: "LEADER" as const, active: true }];
    const text = writeEmployeeCsv([{ email: "eq@example.com", givenName: "=Eva", familyName: "Berg, jr.", office: "Oslo", team: "Sales", startDate: "2020-02-03", role: "LEADER" }]);
    expect(text).toContain("'=Eva");
    const { valid, issues } = validateCsvRows(readEmployeeCsv(text).rows, offices);
    expect(issues).toEqual([]);
    const { plan } = planImport(valid, { people, teams: [{ id: "t1", officeId: "oslo", name: "Sales" }], canManageRoles: false, uploaderId: "me" }, { deactivateMissing: true, createTeams: false });
    expect(plan).toMatchObject({ create: [], update: [], deactivate: [], unchanged: 1 });
  });
});
