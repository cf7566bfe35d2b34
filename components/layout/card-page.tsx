import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";

/** A page outside the app's frame (sign-in, the pages one-click links from emails open): the language switch and one card under the app's name. */
export async function CardPage({ title, children }: { title: string; children: ReactNode }) {
  const tCommon = await getTranslations("common");
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <div className="mb-6 flex justify-end">
        <LocaleSwitcher />
      </div>
      <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{tCommon("appName")}</p>
        <h1 className="mt-1 text-2xl font-semibold">{title}</h1>
        {children}
      </div>
    </main>
  );
}
