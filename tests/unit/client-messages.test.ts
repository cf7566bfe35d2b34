import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessages, clientNamespaces, messagesFor } from "@/lib/i18n/messages";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(directory: string): string[] {
  return readdirSync(path.join(root, directory), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/**
 * Every `useTranslations(...)` call in components/ and app/, by file. Server
 * components use `getTranslations`, so each hook call may run in the browser
 * (even in a file without "use client" when a client component imports it).
 */
function hookCalls(): { file: string; argument: string }[] {
  return ["components", "app"].flatMap(sourceFiles).flatMap((file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    return [...source.matchAll(/\buseTranslations\(([^)]*)\)/g)].map((match) => ({ file, argument: (match[1] ?? "").trim() }));
  });
}

describe("messages sent to the browser", () => {
  const calls = hookCalls();

  it("finds the client components' translations", () => {
    expect(calls.length).toBeGreaterThan(20);
  });

  it("every useTranslations call names its namespace as a literal, so this test can check it", () => {
    const unnamed = calls.filter((call) => !/^"[\w.-]+"$/.test(call.argument));
    expect(unnamed, 'use useTranslations("namespace"): the browser gets only the namespaces in clientNamespaces').toEqual([]);
  });

  it("every namespace a client component uses is in clientNamespaces (lib/i18n/messages)", () => {
    const listed = new Set<string>(clientNamespaces);
    const missing = calls
      .map((call) => ({ file: call.file, namespace: call.argument.replace(/^"|"$/g, "").split(".")[0] as string }))
      .filter((call) => !listed.has(call.namespace));
    expect(missing, "add these namespaces to clientNamespaces in lib/i18n/messages/index.ts").toEqual([]);
  });

  it("lists only namespaces that exist and that a client component uses", () => {
    const used = new Set(calls.map((call) => call.argument.replace(/^"|"$/g, "").split(".")[0]));
    const messages = messagesFor("en");
    expect(clientNamespaces.filter((namespace) => !used.has(namespace) || !(namespace in messages))).toEqual([]);
  });

  it("hands the client provider those namespaces and no others", () => {
    for (const locale of ["en", "nb"] as const) {
      const picked = clientMessages(messagesFor(locale));
      expect(Object.keys(picked).sort()).toEqual([...clientNamespaces].sort());
      expect(picked.dayChoices).toBe(messagesFor(locale).dayChoices);
    }
  });
});
