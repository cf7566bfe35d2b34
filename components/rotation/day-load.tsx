import { getTranslations } from "next-intl/server";
import type { DayLoad } from "@/lib/rotation";

/** "18 of 30 seats taken" with a bar; the text carries the meaning, the bar is decoration. */
export async function DayLoadBar({ load }: { load: DayLoad }) {
  const t = await getTranslations("myDays");
  if (load.status !== "open") return null;
  const share = load.capacity === 0 ? 0 : Math.min(1, load.expected / load.capacity);
  return (
    <div>
      <p className="text-sm text-stone-700">{t("seatsTaken", { expected: load.expected, capacity: load.capacity })}</p>
      <div aria-hidden="true" className="mt-1 h-1.5 w-full overflow-hidden rounded-full bg-stone-200">
        <div className={`h-full rounded-full ${share >= 1 ? "bg-amber-600" : "bg-brand-600"}`} style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
    </div>
  );
}
