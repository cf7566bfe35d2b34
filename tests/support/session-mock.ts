/**
 * What next/headers and next/cache become in an integration test that
 * calls real server actions: the request's headers carry the session cookie
 * set here (tests/support/action-calls.ts `signInAs`), and refreshing the page
 * cache does nothing (there is no page). Used from the test file, where
 * vi.mock is hoisted above every import:
 *
 *   vi.mock("next/headers", async (original) => (await import("@/tests/support/session-mock")).sessionHeaders(await original()));
 *   vi.mock("next/cache", async (original) => (await import("@/tests/support/session-mock")).noRevalidation(await original()));
 *
 * Imports nothing of the app, so mocking cannot load what it mocks.
 */
export const session = { cookie: "" };

export function sessionHeaders<M extends object>(original: M): M {
  return { ...original, headers: async () => new Headers(session.cookie ? { cookie: session.cookie } : {}) };
}

export function noRevalidation<M extends object>(original: M): M {
  return { ...original, revalidatePath: () => undefined, revalidateTag: () => undefined };
}
