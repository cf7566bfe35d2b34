import { listOfficesContract } from "@/lib/api/contracts/capacity";
import { apiRoute } from "@/lib/api/route";
import { listOffices } from "@/lib/data/capacity";

export const GET = apiRoute(listOfficesContract, async () => ({ body: { offices: await listOffices() } }));
