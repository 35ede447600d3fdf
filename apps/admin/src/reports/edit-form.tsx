/**
 * The Métropole's part of a draft: its appreciation, each missing indicator explained, the action
 * plan of the next year (action, owner, due date) — checked with the domain's schema, the one the
 * procedure parses, so the browser's and the server's refusals land on the same fields.
 */
import { type ActionPlanItem, reportEditInput } from "@mutu/domain";
import {
  bindFields,
  Button,
  DayField,
  Form,
  type FieldPlace,
  fieldError,
  fieldLayout,
  formActions,
  TextAreaField,
  TextField,
  useFields,
  useRows,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import type { Report } from "@mutu/web/reports";
import { useState } from "react";
import { reportsMessages } from "./messages.ts";

const t = reportsMessages.page;

export function ReportEditForm({
  report,
  onDone,
}: {
  report: Report;
  onDone(message: string): void;
}) {
  const utils = trpc.useUtils();
  const edit = trpc.reports.edit.useMutation();
  const form = useSchemaForm(reportEditInput, edit);
  const { error } = form;
  const [gapExplanations, setGapExplanations] = useState<Record<string, string>>(
    report.gapExplanations,
  );
  const plan = useRows<ActionPlanItem>(() => report.actionPlan);
  const actionPlan = plan.values;
  const fields = [
    ...fieldLayout("rapport", { operatorComment: ["appreciation", t.operatorComment] }),
    // Each missing indicator's explanation, then each action of the plan, by position.
    ...fieldLayout(
      "rapport",
      Object.fromEntries([
        ...report.gaps.map((g) => [
          `gapExplanations.${g.code}`,
          [`manque-${g.code}`, t.gapLabel(g.code, g.label)],
        ]),
        ...actionPlan.flatMap((_, i) => [
          [`actionPlan.${i}.action`, [`action-${i}`, t.action(i + 1)]],
          [`actionPlan.${i}.owner`, [`responsable-${i}`, t.owner(i + 1)]],
          [`actionPlan.${i}.due`, [`echeance-${i}`, t.due(i + 1)]],
        ]),
      ]) as Record<string, FieldPlace>,
    ),
  ];
  const f = useFields({ operatorComment: report.operatorComment }, error, fields);

  function submit() {
    const values = { ...f.values, actionPlan, gapExplanations };
    if (!form.check(values)) return;
    edit.mutate(
      { orgId: report.orgId, year: report.year, version: report.version, ...values },
      {
        async onSuccess(result) {
          utils.reports.get.setData({ orgId: report.orgId, year: report.year }, result);
          onDone(t.save.done);
        },
      },
    );
  }

  return (
    <Form
      error={error}
      fields={fields}
      failed={t.save.failed}
      onSubmit={submit}
      actions={formActions(t.save, edit.isPending)}
    >
      <TextAreaField {...f.field("operatorComment")} hint={t.operatorCommentHint} />
      {report.gaps.map((g) => (
        <TextAreaField
          key={g.code}
          {...f.place(`gapExplanations.${g.code}`)}
          value={gapExplanations[g.code] ?? ""}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setGapExplanations((all) => ({ ...all, [g.code]: value }));
          }}
          error={fieldError(error?.fieldErrors, `gapExplanations.${g.code}`)}
        />
      ))}
      <fieldset ref={plan.list} className="fieldset">
        <legend>{t.actionPlan(report.year + 1)}</legend>
        {plan.rows.map((item, i) => {
          const row = bindFields(
            item,
            (patch) => plan.set(i, patch),
            error?.fieldErrors,
            fields,
            `actionPlan.${i}.`,
          );
          return (
            <div className="filters" key={item.key} data-row>
              <TextField {...row.field("action")} className="input input-wide" />
              <TextField {...row.field("owner")} />
              <DayField {...row.field("due")} />
              <div className="actions">
                <Button variant="secondary" onClick={() => plan.remove(i)}>
                  {t.removeAction(i + 1)}
                </Button>
              </div>
            </div>
          );
        })}
        <Button
          ref={plan.addButton}
          variant="secondary"
          onClick={() => plan.add({ action: "", owner: "", due: "" })}
        >
          {t.addAction}
        </Button>
      </fieldset>
    </Form>
  );
}
