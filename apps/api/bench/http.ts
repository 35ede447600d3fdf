/**
 * Calls to mutu's API as the SPAs make them, timed: sign-in (the session cookie), tRPC queries and
 * mutations; and the percentile the benches report.
 */
import { DEMO_PASSWORD } from "@mutu/db/seed";

export async function signIn(base: string, email: string) {
  const res = await fetch(`${base}/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  if (!res.ok || !cookie) throw new Error(`sign-in failed for ${email}: ${res.status}`);
  return cookie;
}

export async function trpcQuery<T>(base: string, path: string, input: unknown, cookie: string) {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const t0 = performance.now();
  const res = await fetch(`${base}/trpc/${path}${query}`, { headers: { cookie } });
  const json = (await res.json()) as { result?: { data: T }; error?: { message: string } };
  const ms = performance.now() - t0;
  if (!res.ok || !json.result) throw new Error(`${path}: ${res.status} ${json.error?.message}`);
  return { body: json.result.data, ms, serverMs: serverTiming(res) };
}

/** The server's own time for a call, from its Server-Timing header (app;dur=…). */
function serverTiming(res: Response): number | null {
  const match = /app;dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "");
  return match ? Number(match[1]) : null;
}

export async function trpcMutation<T>(base: string, path: string, input: unknown, cookie: string) {
  const t0 = performance.now();
  const res = await fetch(`${base}/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, cookie },
    body: JSON.stringify(input),
  });
  const json = (await res.json()) as { result?: { data: T }; error?: { message: string } };
  const ms = performance.now() - t0;
  if (!res.ok || !json.result) throw new Error(`${path}: ${res.status} ${json.error?.message}`);
  return { body: json.result.data, ms };
}

export function percentile(values: readonly number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
