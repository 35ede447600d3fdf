/** Assigning to a team or a person of the service commun: each holding starts its own clock (OLA). */
import { assignSaisineInput } from "@mutu/domain";
import { Button, SelectField, useFields } from "@mutu/ui";
import type { FormEvent } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { ChangeError, useRefreshSaisine } from "@mutu/web/saisines";
import { detailMessages } from "./messages.ts";
import { AssigneeOptions } from "../assignee-options.tsx";
import type { SaisineDetail } from "../types.ts";
import { assigneeFrom, assigneeLabel, useAssignees } from "../use-assignees.ts";

const t = detailMessages.assign;

const fields = [{ name: "assignee", id: "attribuer-titulaire", label: t.field }] as const;

export function AssignForm({
  saisine: s,
  onDone,
}: {
  saisine: SaisineDetail;
  onDone(message: string): void;
}) {
  const refresh = useRefreshSaisine(s.id);
  const assignees = useAssignees();
  const assign = trpc.saisines.assign.useMutation();
  const form = useSchemaForm(assignSaisineInput, assign);
  const { error } = form;
  const f = useFields({ assignee: "" }, error, fields);
  const value = f.values.assignee;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = form.check({ saisineId: s.id, assignee: assigneeFrom(value) ?? undefined });
    if (!checked) return;
    const label = assigneeLabel(assignees.data, value);
    assign.mutate(
      { ...checked, version: s.version },
      {
        async onSuccess() {
          f.set({ assignee: "" });
          await refresh();
          onDone(t.done(label));
        },
      },
    );
  }

  return (
    <form noValidate onSubmit={submit} aria-labelledby="attribuer-titre">
      <h3 id="attribuer-titre">{t.title}</h3>
      <ChangeError
        error={error}
        fields={fields}
        title={t.failed}
        onReload={() => {
          assign.reset();
          void refresh();
        }}
      />
      <div className="filters">
        <SelectField {...f.field("assignee")} hint={t.hint}>
          <option value="">{t.choose}</option>
          <AssigneeOptions list={assignees.data} />
        </SelectField>
        <div className="actions">
          <Button type="submit" busy={assign.isPending} busyLabel={t.submitting}>
            {t.submit}
          </Button>
        </div>
      </div>
    </form>
  );
}
