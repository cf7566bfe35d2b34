import { registerHooks } from "node:module";

let registered = false;

/**
 * Loads one of the app's server modules (lib/data/...) in the worker. Those
 * modules import "server-only", a guard that throws outside React's server
 * bundles so that server code never reaches a browser bundle. The worker is
 * a plain Node process (never bundled for a browser), where the guard has
 * nothing to guard: here, and only in this process, "server-only" resolves
 * to an empty module. Next.js resolves its own bundles at build time, so
 * the app's pages keep the guard.
 */
export async function serverModule<T>(load: () => Promise<T>): Promise<T> {
  if (!registered) {
    registerHooks({
      resolve(specifier, context, next) {
        if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
        return next(specifier, context);
      },
    });
    registered = true;
  }
  return load();
}
