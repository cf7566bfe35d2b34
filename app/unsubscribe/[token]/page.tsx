import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OneClickButton } from "@/components/answers/one-click-button";
import { CardPage } from "@/components/layout/card-page";
import { unsubscribeAction } from "@/lib/actions/unsubscribe";
import { toAppError } from "@/lib/api/error-body";
import { previewUnsubscribe, type UnsubscribeAnswer } from "@/lib/data/answers";
import { oneClickParamsSchema } from "@/lib/validation/answers";

export async function generateMetadata() {
  return { title: (await getTranslations("unsubscribe"))("title"), robots: { index: false } };
}

/** An unsubscribe link opened in a browser: it asks, and the button turns the digest or the reminder off (mail clients POST to the API instead). */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const t = await getTranslations("unsubscribe");
  const parsed = oneClickParamsSchema.safeParse(await params);
  let answer: UnsubscribeAnswer | null = null;
  if (parsed.success) {
    try {
      answer = await previewUnsubscribe(parsed.data.token);
    } catch (error) {
      if (!toAppError(error)) throw error;
    }
  }
  const profile = (
    <Link href="/profile" className="inline-block font-medium text-brand-800 underline">
      {t("again")}
    </Link>
  );
  if (!answer || !parsed.success) {
    return (
      <CardPage title={t("title")}>
        <div className="mt-4 space-y-4">
          <p role="alert" className="text-stone-800">
            {t("invalid")}
          </p>
        </div>
      </CardPage>
    );
  }
  return (
    <CardPage title={t("title")}>
      <div className="mt-4 space-y-4">
        <p className="text-stone-800">{t(`confirm.${answer.setting}`, { email: answer.email })}</p>
        <OneClickButton
          label={t(`button.${answer.setting}`)}
          run={unsubscribeAction.bind(null, parsed.data.token)}
          done={t(`done.${answer.setting}`, { email: answer.email })}
          refusals={{ generic: t("invalid") }}
        />
        {profile}
      </div>
    </CardPage>
  );
}
