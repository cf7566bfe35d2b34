import { getSharing, putSharing } from "@/lib/api/contracts/sharing";
import { apiRoute } from "@/lib/api/route";
import { getOwnSharing, setOwnSharing } from "@/lib/data/sharing";

export const GET = apiRoute(getSharing, async ({ user }) => ({ body: { with: await getOwnSharing(user) } }));

export const PUT = apiRoute(putSharing, async ({ user, body }) => ({ body: { with: await setOwnSharing(user, body.with) } }));
