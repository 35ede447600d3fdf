/** The audit trail: filters of the admin view, and the hash-chain rule that makes tampering visible. */
import { z } from "zod";

export const auditFilterInput = z.object({
  orgId: z.uuid("Organisation inconnue.").optional(),
  action: z.string().max(80, "80 caractères au plus.").optional(),
  actor: z.string().max(120, "120 caractères au plus.").optional(),
  from: z.iso.date("Date invalide.").optional(),
  to: z.iso.date("Date invalide.").optional(),
  limit: z.number().int().min(1).max(200).default(50),
  cursor: z.number().int().positive().optional(),
});
export type AuditFilterInput = z.infer<typeof auditFilterInput>;

/** Canonical JSON: keys sorted at every level, so the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** Order is carried by prevHash, so a removed or reordered entry breaks the chain. */
export type AuditEntryContent = {
  chain: string;
  at: string;
  orgId: string | null;
  actorPersonId: string | null;
  actorTokenId: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

/** What gets hashed: the previous hash then the canonical entry. The hash function is injected (no I/O here). */
export function auditHashInput(prevHash: string, entry: AuditEntryContent): string {
  return `${prevHash}\n${canonicalJson(entry)}`;
}

export const GENESIS_HASH = "0".repeat(64);
