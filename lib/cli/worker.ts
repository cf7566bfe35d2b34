/**
 * The delivery worker as a process of its own: `npm start` runs one beside
 * its web server (unless WORKER=false), and `npm run worker` runs one for
 * installations whose app servers run with WORKER=false (or to add delivery
 * capacity). Any number may run against one database.
 */
import { EnvError, parseEnv } from "../env";
import { installJobQueue } from "../jobs/boss";
import { startWorker } from "../jobs/worker";

const log = (message: string) => console.log(`[office-rotation worker] ${message}`);

async function main() {
  const env = parseEnv();
  if (!env.DATABASE_URL) {
    throw new EnvError(["DATABASE_URL is required to run the worker on its own (with the embedded database, `npm start` runs the worker beside the app)"]);
  }
  await installJobQueue(env.DATABASE_URL);
  const worker = await startWorker({
    databaseUrl: env.DATABASE_URL,
    appUrl: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    secret: env.NEXTAUTH_SECRET,
  });
  log(env.SMTP_URL ? "Delivering email over SMTP" : "No SMTP_URL: emails go to the Mailbox page");
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      log("Stopping: finishing the jobs in hand");
      void worker.stop().then(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(`[office-rotation worker] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
