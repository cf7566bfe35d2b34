import { smtpMailer } from "@/lib/email/mailer";
import { installJobQueue } from "@/lib/jobs/boss";
import type { RunningWorker, WorkerOptions } from "@/lib/jobs/worker";
import { createPrismaClient, type DbClient } from "@/lib/server/prisma-client";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";
import { freshDatabaseUrl } from "./test-db";

export const MAIL_FROM = "Office Rotation <rotation@example.com>";
export const APP_URL = "https://rotation.example.com";

/**
 * A database of its own (its workers deliver every queued job in it), set
 * as DATABASE_URL before the app's modules load, with real SMTP sinks and
 * real workers started on demand and stopped by `close`.
 */
export async function deliveryHarness(name: string) {
  const url = await freshDatabaseUrl(name);
  // Retries after about a second, so "the receiver comes back" takes seconds.
  await installJobQueue(url, { retryDelaySeconds: 1 });
  process.env.DATABASE_URL = url;
  const db: DbClient = createPrismaClient(url);
  const { startWorker } = await import("@/lib/jobs/worker");
  const { stopJobSender } = await import("@/lib/jobs/sender");
  const workers: RunningWorker[] = [];
  const sinks: SmtpSink[] = [];
  return {
    url,
    db,
    async sink(): Promise<SmtpSink> {
      const started = await startSmtpSink();
      sinks.push(started);
      return started;
    },
    async worker(smtpUrl: string, options: Partial<WorkerOptions> = {}): Promise<RunningWorker> {
      const running = await startWorker({ databaseUrl: url, appUrl: APP_URL, mailFrom: MAIL_FROM, mailer: smtpMailer(smtpUrl, MAIL_FROM), pollingIntervalSeconds: 0.5, ...options });
      workers.push(running);
      return running;
    },
    /** Stops every worker started so far (between tests, so each test's clock is its own). */
    async stopWorkers() {
      await Promise.all(workers.splice(0).map((running) => running.stop()));
    },
    async close() {
      await Promise.all(workers.splice(0).map((running) => running.stop()));
      await Promise.all(sinks.map((sink) => sink.close()));
      await stopJobSender();
      await db.$disconnect();
    },
  };
}

export type DeliveryHarness = Awaited<ReturnType<typeof deliveryHarness>>;
