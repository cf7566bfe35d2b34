import { postWeekJob } from "./channels/post-week";
import { weeklyPostJob } from "./channels/weekly-post";
import { deliverEmailJob } from "./notifications/deliver-email";

/** Every job the queue knows, as one list: the worker installs a queue and a handler for each. */
export const jobDefinitions = [deliverEmailJob, postWeekJob, weeklyPostJob] as const;

export type AnyJob = (typeof jobDefinitions)[number];
export type JobId = AnyJob["id"];
