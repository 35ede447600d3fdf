/**
 * The words of a notification: its title (the saisine's reference first, so a list of them reads
 * at a glance) and a short body. Free texts are cut short: the saisine's page has them whole.
 */
import type { NotificationKind } from "./kinds.ts";

export type NotificationFacts = {
  reference: string;
  title: string;
  /** Who acted (« Julien Girard »), when someone did. */
  actorLabel?: string | null;
  /** The team or person now holding it, for an assignment. */
  assigneeLabel?: string | null;
  /** The note written with the change (a request for information, a comment, the solution). */
  note?: string | null;
  /** The arbitration's level, when one is raised. */
  arbitrationLevel?: number | null;
};

const NOTE_MAX = 280;

/** A free text on one line, cut at a word near NOTE_MAX characters. */
export function excerpt(text: string, max = NOTE_MAX): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > 0 ? cut.slice(0, space) : cut).trimEnd()} …`;
}

const by = (f: NotificationFacts) => (f.actorLabel ? ` par ${f.actorLabel}` : "");
const quoted = (f: NotificationFacts) => `« ${excerpt(f.title, 120)} »`;
const withNote = (lead: string, f: NotificationFacts) =>
  f.note ? `${lead}\n${excerpt(f.note)}` : lead;

export function notificationText(
  kind: Exclude<NotificationKind, "sla-warning" | "sla-breach">,
  f: NotificationFacts,
): { title: string; body: string } {
  switch (kind) {
    case "assigned":
      return {
        title: `${f.reference} : saisine attribuée${f.assigneeLabel ? ` à ${f.assigneeLabel}` : ""}`,
        body: `La saisine ${quoted(f)} a été attribuée${by(f)}.`,
      };
    case "waiting-commune":
      return {
        title: `${f.reference} : le service commun attend votre réponse`,
        body: withNote(`La saisine ${quoted(f)} est en attente de la commune.`, f),
      };
    case "resolved":
      return {
        title: `${f.reference} : saisine résolue`,
        body: withNote(
          `La saisine ${quoted(f)} a été résolue${by(f)}. Confirmez la résolution ou rouvrez la saisine.`,
          f,
        ),
      };
    case "public-comment":
      return {
        title: `${f.reference} : nouveau commentaire`,
        body: withNote(`Commentaire public${by(f)} sur la saisine ${quoted(f)}.`, f),
      };
    case "decision-expected":
      return f.arbitrationLevel
        ? {
            title: `${f.reference} : arbitrage demandé (niveau ${f.arbitrationLevel})`,
            body: withNote(`Un désaccord sur la saisine ${quoted(f)} est porté à l'arbitrage.`, f),
          }
        : {
            title: `${f.reference} : décision attendue sur une saisine exceptionnelle`,
            body: `La saisine ${quoted(f)} attend la décision des responsables de la commune et du service commun.`,
          };
  }
}
