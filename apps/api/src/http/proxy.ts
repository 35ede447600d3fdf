/**
 * Who is on the other end, behind the proxies the configuration names (MUTU_TRUST_PROXY): their
 * number (`1`: one reverse proxy in front of mutu), or their addresses and networks
 * (`10.0.0.5, 192.168.0.0/24`). X-Forwarded-For is read from the right: each trusted hop vouches
 * for the address before it, and the first address no trusted hop vouches for is the client's —
 * whatever a client writes at the left of the header is never believed. X-Forwarded-Proto and
 * X-Forwarded-Host are believed only from a trusted peer. Decision: docs/adr/0014-trusted-proxies.md.
 */
import { BlockList, isIP } from "node:net";

export type ProxyTrust =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "addresses"; list: BlockList; text: string };

export const NO_PROXY: ProxyTrust = { kind: "none" };

/** An address as one form: IPv4-mapped IPv6 (`::ffff:10.0.0.1`) is its IPv4 address. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped?.[1] ?? trimmed;
}

/** The configured trust, or a French reason why the value is wrong. */
export function parseProxyTrust(value: string): ProxyTrust | { error: string } {
  const v = value.trim();
  if (v === "" || v === "false" || v === "0") return NO_PROXY;
  if (v === "true")
    return {
      error:
        "« true » ne dit pas quels proxys croire : indiquez leur nombre (1 pour un seul proxy) ou leurs adresses (10.0.0.5, 192.168.0.0/24).",
    };
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops > 10) return { error: "Au plus 10 proxys successifs." };
    return { kind: "hops", hops };
  }
  const list = new BlockList();
  for (const item of v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address = "", prefix] = item.split("/");
    const family = isIP(normaliseAddress(address));
    if (!family) return { error: `Adresse de proxy invalide : ${item}.` };
    const type = family === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(normaliseAddress(address), type);
    else {
      const bits = Number(prefix);
      if (!/^\d+$/.test(prefix) || bits > (family === 6 ? 128 : 32))
        return { error: `Réseau de proxys invalide : ${item}.` };
      list.addSubnet(normaliseAddress(address), bits, type);
    }
  }
  return { kind: "addresses", list, text: v };
}

function trusts(trust: ProxyTrust, address: string, position: number): boolean {
  switch (trust.kind) {
    case "none":
      return false;
    case "hops":
      return position < trust.hops;
    case "addresses": {
      const family = isIP(address);
      return family !== 0 && trust.list.check(address, family === 6 ? "ipv6" : "ipv4");
    }
  }
}

export type Peer = {
  /** The client's address, as far as trusted hops vouch for it; null if unknown. */
  ip: string | null;
  protocol: "http" | "https";
  host: string | null;
};

const firstValue = (header: string | null) => header?.split(",")[0]?.trim() || null;

/** The client behind the trusted proxies, from the socket's address and the forwarded headers. */
export function resolvePeer(
  trust: ProxyTrust,
  socketAddress: string | null | undefined,
  headers: Headers,
  url: URL,
): Peer {
  const direct = {
    ip: socketAddress ? normaliseAddress(socketAddress) : null,
    protocol: url.protocol === "https:" ? ("https" as const) : ("http" as const),
    host: headers.get("host") ?? url.host,
  };
  if (!direct.ip || !trusts(trust, direct.ip, 0)) return direct;
  // The chain from the nearest hop outwards: the socket's peer, then X-Forwarded-For right to left.
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map(normaliseAddress)
    .filter(Boolean)
    .reverse();
  const chain = [direct.ip, ...forwarded];
  let i = 0;
  while (i < chain.length - 1 && trusts(trust, chain[i] ?? "", i)) i++;
  const client = chain[i] ?? null;
  const proto = firstValue(headers.get("x-forwarded-proto"));
  return {
    ip: client && isIP(client) ? client : null,
    protocol: proto === "https" ? "https" : proto === "http" ? "http" : direct.protocol,
    host: firstValue(headers.get("x-forwarded-host")) ?? direct.host,
  };
}
