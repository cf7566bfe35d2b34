import { addDays } from "date-fns";
import ical, { ICalCalendarMethod, ICalEventTransparency } from "ical-generator";
import { toDbDate, type IsoDate } from "@/lib/date-only";

export interface FeedDay {
  date: IsoDate;
  /** A day of the plan, or an extra day the person asked for and got. */
  kind: "planned" | "extra";
}

export interface FeedLabels {
  calendarName: string;
  calendarDescription: string;
  planned: string;
  extra: string;
}

/** How often calendar apps that honour it (Outlook, Apple) should fetch the feed again. */
const REFRESH_SECONDS = 60 * 60;

/**
 * One person's office days as an iCalendar file: one all-day event
 * (DTSTART;VALUE=DATE) per day, so no calendar app can shift it across
 * midnight: the day is the office's own calendar day. The UID is stable per person and
 * day, so a day that disappears (they stay home) is removed on the next
 * refresh rather than duplicated. Pure: everything comes in as arguments.
 */
export function officeDaysIcs(input: { feedId: string; timezone: string; location: string; labels: FeedLabels; days: readonly FeedDay[]; now: Date }): string {
  const calendar = ical({
    name: input.labels.calendarName,
    description: input.labels.calendarDescription,
    prodId: { company: "Office Rotation", product: "office-days", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: REFRESH_SECONDS,
  });
  for (const day of input.days) {
    // The calendar day at UTC midnight: without a zone ical-generator writes the UTC date, which is the day itself.
    const start = toDbDate(day.date);
    calendar.createEvent({
      id: `${day.date}-${input.feedId}@office-rotation`,
      start,
      end: addDays(start, 1),
      allDay: true,
      stamp: input.now,
      summary: day.kind === "extra" ? input.labels.extra : input.labels.planned,
      location: input.location,
      // An office day does not make the person busy: meetings may still be booked.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  // The office's zone, for apps that show it, among the calendar's own
  // properties (before the first event). Not ical-generator's `timezone`
  // option: with it DTSTAMP is written in local time instead of UTC, and
  // all-day dates carry no zone anyway.
  return calendar.toString().replace(/\r\n(?=BEGIN:VEVENT|END:VCALENDAR)/, `\r\nX-WR-TIMEZONE:${input.timezone}\r\n`);
}
