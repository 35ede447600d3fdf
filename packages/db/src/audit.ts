/**
 * Appending to and verifying the hash-chained audit trail. One chain per organisation ("global" for
 * entries without one, such as a failed sign-in for an unknown email); an advisory lock per chain
 * serialises appends until the transaction commits, so two writers never fork a chain.
 */
import { createHash } from "node:crypto";
import {
  type AuditAction,
  type AuditEntity,
  type AuditEntryContent,
  auditHashInput,
  GENESIS_HASH,
} from "@mutu/domain";
import { asc, desc, eq, gt, sql } from "drizzle-orm";
import type { MutuDb, Tx } from "./client.ts";
import { placeholders, statement } from "./statement.ts";
import { auditLog } from "./schema/index.ts";

export type Actor = { personId: string | null; tokenId: string | null; label: string };

export type AuditInput = {
  orgId: string | null;
  actor: Actor | null;
  /** One of the domain's closed vocabulary, each with its French label (audit/actions.ts). */
  action: AuditAction;
  entity?: AuditEntity;
  entityId?: string;
  before?: unknown;
  after?: unknown;
};

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
/** jsonb gives back what JSON can hold: hash exactly that, so verification sees the same bytes. */
const jsonValue = (v: unknown) => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

export async function appendAudit(tx: Tx, input: AuditInput) {
  return (await openAuditChain(tx, input.orgId)).append(input);
}

/** A chain locked for this transaction, with its last hash: entries can be appended to it. */
export type AuditChain = {
  append(input: AuditInput): Promise<{ seq: number | undefined; hash: string }>;
};

// Every change of the application goes through these: built once (see statement.ts).
const lockChain = statement<unknown[], { key: string }>("audit_lock", (db) =>
  db
    .select({ locked: sql`pg_advisory_xact_lock(hashtextextended(${sql.placeholder("key")}, 0))` })
    .from(sql`(values (1)) as lock`),
);

const lastOfChain = statement<{ hash: string }[], { chain: string }>("audit_last", (db) =>
  db
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .where(eq(auditLog.chain, sql.placeholder("chain")))
    .orderBy(desc(auditLog.seq))
    .limit(1),
);

const entryColumns = [
  "chain",
  "at",
  "orgId",
  "actorPersonId",
  "actorTokenId",
  "actorLabel",
  "action",
  "entity",
  "entityId",
  "before",
  "after",
  "prevHash",
  "hash",
] as const;
type Entry = Required<Pick<typeof auditLog.$inferInsert, (typeof entryColumns)[number]>>;

const insertEntry = statement<{ seq: number }[], Entry>("audit_append", (db) =>
  db.insert(auditLog).values(placeholders(entryColumns)).returning({ seq: auditLog.seq }),
);

/**
 * Locks an organisation's chain until commit and reads its last hash. Both statements go out
 * together (the lock first: the read runs once it is held), so this costs one round trip, and a
 * service may send it with its own first reads.
 */
export async function openAuditChain(tx: Tx, orgId: string | null): Promise<AuditChain> {
  const chain = orgId ?? "global";
  const [, [last]] = await Promise.all([
    lockChain(tx, { key: `audit:${chain}` }),
    lastOfChain(tx, { chain }),
  ]);
  let prevHash = last?.hash ?? GENESIS_HASH;
  return {
    async append(input) {
      if ((input.orgId ?? "global") !== chain)
        throw new Error(`audit entry for ${input.orgId ?? "global"} appended to chain ${chain}`);
      const content: AuditEntryContent = {
        chain,
        at: new Date().toISOString(),
        orgId: input.orgId,
        actorPersonId: input.actor?.personId ?? null,
        actorTokenId: input.actor?.tokenId ?? null,
        action: input.action,
        entity: input.entity ?? null,
        entityId: input.entityId ?? null,
        before: jsonValue(input.before),
        after: jsonValue(input.after),
      };
      const hash = sha256(auditHashInput(prevHash, content));
      const entryPrev = prevHash;
      prevHash = hash;
      const [row] = await insertEntry(tx, {
        ...content,
        at: new Date(content.at),
        actorLabel: input.actor?.label ?? null,
        prevHash: entryPrev,
        hash,
      });
      return { seq: row?.seq, hash };
    },
  };
}

export type ChainReport = {
  chain: string;
  entries: number;
  ok: boolean;
  brokenAtSeq?: number;
  reason?: string;
};

/** Recomputes every chain from its genesis. Run as system work (it reads all organisations' chains). */
export async function verifyAuditChains(db: MutuDb): Promise<ChainReport[]> {
  const { withSystem } = await import("./scope.ts");
  return withSystem(db, async (tx) => {
    const reports = new Map<string, ChainReport & { prev: string }>();
    let cursor = 0;
    for (;;) {
      const rows = await tx
        .select()
        .from(auditLog)
        .where(gt(auditLog.seq, cursor))
        .orderBy(asc(auditLog.seq))
        .limit(5000);
      if (rows.length === 0) break;
      for (const row of rows) {
        cursor = row.seq;
        const r = reports.get(row.chain) ?? {
          chain: row.chain,
          entries: 0,
          ok: true,
          prev: GENESIS_HASH,
        };
        reports.set(row.chain, r);
        r.entries++;
        if (!r.ok) continue;
        const content: AuditEntryContent = {
          chain: row.chain,
          at: row.at.toISOString(),
          orgId: row.orgId,
          actorPersonId: row.actorPersonId,
          actorTokenId: row.actorTokenId,
          action: row.action,
          entity: row.entity,
          entityId: row.entityId,
          before: row.before,
          after: row.after,
        };
        if (row.prevHash !== r.prev) {
          Object.assign(r, {
            ok: false,
            brokenAtSeq: row.seq,
            reason: "maillon précédent absent ou modifié",
          });
        } else if (sha256(auditHashInput(row.prevHash, content)) !== row.hash) {
          Object.assign(r, { ok: false, brokenAtSeq: row.seq, reason: "contenu modifié" });
        }
        r.prev = row.hash;
      }
    }
    return [...reports.values()].map(({ prev: _prev, ...r }) => r);
  });
}
