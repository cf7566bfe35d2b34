import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/ui/message-page";

// Rendered outside the app layout, so it brings its own main landmark.
export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="main">
      <MessagePage title={t("title")} body={t("body")} linkLabel={t("back")} />
    </main>
  );
}
