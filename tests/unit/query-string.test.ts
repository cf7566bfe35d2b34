import { describe, expect, it } from "vitest";
import { parseAuditQuery } from "@/lib/validation/audit";
import { parseCapacityPageQuery } from "@/lib/validation/capacity";
import { parseEmployeeListQuery } from "@/lib/validation/employees";
import { parseListQuery } from "@/lib/validation/list-query";
import { readQuery } from "@/lib/validation/query-string";

/** Every page parser reads its address through readQuery: a control character is dropped and reported, never passed on. */
const parsers = { parseAuditQuery, parseCapacityPageQuery, parseEmployeeListQuery, parseListQuery };
const CONTROLS = ["\u0000", "\u0001", "\t", "\n", "\r", "\u001f", "\u007f"];

describe("page addresses", () => {
  it("readQuery keeps clean values (the first of several) and drops any key or value with a control character", () => {
    expect(readQuery({ q: "Ann", page: ["2", "3"], office: "x\u0000", "a\u0001": "1", empty: undefined })).toEqual({
      values: { q: "Ann", page: "2", empty: undefined },
      refused: ["office", "a\u0001"],
      errors: ["controlCharacters"],
    });
    expect(readQuery({ q: ["ok", "\u0000"] }).errors).toEqual(["controlCharacters"]);
  });

  for (const [name, parse] of Object.entries(parsers)) {
    it(`${name} says the value was refused and uses none of it`, () => {
      for (const character of CONTROLS) {
        const value = `a${character}b`;
        const { query, errors } = parse({ q: value, office: value, actor: value, from: value, date: value, probe: value });
        expect(errors, JSON.stringify(character)).toContain("controlCharacters");
        expect(JSON.stringify(query)).not.toContain(JSON.stringify(value).slice(1, -1));
      }
    });
  }
});
