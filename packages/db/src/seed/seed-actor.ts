/**
 * Who the demo seed's rows say wrote them, its audit entries, and the types and units its files
 * share.
 */
import type { AuditAction } from "@mutu/domain";
import { appendAudit } from "../audit.ts";
import type { Tx } from "../client.ts";
import type { organisations } from "../schema/index.ts";

export type Org = typeof organisations.$inferSelect;

/** The label the seed's rows carry as their author. */
export const SEED_LABEL = "Jeu de démonstration";

/** The seed as the actor of history rows: system work. */
export const SEED = { actorLabel: SEED_LABEL, actorSide: "system" } as const;

export const HOUR = 3_600_000;

/** The audit entry of what the seed wrote for an operator: no actor (the seed), what it counts. */
export const auditSeeded = (
  tx: Tx,
  operator: { id: string },
  action: Extract<AuditAction, `seed.${string}`>,
  after: Record<string, unknown>,
) =>
  appendAudit(tx, {
    orgId: operator.id,
    actor: null,
    action,
    entity: "organisation",
    entityId: operator.id,
    after,
  });
