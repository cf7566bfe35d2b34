import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages } from "@/lib/i18n/messages";

/**
 * Hands the browser the messages of `namespaces`, and only those, for the
 * client components below it. Every page carries the messages of its
 * providers in its payload, so each page names what its own client
 * components translate (a unit test checks each list against the
 * components a page imports). The nearest provider wins: nothing is merged
 * from the layouts above.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  return <NextIntlClientProvider messages={pickMessages(await getMessages(), namespaces)}>{children}</NextIntlClientProvider>;
}
