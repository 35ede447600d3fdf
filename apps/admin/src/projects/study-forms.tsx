/**
 * The study of a filed project (002 §3.3.2: an existing solution? a need shared with other
 * communes? personal data, then the DPO's opinion), checked with the domain's schema before it is
 * sent.
 */
import { PROJECT_SCOPE_LABELS, PROJECT_SCOPES, parisToday, recordStudyInput } from "@mutu/domain";
import {
  fieldLayout,
  Form,
  formActions,
  labelled,
  RadioGroup,
  Section,
  TextAreaField,
  TextField,
  useFields,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { projectsMessages } from "./messages.ts";
import { decimal, type FormProps, orNothing, useProjectDone } from "./project-change.ts";

const t = projectsMessages.study;
const yesNo = [
  { value: "oui", label: projectsMessages.yes },
  { value: "non", label: projectsMessages.no },
];
const bool = (v: string) => (v === "oui" ? true : v === "non" ? false : undefined);

const studyLayout = fieldLayout("etude", {
  coveredByExisting: ["existant-0", t.coveredByExisting],
  existingSolution: ["solution", t.existingSolution],
  sharedNeed: ["partage-0", t.sharedNeed],
  sharedWith: ["communes", t.sharedWith],
  scope: ["portee-0", t.scope],
  personalData: ["donnees-0", t.personalData],
  estimatedDays: ["charge", t.estimatedDays],
  proposedYear: ["annee", t.proposedYear],
  conclusion: ["conclusion", t.conclusion],
});

export function StudyForm({ project, onDone }: FormProps) {
  const done = useProjectDone(onDone);
  const study = trpc.projects.study.useMutation();
  const form = useSchemaForm(recordStudyInput, study);
  const previous = project.study ?? {};
  const f = useFields(
    {
      coveredByExisting: "",
      existingSolution: "",
      sharedNeed: "",
      sharedWith: "",
      scope: String(previous.scope ?? project.scope),
      personalData: "",
      estimatedDays: "",
      proposedYear: String(Number(parisToday().slice(0, 4)) + 1),
      conclusion: "",
    },
    form.error,
    studyLayout,
  );
  const v = f.values;
  function submit() {
    const checked = form.check({
      projectId: project.id,
      coveredByExisting: bool(v.coveredByExisting),
      existingSolution: orNothing(v.existingSolution),
      sharedNeed: bool(v.sharedNeed),
      sharedWith: orNothing(v.sharedWith),
      scope: v.scope,
      personalData: bool(v.personalData),
      estimatedDays: decimal(v.estimatedDays),
      proposedYear: decimal(v.proposedYear),
      conclusion: v.conclusion,
    });
    if (checked) study.mutate(checked, done(t.done));
  }
  const yesOrNo = (id: string, name: "coveredByExisting" | "sharedNeed" | "personalData") => ({
    id,
    legend: t[name],
    required: true,
    options: yesNo,
    ...f.choice(name),
  });
  return (
    <Section id="projet-etudier" title={t.title}>
      <Form
        error={form.error}
        fields={studyLayout}
        failed={t.failed}
        className="form form-wide"
        onSubmit={submit}
        actions={formActions(t, study.isPending)}
      >
        <RadioGroup {...yesOrNo("etude-existant", "coveredByExisting")} />
        <TextField {...f.field("existingSolution")} />
        <RadioGroup {...yesOrNo("etude-partage", "sharedNeed")} />
        <TextField {...f.field("sharedWith")} />
        <RadioGroup
          required
          options={labelled(PROJECT_SCOPES, PROJECT_SCOPE_LABELS)}
          {...f.group("scope")}
        />
        <RadioGroup {...yesOrNo("etude-donnees", "personalData")} hint={t.personalDataHint} />
        <TextField {...f.field("estimatedDays")} inputMode="decimal" required />
        <TextField {...f.field("proposedYear")} inputMode="numeric" required />
        <TextAreaField {...f.field("conclusion")} required rows={3} />
      </Form>
    </Section>
  );
}
