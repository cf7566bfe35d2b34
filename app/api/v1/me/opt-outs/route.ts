import { postOptOuts } from "@/lib/api/contracts/my-days";
import { apiRoute } from "@/lib/api/route";
import { stayHome } from "@/lib/data/stay-home";

export const POST = apiRoute(postOptOuts, async ({ user, body, now }) => ({ body: await stayHome(user, body, now) }));
