/**
 * Commenting: public (the commune reads it) or internal (the service commun's working note) —
 * chosen every time, never by default, since an internal note published by mistake would reach
 * the commune.
 */
import { commentInput } from "@mutu/domain";
import { Button, fieldLayout, RadioGroup, TextAreaField, useFields } from "@mutu/ui";
import type { FormEvent } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { ChangeError, useConfirmation, useRefreshSaisine } from "@mutu/web/saisines";
import { detailMessages } from "./messages.ts";

const t = detailMessages.comment;

const fields = fieldLayout("commentaire", {
  body: ["texte", t.field],
  visibility: ["visibilite-0", t.visibility],
});

export function CommentForm({ saisineId }: { saisineId: string }) {
  const refresh = useRefreshSaisine(saisineId);
  const confirmation = useConfirmation();
  const onDone = confirmation.show;
  const comment = trpc.saisines.comment.useMutation();
  const form = useSchemaForm(commentInput, comment);
  const { error } = form;
  const f = useFields({ body: "", visibility: "" }, error, fields);
  const { body, visibility } = f.values;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = form.check({ saisineId, body, visibility });
    if (!checked) return;
    comment.mutate(checked, {
      async onSuccess() {
        f.reset();
        await refresh();
        onDone(t.done(checked.visibility === "interne"));
      },
    });
  }

  return (
    <form
      className="form form-wide"
      noValidate
      onSubmit={submit}
      aria-labelledby="commentaire-titre"
    >
      <h2 id="commentaire-titre">{t.title}</h2>
      <ChangeError error={error} fields={fields} title={t.failed} onReload={() => void refresh()} />
      <TextAreaField required rows={4} className="input input-wide" {...f.field("body")} />
      <RadioGroup
        required
        options={[
          { value: "public", label: t.public },
          { value: "interne", label: t.internal, hint: t.internalHint },
        ]}
        {...f.group("visibility")}
      />
      <Button type="submit" busy={comment.isPending} busyLabel={t.submitting}>
        {t.submit}
      </Button>
      {confirmation.node}
    </form>
  );
}
