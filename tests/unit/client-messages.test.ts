import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messagesFor, pickMessages } from "@/lib/i18n/messages";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(directory: string): string[] {
  return readdirSync(path.join(root, directory), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** The component files `file` imports (through `@/components/...` or a relative path); the rest cannot render a client component. */
function componentImports(file: string): string[] {
  return [...read(file).matchAll(/from "(@\/components\/[^"]+|\.\.?\/[^"]+)"/g)].flatMap((match) => {
    const specifier = match[1] as string;
    const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : path.resolve(root, path.dirname(file), specifier);
    const found = ["", ".tsx", ".ts", "/index.tsx", "/index.ts"].map((ending) => base + ending).find((candidate) => existsSync(candidate) && /\.tsx?$/.test(candidate));
    return found ? [path.relative(root, found)] : [];
  });
}

/** The namespaces of every `useTranslations("...")` call in `file` (a client component's: server components use getTranslations). */
function hookNamespaces(file: string): string[] {
  return [...read(file).matchAll(/\buseTranslations\(([^)]*)\)/g)].map((match) => (match[1] ?? "").trim().replace(/^"|"$/g, "").split(".")[0] as string);
}

/** The namespaces translated by client components that `file` renders, directly or through other components. */
function neededNamespaces(file: string): Set<string> {
  const seen = new Set<string>();
  const needed = new Set<string>();
  const visit = (current: string) => {
    if (seen.has(current)) return;
    seen.add(current);
    for (const namespace of hookNamespaces(current)) needed.add(namespace);
    componentImports(current).forEach(visit);
  };
  visit(file);
  return needed;
}

/** The namespaces a route file hands the browser with `<ClientMessages namespaces={[...]}>`, or null when it has none. */
function declaredNamespaces(file: string): string[] | null {
  const match = read(file).match(/<ClientMessages namespaces=\{\[([^\]]*)\]\}/);
  return match ? [...(match[1] ?? "").matchAll(/"([\w-]+)"/g)].map((name) => name[1] as string) : null;
}

const routeFiles = sourceFiles("app").filter((file) => /\/(page|layout|not-found|forbidden|error)\.tsx$/.test(file));

/** The provider in effect for a route file: its own, else the nearest layout's above it. */
function providerOf(file: string): { file: string; namespaces: string[] } | null {
  const own = declaredNamespaces(file);
  if (own) return { file, namespaces: own };
  for (let directory = path.dirname(file); directory.startsWith("app"); directory = path.dirname(directory)) {
    const layout = path.join(directory, "layout.tsx");
    if (layout !== file && routeFiles.includes(layout) && declaredNamespaces(layout)) return { file: layout, namespaces: declaredNamespaces(layout)! };
  }
  return null;
}

describe("messages sent to the browser", () => {
  const calls = ["components", "app"].flatMap(sourceFiles).flatMap((file) => [...read(file).matchAll(/\buseTranslations\(([^)]*)\)/g)].map((match) => ({ file, argument: (match[1] ?? "").trim() })));

  it("finds the route files and the client components' translations", () => {
    expect(routeFiles).toContain("app/(app)/page.tsx");
    expect(calls.length).toBeGreaterThan(20);
    expect([...neededNamespaces("app/(app)/page.tsx")].sort()).toEqual(["changeNotice", "dayChoices"]);
  });

  it("every useTranslations call names its namespace as a literal, so this test can check it", () => {
    const unnamed = calls.filter((call) => !/^"[\w.-]+"$/.test(call.argument));
    expect(unnamed, 'use useTranslations("namespace")').toEqual([]);
  });

  it("every route hands the browser each namespace its client components translate", () => {
    const missing = routeFiles.flatMap((file) => {
      const provided = new Set(providerOf(file)?.namespaces ?? []);
      const lacking = [...neededNamespaces(file)].filter((namespace) => !provided.has(namespace));
      return lacking.length ? [`${file}: ${lacking.join(", ")}`] : [];
    });
    expect(missing, "add these to the <ClientMessages namespaces> of the page (a page's own provider replaces the layout's)").toEqual([]);
  });

  it("pages hand over no namespace that none of their client components uses, and only namespaces that exist", () => {
    const messages = messagesFor("en");
    const extra = routeFiles.flatMap((file) => {
      const declared = declaredNamespaces(file);
      if (!declared || file.endsWith("layout.tsx")) return [];
      const needed = neededNamespaces(file);
      const unused = declared.filter((namespace) => !needed.has(namespace) || !(namespace in messages));
      return unused.length ? [`${file}: ${unused.join(", ")}`] : [];
    });
    expect(extra).toEqual([]);
  });

  it("the root layout's provider carries what the layouts' own client components translate", () => {
    const layouts = routeFiles.filter((file) => file.endsWith("layout.tsx"));
    const needed = new Set(layouts.flatMap((file) => [...neededNamespaces(file)]));
    expect([...needed].sort()).toEqual(declaredNamespaces("app/layout.tsx")!.sort());
  });

  it("picks exactly the named namespaces", () => {
    for (const locale of ["en", "nb"] as const) {
      const picked = pickMessages(messagesFor(locale), ["dayChoices", "common", "no-such-namespace"]);
      expect(Object.keys(picked).sort()).toEqual(["common", "dayChoices"]);
      expect(picked.dayChoices).toBe(messagesFor(locale).dayChoices);
    }
  });
});
