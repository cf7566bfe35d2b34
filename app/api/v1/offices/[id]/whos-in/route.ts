import { whosInContract } from "@/lib/api/contracts/sharing";
import { apiRoute } from "@/lib/api/route";
import { getWhosIn } from "@/lib/data/sharing";

export const GET = apiRoute(whosInContract, async ({ user, params, query, now }) => ({ body: await getWhosIn(user, params.id, now, query.date) }));
