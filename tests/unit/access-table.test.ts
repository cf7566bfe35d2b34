import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apiContracts } from "@/lib/api/contracts";
import { can, roles } from "@/lib/auth/permissions";
import { actionTable, pageTable, routeTable, type Access } from "@/tests/support/access-table";

const root = path.resolve(__dirname, "../..");

function filesUnder(folder: string, match: (name: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (match(entry.name)) found.push(relative);
    }
  };
  walk(folder);
  return found.sort();
}

const source = (file: string) => readFileSync(path.join(root, file), "utf8");
const rolesFor = (access: Access) => (access === "public" ? [...roles] : roles.filter((role) => can(role, access)));

describe("the access table covers every page, API route and server action", () => {
  it("lists every page file, and only existing ones", () => {
    expect(pageTable.map((row) => row.file).sort()).toEqual(filesUnder("app", (name) => name === "page.tsx"));
  });

  it("lists every exported method of every route file, and only existing ones", () => {
    const exported = filesUnder("app", (name) => name === "route.ts").flatMap((file) =>
      [...source(file).matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b|export \{ handler as (GET|POST)/g)]
        .flatMap((match) => [match[1], match[2]])
        .filter(Boolean)
        .map((method) => `${method} ${file}`),
    );
    // next-auth's route exports its handler in a list: `export { handler as GET, POST }`.
    const nextAuth = source("app/api/auth/[...nextauth]/route.ts");
    const aliased = [...nextAuth.matchAll(/export \{([^}]*)\}/g)].flatMap((match) =>
      match[1]!
        .split(",")
        .map((item) => item.trim().split(/\s+as\s+/).at(-1)!)
        .filter((name) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(name))
        .map((method) => `${method} app/api/auth/[...nextauth]/route.ts`),
    );
    expect(routeTable.map((row) => `${row.method} ${row.file}`).sort()).toEqual([...new Set([...exported, ...aliased])].sort());
  });

  it("lists every server action file, and only existing ones", () => {
    expect(actionTable.map((row) => row.file).sort()).toEqual(filesUnder("lib/actions", (name) => name.endsWith(".ts") && name !== "safe-action.ts"));
  });

  it("gives each row exactly the roles its permission grants", () => {
    for (const row of [...pageTable, ...routeTable, ...actionTable]) expect([row.file, [...row.roles].sort()]).toEqual([row.file, rolesFor(row.access).sort()]);
  });

  it("each page checks the permission its row says, on the server, before anything else", () => {
    for (const row of pageTable) {
      const code = source(row.file);
      if (row.access === "public") expect(code, row.file).not.toMatch(/requirePermission\(/);
      else expect(code.match(/requirePermission\("([^"]+)"\)/g), row.file).toEqual([`requirePermission("${row.access}")`]);
    }
  });

  it("each API route is bound to a contract with the row's permission", () => {
    for (const row of routeTable.filter((candidate) => candidate.file.startsWith("app/api/v1/") && candidate.access !== "public")) {
      const apiPath = new URL(row.url, "http://x").pathname.replace(/^\/api\/v1/, "");
      // "/offices/{id}/capacity" matches "/offices/x/capacity".
      const matches = (template: string) => new RegExp(`^${template.replace(/\{\w+\}/g, "[^/]+")}$`).test(apiPath);
      const contract = apiContracts.find((candidate) => candidate.method === row.method && matches(candidate.path));
      expect(contract?.access, `${row.method} ${row.url}`).toBe(row.access);
      expect(source(row.file)).toMatch(/apiRoute\(/);
    }
  });

  it("each server action is wrapped with the row's permission", () => {
    for (const row of actionTable) {
      const code = source(row.file);
      expect(code.startsWith('"use server"'), row.file).toBe(true);
      if (row.access === "public") expect(code, row.file).not.toMatch(/safeAction\(/);
      else expect([...code.matchAll(/safeAction\(\s*"([^"]+)"/g)].map((match) => match[1]), row.file).toEqual([row.access]);
    }
  });
});
