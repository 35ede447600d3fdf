/**
 * Two things filing adds to a saisine for the indicators (docs/adr/0013): the application of the
 * commune's inventory it concerns (annex « applications », 004 Bruges: « le suivi des demandes
 * concernant les applicatifs … (statistiques) »), checked against the annex in force that day; and,
 * when the call centre solved it while registering it, its resolution « au premier contact »
 * through the lifecycle's `resoudre`, in the same transaction (004 Bordeaux: « 75 % des incidents
 * sont résolus lors du premier appel au centre de contact »).
 */
import type { Annex, CreateSaisineInput } from "@mutu/domain";
import type { Tx } from "@mutu/db";
import { AppError } from "../../errors.ts";
import type { ServiceContext } from "../tenant.ts";
import { lockSaisine, type SaisineRow, sideOf } from "./access.ts";
import { actorFrom } from "./history.ts";
import { applyChange } from "./mutate.ts";
import { transitionChange } from "./transitions.ts";

/** The application as the inventory names it, or a French refusal; null when none is named. */
export function inventoryApplication(
  annex: Annex | null,
  named: string | undefined,
): string | null {
  if (named === undefined) return null;
  const wanted = named.trim().toLocaleLowerCase("fr");
  const found = annex?.applications?.find(
    (application) => application.name.trim().toLocaleLowerCase("fr") === wanted,
  );
  if (found) return found.name;
  const message = annex?.applications?.length
    ? `« ${named} » n'est pas une application de l'inventaire annexé au contrat de la commune.`
    : "Le contrat de cette commune n'annexe pas d'inventaire des applications : laissez le champ vide.";
  throw new AppError("BAD_REQUEST", message, { application: [message] });
}

/** Only the call centre resolves at registration: a commune files, it does not answer itself. */
export function assertMayResolveAtFirstContact(ctx: ServiceContext, input: CreateSaisineInput) {
  if (!input.firstContactResolution) return;
  if (sideOf(ctx.caller) !== "operator" || !ctx.caller.permissions.includes("saisines.manage")) {
    const message = "Seul le service commun résout une saisine au premier contact.";
    throw new AppError("BAD_REQUEST", message, { firstContactResolution: [message] });
  }
}

/** The saisine just inserted, resolved now with its answer (`resoudre`), marked as such. */
export async function resolveAtFirstContact(
  tx: Tx,
  ctx: ServiceContext,
  saisineId: string,
  answer: string,
  now: Date,
): Promise<SaisineRow> {
  const row = await lockSaisine(tx, ctx.caller, saisineId, null);
  const change = transitionChange(row, "resoudre", "operator", now, answer);
  return applyChange(
    tx,
    actorFrom(ctx.caller),
    row,
    { ...change, set: { ...change.set, firstContactResolution: true } },
    now,
  );
}
