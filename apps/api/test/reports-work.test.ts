/**
 * The annual report's sections on the work the contract organises, through the real API on both
 * drivers: Bègles' governance of 2025 (the demo meetings, seeded through the services: « 3
 * comités de suivi tenus sur 4 dus en 2025 », the actions of the year), Le Bouscat's projects
 * against its 200 days (indicators 2.1.1 / 2.1.2), Redon's level-1 days against its share of the
 * 117-day pool; each printed in the PDF and kept in the workbooks.
 */
import { seedDemoMeetings } from "@mutu/api";
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { useMeetings } from "./helpers/meetings.ts";
import { pdfText, type ReportFile } from "./helpers/reports.ts";
import { REDON_ADMIN, workedPayrollMission } from "./helpers/projects.ts";

type Section = { key: string } & Record<string, unknown>;
type Report = { content: { sections: Section[] } };

/** The PDF's text on one line, its spaces and apostrophes plain. */
const plainText = (base64: string) =>
  pdfText(base64)
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\u2019/g, "'")
    .replace(/\s+/g, " ");

describe.each(drivers)("the report's governance and projects on %s", (driver) => {
  const t = useMeetings(driver, new Date("2026-01-12T09:00:00+01:00"));
  const generate = async (slug: string, cookie: string) =>
    data<Report>(
      await t.h.mutate("reports.generate", { orgId: t.h.orgId(slug), year: 2025 }, { cookie }),
    ).content.sections;
  const download = async (slug: string, format: string) =>
    data<ReportFile>(
      await t.h.query(
        "reports.download",
        { orgId: t.h.orgId(slug), year: 2025, format },
        { cookie: t.admin },
      ),
    );

  test("Bègles 2025: meetings held against due, the actions opened, closed and overdue", async () => {
    const { h, admin } = t;
    expect(await seedDemoMeetings(h.database.db, t.clock.now)).toBeGreaterThan(0);
    const sections = await generate("begles", admin);
    expect(sections.map((s) => s.key)).toEqual([
      "indicators",
      "saisines",
      "exceptional",
      "projects",
      "meetings",
    ]);
    const meetings = sections.find((s) => s.key === "meetings") as Section & {
      bodies: { label: string; due: number; held: number; sentence: string | null }[];
      held: { label: string; day: string }[];
      actions: { opened: number; closed: number; overdue: number };
      overdueActions: { title: string; dueOn: string }[];
    };
    expect(meetings.bodies.flatMap((b) => b.sentence ?? []).slice(0, 3)).toEqual([
      "3 comités de suivi tenus sur 4 dus en 2025",
      "2 réunions avec les maires tenues sur 2 dues en 2025",
      "1 comité stratégique tenu sur 1 dû en 2025",
    ]);
    expect(meetings.held).toHaveLength(6);
    expect(meetings.held.every((m) => m.day.startsWith("2025-"))).toBe(true);
    // Three actions decided in 2025, two closed at later meetings; the PABX one is due in 2026.
    expect(meetings.actions).toEqual({ opened: 3, closed: 2, overdue: 0 });
    expect(meetings.overdueActions).toEqual([]);
    // Bègles commits 110 days a year to projects and had none in 2025: measured at 0, not hidden.
    const projects = sections.find((s) => s.key === "projects");
    expect(projects).toMatchObject({
      committedDays: 110,
      loggedDays: 0,
      consumedRate: 0,
      delivery: { planned: 0, delivered: 0, rate: null },
      level1: null,
    });

    const text = plainText((await download("begles", "pdf")).base64);
    expect(text).toContain("Instances de gouvernance");
    expect(text).toContain(
      "En 2025, 6 des 20 réunions que le contrat rendait dues ont été tenues : 3 comités de suivi tenus sur 4 dus ;",
    );
    expect(text).toContain("Le contrat consacre 110 jours par an aux projets");
    expect(text).toMatch(/réunions dues tenues/);
    expect(text).toContain("3 actions décidées en 2025, 2 closes dans l'année ; 0 en retard");
    for (const format of ["xlsx", "ods"]) {
      const file = await download("begles", format);
      expect(Buffer.from(file.base64, "base64").subarray(0, 2).toString()).toBe("PK");
    }

    // A year later, the PABX action, due on 27 February 2026 and never closed, is overdue.
    await t.at("2027-01-05T09:00:00+01:00");
    const next = data<Report>(
      await h.mutate(
        "reports.generate",
        { orgId: h.orgId("begles"), year: 2026 },
        { cookie: t.admin },
      ),
    ).content.sections.find((s) => s.key === "meetings") as typeof meetings;
    expect(next.actions).toEqual({ opened: 0, closed: 0, overdue: 1 });
    expect(next.overdueActions).toEqual([
      expect.objectContaining({
        title: "Préparer la migration de la téléphonie (PABX)",
        dueOn: "2026-02-27",
        meetingDay: "2025-10-02",
      }),
    ]);
    await t.at("2026-01-12T09:00:00+01:00");
  });

  test("Le Bouscat 2025: projects delivered against the plan, effort against its 200 days", async () => {
    const sections = await generate("le-bouscat", t.admin);
    const projects = sections.find((s) => s.key === "projects") as Section & {
      byActivity: { label: string; plannedDays: number; loggedDays: number }[];
      projects: { title: string; status: string; yearDays: number }[];
    };
    expect(projects).toMatchObject({
      committedDays: 200,
      plannedDays: 20,
      loggedDays: 21.5,
      delivery: { planned: 1, delivered: 1, rate: 1 },
      level1: null,
    });
    expect(projects.byActivity).toEqual([
      { label: "Activités communales", plannedDays: 0, loggedDays: 0 },
      { label: "Activités transverses", plannedDays: 20, loggedDays: 21.5 },
      { label: "Activités mutualisées", plannedDays: 0, loggedDays: 0 },
    ]);
    expect(projects.projects.reduce((n, p) => n + p.yearDays, 0)).toBe(21.5);
    const text = plainText((await download("le-bouscat", "pdf")).base64);
    expect(text).toContain("Le contrat consacre 200 jours par an aux projets");
    expect(text).toContain("21,5 jours ont été consacrés aux projets, soit 10,8 % de l'engagement");
    expect(text).toContain(
      "Taux de réalisation du schéma numérique (indicateur 2.1.2) : 1 projet réalisé sur 1 prévu pour 2025 (100 %)",
    );
  });

  test("Redon 2025: a mission's level-1 days against the member's share, half days beyond", async () => {
    const { h } = t;
    const redon = await h.signIn(REDON_ADMIN);
    await workedPayrollMission(h, redon, {
      startOn: "2025-09-01",
      workedOn: "2025-10-13",
      days: 8,
    });
    const sections = data<Report>(
      await h.mutate(
        "reports.generate",
        { orgId: h.orgId("redon"), year: 2025 },
        { cookie: redon },
      ),
    ).content.sections;
    expect(sections.map((s) => s.key)).toEqual([
      "saisines",
      "exceptional",
      "projects",
      "meetings",
      "contribution",
    ]);
    expect(sections.find((s) => s.key === "projects")).toMatchObject({
      committedDays: null,
      level1: { allowanceDays: 6.5, chargedDays: 8, beyondHalfDays: 3, beyondCents: 60_000 },
      projects: [{ title: "Paramétrage de la paie", kind: "mission", yearDays: 8 }],
    });
    const pdf = data<ReportFile>(
      await h.query(
        "reports.download",
        { orgId: h.orgId("redon"), year: 2025, format: "pdf" },
        { cookie: redon },
      ),
    );
    const text = plainText(pdf.base64);
    expect(sections.find((s) => s.key === "meetings")).toMatchObject({
      bodies: [
        { label: "Commission de pilotage élargie", due: 0, held: 1, sentence: null },
        { label: "Groupe de travail intercommunal", due: 0, held: 0, sentence: null },
      ],
    });
    expect(text).toContain("6,5 jours pour sa tranche de population (de 3000 à 8000 habitants)");
    expect(text).toContain(
      "3 demi-journées au-delà de la part, soit 600,00 € ajoutés à la contribution de 2026",
    );
  });
});
