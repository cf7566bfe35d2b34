import { PgBoss, type ConstructorOptions } from "pg-boss";
import { jobDefinitions } from "./definitions";
import type { JobDefinition } from "./define-job";

/** pg-boss keeps its tables in a schema of its own; its migrations are its own business (see installJobQueue). */
export const JOB_SCHEMA = "pgboss";

/**
 * What a pg-boss instance is for:
 * - `install` creates or migrates pg-boss's schema and our queues, then stops;
 * - `send` only enqueues (pages, actions, API): no maintenance, no schedules, two connections;
 * - `work` runs handlers, and supervises and schedules (several may run at once on one database).
 */
export type BossRole = "install" | "send" | "work";

const roleOptions: Record<BossRole, Partial<ConstructorOptions>> = {
  install: { migrate: true, supervise: false, schedule: false, registerInstance: false, max: 1 },
  send: { migrate: false, supervise: false, schedule: false, registerInstance: false, max: 2 },
  work: { migrate: false, supervise: true, schedule: true, useListenNotify: true, max: 6 },
};

export function createBoss(connectionString: string, role: BossRole): PgBoss {
  const boss = new PgBoss({ connectionString, schema: JOB_SCHEMA, application_name: `office-rotation-${role}`, ...roleOptions[role] });
  // pg-boss reports trouble (a lost connection, a failed maintenance pass) as events; unhandled they would crash the process.
  boss.on("error", (error) => console.error(`[jobs] ${role}: ${error.message}`));
  return boss;
}

/** A queue's settings from its job definition: retries with exponential backoff, set explicitly. */
export function queueOptions(job: JobDefinition, retryDelaySeconds = job.retry.delaySeconds) {
  return {
    retryLimit: job.retry.limit,
    retryDelay: retryDelaySeconds,
    retryBackoff: true,
    retryDelayMax: job.retry.maxDelaySeconds,
    expireInSeconds: job.expireInSeconds,
    // Wake workers at commit (LISTEN/NOTIFY) instead of waiting for their next poll.
    notify: true,
  };
}

export interface InstallOptions {
  /** Tests only: a shorter first retry delay, so "the mail server comes back" takes seconds. */
  retryDelaySeconds?: number;
}

/**
 * Creates pg-boss's schema (or migrates it to this pg-boss version) and one
 * queue per job definition with its retry policy. Idempotent and safe to run
 * from several processes at once (pg-boss takes an advisory lock): `npm
 * start`, `npm run worker` and the tests' setup all run it first.
 */
export async function installJobQueue(connectionString: string, options: InstallOptions = {}): Promise<void> {
  const boss = createBoss(connectionString, "install");
  await boss.start();
  try {
    const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
    for (const job of jobDefinitions) {
      const settings = queueOptions(job, options.retryDelaySeconds);
      if (existing.has(job.id)) await boss.updateQueue(job.id, settings);
      else await boss.createQueue(job.id, { ...settings, policy: "standard" });
    }
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}
