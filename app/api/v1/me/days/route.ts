import { getMyDays as contract } from "@/lib/api/contracts/my-days";
import { apiRoute } from "@/lib/api/route";
import { getMyDays } from "@/lib/data/my-days";

export const GET = apiRoute(contract, async ({ user, query, now }) => {
  const { from, to, today, days } = await getMyDays(user, now, query);
  return { body: { from, to, today, days } };
});
