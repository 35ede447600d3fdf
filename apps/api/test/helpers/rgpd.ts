/**
 * What the RGPD tests share: who keeps the registers in the demo seed (Bègles shares the
 * Métropole's DPO and has it handle its breaches), a harness at a fixed « today », a valid
 * processing record, and the register's shapes as the tests read them.
 */
import type { Driver } from "@mutu/db/testing";
import { schoolRegistrations as domainSchoolRegistrations } from "@mutu/domain/testing";
import { expect } from "vitest";
import { data, type TrpcResult, useHarness } from "../harness.ts";

/** Monday 8 June 2026, 10:00 in Paris. */
export const NOW = new Date("2026-06-08T08:00:00Z");

export const PEOPLE = {
  communeDpo: "dpo@begles.mutu-demo.fr",
  dgs: "dgs@begles.mutu-demo.fr",
  referent: "referent@begles.mutu-demo.fr",
  agent: "agent@begles.mutu-demo.fr",
  metropoleDpo: "dpo@bordeaux-metropole.mutu-demo.fr",
  rssi: "rssi@bordeaux-metropole.mutu-demo.fr",
  pessacDpo: "dpo@pessac.mutu-demo.fr",
} as const;

export function useRgpd(driver: Driver, now: () => Date = () => NOW) {
  const t = useHarness(driver, { now, signedIn: PEOPLE });
  const expectOk = (res: TrpcResult) => {
    expect(res.status, res.error?.message).toBe(200);
    return res.data;
  };
  return Object.assign(t, {
    expectOk,
    /** A change as the person signed in with `cookie`, which must succeed; its data. */
    async ok<T = unknown>(path: string, input: unknown, cookie: string) {
      return expectOk(await t.h.mutate(path, input, { cookie })) as T;
    },
    /** Records a processing in Bègles' register as its DPO; its id and number. */
    async record(content = schoolRegistrations()) {
      return data<{ id: string; number: number }>(
        await t.h.mutate("rgpd.processing.create", { content }, { cookie: t.communeDpo }),
      );
    },
    async detail(processingId: string, cookie = t.communeDpo) {
      return data<Detail>(await t.h.query("rgpd.processing.get", { processingId }, { cookie }));
    },
  });
}

export type Detail = {
  id: string;
  status: string;
  revision: number;
  content: ReturnType<typeof schoolRegistrations> & Record<string, unknown>;
  responsibility: { role: string; reason: string; caveat: string | null };
  dpia: { required: boolean; criteria: string[] };
  blockers: string[];
  actions: string[];
  changedSinceOpinion: boolean;
  opinions: {
    outcome: string | null;
    reservations: string[];
    givenBy: string | null;
    revision: number;
  }[];
  retention: { id: string; action: string; status: string; dueOn: string; data: string }[];
  events: { kind: string; summary: string; actor: string }[];
  shared: { version: number; adoptedVersion: number | null; divergences: string[] } | null;
  proposals: { id: string; status: string; toVersion: number; reason: string | null }[];
};

/**
 * A commune's school and after-school registrations, as its DPO records them: the domain's record,
 * filed directly, without sensitive data, its purposes and means the commune's own, no DPIA yet.
 */
export const schoolRegistrations = () => ({
  ...domainSchoolRegistrations(),
  path: "direct",
  dataCategories: [
    { label: "État civil, identité", sensitive: false, article9Condition: "" },
    { label: "Coordonnées", sensitive: false, article9Condition: "" },
  ],
  metropoleDefinedPurposesAndMeans: false,
  dpia: {
    criteria: [] as string[],
    reference: "",
    doneOn: null,
    cnilConsultationRequired: false,
    cnilConsultedOn: null,
  },
  securityDiagnosis: { doneOn: null, reference: "" },
});

/** The assessment of a school list sent to an outside mailing list: a high risk for the persons. */
export const schoolListAssessment = (breachId: string) => ({
  breachId,
  revision: 1,
  title: "Envoi d'un tableau d'inscriptions à une liste externe",
  description: "Tableau envoyé à 240 destinataires extérieurs.",
  natures: ["confidentiality"],
  personCategories: ["Enfants", "Responsables légaux"],
  approxPersons: 620,
  dataCategories: ["Identité", "Coordonnées", "Allergies"],
  approxRecords: 620,
  consequences: "Divulgation de données de santé d'enfants.",
  measuresTaken: "Rappel du message, demande de suppression aux destinataires.",
  measuresProposed: "Listes de diffusion fermées.",
  riskLevel: "high",
});
