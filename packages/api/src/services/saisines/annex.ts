/**
 * The contract side of a saisine: the agreement in force on a day — the annex of the commune's
 * contrat d'engagement (through the contracts read model, the same query « Mon contrat » uses) or,
 * for a member of the Redon convention, its adhesion — the routing it gives, the delay targets of
 * its indicators (the signed contract is their one source), and the calendars the clocks run on.
 *
 * Signed annex versions never change (a trigger refuses it), so annexes are cached by version id:
 * rebuilding a clock needs the annex of every calendar version it ran on.
 */
import {
  type Annex,
  type CalendarSource,
  CONVENTION_CALENDAR_VERSION,
  conventionService,
  type Filer,
  inForceOn,
  parisDate,
  routeSaisine,
  type SaisineCalendarKind,
  SaisineRoutingError,
  type SaisineToRoute,
  saisineCalendar,
  saisineCalendarKind,
  saisineCalendarSource,
  saisineCalendarVersion,
  type Subscription,
  slaTargetsOfAnnex,
  targetsForSaisine,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, eq } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";
import { annexOf, readContract } from "../contracts/contract-view.ts";
import { selectPeriods } from "../memberships/periods.ts";

const { contracts } = schema;

const cache = new Map<string, Annex>();
const CACHE_MAX = 2000;

function remember(versionId: string, annex: Annex) {
  if (cache.size >= CACHE_MAX) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(versionId, annex);
}

/** Annexes of these signed versions (cached; read under the caller's scope the first time). */
export async function annexesOf(tx: Tx, versionIds: Iterable<string>) {
  const out = new Map<string, Annex>();
  for (const id of new Set(versionIds)) {
    let annex = cache.get(id);
    if (!annex) {
      annex = await annexOf(tx, id);
      remember(id, annex);
    }
    out.set(id, annex);
  }
  return out;
}

export type AgreementInForce =
  | { kind: "engagement"; versionId: string; annex: Annex }
  | { kind: "convention"; conventionId: string; subscription: Subscription };

const frenchDay = (day: string) => day.split("-").reverse().join("/");

/** The member's adhesion to the convention on `day`, or null when it has none in force. */
async function conventionInForce(tx: Tx, orgId: string, day: string) {
  const [convention] = await tx
    .select({ id: contracts.id })
    .from(contracts)
    .where(and(eq(contracts.orgId, orgId), eq(contracts.kind, "convention")));
  if (!convention) return null;
  const period = (await selectPeriods(tx, [convention.id])).find((p) => inForceOn(p, day));
  return period ? { conventionId: convention.id, subscription: period.subscription } : null;
}

/**
 * The agreement in force on `at` (Paris day): the annex of the commune's contrat d'engagement, or
 * its adhesion to the convention; else a French refusal. The read model marks the version in force
 * on the day it is given; its annex comes from the cache (signed versions never change), so filing
 * does not fetch the annex every time.
 */
export async function agreementInForce(
  tx: Tx,
  caller: Caller,
  orgId: string,
  at: Date,
): Promise<AgreementInForce> {
  const day = parisDate(at);
  const read = await readContract(tx, caller, { orgId, kind: "engagement" }, day);
  if (!read) {
    const convention = await conventionInForce(tx, orgId, day);
    if (convention) return { kind: "convention", ...convention };
    throw new SaisineRoutingError(
      "aucune-annexe",
      `Cette commune n'a ni contrat d'engagement ni adhésion à la convention en vigueur le ${frenchDay(day)} : la saisine ne peut pas être acheminée.`,
    );
  }
  const version = read.versions.find((v) => v.inForce && v.status === "signed");
  if (!version)
    throw new SaisineRoutingError(
      "aucune-annexe",
      `Aucune annexe du contrat de cette commune n'est en vigueur le ${frenchDay(day)} : la saisine ne peut pas être acheminée.`,
    );
  const annex = (await annexesOf(tx, [version.id])).get(version.id);
  if (!annex) throw new Error(`annexe ${version.id} introuvable`);
  return { kind: "engagement", versionId: version.id, annex };
}

export type Routed = {
  annexVersionId: string | null;
  conventionId: string | null;
  communeFunction: string | null;
  sharedServiceFunction: string;
  proximityCentre: boolean;
  needsQualification: boolean;
  qualificationReason: string | null;
  calendarKind: SaisineCalendarKind;
  calendarVersion: string;
  handlingTargetMinutes: number | null;
  resolutionTargetMinutes: number | null;
};

/**
 * Routing and calendar of a saisine by the agreement in force (throws SaisineRoutingError), and
 * its delays by the targets of the agreement it was filed under (`filedUnder`, the same at
 * filing). A convention saisine goes to the DSI on the convention's hours, without delays to reach.
 */
export function routeBy(
  inForce: AgreementInForce,
  saisine: SaisineToRoute & { criticality: "bloquant" | "non-bloquant" },
  filer: Filer,
  filedUnder: AgreementInForce = inForce,
): Routed {
  if (inForce.kind === "convention")
    return {
      annexVersionId: null,
      conventionId: inForce.conventionId,
      communeFunction: null,
      sharedServiceFunction: conventionService(inForce.subscription),
      proximityCentre: false,
      needsQualification: false,
      qualificationReason: null,
      calendarKind: "support",
      calendarVersion: CONVENTION_CALENDAR_VERSION,
      handlingTargetMinutes: null,
      resolutionTargetMinutes: null,
    };
  const route = routeSaisine(inForce.annex, saisine, filer);
  const calendarKind = saisineCalendarKind(inForce.annex, saisine.nature);
  const picked =
    filedUnder.kind === "engagement"
      ? targetsForSaisine(slaTargetsOfAnnex(filedUnder.annex), saisine)
      : null;
  return {
    annexVersionId: inForce.versionId,
    conventionId: null,
    communeFunction: route.communeFunction,
    sharedServiceFunction: route.sharedServiceFunction,
    proximityCentre: route.proximityCentre,
    needsQualification: route.needsQualification,
    qualificationReason: route.reason ?? null,
    calendarKind,
    calendarVersion: saisineCalendarVersion(inForce.versionId, calendarKind),
    handlingTargetMinutes: picked?.handling?.businessMinutes ?? null,
    resolutionTargetMinutes: picked?.resolution?.businessMinutes ?? null,
  };
}

export const annexIdOfCalendar = (calendarVersion: string) => calendarVersion.split("#")[0] ?? "";
const isConventionCalendar = (calendarVersion: string) =>
  calendarVersion === CONVENTION_CALENDAR_VERSION;

/**
 * The calendars of these calendar versions, or null when one of them has no usable hours (due
 * dates then show as unknown rather than computed on invented hours).
 */
export async function calendarsFor(
  tx: Tx,
  calendarVersions: Iterable<string>,
): Promise<CalendarSource | null> {
  const versions = [...new Set(calendarVersions)];
  const ofAnnexes = versions.filter((version) => !isConventionCalendar(version));
  const annexes = await annexesOf(tx, ofAnnexes.map(annexIdOfCalendar));
  for (const version of ofAnnexes) {
    const annex = annexes.get(annexIdOfCalendar(version));
    const kind = version.split("#")[1] as SaisineCalendarKind;
    if (!annex || !saisineCalendar(annex, kind)) return null;
  }
  return saisineCalendarSource((id) => annexes.get(id));
}
