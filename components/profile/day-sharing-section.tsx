import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/session";
import { getOwnSharing } from "@/lib/data/sharing";
import { DaySharingPanel } from "./day-sharing-panel";

/** The profile's "Share your office days" card: loads its own data, so the profile page only places it. */
export async function DaySharingSection({ user, hasTeam }: { user: CurrentUser; hasTeam: boolean }) {
  const [t, current] = await Promise.all([getTranslations("sharing"), getOwnSharing(user)]);
  return (
    <section aria-labelledby="sharing-title" className="mb-8 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <h2 id="sharing-title" className="text-lg font-semibold">{t("title")}</h2>
      <p className="mb-4 mt-1 max-w-3xl text-stone-700">{t("intro")}</p>
      <DaySharingPanel
        current={current}
        hints={{ nobody: t("nobodyHint"), team: hasTeam ? t("teamHint") : t("teamNone"), office: t("officeHint") }}
      />
    </section>
  );
}
