/**
 * The tenancy walk's probes for the work the contract follows: projects, governance meetings,
 * indicators, dashboards and annual reports — what an attacker would send against another
 * tenant's data (tenancy-probes.ts gathers every feature's).
 */
import { FICHE_TEXT_KEYS } from "@mutu/domain";
import type { Probe } from "./tenancy-probes.ts";

const INTRUDER_FICHE = {
  leadDepartment: "Direction intruse",
  projectType: "sectoriel",
  ...Object.fromEntries(FICHE_TEXT_KEYS.map((key) => [key, "Intrus"])),
};

export const workProbes: Record<string, Probe> = {
  "meetings.overview": {
    kind: "query",
    inputs: (v) => [
      { year: 2025 },
      { orgId: v.orgId, year: 2025 },
      { orgId: v.saisineOrgId, year: 2025 },
    ],
  },
  // The caller's own organisations' meetings and actions: nothing of another tenant's to name.
  "meetings.upcoming": { kind: "query", inputs: () => [undefined] },
  "meetings.get": { kind: "query", inputs: (v) => [{ meetingId: v.meetingId }] },
  "meetings.ics": { kind: "query", inputs: (v) => [{ meetingId: v.meetingId }] },
  "meetings.draftAgenda": {
    kind: "query",
    inputs: (v) => [
      { orgId: v.orgId, date: "2030-01-01" },
      { orgId: v.saisineOrgId, date: "2030-01-01" },
    ],
  },
  "meetings.plan": {
    kind: "mutation",
    inputs: (v) =>
      [v.orgId, v.saisineOrgId].map((orgId) => ({
        orgId,
        body: "comite-suivi",
        date: "2030-01-15",
        startTime: "10:00",
        endTime: "11:00",
        place: "Salle de l'attaquant",
        agenda: ["Ordre du jour de l'attaquant"],
        participantIds: v.personIds.slice(0, 1),
      })),
  },
  "meetings.record": {
    kind: "mutation",
    inputs: (v) => [
      {
        meetingId: v.meetingId,
        attendeeIds: v.personIds.slice(0, 1),
        minutes: "Compte rendu de l'attaquant",
        actions: [{ title: "Action de l'attaquant", ownerId: v.personIds[0], dueOn: "2030-01-01" }],
      },
    ],
  },
  "meetings.reschedule": {
    kind: "mutation",
    inputs: (v) => [
      {
        meetingId: v.meetingId,
        date: "2030-02-01",
        startTime: "10:00",
        endTime: "11:00",
        place: "Salle de l'attaquant",
        reason: "Motif de l'attaquant",
      },
    ],
  },
  "meetings.cancel": {
    kind: "mutation",
    inputs: (v) => [{ meetingId: v.meetingId, reason: "Motif de l'attaquant" }],
  },
  "meetings.correctMinutes": {
    kind: "mutation",
    inputs: (v) => [
      {
        meetingId: v.meetingId,
        minutes: "Compte rendu réécrit par l'attaquant.",
        reason: "Motif de l'attaquant",
      },
    ],
  },
  "meetings.updateAction": {
    kind: "mutation",
    inputs: (v) => [{ actionId: v.meetingActionId, status: "close" }],
  },
  // The caller's own feed only: nothing of anyone else's to name.
  "meetings.feed": { kind: "query", inputs: () => [undefined] },
  "meetings.createFeed": { kind: "mutation", inputs: () => [undefined] },
  "meetings.revokeFeed": { kind: "mutation", inputs: () => [undefined] },
  "projects.ofOrg": {
    kind: "query",
    inputs: (v) => [{ orgId: v.orgId }, { orgId: v.saisineOrgId, year: 2026 }],
  },
  // The caller's own communes' open projects: nothing of another tenant's to name.
  "projects.portfolio": { kind: "query", inputs: () => [undefined] },
  "projects.get": { kind: "query", inputs: (v) => [{ projectId: v.projectId }] },
  "projects.file": {
    kind: "mutation",
    inputs: (v) =>
      [v.orgId, v.saisineOrgId].map((orgId) => ({
        orgId,
        title: "Projet intrus",
        scope: "communal",
        fiche: INTRUDER_FICHE,
      })),
  },
  "projects.adoptPlan": {
    kind: "mutation",
    inputs: (v) =>
      [v.orgId, v.saisineOrgId].map((orgId) => ({
        orgId,
        title: "Schéma intrus",
        startYear: 2025,
        adoptedOn: "2025-01-10",
        summary: "Orientations de l'intrus",
      })),
  },
  "projects.study": {
    kind: "mutation",
    inputs: (v) => [
      {
        projectId: v.projectId,
        coveredByExisting: false,
        sharedNeed: false,
        scope: "communal",
        personalData: false,
        estimatedDays: 5,
        proposedYear: 2026,
        conclusion: "Étude intruse",
      },
    ],
  },
  "projects.dpoOpinion": {
    kind: "mutation",
    inputs: (v) => [
      { projectId: v.projectId, opinion: "favorable", givenOn: "2025-01-10", text: "Intrus" },
    ],
  },
  "projects.arbitrate": {
    kind: "mutation",
    inputs: (v) => [
      {
        projectId: v.projectId,
        meetingId: v.meetingId,
        decision: "non-retenu",
        reasons: "Refus de l'intrus",
      },
    ],
  },
  "projects.advance": {
    kind: "mutation",
    inputs: (v) => [{ projectId: v.projectId, from: "cadrage" }],
  },
  "projects.abandon": {
    kind: "mutation",
    inputs: (v) => [{ projectId: v.projectId, reason: "Abandon de l'intrus" }],
  },
  "projects.setPlanProjet": {
    kind: "mutation",
    inputs: (v) => [
      {
        projectId: v.projectId,
        planProjet: {
          objectives: "Intrus",
          returnOnInvestment: "Intrus",
          financingPlan: "Intrus",
          milestones: [{ label: "Jalon intrus", dueOn: "2026-06-01" }],
        },
      },
    ],
  },
  "projects.logEffort": {
    kind: "mutation",
    inputs: (v) => [{ projectId: v.projectId, workedOn: "2025-01-10", days: 1 }],
  },
  "projects.createMission": {
    kind: "mutation",
    inputs: (v) =>
      [v.orgId, v.saisineOrgId].map((orgId) => ({
        orgId,
        title: "Mission intruse",
        letter: {
          object: "Intrus",
          dsiContacts: "Intrus",
          memberContacts: "Intrus",
          startOn: "2025-01-10",
          duration: "Un jour",
          plannedDays: 1,
        },
      })),
  },
  "indicators.list": {
    kind: "query",
    inputs: (v) => [{ orgId: v.saisineOrgId, period: "2025" }, { period: "2025" }],
  },
  "indicators.enter": {
    kind: "mutation",
    inputs: (v) => [
      {
        orgId: v.saisineOrgId,
        indicator: "4.2.1",
        period: "2025",
        measuredOn: "2025-11-20",
        evidence: { kind: "link", url: "https://intrus.example.fr/preuve.pdf" },
        value: { restoredMinutes: 1, scope: "Serveur de l'intrus" },
      },
    ],
  },
  "indicators.entries": {
    kind: "query",
    inputs: (v) => [{ orgId: v.saisineOrgId, indicator: "4.2.1", period: "2025" }],
  },
  "indicators.evidence": { kind: "query", inputs: (v) => [{ entryId: v.entryId }] },
  "indicators.export": {
    kind: "query",
    inputs: (v) => [{ orgId: v.saisineOrgId, period: "2025", format: "csv" }],
  },
  "dashboards.commune": {
    kind: "query",
    inputs: (v) => [{ orgId: v.saisineOrgId, period: "2025" }],
  },
  "dashboards.operator": { kind: "query", inputs: () => [{ period: "2025" }] },
  "dashboards.desk": { kind: "query", inputs: () => [undefined] },
  "dashboards.trend": { kind: "query", inputs: (v) => [{ orgId: v.saisineOrgId, years: 10 }] },
  "dashboards.export": {
    kind: "query",
    inputs: (v) => [
      { view: "commune", orgId: v.saisineOrgId, period: "2025", format: "ods" },
      { view: "operator", period: "2025", format: "xlsx" },
    ],
  },
  "reports.list": { kind: "query", inputs: () => [{}, { year: 2025 }] },
  "reports.get": {
    kind: "query",
    inputs: (v) => [
      { year: 2025 },
      { orgId: v.orgId, year: 2025 },
      { orgId: v.saisineOrgId, year: 2025 },
    ],
  },
  "reports.reminders": { kind: "query", inputs: () => [undefined] },
  "reports.download": {
    kind: "query",
    inputs: (v) => [
      { orgId: v.orgId, year: 2025, format: "pdf" },
      { orgId: v.saisineOrgId, year: 2025, format: "xlsx" },
    ],
  },
  "reports.generate": {
    kind: "mutation",
    inputs: (v) => [
      { orgId: v.orgId, year: 2025 },
      { orgId: v.saisineOrgId, year: 2025 },
    ],
  },
  "reports.edit": {
    kind: "mutation",
    inputs: (v) => [
      {
        orgId: v.saisineOrgId,
        year: 2025,
        version: 1,
        operatorComment: "Appréciation intruse",
        actionPlan: [],
        gapExplanations: {},
      },
    ],
  },
  "reports.review": {
    kind: "mutation",
    inputs: (v) => [
      { orgId: v.saisineOrgId, year: 2025, version: 1, communeComment: "Avis intrus" },
    ],
  },
  "reports.validate": {
    kind: "mutation",
    inputs: (v) => [{ orgId: v.saisineOrgId, year: 2025, version: 1 }],
  },
  "reports.send": {
    kind: "mutation",
    inputs: (v) => [{ orgId: v.saisineOrgId, year: 2025, version: 1 }],
  },
  "reports.present": {
    kind: "mutation",
    inputs: (v) => [{ orgId: v.saisineOrgId, year: 2025, version: 1, councilDate: "2026-04-01" }],
  },
};
