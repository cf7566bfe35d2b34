import type { ReactNode } from "react";

/** Label / value pairs in a card, e.g. office, team and start date. */
export function SummaryList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="mb-8 grid gap-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:grid-cols-3">
      {items.map((item) => (
        <div key={item.label}>
          <dt className="text-sm text-stone-600">{item.label}</dt>
          <dd className="font-medium">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
