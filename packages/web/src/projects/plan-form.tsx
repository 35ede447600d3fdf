/**
 * Recording an adoption or a yearly revision of the commune's three-year digital plan (004),
 * checked with the domain's `adoptPlanInput`: a commune for itself, the shared service for a member.
 */
import { adoptPlanInput, parisToday } from "@mutu/domain";
import {
  DayField,
  fieldLayout,
  Form,
  FormPanel,
  formActions,
  TextAreaField,
  TextField,
  useFields,
  useFormPanel,
} from "@mutu/ui";
import type { ReactNode } from "react";
import { useSchemaForm } from "../schema-form.ts";
import { trpc } from "../trpc.ts";
import { projectsMessages } from "./messages.ts";

const t = projectsMessages.plan;
const layout = fieldLayout("schema", {
  title: ["intitule", t.title],
  startYear: ["debut", t.startYear],
  adoptedOn: ["adoption", t.adoptedOn],
  summary: ["orientations", t.summary],
});

/** The plan's form in its panel (« projets-schema »), closed once the plan is recorded. */
export function PlanPanel({
  orgId,
  onDone,
  beside,
}: {
  orgId?: string;
  onDone(message: string): void;
  /** The page's other actions, in the button's row. */
  beside?: ReactNode;
}) {
  const panel = useFormPanel();
  return (
    <FormPanel
      id="projets-schema"
      toggle={t.toggle}
      title={t.heading}
      state={panel}
      beside={beside}
    >
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
    layout,
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
      fields={layout}
      failed={t.failed}
      onSubmit={submit}
      actions={formActions(t, adopt.isPending, { label: t.cancel, onCancel })}
    >
      <TextField {...f.field("title")} required />
      <TextField {...f.field("startYear")} hint={t.startYearHint} inputMode="numeric" required />
      <DayField {...f.field("adoptedOn")} required />
      <TextAreaField {...f.field("summary")} required rows={4} />
    </Form>
  );
}
