import type { z } from "zod";

/**
 * How the queue retries a job whose handler threw: `limit` more tries after
 * the first, the n-th after about `delaySeconds` x 2^n (with jitter, at most
 * `maxDelaySeconds`). pg-boss's own default is 2 retries without backoff,
 * too little for a mail server that is down for a while, so every job says
 * what it wants.
 */
export interface RetryPolicy {
  limit: number;
  delaySeconds: number;
  maxDelaySeconds: number;
}

/**
 * One kind of background job: a stable id (the queue's name), the zod schema
 * of its payload, its retry policy and how long one run may take before the
 * queue assumes its worker died and runs it again. The handler lives in its
 * own file (`<job>.handler.ts`), so code that only enqueues (pages, actions)
 * never loads what the worker needs (mail transport, templates).
 */
export interface JobDefinition<Id extends string = string, S extends z.ZodType = z.ZodType> {
  id: Id;
  schema: S;
  retry: RetryPolicy;
  expireInSeconds: number;
}

export function defineJob<const Id extends string, S extends z.ZodType>(definition: JobDefinition<Id, S>): JobDefinition<Id, S> {
  return definition;
}

export type JobPayload<J extends JobDefinition> = z.input<J["schema"]>;
