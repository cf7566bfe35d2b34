import "server-only";
import type { IsoDate } from "@/lib/date-only";
import { notify } from "./notifications";
import type { Tx } from "./transaction";

/** A leader's proposal as the messages about it need it. */
interface Proposal {
  id: string;
  name: string;
  createdById: string | null;
  team: { name: string } | null;
}

const teamOf = (plan: Proposal) => plan.team?.name ?? plan.name;

/** To every active HR person: a proposal waits for their review (written as the leader sends it). */
export async function tellHrProposalWaits(tx: Tx, plan: { id: string; teamName: string; officeName: string }): Promise<void> {
  const hr = await tx.employee.findMany({ where: { role: "HR", active: true }, select: { id: true } });
  await notify(
    tx,
    hr.map((person) => ({
      employeeId: person.id,
      kind: "proposal-waiting" as const,
      payload: { planId: plan.id, teamName: plan.teamName, officeName: plan.officeName },
      dedupeKey: `proposal-waiting/${plan.id}/${person.id}`,
    })),
  );
}

/** To the leader who proposed it: HR published their team days from `effectiveFrom`. */
export async function tellLeaderProposalPublished(tx: Tx, plan: Proposal, effectiveFrom: IsoDate): Promise<void> {
  if (!plan.createdById) return;
  await notify(tx, [
    { employeeId: plan.createdById, kind: "proposal-published", payload: { planId: plan.id, teamName: teamOf(plan), effectiveFrom }, dedupeKey: `proposal-published/${plan.id}` },
  ]);
}

/** To the leader who proposed it: HR rejected it, with HR's comment. */
export async function tellLeaderProposalRejected(tx: Tx, plan: Proposal, comment: string): Promise<void> {
  if (!plan.createdById) return;
  await notify(tx, [
    { employeeId: plan.createdById, kind: "proposal-rejected", payload: { planId: plan.id, teamName: teamOf(plan), comment }, dedupeKey: `proposal-rejected/${plan.id}` },
  ]);
}
