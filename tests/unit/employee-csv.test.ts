import { describe, expect, it } from "vitest";
import { parseCsvDate, readEmployeeCsv, validateCsvRows, writeEmployeeCsv } from "@/lib/people/csv";
import { decodeCsvBytes, detectCsvEncoding } from "@/lib/people/csv-encoding";
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

  it.each([
    ["Norwegian", "E-post;Fornavn;Etternavn;Kontor;Lag;Startdato;Rolle"],
    ["Norwegian, with Team", "E-post;Fornavn;Etternavn;Kontor;Team;Startdato;Rolle"],
    ["Swedish", "E-post;Förnamn;Efternamn;Kontor;Team;Startdatum;Roll"],
    ["Dutch", "E-mail;Voornaam;Achternaam;Kantoor;Team;Startdatum;Rol"],
    ["English", "Email;First name;Last name;Office;Team;Start date;Role"],
  ])("reads %s headers", (_language, header) => {
    const { rows, issues } = readEmployeeCsv(`${header}\nåse@example.com;Åse;Öberg;Oslo;Sales;17.05.2027;LEADER\n`);
    expect(issues).toEqual([]);
    expect(rows).toEqual([{ row: 2, email: "åse@example.com", givenName: "Åse", familyName: "Öberg", office: "Oslo", team: "Sales", startDate: "17.05.2027", role: "LEADER" }]);
  });

  it("reads a header whose letters are decomposed (o + combining diaeresis), as macOS may write them", () => {
    expect(readEmployeeCsv("E-post;Fo\u0308rnamn;Efternamn;Kontor;Startdatum\nx@y.se;A;B;Oslo;2027-01-01\n").issues).toEqual([]);
  });

  it("says, for a missing column, which headers the file has and which names are accepted", () => {
    const [issue, ...others] = readEmployeeCsv("E-post;Navn;Etternavn;Kontor;Startdato\nx@y.no;X;Y;Oslo;2027-01-01\n").issues;
    expect(others).toEqual([]);
    expect(issue).toMatchObject({ row: 1, column: "given name", code: "missing_column" });
    expect(issue?.values).toEqual({
      column: '"given name"',
      found: '"E-post", "Navn", "Etternavn", "Kontor", "Startdato"',
      accepted: '"given name", "first name", "Fornavn", "Förnamn", "Voornaam"',
    });
    expect(issue?.message).toBe(
      'The header has no "given name" column (accepted names: "given name", "first name", "Fornavn", "Förnamn", "Voornaam"). It has: "E-post", "Navn", "Etternavn", "Kontor", "Startdato".',
    );
  });

  describe("the file's encoding", () => {
    // Ø Å Ä Ö ø å in Windows-1252: one byte each (their Latin-1 code points).
    const windows1252 = Uint8Array.from([0xd8, 0xc5, 0xc4, 0xd6, 0x3b, 0xf8, 0xe5]);
    it("reads a file that is not valid UTF-8 as Windows-1252, as Excel on Windows saves it", () => {
      expect(detectCsvEncoding(windows1252)).toBe("windows-1252");
      expect(decodeCsvBytes(windows1252)).toBe("ØÅÄÖ;øå");
    });
    it("reads UTF-8 as UTF-8, with or without a byte order mark", () => {
      const utf8 = new TextEncoder().encode("ØÅÄÖ;øå");
      expect(detectCsvEncoding(utf8)).toBe("utf-8");
      expect(decodeCsvBytes(utf8)).toBe("ØÅÄÖ;øå");
      expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe("ØÅÄÖ;øå");
    });
    it("reads Excel's Unicode text (UTF-16 with a byte order mark)", () => {
      expect(decodeCsvBytes(Uint8Array.from([0xff, 0xfe, 0xd8, 0x00, 0x3b, 0x00]))).toBe("Ø;");
    });
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
