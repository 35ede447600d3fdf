/** Assigning to a team or a person of the service commun: each holding starts its own clock (OLA). */
import { Button, type FormError, SelectField, fieldError, useFormError } from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc } from "@mutu/web";
import { ChangeError, useRefreshSaisine } from "@mutu/web/saisines";
import { messages } from "../../messages.ts";
import { AssigneeOptions } from "../assignee-options.tsx";
import type { SaisineDetail } from "../types.ts";
import { assigneeFrom, assigneeLabel, useAssignees } from "../use-assignees.ts";

const t = messages.saisines.detail.assign;

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
  const serverError = useFormError(assign.error);
  const [value, setValue] = useState("");
  const [local, setLocal] = useState<FormError | null>(null);
  const error = local ?? serverError;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const assignee = assigneeFrom(value);
    if (!assignee) {
      assign.reset();
      setLocal({ message: t.failed, fieldErrors: { assignee: [t.required] }, code: null });
      return;
    }
    setLocal(null);
    const label = assigneeLabel(assignees.data, value);
    assign.mutate(
      { saisineId: s.id, version: s.version, assignee },
      {
        async onSuccess() {
          setValue("");
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
        fields={[{ name: "assignee", id: "attribuer-titulaire", label: t.field }]}
        title={t.failed}
        onReload={() => {
          assign.reset();
          void refresh();
        }}
      />
      <div className="filters">
        <SelectField
          id="attribuer-titulaire"
          label={t.field}
          hint={t.hint}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          error={fieldError(error?.fieldErrors, "assignee")}
        >
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
