import { postExtraDay } from "@/lib/api/contracts/my-days";
import { apiRoute } from "@/lib/api/route";
import { requestExtraDay } from "@/lib/data/extra-days";

export const POST = apiRoute(postExtraDay, async ({ user, body, now }) => {
  const result = await requestExtraDay(user, body.date, now);
  return { status: result.status === "confirmed" ? 201 : 202, body: result };
});
