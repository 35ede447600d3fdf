/**
 * Demo governance, planned and recorded through the real services as the Métropole's administrator
 * would, each step at its own moment (planned two weeks ahead, recorded the evening it was held):
 * Bègles' bodies last year — three follow-up meetings held of the four due, the mayors twice, the
 * strategic committee — with actions followed to closure and one still open; this year's meetings
 * held before today; Redon's enlarged steering commission. Seeded once, on a demo database
 * without meetings.
 */
import { addDays, parisDateTime, parisToday } from "@mutu/domain";
import { type MutuDb, schema, withSystem } from "@mutu/db";
import { eq, inArray } from "drizzle-orm";
import { callerForPerson } from "../../auth/caller.ts";
import { updateAction } from "./actions.ts";
import { planMeeting } from "./plan.ts";
import { recordMeeting } from "./record.ts";

const { auditLog, meetings, organisations, people } = schema;

/** `closedOn`: the day of the later meeting that closes it. */
type DemoAction = { title: string; owner: string; dueOn: string; closedOn?: string };
type DemoMeeting = {
  org: string;
  body: "comite-suivi" | "reunion-maires" | "comite-strategique" | "commission-pilotage";
  day: string;
  place: string;
  agenda: string[];
  invite: string[];
  minutes: string;
  decisions: string[];
  actions: DemoAction[];
};

const BM = (who: string) => `${who}@bordeaux-metropole.mutu-demo.fr`;
const BEGLES = (who: string) => `${who}@begles.mutu-demo.fr`;

function demoMeetings(year: number): DemoMeeting[] {
  const last = year - 1;
  const begles = (m: Omit<DemoMeeting, "org" | "place" | "invite">): DemoMeeting => ({
    org: "begles",
    place: "Mairie de Bègles, salle des commissions",
    invite: [BEGLES("dgs"), BEGLES("referent"), BM("referent-sud"), BM("dip")],
    ...m,
  });
  return [
    begles({
      body: "comite-suivi",
      day: `${last}-03-12`,
      agenda: ["Indicateurs du trimestre", "Plan de reprise d'activité", "Questions diverses"],
      minutes:
        "Revue des délais de prise en compte des demandes et de résolution des incidents du trimestre. La commune rappelle la priorité donnée au plan de reprise d'activité (PRA).",
      decisions: ["Le plan de reprise d'activité est prioritaire pour l'année."],
      actions: [
        {
          title: "Chiffrer le plan de reprise d'activité",
          owner: BM("dip"),
          dueOn: `${last}-05-31`,
          closedOn: `${last}-06-18`,
        },
        {
          title: "Inventorier les applications métier",
          owner: BEGLES("referent"),
          dueOn: `${last}-09-30`,
          closedOn: `${last}-10-02`,
        },
      ],
    }),
    begles({
      body: "comite-suivi",
      day: `${last}-06-18`,
      agenda: ["Indicateurs du trimestre", "Suivi des actions", "Questions diverses"],
      minutes: "Le chiffrage du PRA est présenté et validé. L'inventaire des applications avance.",
      decisions: ["Le PRA est inscrit au budget de l'année suivante."],
      actions: [],
    }),
    begles({
      body: "reunion-maires",
      day: `${last}-05-20`,
      agenda: ["Bilan du service commun", "Perspectives"],
      minutes: "Présentation du bilan du service commun aux maires.",
      decisions: [],
      actions: [],
    }),
    begles({
      body: "comite-suivi",
      day: `${last}-10-02`,
      agenda: ["Indicateurs du trimestre", "Suivi des actions", "Téléphonie"],
      minutes:
        "L'inventaire des applications est remis. La migration de la téléphonie (PABX) est à préparer.",
      decisions: ["La migration du PABX est engagée."],
      actions: [
        {
          title: "Préparer la migration de la téléphonie (PABX)",
          owner: BM("referent-sud"),
          dueOn: `${year}-02-27`,
        },
      ],
    }),
    begles({
      body: "reunion-maires",
      day: `${last}-11-25`,
      agenda: ["Rapport d'évaluation à venir", "Questions diverses"],
      minutes: "Échange sur le contenu du rapport annuel d'évaluation.",
      decisions: [],
      actions: [],
    }),
    begles({
      body: "comite-strategique",
      day: `${last}-12-04`,
      agenda: ["Schéma numérique", "Priorités de l'année suivante"],
      minutes:
        "Le comité arrête les priorités numériques de l'année suivante : PRA, site internet, téléphonie.",
      decisions: ["Priorités : PRA, site internet, migration de la téléphonie."],
      actions: [],
    }),
    begles({
      body: "comite-suivi",
      day: `${year}-03-10`,
      agenda: ["Indicateurs du trimestre", "Suivi des actions"],
      minutes: "Revue des indicateurs ; la migration de la téléphonie a pris du retard (éditeur).",
      decisions: [],
      actions: [],
    }),
    begles({
      body: "comite-suivi",
      day: `${year}-06-16`,
      agenda: ["Indicateurs du trimestre", "Suivi des actions"],
      minutes: "Revue des indicateurs du trimestre.",
      decisions: [],
      actions: [],
    }),
    {
      org: "redon-agglomeration",
      body: "commission-pilotage",
      day: `${last}-10-14`,
      place: "Redon Agglomération, salle du conseil communautaire",
      invite: ["admin@redon-agglomeration.mutu-demo.fr", "dgs@redon.mutu-demo.fr"],
      agenda: ["Bilan de l'année du service commun", "Évolution du catalogue"],
      minutes: "Bilan de l'activité du service commun et des contributions des adhérents.",
      decisions: ["Le catalogue est reconduit sans changement de prix."],
      actions: [],
    },
  ];
}

