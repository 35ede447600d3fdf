/** The arbitration of one saisine, as its page shows it: the disagreement and each level held. */
import { schema, type Tx } from "@mutu/db";
import { asc, eq } from "drizzle-orm";

const { arbitrationLevels, arbitrations } = schema;

export async function arbitrationOfSaisine(tx: Tx, saisineId: string) {
  const [arbitration] = await tx
    .select()
    .from(arbitrations)
    .where(eq(arbitrations.saisineId, saisineId));
  if (!arbitration) return null;
  const levels = await tx
    .select()
    .from(arbitrationLevels)
    .where(eq(arbitrationLevels.arbitrationId, arbitration.id))
    .orderBy(asc(arbitrationLevels.level));
  return {
    id: arbitration.id,
    kind: arbitration.kind,
    subject: arbitration.subject,
    status: arbitration.status,
    raisedAt: arbitration.raisedAt,
    raisedBy: arbitration.actorLabel,
    levels: levels.map((l) => ({
      level: l.level,
      heldOn: l.heldOn,
      participants: l.participants,
      outcome: l.outcome,
      decision: l.decision,
      final: l.final,
    })),
  };
}
