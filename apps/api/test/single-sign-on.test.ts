/**
 * Single sign-on against a real OpenID Connect provider started here (oidc-provider), on both
 * drivers: an agent signs in with their organisation's identity and lands on the page asked, in
 * their own account with the functions mutu gives them; an unverified email, an address without an
 * account, a replayed or forged return are refused with the reason the sign-in page words.
 */
import { drivers } from "@mutu/db/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ORIGIN, useHarness } from "./harness.ts";
import { OIDC_CLIENT, startIdentityProvider } from "./helpers/identity-provider.ts";

let idp: Awaited<ReturnType<typeof startIdentityProvider>>;
beforeAll(async () => {
  idp = await startIdentityProvider(`${ORIGIN}/auth/oidc/callback`, {
    "c.martin": { email: "Agent@Begles.mutu-demo.fr", emailVerified: true },
    "non-verifie": { email: "dgs@pessac.mutu-demo.fr", emailVerified: false },
    "sans-compte": { email: "nouvelle@begles.mutu-demo.fr", emailVerified: true },
    metropole: { email: "can@bordeaux-metropole.mutu-demo.fr", emailVerified: true },
  });
});
afterAll(() => idp.close());

/** The browser's side at the provider: follows redirects, keeps its cookies, answers its form. */
async function atProvider(authorizationUrl: string, login: string) {
  const jar = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: { ...init.headers, cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const [name = "", value = ""] = pair.split("=");
      jar.set(name, value);
    }
    return res;
  };
  let res = await send(authorizationUrl);
  for (let hops = 0; hops < 10; hops++) {
    const location = res.headers.get("location");
    if (!location) throw new Error(`provider stopped at ${res.status}`);
    const next = new URL(location, idp.issuer).href;
    if (next.startsWith(ORIGIN)) return next; // back to mutu
    if (/\/interaction\/[\w-]+$/.test(next)) {
      await send(next); // the sign-in page
      res = await send(next, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ login }).toString(),
      });
    } else res = await send(next);
  }
  throw new Error("too many redirects at the provider");
}

describe.each(drivers)("single sign-on on %s", (driver) => {
  const t = useHarness(driver, {
    singleSignOn: {
      get issuer() {
        return idp.issuer;
      },
      clientId: OIDC_CLIENT.id,
      clientSecret: OIDC_CLIENT.secret,
      scopes: "openid email profile",
      label: "ProConnect",
      trustEmails: false,
    },
  });

  /** Starts from mutu's button, signs in at the provider as `login`, and comes back. */
  async function signInAs(
    login: string,
    start = "/auth/oidc/start?espace=commune&retour=/saisines",
  ) {
    const started = await t.h.request(start);
    expect(started.status).toBe(302);
    const stateCookie = started.headers.get("set-cookie")?.split(";")[0] ?? "";
    const back = await atProvider(started.headers.get("location") ?? "", login);
    const done = await t.h.request(back.slice(ORIGIN.length), { headers: { cookie: stateCookie } });
    return { done, back, stateCookie };
  }

  test("the sign-in page offers the provider by name", async () => {
    const options = await t.h.query("auth.signInOptions", undefined);
    expect(options.data).toEqual({ singleSignOn: { label: "ProConnect" } });
  });

  test("an agent signs in with their organisation's identity, linked by verified email", async () => {
    const { done, back, stateCookie } = await signInAs("c.martin");
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("/saisines");
    const session = done.headers
      .getSetCookie()
      .find((c) => c.startsWith("mutu_session="))
      ?.split(";")[0];
    const me = await t.h.query("auth.me", undefined, { cookie: session });
    expect(me.data).toMatchObject({ email: "agent@begles.mutu-demo.fr", org: { name: "Bègles" } });
    expect((me.data as { functions: { code: string }[] }).functions.map((f) => f.code)).toEqual([
      "agent",
    ]);
    // The return is used once: replayed, it opens nothing.
    const replay = await t.h.request(back.slice(ORIGIN.length), {
      headers: { cookie: stateCookie },
    });
    expect(replay.headers.get("location")).toBe("/connexion?sso=expiree");
    expect(replay.headers.getSetCookie().some((c) => c.startsWith("mutu_session="))).toBe(false);
  });

  test("a return without the browser's state cookie is refused (login CSRF)", async () => {
    const started = await t.h.request("/auth/oidc/start?espace=commune");
    const back = await atProvider(started.headers.get("location") ?? "", "c.martin");
    const forged = await t.h.request(back.slice(ORIGIN.length));
    expect(forged.headers.get("location")).toBe("/connexion?sso=expiree");
  });

  test.each([
    ["non-verifie", "/connexion?sso=unverified-email"],
    ["sans-compte", "/connexion?sso=no-account"],
  ])("%s is refused with its reason", async (login, location) => {
    const { done } = await signInAs(login);
    expect(done.headers.get("location")).toBe(location);
    expect(done.headers.getSetCookie().some((c) => c.startsWith("mutu_session="))).toBe(false);
  });

  test("a person of the service commun lands in the admin space", async () => {
    const { done } = await signInAs("metropole", "/auth/oidc/start?espace=admin&retour=/saisines");
    expect(done.headers.get("location")).toBe("/admin/saisines");
  });
});
