import type { z } from "zod";
import type { Mailer } from "@/lib/email/mailer";
import type { DbClient } from "@/lib/server/prisma-client";
import type { JobDefinition } from "./define-job";

/** What every handler may use: the worker's own database client and mailer, the app's URL for links, the clock. */
export interface WorkerContext {
  db: DbClient;
  mailer: Mailer;
  appUrl: string;
  now: () => Date;
  /** Signs one-click links (NEXTAUTH_SECRET); without it, emails that need them fail with a clear error. */
  secret: string | undefined;
}

/** Which try this run is: `retryCount` retries happened before it, at most `retryLimit` will. */
export interface JobRun {
  retryCount: number;
  retryLimit: number;
}

/** A job's handler: it throws to have the queue try again later. */
export type JobHandler<J extends JobDefinition> = (payload: z.output<J["schema"]>, run: JobRun, context: WorkerContext) => Promise<void>;
