import { BlockList, isIP } from "node:net";

/** Who may append to X-Forwarded-For (TRUSTED_PROXIES): a number of proxies in front of the app, or their addresses and ranges. */
export type TrustedProxies = { hops: number } | { ranges: readonly string[] };

export interface AddressSources {
  /** The socket's address, as lib/cli/serve.ts saw it; absent outside it. */
  peer?: string;
  /** The X-Forwarded-For header as received. */
  forwardedFor?: string;
  trustedProxies?: TrustedProxies;
}

/** An address as the rate limits count it: IPv4 clients of a dual-stack socket ("::ffff:10.0.0.1") as IPv4, a port some proxies add removed; null when it is no address. */
export function normalizeAddress(value: string | undefined): string | null {
  if (!value) return null;
  const bare = value.replace(/^\[(.*)\](?::\d+)?$/, "$1").replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1");
  const address = bare.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
  return isIP(address) ? address.toLowerCase() : null;
}

const blockLists = new WeakMap<readonly string[], BlockList>();

function blockListOf(ranges: readonly string[]): BlockList {
  let list = blockLists.get(ranges);
  if (!list) {
    list = new BlockList();
    for (const range of ranges) {
      const [address = "", prefix] = range.split("/");
      const type = isIP(address) === 6 ? "ipv6" : "ipv4";
      if (prefix === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(prefix), type);
    }
    blockLists.set(ranges, list);
  }
  return list;
}

function isTrustedProxy(list: BlockList, entry: string | undefined): boolean {
  const address = normalizeAddress(entry);
  return address !== null && list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/** The position in the chain (client first, the socket's peer last) of the first hop no trusted proxy vouches for. */
function clientIndex(chain: readonly string[], trusted: TrustedProxies | undefined): number {
  if (!trusted) return chain.length - 1;
  if ("hops" in trusted) return Math.max(0, chain.length - 1 - trusted.hops);
  const list = blockListOf(trusted.ranges);
  for (let index = chain.length - 1; index >= 0; index--) if (!isTrustedProxy(list, chain[index])) return index;
  return 0;
}

/**
 * The address a request came from, for per-address sign-in limits. Without
 * trusted proxies it is the socket's peer: X-Forwarded-For is the client's
 * own word and ignored. With them, each trusted proxy appended the address
 * it was reached from, so the right-most entry that is not a trusted proxy
 * is the client (entries left of it may be forged). Outside `npm start`
 * (next dev) the peer is unknown; Next.js then puts the socket's address in
 * X-Forwarded-For when the client sent none, which is all there is to go on.
 */
export function clientAddress({ peer, forwardedFor, trustedProxies }: AddressSources): string {
  const forwarded = (forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const chain = peer === undefined ? forwarded : [...forwarded, peer];
  return normalizeAddress(chain[clientIndex(chain, trustedProxies)]) ?? "unknown";
}
