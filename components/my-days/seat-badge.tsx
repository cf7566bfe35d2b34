import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { MyDay } from "@/lib/data/my-days";

/** In office / home / extra day / waitlisted #n / closed. */
export async function SeatBadge({ day }: { day: Pick<MyDay, "status" | "seat"> }) {
  const t = await getTranslations("dayChoices.badge");
  if (day.status === "closed") return <Badge tone="warning">{t("closed")}</Badge>;
  if (day.seat.kind === "waitlisted") return <Badge tone="warning">{t("waitlisted", { position: day.seat.position })}</Badge>;
  if (day.status === "office") return <Badge tone="brand">{day.seat.kind === "extra" ? t("extra") : t("office")}</Badge>;
  return <Badge>{t("home")}</Badge>;
}
