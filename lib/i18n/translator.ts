import { createTranslator } from "use-intl/core";
import type { Locale } from "./config";
import { messagesFor } from "./messages";

/** A translator of one namespace, in the shape describeNotification and the email templates take. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Words outside a page (the API, the delivery worker): the same messages as the pages, any language. */
export function translatorFor(locale: Locale, namespace: string): Translate {
  return createTranslator({ locale, messages: messagesFor(locale), namespace }) as unknown as Translate;
}
