/**
 * Consulting the commune's services before a message goes out on a breach or a request (004 V-d:
 * « préalablement à l'envoi de toute réponse… recueillir leurs observations ou consignes »): when,
 * which service, what it said. Either side records it; it stays in the record's evidence.
 */
import { frenchDateTime } from "@mutu/domain";
import { schema } from "@mutu/db";
import { fieldRefusal } from "../../errors.ts";
import { actorColumns, actorFrom } from "../saisines/history.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { loadBreach } from "./breaches.ts";
import { assertPermission, leaveTrail, pastInstantOf } from "./context.ts";
import { loadRequest } from "./requests.ts";

const { rgpdConsultations } = schema;

export async function recordConsultation(
  ctx: ServiceContext,
  input: {
    subject: "breach" | "request";
    subjectId: string;
    consultedAt: string;
    service: string;
    observations: string;
  },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  return inTenant(ctx, async (tx) => {
    const record =
      input.subject === "breach"
        ? await loadBreach(tx, input.subjectId)
        : await loadRequest(tx, input.subjectId);
    const start = "awareAt" in record ? record.awareAt : record.receivedAt;
    const consultedAt = pastInstantOf(
      ctx,
      input.consultedAt,
      "consultedAt",
      "La consultation ne peut pas être à venir.",
    );
    if (consultedAt.getTime() < start.getTime())
      throw fieldRefusal(
        "consultedAt",
        input.subject === "breach"
          ? "La consultation ne peut pas précéder la prise de connaissance de la violation."
          : "La consultation ne peut pas précéder la réception de la demande.",
      );
    const [row] = await tx
      .insert(rgpdConsultations)
      .values({
        orgId: record.orgId,
        subject: input.subject,
        subjectId: record.id,
        consultedAt,
        service: input.service,
        observations: input.observations,
        ...actorColumns(actorFrom(ctx.caller)),
        createdAt: ctx.now(),
      })
      .returning({ id: rgpdConsultations.id });
    await leaveTrail(tx, ctx, {
      orgId: record.orgId,
      subject: input.subject,
      subjectId: record.id,
      kind: "commune-consulted",
      summary: `Services de la commune consultés le ${frenchDateTime(consultedAt)} : ${input.service}.`,
      after: { consultedAt, service: input.service },
    });
    return { id: row?.id ?? "" };
  });
}
