import type { JobResult, JobWithMetadata, PgBoss } from "pg-boss";
import { now as clockNow } from "@/lib/clock";
import { mailboxMailer, smtpMailer, type Mailer } from "@/lib/email/mailer";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { createBoss } from "./boss";
import { jobDefinitions, type AnyJob, type JobId } from "./definitions";
import { postWeek } from "./definitions/channels/post-week.handler";
import { weeklyPost } from "./definitions/channels/weekly-post.handler";
import { deliverEmail } from "./definitions/notifications/deliver-email.handler";
import { writeDayReminders, writeWeekAhead } from "./definitions/notifications/week-ahead.handler";
import { syncOfficeSchedules } from "./schedules";
import type { JobHandler, WorkerContext } from "./handler";
import { serverModule } from "./server-modules";

/** Every job's handler: a job in the registry without one here does not compile. */
const handlers: { [J in AnyJob as J["id"]]: JobHandler<J> } = {
  "notifications.deliver-email": deliverEmail,
  "channels.post-week": postWeek,
  "channels.weekly-post": weeklyPost,
  "notifications.week-ahead": writeWeekAhead,
  "notifications.day-reminder": writeDayReminders,
};

export interface WorkerOptions {
  databaseUrl: string;
  /** The app's public URL, for links in messages. */
  appUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  /** Batches one worker fetches and runs at once, per queue (default 2). */
  concurrency?: number;
  /** Most jobs per batch, run side by side, each settled on its own (default 50). */
  batchSize?: number;
  /** How often an idle worker looks for jobs when no notification woke it. */
  pollingIntervalSeconds?: number;
  /** Tests: a mailer of their own choosing. */
  mailer?: Mailer;
  /** Tests: the clock handlers read (the app's clock otherwise). */
  now?: () => Date;
  /** Signs one-click links in emails (NEXTAUTH_SECRET). */
  secret?: string;
}

export interface RunningWorker {
  boss: PgBoss;
  /** Finishes the jobs in hand (up to 30 s), then stops; what is left waits in the queue for the next worker. */
  stop(): Promise<void>;
}

/**
 * Runs the queue's handlers. Any number of workers (beside app servers or
 * `npm run worker`) may run on one database: pg-boss hands each job to one
 * of them (SKIP LOCKED), and each delivery is claimed before it is sent.
 * The queue must be installed (installJobQueue) first.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const db = createPrismaClient(options.databaseUrl);
  const mailer = options.mailer ?? (options.smtpUrl ? smtpMailer(options.smtpUrl, options.mailFrom) : mailboxMailer(db, options.mailFrom));
  const context: WorkerContext = { db, mailer, appUrl: options.appUrl, now: options.now ?? clockNow, secret: options.secret };
  const boss = createBoss(options.databaseUrl, "work");
  await boss.start();
  for (const job of jobDefinitions) {
    await work(boss, job, context, options);
  }
  // Each office's weekly channel post, in its time zone as it is now (HR may have changed it while no worker ran).
  const { syncWeeklySchedules } = await serverModule(() => import("@/lib/data/channel-posts"));
  await syncWeeklySchedules(boss);
  await syncOfficeSchedules(boss, db);
  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, timeout: 30_000, close: true });
      mailer.close();
      await db.$disconnect();
    },
  };
}

async function work<J extends AnyJob>(boss: PgBoss, job: J, context: WorkerContext, options: WorkerOptions) {
  const handler = handlers[job.id as JobId] as JobHandler<J>;
  const polling = options.pollingIntervalSeconds ?? 2;
  // New jobs wake the worker at once (LISTEN/NOTIFY); a retry coming due sends no notification, so keep polling often too.
  // Jobs come in batches: one fetch and one settlement per batch, each job of the batch run side by side and settled on
  // its own (a failed one is retried alone, with its backoff). One job per fetch delivered a 10,000-person digest at
  // 8 messages a second (each fetch waits its turn on the queue's table); batches of 50 deliver it in about a minute.
  const workOptions = {
    includeMetadata: true,
    perJobResults: true,
    batchSize: options.batchSize ?? 50,
    burstWhenBatchFull: true,
    localConcurrency: options.concurrency ?? 2,
    pollingIntervalSeconds: polling,
    notifyPollingIntervalSeconds: polling,
  } as const;
  const runOne = async (run: JobWithMetadata<unknown>): Promise<JobResult> => {
    try {
      // Enqueueing parsed the payload already; parsing again keeps a handler from ever seeing anything else.
      const payload = job.schema.parse(run.data) as Parameters<JobHandler<J>>[0];
      await handler(payload, { retryCount: run.retryCount, retryLimit: run.retryLimit }, context);
      return { id: run.id, status: "completed" };
    } catch (error) {
      return { id: run.id, status: "failed", output: { message: error instanceof Error ? error.message : String(error) } };
    }
  };
  await boss.work(job.id, workOptions, (runs: JobWithMetadata<unknown>[]) => Promise.all(runs.map(runOne)));
}
