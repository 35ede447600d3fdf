/**
 * API tokens answer to a person (probe 1) and to their organisation's kind (probe 10): a token dies
 * with its creator's deactivation — it cannot even reactivate them — or is entrusted to a named
 * colleague who holds its permissions; it carries at most what its owner holds today; and a
 * commune's token never carries the service commun's permissions. What the API reference says a
 * token gets from the procedures about the person calling is what it gets.
 */
import { appRouter } from "@mutu/api";
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { data, useHarness } from "./harness.ts";

const ADMIN = "admin@bordeaux-metropole.mutu-demo.fr";
const PASSWORD = "une longue phrase de passe pour les tests";

/** A valid call of each procedure the reference marks as a person's own (meta `tokens`). */
const personalCalls: Record<string, { kind: "query" | "mutation"; input?: unknown }> = {
  "auth.changePassword": {
    kind: "mutation",
    input: { currentPassword: "demo-mutu-2026", newPassword: PASSWORD },
  },
  "tokens.create": { kind: "mutation" },
  "saisines.saveView": {
    kind: "mutation",
    input: { name: "Ma vue", filters: { statuses: "nouvelle" }, shared: false },
  },
  "saisines.deleteView": {
    kind: "mutation",
    input: { viewId: "00000000-0000-4000-8000-000000000000" },
  },
  "saisines.notifications": { kind: "query", input: {} },
  "saisines.markNotificationsRead": { kind: "mutation", input: { ids: [] } },
  "notifications.list": { kind: "query", input: {} },
  "notifications.unreadCount": { kind: "query" },
  "notifications.markRead": { kind: "mutation", input: { all: true } },
  "notifications.preferences": { kind: "query" },
  "notifications.setPreferences": { kind: "mutation", input: { deliveries: {} } },
  "meetings.feed": { kind: "query" },
  "meetings.createFeed": { kind: "mutation" },
  "meetings.revokeFeed": { kind: "mutation" },
};

const tokensMeta = (path: string) =>
  (appRouter._def.procedures as Record<string, { _def: { meta?: { tokens?: string } } }>)[path]
    ?._def.meta?.tokens;

