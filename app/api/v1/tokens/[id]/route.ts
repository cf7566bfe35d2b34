import { revokeTokenContract } from "@/lib/api/contracts/access-tokens";
import { apiRoute } from "@/lib/api/route";
import { revokeAccessTokenAsAdmin } from "@/lib/data/access-tokens";

export const DELETE = apiRoute(revokeTokenContract, async ({ user, params, now }) => {
  await revokeAccessTokenAsAdmin(user, params.id, now);
  return { status: 204 };
});
