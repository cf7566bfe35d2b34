import { PgBoss } from "pg-boss";
import { createBoss } from "./boss";

const globalForJobs = globalThis as unknown as { jobSender?: Promise<PgBoss> };

/**
 * The process's one enqueueing pg-boss instance, started on first use. It
 * never runs jobs: enqueueing happens inside the caller's Prisma
 * transaction (lib/jobs/enqueue.ts), and pg-boss only needs a started
 * instance to know its queues. Kept on globalThis so hot reloads and the
 * Next.js bundles of one process share it.
 */
export function jobSender(connectionString = process.env.DATABASE_URL): Promise<PgBoss> {
  if (!globalForJobs.jobSender) {
    if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides a database.");
    const boss = createBoss(connectionString, "send");
    globalForJobs.jobSender = boss.start().catch((error: unknown) => {
      globalForJobs.jobSender = undefined;
      throw error;
    });
  }
  return globalForJobs.jobSender;
}

/** Stops the enqueueing instance (tests, and a process that is shutting down). */
export async function stopJobSender(): Promise<void> {
  const sender = globalForJobs.jobSender;
  globalForJobs.jobSender = undefined;
  if (sender) await (await sender).stop({ graceful: false, close: true });
}
