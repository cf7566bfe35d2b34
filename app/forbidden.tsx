import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/ui/message-page";

export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return <MessagePage title={t("title")} body={t("body")} linkLabel={t("back")} />;
}
