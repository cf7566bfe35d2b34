import Link from "next/link";

/** "Also in: Ana Berg, Ola Nilsen and 2 more", linking to the day's who's-in view; worded on the server. */
export interface ColleagueLine {
  text: string;
  href: string;
  /** Read out after the names: which day's view the link opens. */
  label: string;
}

/** Names shown on a day before "and 2 more": the day's view lists everyone. */
export const SHOWN_NAMES = 3;

/** The line for a day, or null when nobody who shares with the viewer is expected. */
export function colleagueLine(
  day: { date: string; colleagues: readonly { name: string }[]; count: number },
  dayLabel: string,
  t: (key: "alsoIn" | "dayLink", values: Record<string, string | number>) => string,
): ColleagueLine | null {
  if (day.count === 0) return null;
  const names = day.colleagues.slice(0, SHOWN_NAMES).map((colleague) => colleague.name).join(", ");
  return {
    text: t("alsoIn", { names, more: Math.max(0, day.count - SHOWN_NAMES) }),
    href: `/days/${day.date}`,
    label: t("dayLink", { day: dayLabel }),
  };
}

export function ColleaguesLink({ line }: { line: ColleagueLine }) {
  return (
    <p className="mt-1 text-sm">
      <Link href={line.href} className="font-medium text-brand-800 underline hover:text-brand-900">
        {line.text}
        <span className="sr-only"> ({line.label})</span>
      </Link>
    </p>
  );
}
