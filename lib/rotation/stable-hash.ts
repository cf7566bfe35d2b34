/**
 * A 32-bit string hash (FNV-1a, then murmur3's finaliser so that ids which
 * differ in one character land far apart). Used to order people for capacity
 * cuts by something unrelated to their name, so cuts don't always hit the
 * same letters, and stable across runs, machines and input order.
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
