import { listOfficePlans } from "@/lib/api/contracts/plans";
import { apiRoute } from "@/lib/api/route";
import { listPlans } from "@/lib/data/plans";
import { fromDbDate } from "@/lib/date-only";

export const GET = apiRoute(listOfficePlans, async ({ params }) => {
  const plans = await listPlans(params.id);
  return {
    body: {
      plans: plans.map((plan) => ({ id: plan.id, name: plan.name, version: plan.version, status: plan.status, effectiveFrom: fromDbDate(plan.effectiveFrom), teamId: plan.teamId })),
    },
  };
});
