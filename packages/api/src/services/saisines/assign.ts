/**
 * Assigning a saisine to one of the operator's people or teams. Each holding starts its own
 * internal clock (OLA): the contract clock goes on for the commune, the new holder is measured from
 * the moment they got it, and the previous holder keeps the time they held it.
 */
import { type AssignSaisineInput, assignmentRefusal } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, asc, eq, inArray } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { Caller } from "../../auth/caller.ts";
import { AppError } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { assertMaySideAct, type SaisineRow } from "./access.ts";
import { olaTargetFor } from "./clock.ts";
import { type Change, mutateSaisine, mutationResult } from "./mutate.ts";

const { people, saisineAssignments, teamMembers, teams } = schema;

export type Assignee = AssignSaisineInput["assignee"];

export async function resolveAssignee(tx: Tx, caller: Caller, assignee: Assignee) {
  if (assignee.kind === "person") {
    const [person] = await tx
      .select({ id: people.id, label: people.displayName })
      .from(people)
      .where(
        and(
          eq(people.id, assignee.personId),
          eq(people.orgId, caller.operatorId),
          eq(people.active, true),
        ),
      );
    if (!person)
      throw new AppError(
        "BAD_REQUEST",
        "Cette personne n'est pas un agent actif du service commun.",
        {
          "assignee.personId": ["Personne inconnue au service commun."],
        },
      );
    return person;
  }
  const [team] = await tx
    .select({ id: teams.id, label: teams.name })
    .from(teams)
    .where(and(eq(teams.id, assignee.teamId), eq(teams.operatorId, caller.operatorId)));
  if (!team)
    throw new AppError("BAD_REQUEST", "Équipe inconnue du service commun.", {
      "assignee.teamId": ["Équipe inconnue."],
    });
  return team;
}

export async function assignChange(
  tx: Tx,
  ctx: ServiceContext,
  row: SaisineRow,
  assignee: Assignee,
  holder: { id: string; label: string },
  now: Date,
): Promise<Change> {
  const refusal = assignmentRefusal(row);
  if (refusal) throw new AppError("BAD_REQUEST", refusal);
  const same =
    assignee.kind === "person"
      ? row.assigneePersonId === holder.id
      : row.assigneeTeamId === holder.id;
  if (same)
    throw new AppError(
      "BAD_REQUEST",
      `La saisine ${row.reference} est déjà attribuée à ${holder.label}.`,
    );
  const assignmentId = randomUUID();
  await tx.insert(saisineAssignments).values({
    id: assignmentId,
    saisineId: row.id,
    orgId: row.orgId,
    assigneePersonId: assignee.kind === "person" ? holder.id : null,
    assigneeTeamId: assignee.kind === "team" ? holder.id : null,
    assigneeLabel: holder.label,
    assignedAt: now,
    assignedByLabel: ctx.caller.label,
    targetMinutes: await olaTargetFor(
      tx,
      assignee,
      row.resolutionTargetMinutes ?? row.handlingTargetMinutes,
    ),
  });
  return {
    action: "saisine.assign",
    set: {
      assigneePersonId: assignee.kind === "person" ? holder.id : null,
      assigneeTeamId: assignee.kind === "team" ? holder.id : null,
      assigneeLabel: holder.label,
      currentAssignmentId: assignmentId,
    },
    events: [
      {
        kind: "assigned",
        visibility: "public",
        at: now,
        payload: {
          assignmentId,
          assignee: { kind: assignee.kind, id: holder.id, label: holder.label },
          previous: row.assigneeLabel,
        },
        clock: { kind: "assigned", at: now, assigneeId: assignmentId },
      },
    ],
  };
}

export async function assignSaisine(
  ctx: ServiceContext,
  input: AssignSaisineInput & { version: number },
) {
  assertMaySideAct(ctx.caller, "operator");
  const row = await mutateSaisine(ctx, input, async (current, tx, now) => {
    const holder = await resolveAssignee(tx, ctx.caller, input.assignee);
    return assignChange(tx, ctx, current, input.assignee, holder, now);
  });
  return mutationResult(row);
}

/** Who saisines can be assigned to: the operator's teams (with members) and active staff. */
export async function listAssignees(ctx: ServiceContext) {
  assertMaySideAct(ctx.caller, "operator");
  const operatorId = ctx.caller.operatorId;
  return inTenant(ctx, async (tx) => {
    const teamRows = await tx
      .select()
      .from(teams)
      .where(eq(teams.operatorId, operatorId))
      .orderBy(asc(teams.name));
    const staff = await tx
      .select({ id: people.id, displayName: people.displayName, email: people.email })
      .from(people)
      .where(and(eq(people.orgId, operatorId), eq(people.active, true)))
      .orderBy(asc(people.displayName));
    const members = teamRows.length
      ? await tx
          .select({ teamId: teamMembers.teamId, personId: teamMembers.personId })
          .from(teamMembers)
          .where(
            inArray(
              teamMembers.teamId,
              teamRows.map((t) => t.id),
            ),
          )
      : [];
    const nameOf = new Map(staff.map((p) => [p.id, p.displayName]));
    return {
      teams: teamRows.map((t) => ({
        id: t.id,
        code: t.code,
        name: t.name,
        managerId: t.managerId,
        managerName: t.managerId ? (nameOf.get(t.managerId) ?? null) : null,
        olaMinutes: t.olaMinutes,
        members: members
          .filter((m) => m.teamId === t.id)
          .map((m) => ({ id: m.personId, displayName: nameOf.get(m.personId) ?? "" })),
      })),
      people: staff.map((p) => ({
        ...p,
        teamIds: members.filter((m) => m.personId === p.id).map((m) => m.teamId),
      })),
    };
  });
}
