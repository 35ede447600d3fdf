/**
 * The rest of the demo RGPD file: the Métropole's vendors, Bègles' organisation with its breaches
 * and requests, and the référentiel notified to every commune (Pessac's receipts still awaited).
 */
import { addDays, addMonths, parisDate, subjectRequestDeadline } from "@mutu/domain";
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "../client.ts";
import {
  rgpdBreaches,
  rgpdConsultations,
  rgpdEvents,
  rgpdProcessors,
  rgpdReferenceDocuments,
  rgpdReferenceNotifications,
  rgpdRequests,
  rgpdRetentionOperations,
  rgpdSettings,
} from "../schema/index.ts";
import { HOUR, type Org, SEED, SEED_LABEL } from "./seed-actor.ts";

export async function seedVendors(tx: Tx, bm: Org) {
  const rows = await tx
    .insert(rgpdProcessors)
    .values(
      [
        {
          key: "hosting",
          name: "Hébergeur Aquitain de données publiques",
          ref: "MP-2022-041",
          expires: "2027-12-31",
        },
        {
          key: "civil",
          name: "Civitas Logiciels (état civil)",
          ref: "MP-2019-112",
          expires: "2026-08-31",
        },
        {
          key: "family",
          name: "Famille+ Éditions (portail famille)",
          ref: "MP-2021-077",
          expires: "2029-08-31",
        },
      ].map((v) => ({
        orgId: bm.id,
        operatorId: bm.id,
        name: v.name,
        address: "Gironde",
        dpoContact: "dpo@exemple.fr",
        contractReference: `${v.ref} (clauses de l'art. 28 RGPD)`,
        contractSignedOn: "2019-01-15",
        contractExpiresOn: v.expires,
        commitments:
          "Traitement sur instruction documentée ; hébergement en France ; confidentialité des personnels ; notification des violations sous 24 heures ; audit annuel ; restitution puis effacement en fin de contrat.",
      })),
    )
    .returning({ id: rgpdProcessors.id, name: rgpdProcessors.name });
  const key = (fragment: string) => rows.find((r) => r.name.includes(fragment))?.id ?? "";
  return { hosting: key("Hébergeur"), civil: key("Civitas"), family: key("Famille+") };
}

/** Bègles' organisation, a breach whose 72 hours are running, a closed one, two requests. */
export async function seedBeglesFile(tx: Tx, bm: Org, begles: Org, now: Date) {
  await tx.insert(rgpdSettings).values({
    orgId: begles.id,
    missionLetterReference: "Lettre de mission du DPO mutualisé, arrêté 2018-114",
    missionLetterOn: "2018-06-25",
    correspondents: [
      {
        name: "Marie Lacoste",
        function: "Correspondante RGPD, direction de l'éducation",
        email: "",
      },
    ],
    residentRetentionMonths: 12,
    legacyInventorySubmittedOn: "2018-12-14",
    updatedByLabel: SEED_LABEL,
  });
  const common = {
    orgId: begles.id,
    operatorId: bm.id,
    handledBy: "metropole" as const,
    processingIds: [],
    ...SEED,
  };
  const [running] = await tx
    .insert(rgpdBreaches)
    .values({
      ...common,
      number: 2,
      title: "Envoi du fichier des inscrits de la médiathèque à une mauvaise liste",
      description:
        "Un export des comptes lecteurs a été joint par erreur à une lettre d'information.",
      natures: ["confidentiality"],
      awareAt: new Date(now.getTime() - 30 * HOUR),
      personCategories: ["Lecteurs inscrits"],
      approxPersons: 1_850,
      dataCategories: ["Identité", "Adresse électronique"],
      consequences: "Risque d'hameçonnage ciblé.",
      measuresTaken: "Rappel du message ; demande de suppression aux destinataires.",
      measuresProposed: "",
      riskLevel: "risk",
      status: "open",
      revision: 1,
    })
    .returning();
  const closedAware = new Date("2025-11-14T07:10:00Z");
  await tx.insert(rgpdBreaches).values({
    ...common,
    number: 1,
    title: "Perte d'un ordinateur portable chiffré",
    description: "Ordinateur portable d'un agent volé dans un véhicule ; disque chiffré.",
    natures: ["availability"],
    awareAt: closedAware,
    personCategories: ["Agents"],
    dataCategories: ["Messagerie professionnelle"],
    consequences: "Aucune : disque chiffré, compte révoqué.",
    measuresTaken: "Révocation des accès, dépôt de plainte.",
    measuresProposed: "",
    riskLevel: "none",
    status: "closed",
    closedAt: new Date(closedAware.getTime() + 50 * HOUR),
    closingNote: "Pas de risque : non notifiée, consignée au registre.",
    revision: 1,
  });
  if (running)
    await tx.insert(rgpdConsultations).values({
      orgId: begles.id,
      subject: "breach",
      subjectId: running.id,
      consultedAt: new Date(now.getTime() - 26 * HOUR),
      service: "Médiathèque municipale",
      observations: "Liste des lecteurs concernés fournie.",
      ...SEED,
    });
  const event = (subject: string, subjectId: string, at: Date, kind: string, summary: string) => ({
    orgId: begles.id,
    subject,
    subjectId,
    at,
    kind,
    summary,
    ...SEED,
  });
  if (running)
    await tx
      .insert(rgpdEvents)
      .values([
        event(
          "breach",
          running.id,
          running.awareAt,
          "breach-opened",
          "Violation ouverte ; gérée par la Métropole (RSSI et DPO).",
        ),
        event(
          "breach",
          running.id,
          new Date(now.getTime() - 26 * HOUR),
          "commune-consulted",
          "Services de la commune consultés : médiathèque municipale.",
        ),
      ]);
  await awaitConfirmation(tx, begles.id, now);
  const received = new Date(now.getTime() - 10 * 24 * HOUR);
  await tx.insert(rgpdRequests).values([
    {
      ...common,
      number: 1,
      kind: "access",
      receivedAt: received,
      channel: "courriel",
      requesterName: "M. Julien Fabre",
      requesterContact: "julien.fabre@exemple.fr",
      details: "Copie des données le concernant dans le fichier des associations.",
      identityCheck: "verified",
      identityNote: "Pièce d'identité reçue.",
      dueAt: subjectRequestDeadline(received),
    },
    {
      ...common,
      number: 2,
      kind: "rectification",
      receivedAt: new Date("2026-01-12T09:00:00Z"),
      channel: "courrier",
      requesterName: "Mme Nadia Benali",
      requesterContact: "",
      details: "Correction de l'orthographe de son nom sur la liste électorale.",
      identityCheck: "not-required",
      identityNote: "",
      dueAt: subjectRequestDeadline(new Date("2026-01-12T09:00:00Z")),
      answeredAt: new Date("2026-01-26T14:00:00Z"),
      outcome: "granted",
      answerSummary: "Rectification faite et confirmée par courrier.",
    },
  ]);
}

