/**
 * The DPO's opinion on a project that processes personal data, as both spaces give it: the
 * commune's DPO in its space, the shared service (or a shared DPO) in the Métropole's. Checked with
 * the domain's schema first; the server signs it with its author and the day.
 */
import { DPO_OPINION_LABELS, DPO_OPINIONS, parisToday, recordDpoOpinionInput } from "@mutu/domain";
import {
  DayField,
  fieldLayout,
  Form,
  focusSectionIfLost,
  formActions,
  labelled,
  RadioGroup,
  Section,
  TextAreaField,
  useFields,
} from "@mutu/ui";
import { trpc } from "../trpc.ts";
import { useSchemaForm } from "../schema-form.ts";
import { projectsMessages } from "./messages.ts";
import type { ProjectDetail } from "./types.ts";

const d = projectsMessages.dpoForm;

const layout = fieldLayout("dpo", {
  opinion: ["avis-0", d.opinion],
  givenOn: ["date", d.givenOn],
  text: ["texte", d.text],
});

export function DpoOpinionForm({
  project,
  onDone,
}: {
  project: ProjectDetail;
  onDone(message: string): void;
}) {
  const utils = trpc.useUtils();
  const record = trpc.projects.dpoOpinion.useMutation();
  const form = useSchemaForm(recordDpoOpinionInput, record);
  const f = useFields({ opinion: "", givenOn: parisToday(), text: "" }, form.error, layout);
  function submit() {
    const checked = form.check({ projectId: project.id, ...f.values });
    if (!checked) return;
    record.mutate(checked, {
      async onSuccess() {
        await Promise.all([utils.projects.get.invalidate(), utils.projects.ofOrg.invalidate()]);
        f.reset();
        onDone(d.done);
        // Given, the form is no longer offered: the reader lands on the study, where it shows.
        focusSectionIfLost("projet-etude");
      },
    });
  }
  const title = project.dpoOpinion ? d.revise : d.title;
  return (
    <Section id="projet-dpo" title={title} lead={d.lead}>
      <Form
        error={form.error}
        fields={layout}
        failed={d.failed}
        onSubmit={submit}
        actions={formActions(d, record.isPending)}
      >
        <RadioGroup
          required
          options={labelled(DPO_OPINIONS, DPO_OPINION_LABELS)}
          {...f.group("opinion")}
        />
        <DayField {...f.field("givenOn")} required />
        <TextAreaField {...f.field("text")} required rows={4} />
      </Form>
    </Section>
  );
}
