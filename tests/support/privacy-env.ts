/**
 * Sets PRIVACY_MIN_GROUP for one test file, before the app first reads its
 * configuration (lib/env.ts parses it once per module graph), and returns
 * what puts it back. Seat tests in offices of two or three people set "1"
 * to check the engine's own counts; the small-group rule has tests of its own.
 */
export function setPrivacyMinGroup(value: string | undefined): () => void {
  const previous = process.env.PRIVACY_MIN_GROUP;
  const set = (next: string | undefined) => (next === undefined ? delete process.env.PRIVACY_MIN_GROUP : (process.env.PRIVACY_MIN_GROUP = next));
  set(value);
  return () => set(previous);
}
