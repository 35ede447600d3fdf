/**
 * Correcting the minutes of a held meeting, on both drivers: the corrected text and the reason on
 * the meeting, the earlier text in the audit trail; refused in French, nothing written, for a
 * cancelled or planned meeting, for a commune, and once the annual report of the meeting's year
 * has been sent (a sent report is immutable).
 */
import { seedDemoMeetings } from "@mutu/api";
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { type Meeting, useMeetings } from "./helpers/meetings.ts";

type Corrected = Meeting & {
  label: string;
  minutesCorrectedAt: string | null;
  minutesCorrectionReason: string | null;
};
type Report = { status: string; version: number; gaps: { code: string }[] };

describe.each(drivers)("minutes corrected on %s", (driver) => {
  // Monday 12 January 2026, 11:00 in Paris: the demo's 2025 meetings are held.
  const t = useMeetings(driver, new Date("2026-01-12T10:00:00Z"));
  const correction = {
    minutes:
      "Le comité arrête les priorités numériques de l'année suivante : PRA, site internet, téléphonie et vidéoprotection.",
    decisions: ["Priorités : PRA, site internet, téléphonie, vidéoprotection."],
    reason: "La vidéoprotection, décidée en séance, manquait au compte rendu.",
  };
  const meetingsOf = async (year: number) =>
    data<{ meetings: { id: string; status: string; label: string; day: string }[] }>(
      await t.overview(t.h.orgId("begles"), year, t.admin),
    ).meetings;
  const audits = (id: string) =>
    withSystem(t.h.database.db, (tx) =>
      tx
        .select({ before: schema.auditLog.before, after: schema.auditLog.after })
        .from(schema.auditLog)
        .where(
          and(
            eq(schema.auditLog.action, "meeting.correct-minutes"),
            eq(schema.auditLog.entityId, id),
          ),
        ),
    );

  test("corrected with its reason, the earlier text kept in the audit trail", async () => {
    const { h, admin, beglesDgs } = t;
    expect(await seedDemoMeetings(h.database.db, t.clock.now)).toBeGreaterThan(0);
    const committee = (await meetingsOf(2025)).find((m) =>
      m.label.startsWith("Comité numérique stratégique"),
    );
    const id = committee?.id ?? "";
    const before = data<Corrected>(
      await h.query("meetings.get", { meetingId: id }, { cookie: admin }),
    );
    expect(before.minutesCorrectedAt).toBeNull();

    const byCommune = await h.mutate(
      "meetings.correctMinutes",
      { meetingId: id, ...correction },
      { cookie: beglesDgs },
    );
    expect(byCommune.status).toBe(403);
    const noReason = await t.manage("correctMinutes", {
      meetingId: id,
      ...correction,
      reason: "",
    });
    expect(noReason.error?.data.fieldErrors?.reason?.[0]).toBe(
      "Indiquez le motif de la correction.",
    );

    const corrected = data<Corrected>(
      await t.manage("correctMinutes", { meetingId: id, ...correction }),
    );
    expect(corrected).toMatchObject({
      status: "tenue",
      minutes: correction.minutes,
      decisions: correction.decisions,
      minutesCorrectionReason: correction.reason,
      minutesCorrectedAt: t.clock.now.toISOString(),
    });
    // The commune reads the corrected minutes and why.
    expect(
      data<Corrected>(await h.query("meetings.get", { meetingId: id }, { cookie: beglesDgs })),
    ).toMatchObject({ minutes: correction.minutes, minutesCorrectionReason: correction.reason });
    expect(await audits(id)).toEqual([
      {
        before: { minutes: before.minutes, decisions: before.decisions },
        after: correction,
      },
    ]);
  });

  test("not for a cancelled or planned meeting, nor once that year's report is sent", async () => {
    const { h, admin, beglesDgs } = t;
    const planned = await t.planFollowUp("2026-02-10", { place: "Mairie de Bègles" });
    const plannedRefusal = await t.manage("correctMinutes", {
      meetingId: planned,
      ...correction,
    });
    expect(plannedRefusal.error?.data.fieldErrors?.meetingId?.[0]).toBe(
      "Cette réunion n'a pas encore de compte rendu : consignez-le avant de pouvoir le corriger.",
    );
    data(await t.manage("cancel", { meetingId: planned, reason: "Le DGS est absent." }));
    const cancelled = await t.manage("correctMinutes", {
      meetingId: planned,
      ...correction,
    });
    expect(cancelled.error?.data.fieldErrors?.meetingId?.[0]).toBe(
      "Cette réunion a été annulée : elle n'a pas de compte rendu à corriger.",
    );

    // Bègles' 2025 report goes through its steps to « sent ».
    const begles = h.orgId("begles");
    let report = data<Report>(
      await h.mutate("reports.generate", { orgId: begles, year: 2025 }, { cookie: admin }),
    );
    report = data<Report>(
      await h.mutate(
        "reports.review",
        { year: 2025, version: report.version, communeComment: "Année conforme au contrat." },
        { cookie: beglesDgs },
      ),
    );
    report = data<Report>(
      await h.mutate(
        "reports.edit",
        {
          orgId: begles,
          year: 2025,
          version: report.version,
          operatorComment: "Contrat tenu.",
          actionPlan: [],
          gapExplanations: Object.fromEntries(report.gaps.map((g) => [g.code, "Cible à définir."])),
        },
        { cookie: admin },
      ),
    );
    for (const step of ["reports.validate", "reports.send"])
      report = data<Report>(
        await h.mutate(
          step,
          { orgId: begles, year: 2025, version: report.version },
          { cookie: admin },
        ),
      );
    expect(report.status).toBe("sent");

    const held2025 = (await meetingsOf(2025)).filter((m) => m.status === "tenue");
    const [first] = held2025;
    const unchanged = data<Corrected>(
      await h.query("meetings.get", { meetingId: first?.id }, { cookie: admin }),
    );
    const sent = await t.manage("correctMinutes", {
      meetingId: first?.id,
      ...correction,
    });
    expect(sent.status).toBe(400);
    expect(sent.error?.data.fieldErrors?.meetingId?.[0]).toBe(
      "Le rapport annuel 2025 a été envoyé : le compte rendu d'une réunion de cette année ne peut plus être corrigé.",
    );
    expect(
      data<Corrected>(await h.query("meetings.get", { meetingId: first?.id }, { cookie: admin })),
    ).toEqual(unchanged);
  });
});
