/**
 * The contract side of a saisine: the annex in force on a day (through the contracts read model,
 * the same query « Mon contrat » uses), the routing it gives, the delay targets of its indicators
 * (the signed contract is their one source), and the calendars the clocks run on.
 *
 * Signed annex versions never change (a trigger refuses it), so annexes are cached by version id:
 * rebuilding a clock needs the annex of every calendar version it ran on.
 */
import {
  type Annex,
  type CalendarSource,
  type Filer,
  parisDate,
  routeSaisine,
  type SaisineCalendarKind,
  SaisineRoutingError,
  type SaisineToRoute,
  saisineCalendar,
  saisineCalendarKind,
  saisineCalendarSource,
  saisineCalendarVersion,
  slaTargetsOfAnnex,
  targetsForSaisine,
} from "@mutu/domain";
import type { Tx } from "@mutu/db";
import type { Caller } from "../../auth/caller.ts";
import { annexOf, readContract } from "../contracts/contract-view.ts";

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

export type AnnexInForce = { versionId: string; annex: Annex };

/**
 * The annex of the commune's contrat d'engagement in force on `at` (Paris day), or a French
 * refusal. The read model marks the version in force on the day it is given; its annex comes from
 * the cache (signed versions never change), so filing does not fetch the annex every time.
 */
export async function annexInForce(
  tx: Tx,
  caller: Caller,
  orgId: string,
  at: Date,
): Promise<AnnexInForce> {
  const day = parisDate(at);
  const read = await readContract(tx, caller, { orgId, kind: "engagement" }, day);
  if (!read)
    throw new SaisineRoutingError(
      "aucune-annexe",
      "Cette commune n'a pas de contrat d'engagement : la saisine ne peut pas être acheminée.",
    );
  const version = read.versions.find((v) => v.inForce && v.status === "signed");
  if (!version)
    throw new SaisineRoutingError(
      "aucune-annexe",
      `Aucune annexe du contrat de cette commune n'est en vigueur le ${day.split("-").reverse().join("/")} : la saisine ne peut pas être acheminée.`,
    );
  const annex = (await annexesOf(tx, [version.id])).get(version.id);
  if (!annex) throw new Error(`annexe ${version.id} introuvable`);
  return { versionId: version.id, annex };
}

export type Routed = {
  annexVersionId: string;
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
 * Routing and calendar of a saisine by the annex in force (throws SaisineRoutingError), and its
 * delays by the targets of the annex it was filed under (`filedUnder`, the same at filing).
 */
export function routeBy(
  inForce: AnnexInForce,
  saisine: SaisineToRoute & { criticality: "bloquant" | "non-bloquant" },
  filer: Filer,
  filedUnder: Annex = inForce.annex,
): Routed {
  const route = routeSaisine(inForce.annex, saisine, filer);
  const calendarKind = saisineCalendarKind(inForce.annex, saisine.nature);
  const picked = targetsForSaisine(slaTargetsOfAnnex(filedUnder), saisine);
  return {
    annexVersionId: inForce.versionId,
    communeFunction: route.communeFunction,
    sharedServiceFunction: route.sharedServiceFunction,
    proximityCentre: route.proximityCentre,
    needsQualification: route.needsQualification,
    qualificationReason: route.reason ?? null,
    calendarKind,
    calendarVersion: saisineCalendarVersion(inForce.versionId, calendarKind),
    handlingTargetMinutes: picked.handling?.businessMinutes ?? null,
    resolutionTargetMinutes: picked.resolution?.businessMinutes ?? null,
  };
}

export const annexIdOfCalendar = (calendarVersion: string) => calendarVersion.split("#")[0] ?? "";

/**
 * The calendars of these calendar versions, or null when one of them has no usable hours (due
 * dates then show as unknown rather than computed on invented hours).
 */
export async function calendarsFor(
  tx: Tx,
  calendarVersions: Iterable<string>,
): Promise<CalendarSource | null> {
  const versions = [...new Set(calendarVersions)];
  const annexes = await annexesOf(tx, versions.map(annexIdOfCalendar));
  for (const version of versions) {
    const annex = annexes.get(annexIdOfCalendar(version));
    const kind = version.split("#")[1] as SaisineCalendarKind;
    if (!annex || !saisineCalendar(annex, kind)) return null;
  }
  return saisineCalendarSource((id) => annexes.get(id));
}
