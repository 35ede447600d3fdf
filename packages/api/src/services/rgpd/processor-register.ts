/**
 * The Métropole's processor register for one controller (GDPR art. 30(2), 004 V-b « le
 * sous-traitant recense… les catégories de traitement effectuées pour le compte de chaque
 * responsable de traitement »), generated from that commune's register rather than kept by hand:
 * every record in force where the Métropole is processor or joint controller, with its categories,
 * transfers, security measures and the sub-processors it relies on.
 */
import {
  LEGAL_BASIS_LABELS,
  METROPOLE_ROLE_LABELS,
  type MetropoleRole,
  SECURITY_MEASURE_LABELS,
  TRANSFER_SAFEGUARD_LABELS,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, asc, eq, inArray } from "drizzle-orm";
import { AppError } from "../../errors.ts";
import { functionCoded, functionHolders } from "../people/function-holders.ts";
import { inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import { orgOf, rgpdOptions, today } from "./context.ts";

const { organisations, rgpdProcessings, rgpdProcessors, rgpdSettings } = schema;

/** Who holds a function in an organisation (its DPO), by the function's code. */
async function holdersOf(tx: Tx, orgId: string, code: string) {
  const rows = await functionHolders(tx, orgId, functionCoded(code));
  return rows.map((r) => `${r.name} (${r.email})`).join(", ");
}

export async function processorRegister(
  ctx: ServiceContext,
  input: { orgId?: string | undefined },
) {
  const orgId = targetOrgId(ctx.caller, input.orgId);
  const day = today(ctx);
  return inTenant(ctx, async (tx) => buildProcessorRegister(tx, ctx, orgId, day));
}

export async function buildProcessorRegister(
  tx: Tx,
  ctx: ServiceContext,
  orgId: string,
  day: string,
) {
  const org = await orgOf(tx, orgId);
  if (org.kind !== "commune")
    throw new AppError(
      "BAD_REQUEST",
      "Le registre de sous-traitance se tient par commune responsable de traitement.",
    );
  const [operator] = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, ctx.caller.operatorId));
  const [rows, options, [settings], operatorDpo] = await Promise.all([
    tx
      .select({
        number: rgpdProcessings.number,
        role: rgpdProcessings.metropoleRole,
        content: rgpdProcessings.content,
        inForceOn: rgpdProcessings.inForceOn,
      })
      .from(rgpdProcessings)
      .where(
        and(
          eq(rgpdProcessings.orgId, orgId),
          eq(rgpdProcessings.status, "in-force"),
          inArray(rgpdProcessings.metropoleRole, ["processor", "joint-controller"]),
        ),
      )
      .orderBy(asc(rgpdProcessings.number)),
    rgpdOptions(tx, ctx.caller, orgId, day),
    tx.select().from(rgpdSettings).where(eq(rgpdSettings.orgId, orgId)),
    holdersOf(tx, ctx.caller.operatorId, "operator-dpo"),
  ]);
  const vendorIds = [
    ...new Set(rows.flatMap((r) => r.content.processors.map((p) => p.processorId))),
  ];
  const vendors = vendorIds.length
    ? await tx.select().from(rgpdProcessors).where(inArray(rgpdProcessors.id, vendorIds))
    : [];
  const vendorName = new Map(vendors.map((v) => [v.id, v]));
  // The Métropole's staff are out of a commune's sight (row-level security): its DPO is then named
  // by the function, which the commune's contract already gives it.
  const metropoleDpo =
    operatorDpo || `Le délégué à la protection des données de ${operator?.name ?? "la Métropole"}`;
  const controllerDpo =
    options.dpoShared === false
      ? settings?.ownDpoName
        ? `${settings.ownDpoName}${settings.ownDpoEmail ? ` (${settings.ownDpoEmail})` : ""}`
        : "Non renseigné"
      : `DPO mutualisé avec la Métropole : ${metropoleDpo}`;
  return {
    controller: { id: org.id, name: org.name, dpo: controllerDpo },
    processor: { name: operator?.name ?? "", dpo: metropoleDpo },
    day,
    entries: rows.map((r) => ({
      number: r.number,
      name: r.content.name,
      role: METROPOLE_ROLE_LABELS[r.role as MetropoleRole],
      inForceOn: r.inForceOn,
      purposes: r.content.purposes.map((p) => `${p.label} (${LEGAL_BASIS_LABELS[p.legalBasis]})`),
      personCategories: r.content.personCategories,
      dataCategories: r.content.dataCategories.map((c) =>
        c.sensitive ? `${c.label} (sensible)` : c.label,
      ),
      transfers: r.content.transfers.map(
        (t) => `${t.recipient}, ${t.country} — ${TRANSFER_SAFEGUARD_LABELS[t.safeguard]}`,
      ),
      security: r.content.securityMeasures.map((m) => SECURITY_MEASURE_LABELS[m]),
      securityNotes: r.content.securityNotes,
      subProcessors: r.content.processors.map((p) => {
        const v = vendorName.get(p.processorId);
        return v ? `${v.name} (contrat ${v.contractReference})` : "Prestataire inconnu";
      }),
    })),
  };
}
