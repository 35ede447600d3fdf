/**
 * A year of Bègles' saisines worked through the API on a moving clock, for the indicators and
 * dashboards tests: filed by the commune or registered by the call centre (one resolved at first
 * contact), handled and resolved after known business delays (Bègles' support: Monday 8:30–18:30,
 * Thursday and Friday 8:30–17:00), confirmed; a few left open. The delays are chosen against the
 * demo amendment's targets (3.3.1 240 min at 95 %; 3.3.2 480 min blocking, 1,440 non-blocking;
 * 4.1.1 120 min; 4.1.2 240 min blocking).
 */
import type { Driver } from "@mutu/db/testing";
import { expect } from "vitest";
import { data } from "../harness.ts";
import { BEGLES_AGENT, CALL_CENTRE, type Filed, useSaisineClock } from "./saisines.ts";

export const BEGLES_DGS = "dgs@begles.mutu-demo.fr";
export const DIRECTOR = "dip@bordeaux-metropole.mutu-demo.fr";
export const REDON_ADMIN = "admin@redon-agglomeration.mutu-demo.fr";

type Step = {
  /** Paris wall-clock filing time. */
  filed: string;
  fields?: Record<string, unknown>;
  /** Registered by the call centre (its channel) instead of filed on the portal. */
  registered?: boolean;
  /** Paris wall-clock times of the handling (assignment), resolution and confirmation. */
  assigned?: string;
  resolved?: string;
  confirmed?: string;
};

/** What happens in Bègles, 2024–2026 (Mondays unless said). */
export const HISTORY: Step[] = [
  // 2024: the year before, for the volume's change.
  { filed: "2024-05-06T09:00", assigned: "2024-05-06T09:30", resolved: "2024-05-06T11:00" },
  { filed: "2024-06-03T09:00", fields: { type: "demande" }, assigned: "2024-06-03T09:20" },
  // January 2025: handled in 60 min (met), resolved in 300 (met, non-blocking 1,440).
  {
    filed: "2025-01-06T09:00",
    assigned: "2025-01-06T10:00",
    resolved: "2025-01-06T14:00",
    confirmed: "2025-01-09T09:00",
  },
  // February: blocking; handled in 300 min (missed), resolved in 480 (met: equal to the target).
  {
    filed: "2025-02-03T09:00",
    fields: { criticality: "bloquant" },
    assigned: "2025-02-03T14:00",
    resolved: "2025-02-03T17:00",
  },
  // March: a request of sub-domain B, handled in 30 min.
  {
    filed: "2025-03-03T09:00",
    fields: { type: "demande", subDomain: "B" },
    assigned: "2025-03-03T09:30",
  },
  // April: a blocking incident of hosting (D): 4.1.1 missed (150 > 120), 4.1.2 met (180 ≤ 240).
  {
    filed: "2025-04-07T09:00",
    fields: { subDomain: "D", criticality: "bloquant" },
    assigned: "2025-04-07T11:30",
    resolved: "2025-04-07T12:00",
  },
  // September: an exceptional request, out of the contract's delays.
  { filed: "2025-09-01T09:00", fields: { type: "demande", nature: "exceptionnelle" } },
  // October: two calls to the call centre, one solved while on the line.
  {
    filed: "2025-10-06T10:00",
    registered: true,
    fields: { firstContactResolution: true, answer: "Mot de passe réinitialisé pendant l'appel." },
  },
  { filed: "2025-10-06T11:00", registered: true, assigned: "2025-10-06T11:15" },
  // Still open in February 2026: one handled late, one not yet handled.
  { filed: "2026-02-02T09:00", assigned: "2026-02-02T16:00" },
  { filed: "2026-02-09T17:00" },
];

/** « Now » for the tests: Tuesday 10 February 2026, 10:00 in Paris — 2025 has ended. */
export const NOW = "2026-02-10T10:00:00+01:00";

const paris = (wallClock: string) => {
  // Winter and summer time of the dates above.
  const month = Number(wallClock.slice(5, 7));
  const summer = month >= 4 && month <= 10;
  return `${wallClock}:00${summer ? "+02:00" : "+01:00"}`;
};

/** A harness whose clock the history moves, with Bègles' history filed once before the tests. */
export function useBeglesHistory(driver: Driver) {
  const t = useSaisineClock(driver, paris(HISTORY[0]?.filed ?? "2024-01-01T09:00"));
  let team = "";
  const filed: (Filed & { step: Step })[] = [];

  async function play() {
    const { h, at, as } = t;
    for (const step of HISTORY) {
      at(paris(step.filed));
      const cookie = await as(step.registered ? CALL_CENTRE : BEGLES_AGENT);
      const res = await t.create(cookie, "begles", {
        ...(step.registered ? { channel: "telephone" } : {}),
        ...step.fields,
      });
      expect(res.status, res.error?.message).toBe(200);
      let saisine = res.data as Filed;
      if (!team) {
        const assignees = data<{ teams: { id: string; code: string }[] }>(
          await h.query("saisines.assignees", undefined, { cookie: await as(CALL_CENTRE) }),
        );
        team = assignees.teams.find((x) => x.code === "centre-appel")?.id ?? "";
      }
      if (step.assigned) {
        at(paris(step.assigned));
        saisine = data<Filed>(
          await h.mutate(
            "saisines.assign",
            {
              saisineId: saisine.id,
              version: saisine.version,
              assignee: { kind: "team", teamId: team },
            },
            { cookie: await as(CALL_CENTRE) },
          ),
        );
      }
      if (step.resolved) {
        at(paris(step.resolved));
        saisine = data<Filed>(
          await h.mutate(
            "saisines.resolve",
            { saisineId: saisine.id, version: saisine.version, note: "Réparé." },
            { cookie: await as(CALL_CENTRE) },
          ),
        );
      }
      if (step.confirmed) {
        at(paris(step.confirmed));
        saisine = data<Filed>(
          await h.mutate(
            "saisines.confirm",
            { saisineId: saisine.id, version: saisine.version },
            { cookie: await as(BEGLES_AGENT) },
          ),
        );
      }
      filed.push({ ...saisine, step });
    }
    at(NOW);
  }

  return Object.assign(t, { play, filed });
}
