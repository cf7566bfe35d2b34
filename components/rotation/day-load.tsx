import type { DayStatus } from "@/lib/rotation";
import type { ShownTotals } from "@/lib/privacy/small-groups";

/** The "myDays" messages' `seatsTaken` and `seatsHidden`, as `getTranslations("myDays")` gives them. */
type LoadWords = {
  (key: "seatsTaken", values: { expected: number; capacity: number }): string;
  (key: "seatsHidden", values: { min: number }): string;
};

/** How full an open day is, from 0 to 1 (0 when the count is held back). */
export function seatShare(load: Pick<ShownTotals, "capacity" | "expected">): number {
  return load.capacity === 0 || load.expected === null ? 0 : Math.min(1, load.expected / load.capacity);
}

/** "18 of 30 seats taken", or "Seat counts hidden: fewer than 5 people" in a small group (README "Small groups"). */
export function loadWords(load: Pick<ShownTotals, "capacity" | "expected">, minGroup: number, t: LoadWords): { text: string; share: number } {
  if (load.expected === null) return { text: t("seatsHidden", { min: minGroup }), share: 0 };
  return { text: t("seatsTaken", { expected: load.expected, capacity: load.capacity }), share: seatShare(load) };
}

/** "18 of 30 seats taken" with a bar; the text carries the meaning, the bar is decoration. Renders on the server and in the browser. */
export function LoadBar({ text, share }: { text: string; share: number }) {
  return (
    <div>
      <p className="text-sm text-stone-700">{text}</p>
      <div aria-hidden="true" className="mt-1 h-1.5 w-full overflow-hidden rounded-full bg-stone-200">
        <div className={`h-full rounded-full ${share >= 1 ? "bg-amber-600" : "bg-brand-600"}`} style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
    </div>
  );
}

/**
 * An open day's load bar, nothing for a closed day. Synchronous with the
 * caller's translator: lists render it once per day, and an async component
 * per row costs the renderer more than the row itself.
 */
export function DayLoadBar({ status, load, minGroup, t }: { status: DayStatus; load: Pick<ShownTotals, "capacity" | "expected">; minGroup: number; t: LoadWords }) {
  if (status !== "open") return null;
  return <LoadBar {...loadWords(load, minGroup, t)} />;
}