describe.each(drivers)("API tokens and their owners on %s", (driver) => {
  const t = useHarness(driver, { signedIn: { admin: ADMIN } });
  const metropole = () => t.h.orgId("bordeaux-metropole");

  async function functionId(code: string) {
    const fns = data<{ id: string; code: string }[]>(
      await t.h.query("people.functions", undefined, { cookie: t.admin }),
    );
    const fn = fns.find((f) => f.code === code);
    if (!fn) throw new Error(`no function ${code}`);
    return fn.id;
  }

  /** A new person of the Métropole holding `code`, signed in, with a token of `permissions`. */
  async function personWithToken(name: string, code: string, permissions: string[] | null) {
    const email = `${name}@bordeaux-metropole.mutu-demo.fr`;
    const person = data<{ id: string }>(
      await t.h.mutate(
        "people.create",
        {
          orgId: metropole(),
          displayName: `Agent ${name}`,
          email,
          password: PASSWORD,
          functionIds: [await functionId(code)],
        },
        { cookie: t.admin },
      ),
    );
    const cookie = await t.h.signIn(email, PASSWORD);
    if (!permissions) return { id: person.id, cookie, token: { id: "", secret: "" } };
    const token = data<{ id: string; secret: string }>(
      await t.h.mutate(
        "tokens.create",
        { orgId: metropole(), name: `Outil de ${name}`, permissions, expiresInDays: 30 },
        { cookie },
      ),
    );
    return { id: person.id, cookie, token };
  }

  test("1 · a deactivated administrator's token dies at once and cannot reactivate them", async () => {
    const gone = await personWithToken("partant", "administrator", ["people.manage", "org.read"]);
    expect(
      (await t.h.query("organisations.list", undefined, { token: gone.token.secret })).status,
    ).toBe(200);
    const off = await t.h.mutate("people.deactivate", { personId: gone.id }, { cookie: t.admin });
    expect(off.status, off.error?.message).toBe(200);
    const after = await t.h.query("organisations.list", undefined, { token: gone.token.secret });
    expect(after.status).toBe(401);
    expect(after.error?.message).toBe("Jeton d'API invalide, expiré ou révoqué.");
    const revive = await t.h.mutate(
      "people.reactivate",
      { personId: gone.id },
      { token: gone.token.secret },
    );
    expect(revive.status).toBe(401);
    // Reactivated by someone else, the person signs in again; the token stays revoked.
    expect(
      (await t.h.mutate("people.reactivate", { personId: gone.id }, { cookie: t.admin })).status,
    ).toBe(200);
    expect(
      (await t.h.query("organisations.list", undefined, { token: gone.token.secret })).status,
    ).toBe(401);
  });

  test("1 · at deactivation the tokens may be entrusted to a colleague who holds their permissions", async () => {
    const leaving = await personWithToken("mutation", "administrator", [
      "people.manage",
      "org.read",
    ]);
    const desk = data<{ id: string }[]>(
      await t.h.query("people.list", { orgId: metropole() }, { cookie: t.admin }),
    );
    const listed = desk.find((p) => p.id === leaving.id) as { activeTokens?: number } | undefined;
    expect(listed?.activeTokens).toBe(1);
    const callCentre = await personWithToken("standard", "call-centre-agent", null);
    const refused = await t.h.mutate(
      "people.deactivate",
      { personId: leaving.id, tokens: { action: "transfer", toPersonId: callCentre.id } },
      { cookie: t.admin },
    );
    expect(refused.status).toBe(400);
    expect(refused.error?.data.fieldErrors?.["tokens.toPersonId"]?.[0]).toBe(
      "Agent standard ne détient pas toutes les permissions du jeton « Outil de mutation » (Gérer les personnes et leurs fonctions).",
    );
    // Nothing happened: the person is still active, the token still theirs.
    expect(
      (await t.h.query("organisations.list", undefined, { token: leaving.token.secret })).status,
    ).toBe(200);
    const me = data<{ personId: string }>(
      await t.h.query("auth.me", undefined, { cookie: t.admin }),
    );
    const entrusted = await t.h.mutate(
      "people.deactivate",
      { personId: leaving.id, tokens: { action: "transfer", toPersonId: me.personId } },
      { cookie: t.admin },
    );
    expect(entrusted.status, entrusted.error?.message).toBe(200);
    expect(
      (await t.h.query("organisations.list", undefined, { token: leaving.token.secret })).status,
    ).toBe(200);
    const tokens = data<{ id: string; createdById: string }[]>(
      await t.h.query("tokens.list", undefined, { cookie: t.admin }),
    );
    expect(tokens.find((x) => x.id === leaving.token.id)?.createdById).toBe(me.personId);
  });

  test("a token carries at most what its owner holds today", async () => {
    const owner = await personWithToken("auditeur", "administrator", ["audit.read", "org.read"]);
    expect((await t.h.query("audit.list", {}, { token: owner.token.secret })).status).toBe(200);
    await t.h.mutate(
      "people.removeFunction",
      { personId: owner.id, functionId: await functionId("administrator") },
      { cookie: t.admin },
    );
    expect((await t.h.query("audit.list", {}, { token: owner.token.secret })).status).toBe(403);
  });

  test("a person's own procedures refuse a token, or answer it with nothing, as the reference says", async () => {
    const metropoleToken = () => ({
      orgId: metropole(),
      name: "Outil d'un outil",
      permissions: ["org.read"],
      expiresInDays: 30,
    });
    const me = data<{ permissions: string[] }>(
      await t.h.query("auth.me", undefined, { cookie: t.admin }),
    );
    const { secret } = data<{ secret: string }>(
      await t.h.mutate(
        "tokens.create",
        { ...metropoleToken(), permissions: me.permissions },
        { cookie: t.admin },
      ),
    );
    const personal = Object.keys(appRouter._def.procedures).filter((p) => tokensMeta(p));
    expect(personal.sort()).toEqual(Object.keys(personalCalls).sort());
    for (const path of personal) {
      const call = personalCalls[path];
      if (!call) throw new Error(`no call for ${path}`);
      const input = path === "tokens.create" ? metropoleToken() : call.input;
      const res =
        call.kind === "query"
          ? await t.h.query(path, input, { token: secret })
          : await t.h.mutate(path, input, { token: secret });
      if (tokensMeta(path) === "refused") {
        expect([400, 403], `${path}: ${res.status}`).toContain(res.status);
        expect(res.error?.message, path).toMatch(/jeton|personnel/);
        expect(res.error?.data.fieldErrors ?? null, path).toBeNull();
      } else {
        expect(res.status, `${path}: ${res.error?.message}`).toBe(200);
        expect(JSON.stringify(res.data), path).toMatch(
          /^\{"(unread":0,"items":\[\],"nextCursor":null|unread":0|updated":0)\}$/,
        );
      }
    }
  });

  test("10 · a commune's token cannot carry the service commun's permissions", async () => {
    const refused = await t.h.mutate(
      "tokens.create",
      {
        orgId: t.h.orgId("begles"),
        name: "Outil de Bègles",
        permissions: ["saisines.read", "saisines.manage", "contracts.manage"],
        expiresInDays: 30,
      },
      { cookie: t.admin },
    );
    expect(refused.status).toBe(400);
    expect(refused.error?.message).toBe(
      "Un jeton d'une commune ne peut pas porter les permissions du service commun.",
    );
    expect(refused.error?.data.fieldErrors).toEqual({
      permissions: ["Réservées au service commun : Traiter les saisines, Modifier les contrats."],
    });
    const allowed = await t.h.mutate(
      "tokens.create",
      {
        orgId: t.h.orgId("begles"),
        name: "Outil de Bègles",
        permissions: ["saisines.read", "saisines.create"],
        expiresInDays: 30,
      },
      { cookie: t.admin },
    );
    expect(allowed.status, allowed.error?.message).toBe(200);
  });
});
