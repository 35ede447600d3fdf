/** Input and output schemas of the arbitrations procedures, from the domain's. */
import {
  ARBITRATION_OUTCOMES,
  ARBITRATION_STATUSES,
  ACTOR_SIDES,
  DISAGREEMENT_KINDS,
  instantOutput,
  raiseArbitrationInput,
  recordArbitrationInput,
} from "@mutu/domain";
import { z } from "zod";

export { raiseArbitrationInput, recordArbitrationInput };
export const listArbitrationsInput = z.object({
  orgId: z.uuid({ error: "Organisation inconnue." }).optional(),
  status: z.enum(ARBITRATION_STATUSES).optional(),
});

export const arbitrationLevelOutput = z.object({
  level: z.number(),
  heldOn: z.string(),
  participants: z.array(
    z.object({ name: z.string(), function: z.string(), side: z.enum(ACTOR_SIDES) }),
  ),
  outcome: z.enum(ARBITRATION_OUTCOMES),
  decision: z.string(),
  final: z.boolean(),
});

/** The arbitration as a saisine's page shows it. */
export const arbitrationOnSaisineOutput = z.object({
  id: z.string(),
  kind: z.enum(DISAGREEMENT_KINDS),
  subject: z.string(),
  status: z.enum(ARBITRATION_STATUSES),
  raisedAt: instantOutput,
  raisedBy: z.string(),
  levels: z.array(arbitrationLevelOutput),
});

export const arbitrationOutput = arbitrationOnSaisineOutput.extend({
  saisineId: z.string(),
  reference: z.string(),
  saisineTitle: z.string(),
  orgId: z.string(),
  raisedBySide: z.string(),
  levels: z.array(arbitrationLevelOutput.extend({ seat: z.string(), recordedBy: z.string() })),
});
