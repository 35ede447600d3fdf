/**
 * Who hears about what happens to a saisine. A happening (an assignment, a status reached, a
 * public comment, a filing, an arbitration raised) gives notifications of a kind to an audience;
 * the API turns each audience into people (the holder or their team, the commune's requester and
 * filer, the deciders of each side) and never notifies the person who acted.
 */
import type { ActorSide, SaisineStatus } from "../saisines/vocabulary.ts";
import type { NotificationKind } from "./kinds.ts";

export type SaisineHappening =
  | { kind: "assigned" }
  | { kind: "status"; to: SaisineStatus }
  | { kind: "public-note"; side: ActorSide }
  | { kind: "arbitration-raised" };

/**
 * - `holders`: the person holding the saisine, or its team's members and manager; nobody: the
 *   call centre's heads;
 * - `requesters`: the commune person it was filed for, and the commune person who filed it;
 * - `operator-deciders` / `commune-deciders`: the people whose functions decide
 *   (DECIDER_FUNCTIONS).
 */
export const NOTIFICATION_AUDIENCES = [
  "holders",
  "requesters",
  "operator-deciders",
  "commune-deciders",
] as const;
export type NotificationAudience = (typeof NOTIFICATION_AUDIENCES)[number];

/**
 * The functions (their codes in the catalogue) whose holders decide on an exceptional saisine or
 * sit at an arbitration's first level (000 art. 4: the hierarchical authorities, the directors).
 */
export const DECIDER_FUNCTIONS: Record<"operator" | "commune", readonly string[]> = {
  operator: ["director", "call-centre-head"],
  commune: ["dgs"],
};

export type NotificationPlan = { kind: NotificationKind; audience: NotificationAudience };

const deciders = (kind: NotificationKind): NotificationPlan[] => [
  { kind, audience: "operator-deciders" },
  { kind, audience: "commune-deciders" },
];

/** The notifications a happening gives, each with its audience (the actor is left out later). */
export function notificationsFor(happening: SaisineHappening): NotificationPlan[] {
  switch (happening.kind) {
    case "assigned":
      return [{ kind: "assigned", audience: "holders" }];
    case "status":
      if (happening.to === "en-attente-commune")
        return [{ kind: "waiting-commune", audience: "requesters" }];
      if (happening.to === "resolue") return [{ kind: "resolved", audience: "requesters" }];
      if (happening.to === "decision-attendue") return deciders("decision-expected");
      return [];
    case "public-note":
      // What one side writes for the other: the commune's words reach the holder, and back.
      return [
        {
          kind: "public-comment",
          audience: happening.side === "commune" ? "holders" : "requesters",
        },
      ];
    case "arbitration-raised":
      return deciders("decision-expected");
  }
}

/** One notification of each kind per person, whatever the number of audiences that named them. */
export function dedupeRecipients<T extends { kind: NotificationKind; personId: string }>(
  planned: readonly T[],
  actorPersonId: string | null,
): T[] {
  const seen = new Set<string>();
  return planned.filter((p) => {
    const key = `${p.kind}:${p.personId}`;
    if (p.personId === actorPersonId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
