"use client";

import { z } from "zod";

// zod probes whether it may compile validators with `Function(...)`; under the
// strict CSP (no 'unsafe-eval') that probe is refused and the browser reports
// a violation. Validating without compiling is plenty fast in forms.
z.config({ jitless: true });

/** Loaded once by the root layout so the setting is in place before any form validates. */
export function StrictCspSetup() {
  return null;
}
