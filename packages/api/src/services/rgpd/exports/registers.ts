/**
 * The registers of one commune as data to export: each register's rows in the words users read
 * (labels, not codes; dates in France), ready to become a table (CSV, ODS), a document (PDF) or
 * stay structured (JSON). Read in the caller's tenant scope, like every read.
 */
import {
  ARTICLE9_CONDITION_LABELS,
  BREACH_HANDLER_LABELS,
  BREACH_NATURE_LABELS,
  BREACH_RISK_LABELS,
  BREACH_STATUS_LABELS,
  breachNotificationDeadline,
  DPIA_CRITERION_LABELS,
  dpiaAssessment,
  frenchDate,
  frenchDateTime,
  IDENTITY_CHECK_LABELS,
  isLateNotification,
  LEGAL_BASIS_LABELS,
  METROPOLE_ROLE_LABELS,
  metropoleResponsibility,
  OPINION_OUTCOME_LABELS,
  PROCESSING_PATH_LABELS,
  PROCESSING_STATUS_LABELS,
  PROCESSOR_ROLE_LABELS,
  REMEDIATION_PRIORITY_LABELS,
  REQUEST_CHANNEL_LABELS,
  REQUEST_KIND_LABELS,
  REQUEST_OUTCOME_LABELS,
  REQUEST_STATE_LABELS,
  RETENTION_END_ACTION_LABELS,
  RETENTION_OPERATION_STATUS_LABELS,
  requestState,
  SECURITY_MEASURE_LABELS,
  TRANSFER_SAFEGUARD_LABELS,
  frenchNumero,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { ServiceContext } from "../../tenant.ts";
import { standardNotifiedOn } from "../context.ts";
import { buildProcessorRegister } from "../processor-register.ts";

const {
  organisations,
  rgpdBreaches,
  rgpdOpinions,
  rgpdProcessings,
  rgpdProcessors,
  rgpdRequests,
  rgpdRetentionOperations,
} = schema;

export const REGISTERS = [
  "processings",
  "processors",
  "breaches",
  "requests",
  "retention",
] as const;
export type Register = (typeof REGISTERS)[number];
export const REGISTER_TITLES: Record<Register, string> = {
  processings: "Registre des activités de traitement",
  processors: "Registre des traitements effectués par la Métropole en qualité de sous-traitant",
  breaches: "Registre des violations de données",
  requests: "Registre des demandes d'exercice des droits",
  retention: "Échéancier de fin de conservation",
};
export const REGISTER_FILES: Record<Register, string> = {
  processings: "registre-des-traitements",
  processors: "registre-de-sous-traitance",
  breaches: "registre-des-violations",
  requests: "registre-des-demandes",
  retention: "fin-de-conservation",
};

/** A field of a record: its label and value as read; lists joined where a table needs one cell. */
export type Field = { label: string; value: string | string[] };
/** One record of a register: a title (its number and name) and its fields in order. */
export type RegisterRecord = { title: string; fields: Field[] };

const opt = (d: string | null) => (d ? frenchDate(d) : "");
const at = (d: Date | null) => (d ? frenchDateTime(d) : "");
const months = (m: number) => (m % 12 === 0 ? `${m / 12} an${m / 12 > 1 ? "s" : ""}` : `${m} mois`);

async function processingRecords(tx: Tx, orgId: string): Promise<RegisterRecord[]> {
  const [org] = await tx
    .select({ kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  const notifiedOn = await standardNotifiedOn(tx, orgId);
  const rows = await tx
    .select({
      p: rgpdProcessings,
      opinion: sql<{ outcome: string; givenAt: string; reservations: string[] } | null>`(
        select json_build_object('outcome', o.outcome, 'givenAt', o.given_at, 'reservations', o.reservations)
        from ${rgpdOpinions} o where o.processing_id = ${sql.raw('"rgpd_processings"."id"')} and o.outcome is not null
        order by o.given_at desc limit 1)`,
    })
    .from(rgpdProcessings)
    .where(eq(rgpdProcessings.orgId, orgId))
    .orderBy(asc(rgpdProcessings.number));
  const vendorIds = [
    ...new Set(rows.flatMap((r) => r.p.content.processors.map((x) => x.processorId))),
  ];
  const vendors = vendorIds.length
    ? await tx.select().from(rgpdProcessors).where(inArray(rgpdProcessors.id, vendorIds))
    : [];
  const vendor = new Map(vendors.map((v) => [v.id, v]));
  return rows.map(({ p, opinion }) => {
    const c = p.content;
    const dpia = dpiaAssessment(c);
    const responsibility = metropoleResponsibility({
      ownProcessing: org?.kind === "operator",
      definedPurposesAndMeansAsContractingAuthority: c.metropoleDefinedPurposesAndMeans,
      path: c.path,
      standardNotifiedOn: notifiedOn,
      recordedOn: p.recordedOn,
    });
    return {
      title: `N° ${p.number} — ${c.name}`,
      fields: [
        { label: "N°", value: String(p.number) },
        { label: "Traitement", value: c.name },
        { label: "Service", value: c.service },
        { label: "Statut", value: PROCESSING_STATUS_LABELS[p.status] },
        { label: "Mise en œuvre", value: opt(p.inForceOn) },
        { label: "Arrêt", value: opt(p.endedOn) },
        { label: "Origine", value: PROCESSING_PATH_LABELS[c.path] },
        {
          label: "Rôle de la Métropole",
          value: METROPOLE_ROLE_LABELS[responsibility.role],
        },
        { label: "Pourquoi", value: responsibility.reason },
        { label: "Limite de responsabilité", value: responsibility.caveat ?? "" },
        { label: "Description", value: c.description },
        {
          label: "Finalités et bases légales",
          value: c.purposes.map(
            (x) =>
              `${x.label} — ${LEGAL_BASIS_LABELS[x.legalBasis]}${x.basisDetail ? ` (${x.basisDetail})` : ""}`,
          ),
        },
        { label: "Personnes concernées", value: c.personCategories },
        {
          label: "Nombre estimé de personnes",
          value: c.estimatedPersons === null ? "" : c.estimatedPersons.toLocaleString("fr-FR"),
        },
        {
          label: "Catégories de données",
          value: c.dataCategories.map((d) =>
            d.sensitive && d.article9Condition
              ? `${d.label} — donnée sensible, ${ARTICLE9_CONDITION_LABELS[d.article9Condition]}`
              : d.label,
          ),
        },
        { label: "Destinataires", value: c.recipients },
        {
          label: "Transferts hors de l'Union européenne",
          value: c.transfers.map(
            (t) => `${t.recipient} (${t.country}) — ${TRANSFER_SAFEGUARD_LABELS[t.safeguard]}`,
          ),
        },
        {
          label: "Durées de conservation et sort final",
          value: c.retention.map(
            (r) =>
              `${r.data} : ${months(r.months)} à compter de ${r.from} ; à la fin : ${RETENTION_END_ACTION_LABELS[r.endAction]}${r.archiveMonths ? `, pendant ${months(r.archiveMonths)}` : ""}`,
          ),
        },
        {
          label: "Mesures de sécurité",
          value: c.securityMeasures.map((m) => SECURITY_MEASURE_LABELS[m]),
        },
        { label: "Précisions sur la sécurité", value: c.securityNotes },
        { label: "Applications", value: c.applications },
        {
          label: "Sous-traitants",
          value: c.processors.map((x) => {
            const v = vendor.get(x.processorId);
            return v
              ? `${v.name} — ${PROCESSOR_ROLE_LABELS[x.role]}, contrat ${v.contractReference}${v.contractExpiresOn ? ` jusqu'au ${frenchDate(v.contractExpiresOn)}` : ""}`
              : "";
          }),
        },
        {
          label: "Analyse d'impact",
          value: [
            dpia.reason,
            ...dpia.criteria.map((x) => `Critère : ${DPIA_CRITERION_LABELS[x]}`),
            ...(c.dpia.reference
              ? [
                  `Référence : ${c.dpia.reference}${c.dpia.doneOn ? ` du ${frenchDate(c.dpia.doneOn)}` : ""}`,
                ]
              : []),
          ],
        },
        {
          label: "Avis du DPO",
          value: opinion
            ? `${OPINION_OUTCOME_LABELS[opinion.outcome as keyof typeof OPINION_OUTCOME_LABELS]} du ${frenchDateTime(new Date(opinion.givenAt))}${opinion.reservations?.length ? ` — réserves : ${opinion.reservations.join(" ; ")}` : ""}`
            : "Aucun",
        },
        {
          label: "Plan de mise en conformité",
          value: c.remediation
            ? `${REMEDIATION_PRIORITY_LABELS[c.remediation.priority]} — ${c.remediation.owner}, échéance ${opt(c.remediation.dueOn)} : ${c.remediation.actions}`
            : "",
        },
      ],
    };
  });
}

async function breachRecords(tx: Tx, orgId: string): Promise<RegisterRecord[]> {
  const rows = await tx
    .select()
    .from(rgpdBreaches)
    .where(eq(rgpdBreaches.orgId, orgId))
    .orderBy(desc(rgpdBreaches.awareAt));
  return rows.map((b) => ({
    title: `Violation ${frenchNumero(b.number)} — ${b.title}`,
    fields: [
      { label: "N°", value: String(b.number) },
      { label: "Intitulé", value: b.title },
      { label: "Prise de connaissance", value: at(b.awareAt) },
      {
        label: "Échéance de notification (72 h)",
        value: at(breachNotificationDeadline(b.awareAt)),
      },
      {
        label: "Nature",
        value: b.natures.map((n) => BREACH_NATURE_LABELS[n as keyof typeof BREACH_NATURE_LABELS]),
      },
      { label: "Description", value: b.description },
      { label: "Gérée par", value: BREACH_HANDLER_LABELS[b.handledBy] },
      { label: "Personnes concernées", value: b.personCategories },
      {
        label: "Nombre approximatif de personnes",
        value: b.approxPersons === null ? "" : String(b.approxPersons),
      },
      { label: "Données concernées", value: b.dataCategories },
      {
        label: "Nombre approximatif d'enregistrements",
        value: b.approxRecords === null ? "" : String(b.approxRecords),
      },
      { label: "Conséquences probables", value: b.consequences },
      { label: "Mesures prises", value: b.measuresTaken },
      { label: "Mesures envisagées", value: b.measuresProposed },
      { label: "Risque", value: b.riskLevel ? BREACH_RISK_LABELS[b.riskLevel] : "Non évalué" },
      {
        label: "Notification à la CNIL",
        value: b.notifiedAt ? `${at(b.notifiedAt)} — ${b.cnilReference ?? ""}` : "Non notifiée",
      },
      {
        label: "Retard de notification",
        value:
          b.notifiedAt && isLateNotification(b.awareAt, b.notifiedAt)
            ? (b.lateJustification ?? "")
            : "",
      },
      {
        label: "Information des personnes",
        value: b.personsInformedAt
          ? `${at(b.personsInformedAt)} — ${b.personsInformationMeans ?? ""}`
          : "",
      },
      { label: "État", value: BREACH_STATUS_LABELS[b.status] },
    ],
  }));
}

async function requestRecords(tx: Tx, orgId: string, now: Date): Promise<RegisterRecord[]> {
  const rows = await tx
    .select()
    .from(rgpdRequests)
    .where(eq(rgpdRequests.orgId, orgId))
    .orderBy(desc(rgpdRequests.receivedAt));
  return rows.map((r) => ({
    title: `Demande ${frenchNumero(r.number)} — ${REQUEST_KIND_LABELS[r.kind]}`,
    fields: [
      { label: "N°", value: String(r.number) },
      { label: "Droit exercé", value: REQUEST_KIND_LABELS[r.kind] },
      { label: "Reçue le", value: at(r.receivedAt) },
      { label: "Canal", value: REQUEST_CHANNEL_LABELS[r.channel] },
      { label: "Personne", value: r.requesterName },
      { label: "Vérification d'identité", value: IDENTITY_CHECK_LABELS[r.identityCheck] },
      {
        label: "Prolongation",
        value: r.extendedAt
          ? `Oui — personne informée le ${at(r.personToldAt)} : ${r.extensionReason ?? ""}`
          : "Non",
      },
      { label: "Échéance", value: at(r.dueAt) },
      { label: "Réponse", value: r.answeredAt ? at(r.answeredAt) : "" },
      { label: "Suite donnée", value: r.outcome ? REQUEST_OUTCOME_LABELS[r.outcome] : "" },
      {
        label: "État",
        value:
          REQUEST_STATE_LABELS[requestState({ ...r, extended: r.extendedAt !== null }, now).state],
      },
    ],
  }));
}

async function retentionRecords(tx: Tx, orgId: string): Promise<RegisterRecord[]> {
  const rows = await tx
    .select({
      o: rgpdRetentionOperations,
      number: rgpdProcessings.number,
      name: rgpdProcessings.name,
    })
    .from(rgpdRetentionOperations)
    .innerJoin(rgpdProcessings, eq(rgpdProcessings.id, rgpdRetentionOperations.processingId))
    .where(eq(rgpdRetentionOperations.orgId, orgId))
    .orderBy(asc(rgpdRetentionOperations.dueOn));
  return rows.map(({ o, number, name }) => ({
    title: `${frenchDate(o.dueOn)} — ${name}`,
    fields: [
      { label: "Échéance", value: frenchDate(o.dueOn) },
      { label: "Traitement", value: `N° ${number} — ${name}` },
      { label: "Données", value: o.data },
      { label: "Action", value: RETENTION_END_ACTION_LABELS[o.action] },
      {
        label: "Données concernées",
        value: `${o.final ? "Toutes les données restantes" : `Point de départ (${o.fromEvent}) avant le ${frenchDate(o.cutoffOn)}`}`,
      },
      { label: "État", value: RETENTION_OPERATION_STATUS_LABELS[o.status] },
      {
        label: "Commune informée",
        value: o.informedAt ? `${at(o.informedAt)} — ${o.informedBy ?? ""}` : "",
      },
      {
        label: "Confirmation de la commune",
        value: o.confirmedAt
          ? `${at(o.confirmedAt)} — ${o.confirmedBy ?? ""}${o.declinedReason ? ` : ${o.declinedReason}` : ""}`
          : "",
      },
      {
        label: "Réalisation",
        value: o.doneAt ? `${at(o.doneAt)} — ${o.doneBy ?? ""} : ${o.doneNote ?? ""}` : "",
      },
    ],
  }));
}

async function processorRecords(tx: Tx, ctx: ServiceContext, orgId: string, day: string) {
  const register = await buildProcessorRegister(tx, ctx, orgId, day);
  const records: RegisterRecord[] = register.entries.map((e) => ({
    title: `N° ${e.number} — ${e.name}`,
    fields: [
      { label: "N°", value: String(e.number) },
      { label: "Traitement", value: e.name },
      { label: "Qualité de la Métropole", value: e.role },
      { label: "Catégories de traitement", value: e.purposes },
      { label: "Personnes concernées", value: e.personCategories },
      { label: "Catégories de données", value: e.dataCategories },
      { label: "Transferts hors de l'Union européenne", value: e.transfers },
      { label: "Mesures de sécurité", value: e.security },
      { label: "Sous-traitants ultérieurs", value: e.subProcessors },
    ],
  }));
  return {
    records,
    parties: [
      { label: "Responsable de traitement", value: register.controller.name },
      { label: "DPO du responsable de traitement", value: register.controller.dpo },
      { label: "Sous-traitant", value: register.processor.name },
      { label: "DPO du sous-traitant", value: register.processor.dpo },
    ],
  };
}

/** One register of one organisation, as records, with the parties its heading names. */
export async function registerRecords(
  tx: Tx,
  ctx: ServiceContext,
  orgId: string,
  register: Register,
  day: string,
): Promise<{ records: RegisterRecord[]; parties: Field[] }> {
  switch (register) {
    case "processings":
      return { records: await processingRecords(tx, orgId), parties: [] };
    case "processors":
      return processorRecords(tx, ctx, orgId, day);
    case "breaches":
      return { records: await breachRecords(tx, orgId), parties: [] };
    case "requests":
      return { records: await requestRecords(tx, orgId, ctx.now()), parties: [] };
    case "retention":
      return { records: await retentionRecords(tx, orgId), parties: [] };
  }
}
