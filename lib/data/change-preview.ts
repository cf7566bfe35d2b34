import "server-only";
import { db } from "@/lib/db";
import { todayIn } from "@/lib/date-only";
import { notFound } from "@/lib/errors";
import { previewOfficeChange, PREVIEW_WEEKS, type ChangePreview } from "@/lib/offices/change-preview";
import { capacityPerDay } from "@/lib/offices/capacity";
import { plusDays } from "@/lib/date-only";
import type { Weekday } from "@/lib/rotation";
import type { OfficeSettings } from "@/lib/validation/offices";
import { loadEngineInput } from "./rotation-input";

export interface OfficeChangeRequest {
  settings?: OfficeSettings;
  addClosures?: string[];
  removeClosures?: string[];
}

/**
 * Which of the office's coming days a change would move, and how many
 * people: the engine on the office as stored vs. as changed, from the
 * office's today for PREVIEW_WEEKS weeks, by the plan alone (people's
 * choices left out, as in a plan's preview).
 */
export async function previewOfficeChangeFor(officeId: string, change: OfficeChangeRequest, now: Date): Promise<ChangePreview> {
  const office = await db.office.findUnique({ where: { id: officeId }, select: { timezone: true } });
  if (!office) throw notFound("No office with this id.");
  const from = todayIn(office.timezone, now);
  const loaded = await loadEngineInput(officeId, from, plusDays(from, PREVIEW_WEEKS * 7 - 1));
  // The plan alone, like a plan's preview: HR's view of a change must not show who stays home or asks for a seat.
  const input = { ...loaded, optOuts: [], seatRequests: [] };
  const settings = change.settings;
  return previewOfficeChange(input, {
    capacityPerDay: settings
      ? capacityPerDay({
          seats: settings.seats,
          capacityPercent: settings.capacity.mode === "percent" ? settings.capacity.percent : 100,
          capacityFixed: settings.capacity.mode === "fixed" ? settings.capacity.people : null,
        })
      : undefined,
    workingWeekdays: settings?.workingWeekdays as Weekday[] | undefined,
    addClosures: change.addClosures,
    removeClosures: change.removeClosures,
  });
}
