/**
 * The « plan projet » of a retained project (004 §IV): objectives, gains and return on investment,
 * financing plan, who takes part, and its milestones — checked with the domain's
 * `setPlanProjetInput` before it is sent, the server's refusals on the same fields. A plan already
 * recorded is shown filled in, to be updated.
 */
import { type PlanProjet, setPlanProjetInput } from "@mutu/domain";
import {
  Button,
  DayField,
  fieldLayout,
  Form,
  formActions,
  Section,
  TextAreaField,
  TextField,
  useFields,
  useRows,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { projectsMessages } from "./messages.ts";
import { type FormProps, useProjectDone } from "./project-change.ts";

const t = projectsMessages.planProjet;

const layout = fieldLayout("plan", {
  "planProjet.objectives": ["objectifs", t.objectives],
  "planProjet.returnOnInvestment": ["retour", t.returnOnInvestment],
  "planProjet.financingPlan": ["financement", t.financingPlan],
  "planProjet.stakeholders": ["acteurs", t.stakeholders],
});

const blankMilestone = { label: "", dueOn: "" };

/** The plan as recorded (or empty), as the form's values. */
function initialValues(plan: Partial<PlanProjet> | null) {
  return {
    "planProjet.objectives": plan?.objectives ?? "",
    "planProjet.returnOnInvestment": plan?.returnOnInvestment ?? "",
    "planProjet.financingPlan": plan?.financingPlan ?? "",
    "planProjet.stakeholders": plan?.stakeholders ?? "",
  };
}

export function PlanProjetForm({ project, onDone }: FormProps) {
  const recorded = project.planProjet as Partial<PlanProjet> | null;
  const done = useProjectDone(onDone);
  const save = trpc.projects.setPlanProjet.useMutation();
  const form = useSchemaForm(setPlanProjetInput, save);
  const { error } = form;
  const f = useFields(initialValues(recorded), error, layout);
  const milestones = useRows(() =>
    recorded?.milestones?.length
      ? recorded.milestones.map(({ label, dueOn }) => ({ label, dueOn }))
      : [blankMilestone],
  );

  const summary = [
    ...layout,
    ...milestones.rows.flatMap((_, i) => [
      {
        name: `planProjet.milestones.${i}.label`,
        id: `plan-jalon-${i}-intitule`,
        label: `${t.milestone(i + 1)} : ${t.label}`,
      },
      {
        name: `planProjet.milestones.${i}.dueOn`,
        id: `plan-jalon-${i}-echeance`,
        label: `${t.milestone(i + 1)} : ${t.dueOn}`,
      },
    ]),
  ];

  function submit() {
    const v = f.values;
    const stakeholders = v["planProjet.stakeholders"].trim();
    const checked = form.check({
      projectId: project.id,
      planProjet: {
        objectives: v["planProjet.objectives"],
        returnOnInvestment: v["planProjet.returnOnInvestment"],
        financingPlan: v["planProjet.financingPlan"],
        ...(stakeholders ? { stakeholders } : {}),
        milestones: milestones.values,
      },
    });
    if (checked) save.mutate(checked, done(t.done));
  }

  return (
    <Section id="projet-plan-projet" title={recorded ? t.update : t.create} lead={t.lead}>
      <Form
        error={error}
        fields={summary}
        failed={t.failed}
        className="form form-wide"
        onSubmit={submit}
        actions={formActions(t, save.isPending)}
      >
        <TextAreaField {...f.field("planProjet.objectives")} required rows={3} />
        <TextAreaField
          {...f.field("planProjet.returnOnInvestment")}
          hint={t.returnOnInvestmentHint}
          required
          rows={3}
        />
        <TextAreaField {...f.field("planProjet.financingPlan")} required rows={3} />
        <TextAreaField {...f.field("planProjet.stakeholders")} rows={2} />
        <fieldset ref={milestones.list} className="fieldset">
          <legend className="field-label">{t.milestones}</legend>
          {milestones.rows.map((m, i) => {
            const row = milestones.text(i, error?.fieldErrors, `planProjet.milestones.${i}.`);
            return (
              <fieldset key={m.key} className="fieldset-box" data-row>
                <legend>{t.milestone(i + 1)}</legend>
                <div className="field-row">
                  <TextField
                    id={`plan-jalon-${i}-intitule`}
                    label={t.label}
                    required
                    {...row("label")}
                  />
                  <DayField
                    id={`plan-jalon-${i}-echeance`}
                    label={t.dueOn}
                    required
                    {...row("dueOn")}
                  />
                </div>
                {milestones.rows.length > 1 ? (
                  <Button variant="secondary" onClick={() => milestones.remove(i)}>
                    {t.removeMilestone(i + 1)}
                  </Button>
                ) : null}
              </fieldset>
            );
          })}
          <Button
            ref={milestones.addButton}
            variant="secondary"
            onClick={() => milestones.add(blankMilestone)}
          >
            {t.addMilestone}
          </Button>
        </fieldset>
      </Form>
    </Section>
  );
}
