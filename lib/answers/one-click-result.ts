/** What a one-click button's server action answers: done, or the refusal's code (worded by the page). */
export type OneClickResult = { ok: true } | { ok: false; code: string };
