import { postWeekJob } from "./channels/post-week";
import { weeklyPostJob } from "./channels/weekly-post";
import { deliverEmailJob } from "./notifications/deliver-email";
import { dayReminderJob, weekAheadJob } from "./notifications/week-ahead";

/** Every job the queue knows, as one list: the worker installs a queue and a handler for each. */
export const jobDefinitions = [deliverEmailJob, postWeekJob, weeklyPostJob, weekAheadJob, dayReminderJob] as const;

export type AnyJob = (typeof jobDefinitions)[number];
export type JobId = AnyJob["id"];
