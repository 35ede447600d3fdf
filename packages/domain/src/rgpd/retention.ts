/**
 * End of retention (004 V-f), applied rather than described: each retention period of a processing
 * in force becomes a schedule of operations — once a year, the data whose period has run are erased,
 * anonymised or archived — and, when the processing ends, a last operation for all that remains.
 * The shared service carries out erasure, anonymisation and intermediate archiving; an erasure
 * waits until the commune, told beforehand, confirms it (V-f/1); a definitive archive is the
 * commune's own decision and work (V-f/4). Each step records who did what, when.
 */
import { z } from "zod";
import { addMonths } from "../time/paris.ts";
import { optionalText, requiredText, uuidOf } from "./fields.ts";
import type { ProcessingContent } from "./processing.ts";
import type { RetentionEndAction, RetentionOperationStatus } from "./vocabulary.ts";

/** The yearly pass: data reaching the end of their period are dealt with once a year. */
export const RETENTION_PASS_MONTHS = 12;
/** The commune is told of an erasure at least this long before it is due. */
export const ERASURE_NOTICE_DAYS = 30;

export type RetentionChain = {
  /** Stable within a processing: the rule's position, and « :fin » for an archive's end. */
  key: string;
  data: string;
  from: string;
  months: number;
  action: RetentionEndAction;
};

/** One chain per retention rule; an intermediate archive adds its own end (V-f/3: then erased). */
export function retentionChains(rules: ProcessingContent["retention"]): RetentionChain[] {
  return rules.flatMap((rule, index): RetentionChain[] => {
    const chain = {
      key: String(index),
      data: rule.data,
      from: rule.from,
      months: rule.months,
      action: rule.endAction,
    };
    if (rule.endAction !== "intermediate-archive" || rule.archiveMonths === null) return [chain];
    return [
      chain,
      {
        key: `${index}:fin`,
        data: `${rule.data} (fin de l'archivage intermédiaire)`,
        from: rule.from,
        months: rule.months + rule.archiveMonths,
        action: "erase",
      },
    ];
  });
}

export type PlannedOperation = RetentionChain & {
  dueOn: string;
  /** Data whose starting event is before this day have reached the end of their period. */
  cutoffOn: string;
  /** The processing has ended: all the data that remain. */
  final: boolean;
};

const later = (a: string, b: string) => (a > b ? a : b);

function planned(chain: RetentionChain, dueOn: string, final: boolean): PlannedOperation {
  return { ...chain, dueOn, cutoffOn: addMonths(dueOn, -chain.months), final };
}

/**
 * The first pass of each chain once a processing is in force: when its first data could reach the
 * end of their period, or today for one inventoried long after it started.
 */
export function firstOperations(
  chains: readonly RetentionChain[],
  inForceOn: string,
  today: string,
) {
  return chains.map((c) => planned(c, later(addMonths(inForceOn, c.months), today), false));
}

/** The next yearly pass after one carried out (late or not). */
export function nextOperation(op: PlannedOperation, doneOn: string): PlannedOperation {
  return planned(op, addMonths(later(op.dueOn, doneOn), RETENTION_PASS_MONTHS), false);
}

/** When the processing ends: a last operation per chain, for everything that remains. */
export function finalOperations(chains: readonly RetentionChain[], endedOn: string) {
  return chains.map((c) => planned(c, addMonths(endedOn, c.months), true));
}

export const RETENTION_STEPS = ["inform", "confirm", "decline", "carry-out"] as const;
export type RetentionStep = (typeof RETENTION_STEPS)[number];
export const RETENTION_STEP_LABELS: Record<RetentionStep, string> = {
  inform: "Informer la commune",
  confirm: "Confirmer l'effacement",
  decline: "Ne pas confirmer",
  "carry-out": "Enregistrer la réalisation",
};

type Op = { action: RetentionEndAction; status: RetentionOperationStatus };

/** An erasure of a commune's data waits for its confirmation; the Métropole's own data do not. */
export const needsConfirmation = (op: Pick<Op, "action">, orgKind: "commune" | "operator") =>
  op.action === "erase" && orgKind === "commune";

/** Who carries out the action: the commune archives for good (V-f/4), the shared service does the rest. */
export const carriedOutBy = (action: RetentionEndAction, orgKind: "commune" | "operator") =>
  action === "definitive-archive" && orgKind === "commune" ? "commune" : "operator";

/** What `side` may do now with an operation. */
export function retentionSteps(
  op: Op,
  orgKind: "commune" | "operator",
  side: "commune" | "operator",
): RetentionStep[] {
  const steps: RetentionStep[] = [];
  const confirm = needsConfirmation(op, orgKind);
  if (confirm && op.status === "planned" && side === "operator") steps.push("inform");
  if (confirm && op.status === "commune-informed" && side === "commune")
    steps.push("confirm", "decline");
  const ready = confirm ? op.status === "confirmed" : op.status === "planned";
  if (ready && carriedOutBy(op.action, orgKind) === side) steps.push("carry-out");
  return steps;
}

/** Why an operation cannot be recorded as carried out now, in the words users read; null if it can. */
export function carryOutRefusal(op: Op, orgKind: "commune" | "operator"): string | null {
  if (op.status === "done") return "Cette opération est déjà enregistrée comme réalisée.";
  if (op.status === "declined")
    return "La commune n'a pas confirmé cet effacement : il ne peut pas être réalisé.";
  if (needsConfirmation(op, orgKind) && op.status !== "confirmed")
    return "L'effacement n'est réalisé qu'après l'accord de la commune, informée au préalable (V-f/1) : informez-la et attendez sa confirmation.";
  return null;
}

export const retentionStepInput = z.object({
  operationId: uuidOf("Opération"),
  note: optionalText(2000),
});

export const declineErasureInput = z.object({
  operationId: uuidOf("Opération"),
  reason: requiredText("Indiquez pourquoi la commune ne confirme pas l'effacement.", 2000),
});

export const carryOutInput = z.object({
  operationId: uuidOf("Opération"),
  /** What was done: the tool, the volume, the place of an archive. */
  note: requiredText("Décrivez ce qui a été fait (outil, volume, lieu d'archivage).", 4000),
});