export async function seedDemoMeetings(db: MutuDb, now = new Date()): Promise<number> {
  const state = await withSystem(db, async (tx) => ({
    demo: (await tx.select().from(auditLog).where(eq(auditLog.action, "seed.demo")).limit(1))[0],
    existing: (await tx.select({ id: meetings.id }).from(meetings).limit(1))[0],
    orgs: await tx.select({ id: organisations.id, slug: organisations.slug }).from(organisations),
    people: await tx
      .select({ id: people.id, email: people.email })
      .from(people)
      .where(
        inArray(people.email, [
          BM("dip"),
          BM("referent-sud"),
          BEGLES("dgs"),
          BEGLES("referent"),
          "admin@redon-agglomeration.mutu-demo.fr",
          "dgs@redon.mutu-demo.fr",
        ]),
      ),
  }));
  if (!state.demo || state.existing) return 0;
  const orgId = (slug: string) => state.orgs.find((o) => o.slug === slug)?.id ?? "";
  const personId = (email: string) => state.people.find((p) => p.email === email)?.id ?? "";
  const today = parisToday(now);
  const admins = {
    "bordeaux-metropole": await callerForPerson(db, BM("admin")),
    "redon-agglomeration": await callerForPerson(db, "admin@redon-agglomeration.mutu-demo.fr"),
  };
  const open: { id: string; closedOn: string }[] = [];
  let count = 0;
  const all = demoMeetings(Number(today.slice(0, 4))).sort((a, b) => (a.day < b.day ? -1 : 1));
  for (const m of all) {
    if (m.day >= today) continue; // only what has already happened
    const caller =
      m.org === "redon-agglomeration"
        ? admins["redon-agglomeration"]
        : admins["bordeaux-metropole"];
    if (!caller) throw new Error("administrateur de démonstration absent");
    const startsAt = parisDateTime(m.day, "10:00") ?? now;
    const planned = await planMeeting(
      { db, caller, now: () => parisDateTime(addDays(m.day, -14), "09:00") ?? now },
      {
        orgId: orgId(m.org),
        body: m.body,
        subDomain: null,
        date: m.day,
        startTime: "10:00",
        endTime: "12:00",
        place: m.place,
        videoUrl: "",
        agenda: m.agenda,
        participantIds: m.invite.map(personId),
      },
    );
    const recordedAt = new Date(startsAt.getTime() + 7 * 3_600_000);
    const ctx = { db, caller, now: () => recordedAt };
    const record = await recordMeeting(ctx, {
      meetingId: planned.id,
      attendeeIds: m.invite.map(personId),
      otherAttendees: [],
      minutes: m.minutes,
      decisions: m.decisions,
      actions: m.actions.map((a) => ({
        title: a.title,
        ownerId: personId(a.owner),
        dueOn: a.dueOn,
      })),
    });
    for (const a of open.filter((o) => o.closedOn === m.day))
      await updateAction(ctx, { actionId: a.id, status: "close", meetingId: planned.id });
    for (const a of record.actions) {
      const closedOn = m.actions.find((d) => d.title === a.title)?.closedOn;
      if (closedOn) open.push({ id: a.id, closedOn });
    }
    count++;
  }
  return count;
}
