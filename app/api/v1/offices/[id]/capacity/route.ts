import { officeCapacityContract } from "@/lib/api/contracts/capacity";
import { apiRoute } from "@/lib/api/route";
import { getOfficeCapacity } from "@/lib/data/capacity";

export const GET = apiRoute(officeCapacityContract, async ({ params, query }) => {
  const { office, days } = await getOfficeCapacity(params.id, query.from, query.to);
  return { body: { office, from: query.from, to: query.to, days } };
});
