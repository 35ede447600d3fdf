/**
 * Recording an adoption or a yearly revision of the commune's three-year digital plan (004),
 * checked with the domain's `adoptPlanInput`: a commune for itself, the shared service for a member.
 */
import { adoptPlanInput, parisToday } from "@mutu/domain";
import {
  DayField,
  Form,
  FormPanel,
  TextAreaField,
  TextField,
  useFields,
  useFormPanel,
} from "@mutu/ui";
import { useSchemaForm } from "../schema-form.ts";
import { trpc } from "../trpc.ts";
import { projectsMessages } from "./messages.ts";

const t = projectsMessages.plan;

/** The plan's form in its panel (« projets-schema »), closed once the plan is recorded. */
export function PlanPanel({ orgId, onDone }: { orgId?: string; onDone(message: string): void }) {
  const panel = useFormPanel();
  return (
    <FormPanel id="projets-schema" toggle={t.toggle} title={t.heading} state={panel}>
      <PlanForm
        orgId={orgId}
        onCancel={panel.close}
        onDone={(message) => {
          panel.close();
          onDone(message);
        }}
      />
    </FormPanel>
  );
}

function PlanForm({
  orgId,
  onDone,
  onCancel,
}: {
  orgId?: string;
  onDone(message: string): void;
  onCancel(): void;
}) {
  const utils = trpc.useUtils();
  const adopt = trpc.projects.adoptPlan.useMutation();
  const form = useSchemaForm(adoptPlanInput, adopt);
  const today = parisToday();
  const f = useFields(
    { title: "", startYear: today.slice(0, 4), adoptedOn: today, summary: "" },
    form.error,
  );
  const v = f.values;
  function submit() {
    const startYear = v.startYear.trim() === "" ? undefined : Number(v.startYear);
    const checked = form.check({ ...(orgId ? { orgId } : {}), ...v, startYear });
    if (!checked) return;
    adopt.mutate(checked, {
      async onSuccess(plan) {
        await utils.projects.ofOrg.invalidate();
        onDone(t.done(plan.title));
      },
    });
  }
  return (
    <Form
      error={form.error}
      fields={[
        { name: "title", id: "schema-intitule", label: t.title },
        { name: "startYear", id: "schema-debut", label: t.startYear },
        { name: "adoptedOn", id: "schema-adoption", label: t.adoptedOn },
        { name: "summary", id: "schema-orientations", label: t.summary },
      ]}
      failed={t.failed}
      onSubmit={submit}
      actions={{
        submit: t.submit,
        submitting: t.submitting,
        pending: adopt.isPending,
        cancel: { label: t.cancel, onCancel },
      }}
    >
      <TextField id="schema-intitule" label={t.title} required {...f.text("title")} />
      <TextField
        id="schema-debut"
        label={t.startYear}
        hint={t.startYearHint}
        inputMode="numeric"
        required
        {...f.text("startYear")}
      />
      <DayField id="schema-adoption" label={t.adoptedOn} required {...f.text("adoptedOn")} />
      <TextAreaField
        id="schema-orientations"
        label={t.summary}
        required
        rows={4}
        {...f.text("summary")}
      />
    </Form>
  );
}
