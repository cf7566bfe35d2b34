import { previewPlan } from "@/lib/api/contracts/plans";
import { apiRoute } from "@/lib/api/route";
import { previewRules } from "@/lib/data/plans";

export const POST = apiRoute(previewPlan, async ({ params, body, now }) => ({ body: await previewRules(params.id, body, now) }));
