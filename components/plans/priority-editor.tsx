"use client";

import { useTranslations } from "next-intl";
import type { PriorityClass } from "@/lib/rotation";
import { FieldErrors, inputClass, smallButton, useRulesEditor } from "./editor-context";

/** Who keeps their seat first on a day over capacity: an ordered list with up/down buttons. */
export function PriorityEditor({ order, newHireWithinDays }: { order: readonly PriorityClass[]; newHireWithinDays: number }) {
  const t = useTranslations("planEditor");
  const { change, errorsAt, readOnly } = useRulesEditor();
  const move = (index: number, by: number) => change((rules) => {
    const [moved] = rules.priority.order.splice(index, 1);
    if (moved) rules.priority.order.splice(index + by, 0, moved);
  });
  const daysErrors = errorsAt("priority.newHireWithinDays");
  return (
    <section aria-labelledby="priority-title" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <h3 id="priority-title" className="text-base font-semibold">{t("priorityTitle")}</h3>
      <p className="mt-1 text-sm text-stone-600">{t("priorityHint")}</p>
      <ol className="mt-3 space-y-1.5">
        {order.map((priority, index) => (
          <li key={priority} className="flex items-center justify-between gap-2 rounded-md border border-stone-200 bg-stone-50 px-3 py-1.5 text-sm">
            <span><span className="mr-2 font-semibold">{index + 1}.</span>{t(`priorities.${priority}`)}</span>
            {!readOnly ? (
              <span className="flex gap-1">
                <button type="button" className={smallButton} disabled={index === 0} aria-label={t("priorityUp", { priority: t(`priorities.${priority}`) })} onClick={() => move(index, -1)}>↑</button>
                <button type="button" className={smallButton} disabled={index === order.length - 1} aria-label={t("priorityDown", { priority: t(`priorities.${priority}`) })} onClick={() => move(index, 1)}>↓</button>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      <FieldErrors id="priority-order-errors" messages={errorsAt("priority.order")} />
      <div className="mt-3 max-w-60">
        <label htmlFor="new-hire-days" className="block text-sm font-medium text-stone-800">{t("newHireWithinDays")}</label>
        <input id="new-hire-days" type="number" min={1} max={3650} className={inputClass} disabled={readOnly}
          value={Number.isNaN(newHireWithinDays) ? "" : newHireWithinDays} aria-invalid={daysErrors.length > 0 || undefined}
          aria-describedby={daysErrors.length ? "new-hire-days-errors" : undefined}
          onChange={(event) => change((rules) => { rules.priority.newHireWithinDays = event.target.valueAsNumber; })} />
        <FieldErrors id="new-hire-days-errors" messages={daysErrors} />
      </div>
    </section>
  );
}
