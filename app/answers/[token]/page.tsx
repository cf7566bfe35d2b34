import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OneClickButton } from "@/components/answers/one-click-button";
import { CardPage } from "@/components/layout/card-page";
import { answerStayHomeAction } from "@/lib/actions/answer-stay-home";
import { refusalKey } from "@/lib/answers/refusal-words";
import { toAppError } from "@/lib/api/error-body";
import { getCurrentUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { previewStayHomeAnswer, readStayHomeClaim, type StayHomeAnswer } from "@/lib/data/answers";
import { toDbDate } from "@/lib/date-only";
import type { Locale } from "@/lib/i18n/config";
import { formatLongDate } from "@/lib/i18n/dates";
import { oneClickParamsSchema } from "@/lib/validation/answers";

export async function generateMetadata() {
  return { title: (await getTranslations("answers"))("title"), robots: { index: false } };
}

/**
 * "I'll stay home" from an email. Opening the link changes nothing (mail
 * scanners open links): the page says what the button will do, for whom,
 * and the button does it. No sign-in needed; a signed-in person who is not
 * the link's owner is told it is someone else's link.
 */
export default async function AnswerPage({ params }: { params: Promise<{ token: string }> }) {
  const [t, locale, viewer] = await Promise.all([getTranslations("answers"), getLocale() as Promise<Locale>, getCurrentUser()]);
  const parsed = oneClickParamsSchema.safeParse(await params);
  const token = parsed.success ? parsed.data.token : null;
  const day = (date: string) => formatLongDate(toDbDate(date), locale);
  let answer: StayHomeAnswer | null = null;
  let refusal = "answer_invalid";
  if (token) {
    try {
      answer = await previewStayHomeAnswer(token, now());
    } catch (error) {
      const appError = toAppError(error);
      if (!appError) throw error;
      refusal = appError.code;
    }
  }
  const claimedDay = token ? readStayHomeClaim(token)?.d : undefined;
  const myDays = (
    <Link href="/" className="inline-block font-medium text-brand-800 underline">
      {t("openMyDays")}
    </Link>
  );
  if (!answer || !token) {
    return (
      <CardPage title={t("title")}>
        <div className="mt-4 space-y-4">
          <p role="alert" className="text-stone-800">
            {t(`refused.${refusalKey(refusal)}`, { date: claimedDay ? day(claimedDay) : "" })}
          </p>
          {myDays}
        </div>
      </CardPage>
    );
  }
  const date = day(answer.date);
  const someoneElse = viewer !== null && viewer.id !== answer.owner.id;
  const refusals = Object.fromEntries(
    ["answer_invalid", "answer_used", "answer_expired", "answer_owner_left", "not_your_day", "day_closed", "generic"].map((code) => [code, t(`refused.${refusalKey(code)}`, { date })]),
  );
  return (
    <CardPage title={t("title")}>
      <div className="mt-4 space-y-4">
        {someoneElse ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">{t("someoneElse", { name: answer.owner.name, date })}</p>
        ) : viewer === null ? (
          <p className="text-stone-700">{t("notSignedIn", { name: answer.owner.name })}</p>
        ) : null}
        {/* Someone else's link: the box above says what the button does, and for whom. */}
        {someoneElse ? null : <p className="text-stone-800">{t("confirm", { date })}</p>}
        <OneClickButton
          label={t("button", { date })}
          run={answerStayHomeAction.bind(null, token)}
          done={someoneElse ? t("doneFor", { name: answer.owner.name, date }) : t("done", { date })}
          refusals={refusals}
        />
        {myDays}
      </div>
    </CardPage>
  );
}
