import { Badge } from "@/components/ui/badge";
import type { MyDay } from "@/lib/data/my-days";

/** The "dayChoices.badge" messages, as `getTranslations("dayChoices.badge")` gives them. */
type BadgeWords = (key: "closed" | "waitlisted" | "extra" | "office" | "home", values?: { position: number }) => string;

/**
 * In office / home / extra day / waitlisted #n / closed. Synchronous with the
 * caller's translator, since My office days renders one per day.
 */
export function SeatBadge({ day, t }: { day: Pick<MyDay, "status" | "seat">; t: BadgeWords }) {
  if (day.status === "closed") return <Badge tone="warning">{t("closed")}</Badge>;
  if (day.seat.kind === "waitlisted") return <Badge tone="warning">{t("waitlisted", { position: day.seat.position })}</Badge>;
  if (day.status === "office") return <Badge tone="brand">{day.seat.kind === "extra" ? t("extra") : t("office")}</Badge>;
  return <Badge>{t("home")}</Badge>;
}
