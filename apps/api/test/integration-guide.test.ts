/**
 * What `docs/integration.md` tells another tool, checked through HTTP with a token, as its `curl`
 * lines do: a query in the URL, a mutation as a JSON body without Origin or cookie, batches (one
 * answer per call, 207 when some fail), idempotent filing, the change feed from "now", and the
 * protocol's refusals. A change here means the guide needs rewriting too.
 */
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { data, useHarness } from "./harness.ts";

const ADMIN = "admin@bordeaux-metropole.mutu-demo.fr";

type Answer = { result?: { data: unknown }; error?: { data: { code: string; path: string } } };

describe.each(drivers)("the integration guide's calls on %s", (driver) => {
  const t = useHarness(driver, { signedIn: { admin: ADMIN } });

  /** A Métropole token, created as the admin SPA does. */
  async function token(permissions: string[]) {
    return data<{ secret: string }>(
      await t.h.mutate(
        "tokens.create",
        {
          orgId: t.h.orgId("bordeaux-metropole"),
          name: "Téléphonie CAN",
          permissions,
          expiresInDays: 90,
        },
        { cookie: t.admin },
      ),
    ).secret;
  }

  /** A raw call with only the token: no cookie, no Origin. */
  const call = (secret: string, path: string, init: RequestInit = {}) =>
    t.h.request(path, { ...init, token: secret });

  const filing = () => ({
    orgId: t.h.orgId("begles"),
    type: "incident",
    subDomain: "C",
    nature: "ordinaire",
    criticality: "bloquant",
    title: "Standard téléphonique de la mairie muet",
    channel: "telephone",
    idempotencyKey: `can-appel-${driver}`,
  });
  const post = (body: unknown) => ({
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

  test("a query in the URL, a mutation as JSON, replayed by its idempotency key", async () => {
    const secret = await token(["org.read", "saisines.read", "saisines.create"]);
    const input = encodeURIComponent(JSON.stringify({ orgId: t.h.orgId("begles") }));
    const org = await call(secret, `/trpc/organisations.get?input=${input}`);
    expect(org.status).toBe(200);
    expect(((await org.json()) as { result: { data: { name: string } } }).result.data.name).toBe(
      "Bègles",
    );
    const first = await call(secret, "/trpc/saisines.create", post(filing()));
    expect(first.status).toBe(200);
    const created = (
      (await first.json()) as { result: { data: { id: string; replayed: boolean } } }
    ).result.data;
    expect(created.replayed).toBe(false);
    const again = (await (await call(secret, "/trpc/saisines.create", post(filing()))).json()) as {
      result: { data: { id: string; replayed: boolean } };
    };
    expect(again.result.data).toMatchObject({ id: created.id, replayed: true });
    const other = await call(
      secret,
      "/trpc/saisines.create",
      post({ ...filing(), title: "Autre chose" }),
    );
    expect(other.status).toBe(409);
    // The body is JSON or nothing; a mutation is never a GET.
    const plain = await call(secret, "/trpc/saisines.create", {
      ...post(filing()),
      headers: { "content-type": "text/plain" },
    });
    expect(plain.status).toBe(415);
    expect((await call(secret, "/trpc/saisines.create")).status).toBe(405);
  });

  test("batches answer call by call, 207 when some fail", async () => {
    const secret = await token(["org.read", "saisines.read"]);
    const input = encodeURIComponent(JSON.stringify({ "1": { orgId: t.h.orgId("begles") } }));
    const both = await call(secret, `/trpc/auth.me,organisations.get?batch=1&input=${input}`);
    expect(both.status).toBe(200);
    const answers = (await both.json()) as Answer[];
    expect(answers.map((a) => Boolean(a.result))).toEqual([true, true]);
    const mixed = await call(
      secret,
      `/trpc/organisations.get,saisines.queue?batch=1&input=${encodeURIComponent(
        JSON.stringify({ "0": { orgId: t.h.orgId("begles") }, "1": {} }),
      )}`,
    );
    expect(mixed.status).toBe(207);
    const [ok, refused] = (await mixed.json()) as Answer[];
    expect(ok?.result).toBeDefined();
    expect(refused?.error?.data).toMatchObject({ code: "FORBIDDEN", path: "saisines.queue" });
  });

  test("the change feed from now: a filing, then a public comment", async () => {
    const filer = await token(["saisines.read", "saisines.create"]);
    const handler = await token(["saisines.read", "saisines.manage"]);
    const changes = async (cursor: string) =>
      data<{ changes: { kind: string; cursor: string }[]; nextCursor: string }>(
        await t.h.query("saisines.changes", { cursor }, { token: handler }),
      );
    const start = await changes("now");
    expect(start.changes).toEqual([]);
    const filed = data<{ id: string }>(
      await t.h.mutate(
        "saisines.create",
        { ...filing(), idempotencyKey: `flux-${driver}` },
        { token: filer },
      ),
    );
    const first = await changes(start.nextCursor);
    expect(first.changes.map((c) => c.kind)).toEqual(["created"]);
    expect(first.nextCursor).toBe(first.changes[0]?.cursor);
    const comment = { saisineId: filed.id, body: "Rappel de la mairie.", visibility: "public" };
    // Without saisines.manage, a Métropole token files but does not comment.
    expect((await t.h.mutate("saisines.comment", comment, { token: filer })).status).toBe(403);
    expect((await t.h.mutate("saisines.comment", comment, { token: handler })).status).toBe(200);
    const second = await changes(first.nextCursor);
    expect(second.changes.map((c) => c.kind)).toEqual(["comment"]);
    expect((await changes(second.nextCursor)).changes).toEqual([]);
  });
});
