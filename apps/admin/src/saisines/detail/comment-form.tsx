/**
 * Commenting: public (the commune reads it) or internal (the service commun's working note) —
 * chosen every time, never by default, since an internal note published by mistake would reach
 * the commune.
 */
import { commentInput } from "@mutu/domain";
import { Button, RadioGroup, TextAreaField, fieldError } from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { ChangeError, useRefreshSaisine } from "@mutu/web/saisines";
import { detailMessages } from "./messages.ts";

const t = detailMessages.comment;

const fields = [
  { name: "body", id: "commentaire-texte", label: t.field },
  { name: "visibility", id: "commentaire-visibilite-0", label: t.visibility },
] as const;

export function CommentForm({
  saisineId,
  onDone,
}: {
  saisineId: string;
  onDone(message: string): void;
}) {
  const refresh = useRefreshSaisine(saisineId);
  const comment = trpc.saisines.comment.useMutation();
  const form = useSchemaForm(commentInput, comment);
  const { error } = form;
  const [body, setBody] = useState("");
  const [visibility, setVisibility] = useState("");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = form.check({ saisineId, body, visibility });
    if (!checked) return;
    comment.mutate(checked, {
      async onSuccess() {
        setBody("");
        setVisibility("");
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
      <h3 id="commentaire-titre">{t.title}</h3>
      <ChangeError error={error} fields={fields} title={t.failed} onReload={() => void refresh()} />
      <TextAreaField
        id="commentaire-texte"
        label={t.field}
        required
        rows={4}
        className="input input-wide"
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "body")}
      />
      <RadioGroup
        id="commentaire-visibilite"
        legend={t.visibility}
        required
        options={[
          { value: "public", label: t.public },
          { value: "interne", label: t.internal, hint: t.internalHint },
        ]}
        value={visibility}
        onChange={(value) => setVisibility(value as "public" | "interne")}
        error={fieldError(error?.fieldErrors, "visibility")}
      />
      <Button type="submit" busy={comment.isPending} busyLabel={t.submitting}>
        {t.submit}
      </Button>
    </form>
  );
}
