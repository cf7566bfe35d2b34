import { deleteExtraDay } from "@/lib/api/contracts/my-days";
import { apiRoute } from "@/lib/api/route";
import { withdrawSeatRequest } from "@/lib/data/extra-days";

export const DELETE = apiRoute(deleteExtraDay, async ({ user, params, now }) => {
  await withdrawSeatRequest(user, params.date, now);
  return { status: 204 };
});
