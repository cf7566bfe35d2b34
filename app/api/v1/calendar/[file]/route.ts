import { calendarFeedContract } from "@/lib/api/contracts/calendar-feed";
import { apiRoute } from "@/lib/api/route";
import { calendarFeedIcs } from "@/lib/data/calendar-feed";

// The path is "<token>.ics" in one segment: Next matches [file], the contract's schema splits off ".ics".
export const GET = apiRoute(calendarFeedContract, async ({ params, now }) => {
  const ics = await calendarFeedIcs(params.file, now);
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="office-days.ics"',
      // Personal: no shared cache may keep it; calendar apps fetch it again on their own schedule.
      "Cache-Control": "private, no-cache",
      "X-Robots-Tag": "noindex",
    },
  });
});
