/**
 * Who files a saisine and through which channel (000 art. 4: « courrier, note, courriel, appel
 * téléphonique ou demande orale directe », or the portal). A commune agent files on the portal; the
 * call centre registers what reached it elsewhere and must say through which channel; another tool
 * (an API token) files as « api » unless it names the channel it took the request from.
 */
import { z } from "zod";
import { createSaisineInput } from "./inputs.ts";
import type { ActorSide, SaisineChannel } from "./vocabulary.ts";

/** The channels the call centre registers a saisine from (the portal files itself). */
export const RECEPTION_CHANNELS = [
  "telephone",
  "courrier",
  "courriel",
  "accueil",
] as const satisfies readonly SaisineChannel[];

export const RECEPTION_CHANNEL_MISSING =
  "Précisez par quel canal la saisine est parvenue : téléphone, courrier, courriel ou accueil.";

export type FilingCaller = { side: ActorSide; viaToken: boolean };

export type FilingChannel = { ok: true; channel: SaisineChannel } | { ok: false; error: string };

/** The channel a saisine is recorded with, from who files it and the channel they name. */
export function filingChannel(caller: FilingCaller, requested: SaisineChannel): FilingChannel {
  if (caller.viaToken) return { ok: true, channel: requested === "portail" ? "api" : requested };
  if (caller.side === "commune") return { ok: true, channel: "portail" };
  return (RECEPTION_CHANNELS as readonly SaisineChannel[]).includes(requested)
    ? { ok: true, channel: requested }
    : { ok: false, error: RECEPTION_CHANNEL_MISSING };
}

export const ON_BEHALF_REFUSED =
  "Seul le centre d'appel du service commun enregistre une saisine au nom d'une autre personne.";

/**
 * Who may name the requester — register a saisine in someone else's name, whose functions then
 * route it: the call centre (the service commun, in person or through its telephony tool). A
 * commune agent files in their own name only.
 */
export function mayNameRequester(caller: FilingCaller): boolean {
  return caller.side === "operator";
}

/** What the call centre enters to register a saisine for a commune: the channel is required. */
export const registerSaisineInput = createSaisineInput.safeExtend({
  orgId: z.uuid({
    error: (issue) => (issue.input ? "Organisation inconnue." : "Choisissez la commune."),
  }),
  channel: z.enum(RECEPTION_CHANNELS, { error: RECEPTION_CHANNEL_MISSING }),
});
