import type { Prisma } from "@/lib/generated/prisma/client";

type JsonValue = Prisma.JsonValue;

type Labels = { before: string; after: string; show: string; empty: string };

const text = (value: JsonValue | undefined, roleLabel: (role: string) => string): string => {
  if (value === undefined || value === null) return "—";
  if (Array.isArray(value)) return value.map((item) => text(item, roleLabel)).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  if (typeof value === "string" && ["EMPLOYEE", "LEADER", "HR", "ADMIN"].includes(value)) return roleLabel(value);
  return String(value);
};

/** Before → after, field by field; only fields that differ (all of them for a creation or deletion). */
export function AuditChange({ before, after, labels, roleLabel }: { before: JsonValue; after: JsonValue; labels: Labels; roleLabel: (role: string) => string }) {
  const asObject = (value: JsonValue) => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, JsonValue>) : {});
  const b = asObject(before);
  const a = asObject(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((key) => JSON.stringify(b[key]) !== JSON.stringify(a[key]));
  if (keys.length === 0) return <span className="text-stone-600">{labels.empty}</span>;
  return (
    // relative: the visually hidden labels stay inside the scrolling table (else they widen the page on phones).
    <details className="relative">
      <summary className="cursor-pointer text-brand-700">{labels.show} ({keys.length})</summary>
      <dl className="mt-2 space-y-1 text-xs">
        {keys.map((key) => (
          <div key={key} className="break-words">
            <dt className="font-medium text-stone-800">{key}</dt>
            <dd className="text-stone-700">
              <span className="sr-only">{labels.before}: </span>
              <span className="line-through decoration-stone-400">{text(b[key], roleLabel)}</span> → <span className="sr-only">{labels.after}: </span>
              <span>{text(a[key], roleLabel)}</span>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
