/**
 * Keeping a processing's end-of-retention schedule in step with it (domain rgpd/retention.ts): its
 * first passes when it is put in force, the next pass once one is done, new passes when its periods
 * change, a last pass per period when it ends. Only passes still to come are ever replaced.
 */
import {
  finalOperations,
  firstOperations,
  nextOperation,
  type PlannedOperation,
  parisDate,
  type ProcessingContent,
  retentionChains,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, eq } from "drizzle-orm";

const { rgpdRetentionOperations } = schema;

type Processing = {
  id: string;
  orgId: string;
  content: ProcessingContent;
  inForceOn: string | null;
};
type OperationRow = typeof rgpdRetentionOperations.$inferSelect;

/** The row of a planned pass of a processing's schedule, still to do. */
export function retentionOperationRow(processing: Processing, op: PlannedOperation) {
  return {
    orgId: processing.orgId,
    processingId: processing.id,
    chainKey: op.key,
    data: op.data,
    fromEvent: op.from,
    months: op.months,
    action: op.action,
    dueOn: op.dueOn,
    cutoffOn: op.cutoffOn,
    final: op.final,
    status: "planned" as const,
  };
}

export const plannedOf = (row: OperationRow): PlannedOperation => ({
  key: row.chainKey,
  data: row.data,
  from: row.fromEvent,
  months: row.months,
  action: row.action,
  dueOn: row.dueOn,
  cutoffOn: row.cutoffOn,
  final: row.final,
});

async function insertPlanned(tx: Tx, processing: Processing, ops: PlannedOperation[]) {
  if (ops.length)
    await tx
      .insert(rgpdRetentionOperations)
      .values(ops.map((op) => retentionOperationRow(processing, op)));
}

/** Passes planned and not started are dropped before a new plan. */
const dropPlanned = (tx: Tx, processingId: string) =>
  tx
    .delete(rgpdRetentionOperations)
    .where(
      and(
        eq(rgpdRetentionOperations.processingId, processingId),
        eq(rgpdRetentionOperations.status, "planned"),
      ),
    );

/**
 * The passes still to come, from the processing's periods as they stand: passes not started are
 * dropped, each period resumes after its last pass carried out (or starts afresh), a period with
 * a pass under way (commune told, confirmed) waits for it.
 */
export async function replanRetention(tx: Tx, processing: Processing, today: string) {
  if (!processing.inForceOn) return;
  await dropPlanned(tx, processing.id);
  const history = await tx
    .select()
    .from(rgpdRetentionOperations)
    .where(eq(rgpdRetentionOperations.processingId, processing.id))
    .orderBy(rgpdRetentionOperations.dueOn);
  const ops: PlannedOperation[] = [];
  for (const chain of retentionChains(processing.content.retention)) {
    const own = history.filter((h) => h.chainKey === chain.key);
    const last = own.at(-1);
    if (last && last.status !== "done" && last.status !== "declined") continue;
    if (last?.doneAt) {
      const done = parisDate(last.doneAt);
      ops.push(nextOperation({ ...plannedOf(last), ...chain }, done > today ? done : today));
    } else ops.push(...firstOperations([chain], processing.inForceOn, today));
  }
  await insertPlanned(tx, processing, ops);
}

/** The processing ends: passes to come are replaced by a last one per period, for all that remains. */
export async function planFinalRetention(tx: Tx, processing: Processing, endedOn: string) {
  await dropPlanned(tx, processing.id);
  await insertPlanned(
    tx,
    processing,
    finalOperations(retentionChains(processing.content.retention), endedOn),
  );
}

/** Once a yearly pass is carried out, the next one (none after a processing's last pass). */
export async function planNextPass(
  tx: Tx,
  processing: Processing,
  op: OperationRow,
  doneOn: string,
) {
  if (op.final) return;
  await insertPlanned(tx, processing, [nextOperation(plannedOf(op), doneOn)]);
}
