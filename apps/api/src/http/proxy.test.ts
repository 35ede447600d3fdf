import { expect, test } from "vitest";
import { parseProxyTrust, type ProxyTrust, resolvePeer } from "./proxy.ts";

const trust = (v: string) => parseProxyTrust(v) as ProxyTrust;
const url = new URL("http://mutu.test/trpc/auth.me");

test.each<[string, string, string, Record<string, string>, string | null]>([
  [
    "no proxy: the socket, whatever the header says",
    "false",
    "198.51.100.4",
    { "x-forwarded-for": "1.2.3.4" },
    "198.51.100.4",
  ],
  [
    "one hop: the address the proxy saw, not the forged left-most",
    "1",
    "10.0.0.1",
    { "x-forwarded-for": "6.6.6.6, 203.0.113.7" },
    "203.0.113.7",
  ],
  [
    "two hops",
    "2",
    "10.0.0.1",
    { "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" },
    "203.0.113.7",
  ],
  ["one hop but no header: the proxy itself", "1", "10.0.0.1", {}, "10.0.0.1"],
  [
    "by address: trusted hops are skipped from the right",
    "10.0.0.0/8",
    "10.0.0.1",
    { "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" },
    "203.0.113.7",
  ],
  [
    "by address: an untrusted peer is the client, header ignored",
    "10.0.0.5",
    "198.51.100.4",
    { "x-forwarded-for": "1.2.3.4" },
    "198.51.100.4",
  ],
  [
    "IPv4-mapped addresses are IPv4",
    "10.0.0.5",
    "::ffff:10.0.0.5",
    { "x-forwarded-for": "203.0.113.9" },
    "203.0.113.9",
  ],
  [
    "garbage in the header is no address",
    "1",
    "10.0.0.1",
    { "x-forwarded-for": "pas-une-adresse" },
    null,
  ],
])("%s", (_name, config, socket, headers, expected) => {
  expect(resolvePeer(trust(config), socket, new Headers(headers), url).ip).toBe(expected);
});

test("the forwarded protocol and host are believed from a trusted peer only", () => {
  const headers = new Headers({
    "x-forwarded-proto": "https",
    "x-forwarded-host": "mutu.example.fr",
    host: "mutu.test",
  });
  expect(resolvePeer(trust("1"), "10.0.0.1", headers, url)).toMatchObject({
    protocol: "https",
    host: "mutu.example.fr",
  });
  expect(resolvePeer(trust("10.0.0.5"), "198.51.100.4", headers, url)).toMatchObject({
    protocol: "http",
    host: "mutu.test",
  });
});
