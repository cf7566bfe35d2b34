import "server-only";
import { listOfficeOptions } from "@/lib/data/offices";
import { listLeaderOptions } from "@/lib/data/teams";

export async function teamFormOptions() {
  const [offices, leaders] = await Promise.all([listOfficeOptions(), listLeaderOptions()]);
  return { offices, leaders: leaders.map((leader) => ({ id: leader.id, name: `${leader.givenName} ${leader.familyName}`, office: leader.office.name })) };
}