/** Bègles' next erasure, told to the commune two days ago: it waits for its confirmation. */
async function awaitConfirmation(tx: Tx, orgId: string, now: Date) {
  const [next] = await tx
    .select()
    .from(rgpdRetentionOperations)
    .where(
      and(
        eq(rgpdRetentionOperations.orgId, orgId),
        eq(rgpdRetentionOperations.action, "erase"),
        eq(rgpdRetentionOperations.status, "planned"),
      ),
    )
    .orderBy(asc(rgpdRetentionOperations.dueOn))
    .limit(1);
  if (!next) return;
  const dueOn = addDays(parisDate(now), 21);
  await tx
    .update(rgpdRetentionOperations)
    .set({
      dueOn,
      cutoffOn: addMonths(dueOn, -next.months),
      status: "commune-informed",
      informedAt: new Date(now.getTime() - 2 * 24 * HOUR),
      informedBy: "DGNSI — exploitation",
    })
    .where(eq(rgpdRetentionOperations.id, next.id));
}

const REFERENTIAL = [
  {
    key: "pgssi",
    kind: "policy",
    title: "Politique générale de sécurité des systèmes d'information (PGSSI)",
    version: "2.0",
  },
  {
    key: "charte",
    kind: "charter",
    title: "Charte d'utilisation du système d'information mutualisé",
    version: "1.3",
  },
  {
    key: "projet-numerique",
    kind: "technical-sheet",
    title: "Fiche technique « commande d'un projet numérique »",
    version: "1.0",
  },
  {
    key: "saisine-dpo",
    kind: "technical-sheet",
    title: "Fiche technique « saisine directe du DPO »",
    version: "1.0",
  },
  {
    key: "commande-publique",
    kind: "technical-sheet",
    title:
      "Fiche technique « conformité au RGPD dans les procédures contractuelles comportant un volet numérique »",
    version: "1.1",
  },
] as const;

export async function seedReferential(tx: Tx, bm: Org, communes: Org[]) {
  const docs = await tx
    .insert(rgpdReferenceDocuments)
    .values(
      REFERENTIAL.map((d) => ({
        orgId: bm.id,
        documentKey: d.key,
        kind: d.kind,
        title: d.title,
        version: d.version,
        publishedOn: "2019-02-01",
        summary: "",
        publishedByLabel: SEED_LABEL,
      })),
    )
    .returning();
  const notifications = communes.flatMap((c) =>
    docs.map((d) => ({
      orgId: c.id,
      documentId: d.id,
      notifiedOn: "2019-03-15",
      means: "Courrier au directeur général des services",
      acknowledgedOn: c.slug === "pessac" ? null : "2019-03-22",
      recordedByLabel: SEED_LABEL,
    })),
  );
  if (notifications.length) await tx.insert(rgpdReferenceNotifications).values(notifications);
}
