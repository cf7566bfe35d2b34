import { deliverEmailJob } from "./notifications/deliver-email";
import { dayReminderJob, weekAheadJob } from "./notifications/week-ahead";

/** Every job the queue knows, as one list: the worker installs a queue and a handler for each. */
export const jobDefinitions = [deliverEmailJob, weekAheadJob, dayReminderJob] as const;

export type AnyJob = (typeof jobDefinitions)[number];
export type JobId = AnyJob["id"];
