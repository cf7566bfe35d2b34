import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { PlanStatus } from "@/lib/generated/prisma/enums";

const tones = { DRAFT: "neutral", SUBMITTED: "warning", REJECTED: "danger", PUBLISHED: "brand", ARCHIVED: "neutral" } as const;

export async function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const t = await getTranslations("plans");
  return <Badge tone={tones[status]}>{t(`status.${status}`)}</Badge>;
}
