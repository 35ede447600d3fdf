/**
 * Requests of data subjects through the API, on both drivers: the Métropole registers a request
 * for Bègles, extends it within the first month (not after), consults the commune, answers; the
 * person's name stays in the register, never in the audit trail or an error message.
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { useRgpd } from "./helpers/rgpd.ts";

type Request = {
  id: string;
  state: string;
  dueAt: string;
  firstMonthEndsAt: string;
  extendedAt: string | null;
  requesterName: string;
  mayHandle: boolean;
  events: { kind: string; summary: string }[];
};

const PERSON = "Mme Élodie Carpentier-Vasseur";

describe.each(drivers)("requests of data subjects on %s", (driver) => {
  // Wednesday 10 June 2026.
  const t = useRgpd(driver, () => new Date("2026-06-10T08:00:00Z"));

  test("extended within the month, answered after consulting the commune; the name never leaves the register", async () => {
    const { h } = t;
    // Received Monday 4 May 2026 at 9:30: due by the end of Thursday 4 June.
    const { id } = data<{ id: string }>(
      await h.mutate(
        "rgpd.requests.register",
        {
          orgId: h.orgId("begles"),
          kind: "access",
          receivedAt: "2026-05-04T09:30",
          channel: "courrier",
          requesterName: PERSON,
          requesterContact: "12 rue des Écoles, 33130 Bègles",
          details: "Copie des données de son fils détenues par le service scolaire.",
        },
        { cookie: t.metropoleDpo },
      ),
    );
    const get = async (cookie = t.metropoleDpo) =>
      data<Request>(await h.query("rgpd.requests.get", { requestId: id }, { cookie }));
    let r = await get();
    // Recorded on 10 June: past the month, until the extension told on 2 June is recorded.
    expect(r).toMatchObject({
      state: "overdue",
      dueAt: "2026-06-04T22:00:00.000Z",
      requesterName: PERSON,
    });
    // The Métropole handles requests for Bègles: its DGS reads, does not answer.
    expect((await get(t.dgs)).mayHandle).toBe(false);

    // Told after the first month: refused.
    const tooLate = await h.mutate(
      "rgpd.requests.extend",
      {
        requestId: id,
        reason: "Données réparties dans trois applications.",
        personToldAt: "2026-06-05T09:00",
      },
      { cookie: t.metropoleDpo },
    );
    expect(tooLate.error?.data.fieldErrors?.personToldAt?.[0]).toMatch(/dans le mois/);
    await t.ok(
      "rgpd.requests.extend",
      {
        requestId: id,
        reason: "Données réparties dans trois applications.",
        personToldAt: "2026-06-02T11:00",
      },
      t.metropoleDpo,
    );
    r = await get();
    // Three months: 4 August 2026, a Tuesday.
    expect(r).toMatchObject({ state: "open", dueAt: "2026-08-04T22:00:00.000Z" });

    // No answer before the commune is consulted.
    const answer = {
      requestId: id,
      answeredAt: "2026-06-10T09:00",
      outcome: "granted",
      summary: "Copie des données transmise par courrier recommandé.",
    };
    const unconsulted = await h.mutate("rgpd.requests.answer", answer, { cookie: t.metropoleDpo });
    expect(unconsulted.status).toBe(400);
    expect(unconsulted.error?.message).toMatch(/commune doit être consultée/);
    expect(unconsulted.error?.message).not.toContain("Carpentier");
    await t.ok(
      "rgpd.consult",
      {
        subject: "request",
        subjectId: id,
        consultedAt: "2026-06-09T15:00",
        service: "Direction de l'éducation",
        observations: "Les données du périscolaire sont à joindre.",
      },
      t.dgs,
    );
    await t.ok("rgpd.requests.answer", answer, t.metropoleDpo);
    r = await get();
    expect(r.state).toBe("answered");
    expect(r.events.map((e) => e.kind)).toEqual([
      "request-registered",
      "request-extended",
      "commune-consulted",
      "request-answered",
    ]);

    // Nowhere in the audit trail nor in the evidence's words.
    const audit = await withSystem(h.database.db, (tx) =>
      tx
        .select()
        .from(schema.auditLog)
        .where(eq(schema.auditLog.orgId, h.orgId("begles"))),
    );
    const trail = JSON.stringify(audit);
    expect(trail).toContain("rgpd.request-registered");
    for (const fragment of ["Carpentier", "Élodie", "rue des Écoles", "son fils"])
      expect(trail).not.toContain(fragment);
    expect(JSON.stringify(r.events)).not.toContain("Carpentier");
  });

  test("an identity being checked holds the answer", async () => {
    const { h } = t;
    const { id } = data<{ id: string }>(
      await h.mutate(
        "rgpd.requests.register",
        {
          orgId: h.orgId("begles"),
          kind: "erasure",
          receivedAt: "2026-06-01T14:00",
          channel: "courriel",
          requesterName: "M. Paul Durand",
          requesterContact: "",
          details: "Effacement de son compte du portail famille.",
          identityCheck: "pending",
        },
        { cookie: t.metropoleDpo },
      ),
    );
    await t.ok(
      "rgpd.consult",
      {
        subject: "request",
        subjectId: id,
        consultedAt: "2026-06-02T10:00",
        service: "Éducation",
        observations: "Rien à objecter.",
      },
      t.metropoleDpo,
    );
    const held = await h.mutate(
      "rgpd.requests.answer",
      {
        requestId: id,
        answeredAt: "2026-06-05T10:00",
        outcome: "granted",
        summary: "Compte supprimé.",
      },
      { cookie: t.metropoleDpo },
    );
    expect(held.error?.data.fieldErrors?.outcome?.[0]).toMatch(/en cours de vérification/);
  });
});
