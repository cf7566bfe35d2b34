import type { MyDay } from "@/lib/data/my-days";

/** The "dayChoices.badge" messages, as `getTranslations("dayChoices.badge")` gives them. */
type BadgeWords = (key: "closed" | "waitlisted" | "extra" | "office" | "home", values?: { position: number }) => string;

export interface SeatBadgeWords {
  tone: "neutral" | "brand" | "warning";
  text: string;
}

/** In office / home / extra day / waitlisted #n / closed: a day's badge on My office days. */
export function seatBadge(day: Pick<MyDay, "status" | "seat">, t: BadgeWords): SeatBadgeWords {
  if (day.status === "closed") return { tone: "warning", text: t("closed") };
  if (day.seat.kind === "waitlisted") return { tone: "warning", text: t("waitlisted", { position: day.seat.position }) };
  if (day.status === "office") return { tone: "brand", text: day.seat.kind === "extra" ? t("extra") : t("office") };
  return { tone: "neutral", text: t("home") };
}
