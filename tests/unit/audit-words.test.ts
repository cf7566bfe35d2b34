import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/messages";
import { AUDIT_ACTIONS, AUDIT_KINDS } from "@/lib/validation/audit";

/** The value at a dotted path of a message tree, or undefined. */
function at(messages: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), messages);
}

describe("the audit page words everything the audit log records", () => {
  for (const locale of locales) {
    it(`${locale}: every action and every kind of record has its words, never a raw key`, () => {
      const audit = at(messagesFor(locale), "audit");
      const missing = [...AUDIT_ACTIONS.map((action) => `actions.${action}`), ...AUDIT_KINDS.map((kind) => `kinds.${kind}`)].filter(
        (key) => typeof at(audit, key) !== "string" || (at(audit, key) as string).trim() === "",
      );
      expect(missing).toEqual([]);
    });
  }
});
