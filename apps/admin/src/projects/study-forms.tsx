/**
 * The study of a filed project (002 §3.3.2: an existing solution? a need shared with other
 * communes? personal data, then the DPO's opinion), checked with the domain's schema before it is
 * sent.
 */
import { PROJECT_SCOPE_LABELS, PROJECT_SCOPES, parisToday, recordStudyInput } from "@mutu/domain";
import { Form, RadioGroup, Section, TextAreaField, TextField, useFields } from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import type { ProjectDetail } from "@mutu/web/projects";
import { projectsMessages } from "./messages.ts";

const t = projectsMessages.study;
const yesNo = [
  { value: "oui", label: projectsMessages.yes },
  { value: "non", label: projectsMessages.no },
];
const bool = (v: string) => (v === "oui" ? true : v === "non" ? false : undefined);
const num = (v: string) => (v.trim() === "" ? undefined : Number(v.replace(",", ".")));
const orNothing = (v: string) => (v.trim() === "" ? undefined : v);

export type FormProps = { project: ProjectDetail; onDone(message: string): void };

/** After a change: the project and the commune's list are read again. */
export function useRefreshProject() {
  const utils = trpc.useUtils();
  return () => Promise.all([utils.projects.get.invalidate(), utils.projects.ofOrg.invalidate()]);
}

export function StudyForm({ project, onDone }: FormProps) {
  const refresh = useRefreshProject();
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
      estimatedDays: num(v.estimatedDays),
      proposedYear: num(v.proposedYear),
      conclusion: v.conclusion,
    });
    if (!checked) return;
    study.mutate(checked, {
      async onSuccess() {
        await refresh();
        onDone(t.done);
      },
    });
  }
  return (
    <Section id="projet-etudier" title={t.title}>
      <Form
        error={form.error}
        fields={[
          { name: "coveredByExisting", id: "etude-existant-0", label: t.coveredByExisting },
          { name: "existingSolution", id: "etude-solution", label: t.existingSolution },
          { name: "sharedNeed", id: "etude-partage-0", label: t.sharedNeed },
          { name: "sharedWith", id: "etude-communes", label: t.sharedWith },
          { name: "scope", id: "etude-portee-0", label: t.scope },
          { name: "personalData", id: "etude-donnees-0", label: t.personalData },
          { name: "estimatedDays", id: "etude-charge", label: t.estimatedDays },
          { name: "proposedYear", id: "etude-annee", label: t.proposedYear },
          { name: "conclusion", id: "etude-conclusion", label: t.conclusion },
        ]}
        failed={t.failed}
        className="form form-wide"
        onSubmit={submit}
        actions={{ submit: t.submit, submitting: t.submitting, pending: study.isPending }}
      >
        <RadioGroup
          id="etude-existant"
          legend={t.coveredByExisting}
          required
          options={yesNo}
          {...f.choice("coveredByExisting")}
        />
        <TextField id="etude-solution" label={t.existingSolution} {...f.text("existingSolution")} />
        <RadioGroup
          id="etude-partage"
          legend={t.sharedNeed}
          required
          options={yesNo}
          {...f.choice("sharedNeed")}
        />
        <TextField id="etude-communes" label={t.sharedWith} {...f.text("sharedWith")} />
        <RadioGroup
          id="etude-portee"
          legend={t.scope}
          required
          options={PROJECT_SCOPES.map((value) => ({ value, label: PROJECT_SCOPE_LABELS[value] }))}
          {...f.choice("scope")}
        />
        <RadioGroup
          id="etude-donnees"
          legend={t.personalData}
          hint={t.personalDataHint}
          required
          options={yesNo}
          {...f.choice("personalData")}
        />
        <TextField
          id="etude-charge"
          label={t.estimatedDays}
          inputMode="decimal"
          required
          {...f.text("estimatedDays")}
        />
        <TextField
          id="etude-annee"
          label={t.proposedYear}
          inputMode="numeric"
          required
          {...f.text("proposedYear")}
        />
        <TextAreaField
          id="etude-conclusion"
          label={t.conclusion}
          required
          rows={3}
          {...f.text("conclusion")}
        />
      </Form>
    </Section>
  );
}
