import { deleteOptOut } from "@/lib/api/contracts/my-days";
import { apiRoute } from "@/lib/api/route";
import { undoStayHome } from "@/lib/data/stay-home";

export const DELETE = apiRoute(deleteOptOut, async ({ user, params, now }) => {
  const result = await undoStayHome(user, params.date, now);
  return { status: result.status === "waitlisted" ? 202 : 200, body: result };
});
