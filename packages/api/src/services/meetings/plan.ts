/**
 * The service commun plans a meeting of one of a commune's bodies (or of an intercommunal body of
 * its convention): a time to come in Paris, a place or a video link, an agenda, who is invited.
 */
import {
  bodyKey,
  isIntercommunalBody,
  MEETING_BODY_LABELS,
  type PlanMeetingInput,
  parisToday,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, eq, inArray } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";
import { auditChange } from "../audit/caller-change.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { meetingSlot, refuse } from "./slot.ts";
import { assertCanManage, governedOrg } from "./access.ts";
import { type GovernedOrg, governanceOf } from "./calendar.ts";
import { type MeetingRow, summaryOf } from "./read-model.ts";

const { meetingParticipants, meetings, people } = schema;

export async function planMeeting(ctx: ServiceContext, input: PlanMeetingInput) {
  assertCanManage(ctx.caller);
  const now = ctx.now();
  const today = parisToday(now);
  const { startsAt, endsAt } = meetingSlot(input, now);
  return inTenant(ctx, async (tx) => {
    const org = await governedOrg(tx, ctx.caller, input.orgId);
    const label = await bodyLabel(tx, ctx.caller, org, input, today);
    const invited = await invitees(tx, ctx.caller, org, input.participantIds);
    const shared = org.kind === "operator";
    const [meeting] = await tx
      .insert(meetings)
      .values({
        orgId: org.id,
        operatorId: ctx.caller.operatorId,
        shared,
        body: input.body,
        subDomain: input.subDomain,
        label,
        day: input.date,
        startsAt,
        endsAt,
        place: input.place,
        videoUrl: input.videoUrl,
        agenda: input.agenda,
        status: "planifiee",
        plannedBy: ctx.caller.personId,
      })
      .returning();
    if (!meeting) throw new Error("meeting insert returned nothing");
    if (invited.length)
      await tx.insert(meetingParticipants).values(
        invited.map((p) => ({
          meetingId: meeting.id,
          personId: p.id,
          personLabel: p.label,
          orgId: org.id,
          operatorId: ctx.caller.operatorId,
          shared,
          invited: true,
        })),
      );
    await auditChange(tx, ctx, {
      orgId: org.id,
      action: "meeting.plan",
      entity: "meeting",
      entityId: meeting.id,
      after: { ...planned(meeting), participants: invited.map((p) => p.id) },
    });
    return summaryOf(meeting);
  });
}

const planned = (m: MeetingRow) => ({
  body: m.body,
  subDomain: m.subDomain,
  label: m.label,
  startsAt: m.startsAt.toISOString(),
  endsAt: m.endsAt.toISOString(),
  place: m.place,
  videoUrl: m.videoUrl,
  agenda: m.agenda,
});

/** The body must be one the contract sets up for this organisation (any other is « autre instance »). */
async function bodyLabel(
  tx: Tx,
  caller: Caller,
  org: GovernedOrg,
  input: PlanMeetingInput,
  today: string,
) {
  if (input.body === "autre-instance") return MEETING_BODY_LABELS["autre-instance"];
  if (isIntercommunalBody(input.body) !== (org.kind === "operator"))
    throw refuse(
      "body",
      org.kind === "operator"
        ? "Pour le service commun lui-même, seules les instances intercommunales de la convention se réunissent."
        : "Les instances intercommunales se planifient pour tous les adhérents, depuis le service commun.",
    );
  const governance = await governanceOf(
    tx,
    caller,
    org,
    input.date < today ? today : input.date,
    today,
  );
  const wanted = bodyKey({ body: input.body, subDomain: input.subDomain, label: "" });
  const body = governance.bodies.find((b) => bodyKey(b) === wanted);
  if (!body)
    throw refuse(
      "body",
      `Le contrat de ${org.name} ne prévoit pas cette instance${input.subDomain ? ` pour le sous-domaine ${input.subDomain}` : ""} : choisissez-en une autre ou « Autre instance ».`,
    );
  return body.label;
}

/** Invitees: active people of the commune or of the service commun (or of any member, for a shared body). */
async function invitees(tx: Tx, caller: Caller, org: GovernedOrg, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const unique = [...new Set(ids)];
  const allowed = org.kind === "operator" ? caller.visibleOrgIds : [org.id, caller.operatorId];
  const found = await tx
    .select({ id: people.id, label: people.displayName })
    .from(people)
    .where(
      and(inArray(people.id, unique), inArray(people.orgId, allowed), eq(people.active, true)),
    );
  if (found.length !== unique.length)
    throw refuse(
      "participantIds",
      "Un participant invité n'appartient ni à la commune ni au service commun : retirez-le.",
    );
  return found;
}
