/**
 * The consultations of the commune's services on a breach or a request (004 V-d): the list, and a
 * form to record one — when, which service, what it said — before any message goes out.
 */
import { parisLocalDateTime, recordConsultationInput } from "@mutu/domain";
import {
  type Column,
  DataTable,
  DateTime,
  fieldLayout,
  MomentField,
  Section,
  TextAreaField,
  TextField,
} from "@mutu/ui";
import { can, useSession } from "../session.tsx";
import { trpc } from "../trpc.ts";
import { ActionPanel, useStep } from "./action-panel.tsx";
import { registersMessages } from "./registers-messages.ts";
import { DocumentsSection, EvidenceSection } from "./evidence.tsx";
import type { Consultation, RgpdDocument, RgpdEvent } from "./types.ts";

const t = registersMessages.consultation;
const layout = fieldLayout("consultation", {
  consultedAt: ["date", t.consultedAt],
  service: ["service", t.serviceField],
  observations: ["observations", t.observationsField],
});

export function ConsultationsSection({
  subject,
  subjectId,
  consultations,
  canRecord,
  onDone,
}: {
  subject: "breach" | "request";
  subjectId: string;
  consultations: readonly Consultation[];
  canRecord: boolean;
  onDone(message: string): Promise<void>;
}) {
  const step = useStep(
    recordConsultationInput,
    trpc.rgpd.consult.useMutation(),
    { consultedAt: parisLocalDateTime(new Date()), service: "", observations: "" },
    layout,
  );
  const columns: Column<Consultation>[] = [
    { key: "at", header: t.at, cell: (c) => <DateTime value={c.consultedAt} format="compact" /> },
    { key: "service", header: t.service, rowHeader: true, cell: (c) => c.service },
    {
      key: "observations",
      header: t.observations,
      cell: (c) => <span className="text-block">{c.observations}</span>,
    },
    { key: "by", header: t.by, cell: (c) => c.recordedBy },
  ];
  return (
    <Section id="consultations" title={t.title} lead={t.lead}>
      <DataTable
        layout="cards"
        caption={t.caption(consultations.length)}
        columns={columns}
        rows={consultations}
        empty={t.empty}
      />
      {canRecord ? (
        <ActionPanel
          id="consultation"
          words={t.record}
          step={step}
          values={() => ({ subject, subjectId, ...step.values })}
          onDone={async (message) => {
            step.set({ service: "", observations: "" });
            await onDone(message);
          }}
        >
          <MomentField {...step.field("consultedAt")} required />
          <TextField {...step.field("service")} required className="input input-wide" />
          <TextAreaField {...step.field("observations")} required rows={3} />
        </ActionPanel>
      ) : null}
    </Section>
  );
}

/**
 * What a breach or a request keeps as proof, below its forms: the commune's services consulted, the
 * documents attached and every step with who took it.
 */
export function CaseTrail({
  subject,
  record,
  onDone,
  onAdded,
}: {
  subject: "breach" | "request";
  record: {
    id: string;
    consultations: readonly Consultation[];
    mayConsult: boolean;
    documents: readonly RgpdDocument[];
    events: readonly RgpdEvent[];
  };
  onDone(message: string): Promise<void>;
  onAdded(): Promise<unknown>;
}) {
  const me = useSession();
  return (
    <>
      <ConsultationsSection
        subject={subject}
        subjectId={record.id}
        consultations={record.consultations}
        canRecord={record.mayConsult}
        onDone={onDone}
      />
      <DocumentsSection
        subject={subject}
        subjectId={record.id}
        documents={record.documents}
        canAdd={can(me, "rgpd.manage")}
        onAdded={onAdded}
      />
      <EvidenceSection events={record.events} />
    </>
  );
}
