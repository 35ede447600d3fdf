/**
 * What the saisine tests share: who files and works saisines in the demo seed, and what a commune
 * files unless a test says otherwise.
 */
import type { Driver } from "@mutu/db/testing";
import { expect } from "vitest";
import { useHarness } from "../harness.ts";

export const BEGLES_AGENT = "agent@begles.mutu-demo.fr";
export const BEGLES_DGS = "dgs@begles.mutu-demo.fr";
export const CALL_CENTRE = "can@bordeaux-metropole.mutu-demo.fr";

/** A saisine as the API returns it after a change. */
export type Filed = {
  id: string;
  version: number;
  status: string;
  reference: string;
  replayed?: boolean;
  handlingDueAt: string | null;
  resolutionDueAt: string | null;
  needsQualification: boolean;
  qualificationReason?: string | null;
  sharedServiceFunction?: string;
};

/** A page of `saisines.list` or `saisines.queue`. */
export type Page = {
  items: { id: string; reference: string; dueState: string; title: string }[];
  nextCursor: string | null;
};

/** The input of `saisines.create`: an ordinary, non-blocking incident of sub-domain C by default. */
export const saisineInput = (
  orgId: string,
  fields: { title: string } & Record<string, unknown>,
) => ({
  orgId,
  type: "incident",
  subDomain: "C",
  nature: "ordinaire",
  criticality: "non-bloquant",
  ...fields,
});

/**
 * A harness with a Bègles agent, Bègles' DGS and the Métropole's call centre signed in; `input` is a
 * Bègles saisine, `file` files one as one of them and requires it accepted.
 */
export function useSaisineDesk(driver: Driver, now: () => Date) {
  const t = useHarness(driver, {
    now,
    signedIn: { agent: BEGLES_AGENT, dgs: BEGLES_DGS, can: CALL_CENTRE },
  });
  const input = (fields: Record<string, unknown> = {}) =>
    saisineInput(t.h.orgId("begles"), {
      title: "Messagerie lente sur les postes de l'accueil",
      ...fields,
    });
  return Object.assign(t, {
    input,
    file: async (cookie: string, fields: Record<string, unknown> = {}) => {
      const res = await t.h.mutate("saisines.create", input(fields), { cookie });
      expect(res.status, res.error?.message).toBe(200);
      return res.data as Filed;
    },
  });
}

/**
 * A harness whose clock the tests move (`at`); `create` files, as whoever holds the cookie, a saisine
 * for a commune: by default a workstation that no longer starts, the other fields as given.
 */
export function useSaisineClock(driver: Driver, start: string) {
  let now = new Date(start);
  const t = useHarness(driver, { now: () => now });
  return Object.assign(t, {
    at: (iso: string) => {
      now = new Date(iso);
    },
    as: (email: string) => t.h.signIn(email),
    create: (cookie: string, slug: string, fields: Record<string, unknown> = {}) =>
      t.h.mutate(
        "saisines.create",
        saisineInput(t.h.orgId(slug), {
          title: "Poste de travail bloqué au démarrage",
          description: "Écran bleu au démarrage depuis la mise à jour.",
          ...fields,
        }),
        { cookie },
      ),
  });
}
