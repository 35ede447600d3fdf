/**
 * A few realistic saisines for the demo database, filed and worked through the real services as
 * the demo people would (so they are routed, timed and audited like any other): an open printer
 * incident at Bègles, a mail outage at Pessac registered by phone and waiting for the vendor, a
 * resident's request at Le Bouscat answered and confirmed, a request at Mérignac waiting for
 * qualification, an exceptional request awaiting the managers' decision, and a fresh blocking
 * incident at Bruges nobody holds yet. Seeded once, on a demo database without saisines.
 */
import { parisDate, parisDayStart } from "@mutu/domain";
import { type MutuDb, schema, withSystem } from "@mutu/db";
import { eq } from "drizzle-orm";
import { type Caller, callerForPerson } from "../../auth/caller.ts";
import type { ServiceContext } from "../tenant.ts";
import { assignSaisine } from "./assign.ts";
import { commentSaisine } from "./comment.ts";
import { createSaisine } from "./create.ts";
import { qualifySaisine } from "./qualify.ts";
import { transition } from "./transitions.ts";

const { auditLog, organisations, saisines, teams } = schema;

type Step = { at: Date; as: string };

export async function seedDemoSaisines(db: MutuDb, now = new Date()): Promise<number> {
  const state = await withSystem(db, async (tx) => ({
    demo: (await tx.select().from(auditLog).where(eq(auditLog.action, "seed.demo")).limit(1))[0],
    existing: (await tx.select({ id: saisines.id }).from(saisines).limit(1))[0],
    orgs: await tx.select({ id: organisations.id, slug: organisations.slug }).from(organisations),
    teams: await tx.select({ id: teams.id, code: teams.code }).from(teams),
  }));
  if (!state.demo || state.existing) return 0;
  const org = (slug: string) => state.orgs.find((o) => o.slug === slug)?.id ?? "";
  const team = (code: string) => state.teams.find((t) => t.code === code)?.id ?? "";
  const callers = new Map<string, Caller>();
  const ctx = async (step: Step): Promise<ServiceContext> => {
    let caller = callers.get(step.as);
    if (!caller) {
      const found = await callerForPerson(db, step.as);
      if (!found) throw new Error(`personne de démonstration absente : ${step.as}`);
      caller = found;
      callers.set(step.as, caller);
    }
    return { db, caller, now: () => step.at };
  };
  /** `daysAgo` days before today, at hh:mm Paris time (never after now). */
  const when = (daysAgo: number, hhmm: string): Date => {
    const [hh = 0, mm = 0] = hhmm.split(":").map(Number);
    const day = parisDate(new Date(now.getTime() - daysAgo * 86_400_000));
    const at = new Date(parisDayStart(day).getTime() + (hh * 60 + mm) * 60_000);
    return at < now ? at : new Date(now.getTime() - 60_000 * (daysAgo + 1));
  };
  const bm = (local: string) => `${local}@bordeaux-metropole.mutu-demo.fr`;
  const commune = (slug: string, local: string) => `${local}@${slug}.mutu-demo.fr`;
  const base = {
    nature: "ordinaire" as const,
    description: "",
    channel: "portail" as const,
  };

  // 1. Bègles: a printer incident, assigned and in progress, with a public answer.
  const printer = await createSaisine(
    await ctx({ at: when(3, "09:10"), as: commune("begles", "agent") }),
    {
      ...base,
      orgId: org("begles"),
      type: "incident",
      subDomain: "C",
      criticality: "non-bloquant",
      title: "Imprimante du service état civil hors service",
      description:
        "L'imprimante du premier étage affiche « erreur de fusion » depuis ce matin ; les actes ne peuvent plus être imprimés.",
      site: "Hôtel de ville, 1er étage",
    },
  );
  let v = (
    await assignSaisine(await ctx({ at: when(3, "09:40"), as: bm("can") }), {
      saisineId: printer.id,
      version: printer.version,
      assignee: { kind: "team", teamId: team("centre-appel") },
    })
  ).version;
  v = (
    await qualifySaisine(await ctx({ at: when(3, "09:45"), as: bm("can") }), {
      saisineId: printer.id,
      version: v,
      criticality: "non-bloquant",
      note: "Qualification confirmée : incident de poste de travail (C).",
    })
  ).version;
  v = (
    await transition(await ctx({ at: when(3, "10:00"), as: bm("can") }), "demarrer", {
      saisineId: printer.id,
      version: v,
    })
  ).version;
  await commentSaisine(await ctx({ at: when(3, "10:05"), as: bm("can") }), {
    saisineId: printer.id,
    visibility: "public",
    body: "Intervention du prestataire demandée ; une imprimante de prêt est disponible à l'accueil.",
  });

  // 2. Pessac: mail outage registered by phone, urgent, waiting for the vendor's fix.
  const mail = await createSaisine(await ctx({ at: when(1, "08:05"), as: bm("can") }), {
    ...base,
    orgId: org("pessac"),
    type: "incident",
    subDomain: "D",
    nature: "urgence",
    criticality: "bloquant",
    channel: "telephone",
    title: "Messagerie indisponible pour toute la mairie",
    description:
      "Aucun agent ne reçoit de courriel depuis 7 h 45 ; le webmail répond « service indisponible ».",
  });
  v = (
    await assignSaisine(await ctx({ at: when(1, "08:20"), as: bm("can") }), {
      saisineId: mail.id,
      version: mail.version,
      assignee: { kind: "team", teamId: team("infrastructures") },
    })
  ).version;
  v = (
    await qualifySaisine(await ctx({ at: when(1, "08:25"), as: bm("can") }), {
      saisineId: mail.id,
      version: v,
      criticality: "bloquant",
      note: "Toute la mairie est touchée : urgence confirmée.",
    })
  ).version;
  await commentSaisine(await ctx({ at: when(1, "08:50"), as: bm("dip") }), {
    saisineId: mail.id,
    visibility: "interne",
    body: "Incident ouvert chez l'éditeur (ticket 2291) ; contournement par le relais secondaire à l'étude.",
  });
  await transition(await ctx({ at: when(1, "09:00"), as: bm("dip") }), "attendre-tiers", {
    saisineId: mail.id,
    version: v,
    note: "Correctif attendu de l'éditeur de la messagerie.",
  });

  // 3. Le Bouscat: for a resident, answered and confirmed.
  const resident = await createSaisine(
    await ctx({ at: when(6, "14:00"), as: commune("le-bouscat", "dgs") }),
    {
      ...base,
      orgId: org("le-bouscat"),
      type: "demande",
      subDomain: "C",
      criticality: "non-bloquant",
      title: "Compte du portail famille bloqué",
      description: "Un parent ne peut plus se connecter au portail famille après trois essais.",
      onBehalfOf: {
        name: "Jeanne Lambert",
        contact: { kind: "telephone", value: "06 12 34 56 78" },
      },
    },
  );
  v = (
    await transition(await ctx({ at: when(5, "10:00"), as: bm("can") }), "resoudre", {
      saisineId: resident.id,
      version: resident.version,
      note: "Compte débloqué ; un lien de réinitialisation du mot de passe a été envoyé au parent.",
    })
  ).version;
  await transition(
    await ctx({ at: when(5, "11:00"), as: commune("le-bouscat", "dgs") }),
    "confirmer",
    {
      saisineId: resident.id,
      version: v,
    },
  );

  // 4. Mérignac: a project request filed by an agent, to be qualified by the call centre.
  await createSaisine(await ctx({ at: when(2, "11:00"), as: commune("merignac", "agent") }), {
    ...base,
    orgId: org("merignac"),
    type: "demande",
    subDomain: "B",
    criticality: "non-bloquant",
    title: "Module de réservation des salles municipales",
    description:
      "Les associations souhaitent réserver les salles en ligne ; quel outil envisager ?",
  });

  // 5. Bègles: an exceptional request, waiting for both sides' managers.
  await createSaisine(await ctx({ at: when(4, "15:00"), as: commune("begles", "dgs") }), {
    ...base,
    orgId: org("begles"),
    type: "demande",
    subDomain: "A",
    nature: "exceptionnelle",
    criticality: "non-bloquant",
    title: "Accompagnement au vote électronique du conseil municipal",
    description:
      "Étude et mise en place d'un vote électronique pour les séances du conseil à la rentrée.",
  });

  // 6. Bruges: a fresh blocking incident nobody holds yet.
  await createSaisine(await ctx({ at: when(0, "08:45"), as: commune("bruges", "agent") }), {
    ...base,
    orgId: org("bruges"),
    type: "incident",
    subDomain: "C",
    criticality: "bloquant",
    title: "Poste de l'accueil bloqué au démarrage",
    description: "Écran bleu au démarrage du poste de l'accueil ; le public attend.",
    site: "Mairie, accueil",
  });
  return 6;
}
