import { fromPrisma } from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { JobDefinition, JobPayload } from "./define-job";
import { jobSender } from "./sender";

/**
 * Enqueues jobs inside the caller's transaction (pg-boss's documented
 * Prisma adapter): they exist exactly when the change that caused them
 * commits. A rolled-back change leaves no job; a committed one is never
 * forgotten, whatever happens to this process afterwards. Each payload is
 * parsed with the job's schema, so a malformed one fails the change itself.
 */
export async function enqueue<J extends JobDefinition>(tx: Prisma.TransactionClient, job: J, payloads: readonly JobPayload<J>[]): Promise<void> {
  if (payloads.length === 0) return;
  const jobs = payloads.map((payload) => ({ data: job.schema.parse(payload) as object }));
  const boss = await jobSender();
  await boss.insert(job.id, jobs, { db: fromPrisma(tx) });
}
