/**
 * Annual evaluation reports through the real API, on both drivers: the 2025 report of Bègles
 * generated from its saisines (volumes against 2024, delays against the contract's targets), the
 * commune's review, validation refused while a gap is unexplained, sending (the PDF frozen, its
 * hash in the audit trail), the council's date, and every change to a sent report refused in
 * French with nothing written; another commune never sees it. Then the Métropole's list of a year
 * and its reminders (Bègles, its report sent, is not reminded). A Redon member's: reports-redon.
 */
import { createHash } from "node:crypto";
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { runReportReminders } from "@mutu/api";
import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import {
  BEGLES_DGS,
  BOUSCAT_DGS,
  CAN,
  DIRECTOR,
  pdfText,
  type Report,
  type ReportFile,
  useReports,
} from "./helpers/reports.ts";
import type { Filed } from "./helpers/saisines.ts";

describe.each(drivers)("annual reports on %s", (driver) => {
  const t = useReports(driver, "2024-05-14T09:00:00+02:00");

  test("the 2025 report of Bègles: generated, reviewed, validated, sent, presented", async () => {
    const { h, at, as, create, change, read } = t;
    const begles = h.orgId("begles");
    // One saisine in 2024, three in 2025, filed by the commune and worked by the call centre.
    const first = await create(await as(BEGLES_DGS), "begles");
    expect(first.status, first.error?.message).toBe(200);
    at("2025-03-10T09:00:00+01:00");
    const filer = await as(BEGLES_DGS);
    const filed: Filed[] = [];
    for (const title of [
      "Imprimante de l'accueil hors ligne",
      "Poste du service état civil bloqué",
      "Wi-Fi de la médiathèque coupé",
    ])
      filed.push(data<Filed>(await create(filer, "begles", { title })));
    at("2025-03-10T10:00:00+01:00");
    const [desk] = await withSystem(h.database.db, (tx) =>
      tx
        .select({ id: schema.teams.id })
        .from(schema.teams)
        .where(eq(schema.teams.code, "centre-appel")),
    );
    for (const s of filed.slice(0, 2)) {
      at("2025-03-10T10:00:00+01:00");
      const started = data<Filed>(
        await h.mutate(
          "saisines.assign",
          { saisineId: s.id, version: s.version, assignee: { kind: "team", teamId: desk?.id } },
          { cookie: await as(CAN) },
        ),
      );
      at("2025-03-10T11:30:00+01:00");
      data(
        await h.mutate(
          "saisines.resolve",
          { saisineId: s.id, version: started.version, note: "Rétabli." },
          { cookie: await as(CAN) },
        ),
      );
    }

    // Not before the year is over.
    at("2025-12-31T18:00:00+01:00");
    const early = await change("generate", { orgId: begles, year: 2025 }, DIRECTOR);
    expect(early.status).toBe(400);
    expect(early.error?.message).toBe(
      "L'année 2025 n'est pas terminée : son rapport se prépare à partir du 1er janvier 2026.",
    );

    at("2026-01-12T09:00:00+01:00");
    const byCommune = await change("generate", { orgId: begles, year: 2025 }, BEGLES_DGS);
    expect(byCommune.status).toBe(403);
    let report = data<Report>(await change("generate", { orgId: begles, year: 2025 }, DIRECTOR));
    expect(report).toMatchObject({ status: "draft", version: 1 });
    expect(report.content.commune.name).toBe("Bègles");
    const saisines = report.content.sections.find((s) => s.key === "saisines");
    expect(saisines?.months?.[2]).toEqual({ current: 3, previous: 0 });
    expect(saisines?.months?.[4]).toEqual({ current: 0, previous: 1 });
    const indicators = report.content.sections.find((s) => s.key === "indicators");
    expect(indicators?.rows?.find((r) => r.code === "3.3.1")?.current.count).toBeGreaterThan(0);
    expect(report.gaps.length).toBeGreaterThan(0);

    // Another commune never sees it; the commune sees its own.
    const bouscat = await read("get", { orgId: begles, year: 2025 }, BOUSCAT_DGS);
    expect(bouscat.status).toBe(404);
    expect(data<Report>(await read("get", { year: 2025 }, BEGLES_DGS)).allowed).toEqual(["review"]);

    // Validation waits for the commune's review, then for every gap explained.
    const tooSoon = await change("validate", { orgId: begles, year: 2025, version: 1 }, DIRECTOR);
    expect(tooSoon.error?.message).toBe("La commune doit d'abord relire le rapport.");
    const emptyReview = await change(
      "review",
      { year: 2025, version: 1, communeComment: " " },
      BEGLES_DGS,
    );
    expect(emptyReview.status).toBe(400);
    report = data<Report>(
      await change(
        "review",
        {
          year: 2025,
          version: 1,
          communeComment: "Année satisfaisante ; le délai de résolution reste à suivre !",
        },
        BEGLES_DGS,
      ),
    );
    expect(report.status).toBe("reviewed");
    const unexplained = await change(
      "validate",
      { orgId: begles, year: 2025, version: 2 },
      DIRECTOR,
    );
    expect(unexplained.status).toBe(400);
    expect(unexplained.error?.message).toMatch(
      /ne sont pas mesurés\s: expliquez chaque manque|n'est pas mesuré\s: expliquez pourquoi/,
    );

    const edit = async (fields: Record<string, unknown>, version = 2) =>
      change(
        "edit",
        {
          orgId: begles,
          year: 2025,
          version,
          operatorComment: "Délais tenus sur l'année : la migration de la téléphonie est livrée.",
          actionPlan: [
            {
              action: "Tester le plan de reprise d'activité",
              owner: "Directeur infrastructures",
              due: "2026-05-15",
            },
          ],
          gapExplanations: Object.fromEntries(
            report.gaps.map((g) => [g.code, "Cible à définir conjointement en 2026."]),
          ),
          ...fields,
        },
        DIRECTOR,
      );
    const late = await edit({
      actionPlan: [{ action: "Tester le PRA", owner: "DSI", due: "2027-01-15" }],
    });
    expect(late.status).toBe(400);
    expect(late.error?.message).toBe("L'échéance d'une action du plan 2026 tombe en 2026.");
    const noOwner = await edit({
      actionPlan: [{ action: "Tester le PRA", owner: "", due: "2026-03-01" }],
    });
    expect(noOwner.status).toBe(400);
    expect(noOwner.error?.data.fieldErrors?.["actionPlan.0.owner"]).toEqual([
      "Nommez le responsable de l'action.",
    ]);
    // Nothing written: the version is still 2.
    expect(data<Report>(await read("get", { orgId: begles, year: 2025 }, DIRECTOR)).version).toBe(
      2,
    );
    report = data<Report>(await edit({}));
    expect(report).toMatchObject({ status: "reviewed", version: 3 });
    report = data<Report>(
      await change("validate", { orgId: begles, year: 2025, version: 3 }, DIRECTOR),
    );
    expect(report.status).toBe("validated");

    at("2026-03-20T10:00:00+01:00");
    report = data<Report>(
      await change("send", { orgId: begles, year: 2025, version: 4 }, DIRECTOR),
    );
    expect(report.status).toBe("sent");
    expect(report.steps.map((s) => [s.key, s.on])).toEqual([
      ["generated", "2026-01-12"],
      ["reviewed", "2026-01-12"],
      ["validated", "2026-01-12"],
      ["sent", "2026-03-20"],
    ]);

    // The PDF downloaded is the one sent, and its hash is in the audit trail.
    const pdf = data<ReportFile>(await read("download", { year: 2025, format: "pdf" }, BEGLES_DGS));
    expect(pdf.filename).toBe("rapport-annuel-2025-begles.pdf");
    const hash = createHash("sha256").update(Buffer.from(pdf.base64, "base64")).digest("hex");
    expect(hash).toBe(report.pdfSha256);
    const audit = await withSystem(h.database.db, (tx) =>
      tx
        .select({ after: schema.auditLog.after })
        .from(schema.auditLog)
        .where(
          and(eq(schema.auditLog.action, "report.send"), eq(schema.auditLog.entityId, report.id)),
        ),
    );
    expect(audit).toEqual([{ after: expect.objectContaining({ pdfSha256: hash }) }]);
    const text = pdfText(pdf.base64, ["-layout"]).replace(/[\u00a0\u202f]/g, " ");
    for (const expected of [
      "Rapport annuel d’évaluation",
      "Bègles",
      "Bordeaux Métropole",
      "Sommaire",
      "Volumes et délais des saisines",
      "Tester le plan de reprise d’activité",
      "Envoyé à la commune",
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain("PROJET");

    for (const format of ["xlsx", "ods"] as const) {
      const file = data<ReportFile>(
        await read("download", { orgId: begles, year: 2025, format }, DIRECTOR),
      );
      expect(file.filename).toBe(`rapport-annuel-2025-begles.${format}`);
      expect(Buffer.from(file.base64, "base64").subarray(0, 2).toString()).toBe("PK");
    }

    // A sent report no longer changes, through the API or under it.
    const refused = "Ce rapport a été envoyé le 20 mars 2026 : il ne peut plus être modifié.";
    expect((await edit({}, 5)).error?.message).toBe(refused);
    expect(
      (await change("generate", { orgId: begles, year: 2025, version: 5 }, DIRECTOR)).error
        ?.message,
    ).toBe(refused);
    expect(
      (
        await change(
          "review",
          { year: 2025, version: 5, communeComment: "Autre avis." },
          BEGLES_DGS,
        )
      ).error?.message,
    ).toBe(refused);
    const underIt = await withSystem(h.database.db, (tx) =>
      tx
        .update(schema.annualReports)
        .set({ operatorComment: "Réécrit." })
        .where(eq(schema.annualReports.id, report.id)),
    ).then(
      () => "written",
      (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
    );
    expect(underIt).toMatch(/envoyé\s: il ne peut plus être modifié \(UPDATE refusé\)/);

    // The council's sitting: after the sending, not in the future.
    at("2026-04-08T18:00:00+02:00");
    const before = await change(
      "present",
      { year: 2025, version: 5, councilDate: "2026-03-19" },
      BEGLES_DGS,
    );
    expect(before.error?.message).toBe(
      "Le conseil municipal ne peut avoir vu le rapport avant son envoi, le 20 mars 2026.",
    );
    report = data<Report>(
      await change("present", { year: 2025, version: 5, councilDate: "2026-04-07" }, BEGLES_DGS),
    );
    expect(report.status).toBe("presented");
    const pdfAfter = data<ReportFile>(
      await read("download", { year: 2025, format: "pdf" }, BEGLES_DGS),
    );
    expect(pdfAfter.base64).toBe(pdf.base64);

    // The commune finds it among its reports.
    const list = data<{ year: number; status: string }[]>(await read("list", {}, BEGLES_DGS));
    expect(list).toEqual([expect.objectContaining({ year: 2025, status: "presented" })]);
  });

  test("the Métropole's list of a year names the communes still without a report, with the reminder", async () => {
    const { at, read } = t;
    at("2026-03-25T09:00:00+01:00");
    const list = data<
      { orgName: string; status: string | null; reminder: { stage: string } | null }[]
    >(await read("list", { year: 2025 }, DIRECTOR));
    const pessac = list.find((r) => r.orgName === "Pessac");
    expect(pessac).toMatchObject({ status: null, reminder: { stage: "week" } });
    const reminders = data<{ orgName: string }[]>(await read("reminders", undefined, DIRECTOR));
    expect(reminders.map((r) => r.orgName)).toContain("Pessac");
  });

  test("reminders are emailed once per stage to the Métropole's contract managers, until the report is sent", async () => {
    const { h } = t;
    const outbox = () =>
      withSystem(h.database.db, (tx) =>
        tx
          .select({
            to: schema.notificationOutbox.toEmail,
            subject: schema.notificationOutbox.subject,
          })
          .from(schema.notificationOutbox)
          .where(eq(schema.notificationOutbox.orgId, h.orgId("pessac"))),
      );
    expect(await runReportReminders(h.database.db, new Date("2026-02-27T09:00:00+01:00"))).toBe(0);
    const queued = await runReportReminders(h.database.db, new Date("2026-03-02T09:00:00+01:00"));
    expect(queued).toBeGreaterThan(0);
    const mails = await outbox();
    expect(mails.map((m) => m.subject)).toContain(
      "Rapport annuel 2025 de Pessac : à envoyer avant le 31 mars 2026",
    );
    expect(mails.map((m) => m.to)).toContain(DIRECTOR);
    expect(mails.map((m) => m.to)).not.toContain(CAN); // the call centre does not manage contracts
    // Once per stage; Bègles, whose report was sent, is not reminded.
    await runReportReminders(h.database.db, new Date("2026-03-03T09:00:00+01:00"));
    expect(await outbox()).toHaveLength(mails.length);
    const begles = await withSystem(h.database.db, (tx) =>
      tx
        .select()
        .from(schema.notificationOutbox)
        .where(eq(schema.notificationOutbox.orgId, h.orgId("begles"))),
    );
    expect(begles.filter((m) => m.subject.startsWith("Rapport annuel"))).toEqual([]);
    await runReportReminders(h.database.db, new Date("2026-04-01T09:00:00+02:00"));
    expect((await outbox()).map((m) => m.subject)).toContain(
      "Rapport annuel 2025 de Pessac : en retard",
    );
  });
});
