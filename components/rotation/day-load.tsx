import type { DayLoad } from "@/lib/rotation";

/** The "myDays" messages' `seatsTaken`, as `getTranslations("myDays")` gives it. */
type SeatsTaken = (key: "seatsTaken", values: { expected: number; capacity: number }) => string;

/** How full an open day is, from 0 to 1. */
export function seatShare(load: Pick<DayLoad, "capacity" | "expected">): number {
  return load.capacity === 0 ? 0 : Math.min(1, load.expected / load.capacity);
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
export function DayLoadBar({ load, t }: { load: DayLoad; t: SeatsTaken }) {
  if (load.status !== "open") return null;
  return <LoadBar text={t("seatsTaken", { expected: load.expected, capacity: load.capacity })} share={seatShare(load)} />;
}
