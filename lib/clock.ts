import { testNowSchema } from "./env";

/**
 * The app's clock. It is the system clock, except in tests: TEST_NOW starts
 * the clock at a chosen instant and lets it tick from there, so the browser
 * suite can run as if it were a Monday morning or a Sunday night in Oslo.
 * lib/env.ts refuses TEST_NOW outside demo mode, so a real installation
 * always runs on the real time.
 *
 * Every process computes the same offset from the same variable, so the app
 * server and the test runner agree on "today" to within their start-up gap.
 */
const testNow = testNowSchema.parse(process.env.TEST_NOW);
const offsetMs = testNow === undefined ? 0 : new Date(testNow).getTime() - Date.now();

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}
