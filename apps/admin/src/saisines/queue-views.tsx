/**
 * The queue's views above its filters: the built-in ones (« Mes saisines », « Non attribuées »,
 * « Proches de l'échéance »), the agent's own and those shared with the service. Opening one
 * sets the filters (in the URL); a view whose filter no longer exists opens without it, and a
 * notice names it. The current filters can be saved as a view, for oneself or shared.
 */
import { saveQueueViewInput } from "@mutu/domain";
import {
  Button,
  ConfirmActions,
  Dialog,
  fieldLayout,
  Form,
  formActions,
  FormPanel,
  Info,
  Link,
  RadioGroup,
  TextField,
  useFields,
  useFormPanel,
} from "@mutu/ui";
import { type RouterOutputs, trpc, useSchemaForm } from "@mutu/web";
import { useState } from "react";
import { messages } from "../messages.ts";
import { saisinesMessages } from "./messages.ts";
import { type QueueFilters, queuePath, queueUrl } from "./queue-url.ts";

const t = saisinesMessages.views;

const fields = fieldLayout("vue", { name: ["nom", t.name], shared: ["partage-0", t.sharing] });

type Views = RouterOutputs["saisines"]["views"];
type View = { id: string; name: string; filters: Record<string, string> };

const sameFilters = (a: QueueFilters, b: Record<string, string>) =>
  queueUrl.query(a) === queueUrl.query(b);

function SaveViewPanel({
  current,
  onSaved,
}: {
  current: QueueFilters;
  onSaved(message: string): void;
}) {
  const panel = useFormPanel();
  const utils = trpc.useUtils();
  const save = trpc.saisines.saveView.useMutation();
  const form = useSchemaForm(saveQueueViewInput, save);
  const f = useFields({ name: "", shared: "personal" }, form.error, fields);

  function submit() {
    const checked = form.check({
      name: f.values.name,
      filters: queueUrl.clean(current) as Record<string, string>,
      shared: f.values.shared === "shared",
    });
    if (!checked) return;
    save.mutate(checked, {
      async onSuccess() {
        await utils.saisines.views.invalidate();
        f.reset();
        panel.close();
        onSaved(t.saved(checked.name));
      },
    });
  }

  return (
    <FormPanel
      id="vue-enregistrer"
      toggle={t.save}
      title={t.saveTitle}
      headingLevel={3}
      state={panel}
    >
      <Form
        error={form.error}
        fields={fields}
        failed={t.failed}
        onSubmit={submit}
        actions={formActions(t, save.isPending, {
          label: messages.cancel,
          onCancel: () => panel.close(),
        })}
      >
        <TextField {...f.field("name")} hint={t.nameHint} required />
        <RadioGroup
          options={[
            { value: "personal", label: t.personal },
            { value: "shared", label: t.shared, hint: t.sharedHint },
          ]}
          {...f.group("shared")}
        />
      </Form>
    </FormPanel>
  );
}

function DeleteView({ view, onDeleted }: { view: View; onDeleted(message: string): void }) {
  const [open, setOpen] = useState(false);
  const utils = trpc.useUtils();
  const remove = trpc.saisines.deleteView.useMutation();
  return (
    <>
      <Button variant="link" onClick={() => setOpen(true)}>
        {t.delete}
        <span className="visually-hidden">{t.deleteOf(view.name)}</span>
      </Button>
      <Dialog
        open={open}
        title={t.deleteDialog.title(view.name)}
        onClose={() => setOpen(false)}
        busy={remove.isPending}
      >
        <p>{t.deleteDialog.body}</p>
        {remove.error ? <p role="alert">{remove.error.message}</p> : null}
        <ConfirmActions
          words={t.deleteDialog}
          onConfirm={() =>
            remove.mutate(
              { viewId: view.id },
              {
                async onSuccess() {
                  await utils.saisines.views.invalidate();
                  setOpen(false);
                  onDeleted(t.deleted(view.name));
                },
              },
            )
          }
          cancel={{ label: messages.cancel, onCancel: () => setOpen(false) }}
          pending={remove.isPending}
        />
      </Dialog>
    </>
  );
}

export function QueueViews({
  views,
  current,
  viewId,
  onDone,
}: {
  views: Views | undefined;
  current: QueueFilters;
  viewId: string | null;
  onDone(message: string): void;
}) {
  const opened = views?.views.find((v) => v.id === viewId);
  const item = (view: View, extra?: React.ReactNode) => {
    const here = sameFilters(current, view.filters) && (viewId === null || viewId === view.id);
    return (
      <li key={view.id}>
        <Link to={queuePath(view.filters, view.id)} aria-current={here ? "page" : undefined}>
          {view.name}
        </Link>
        {extra}
      </li>
    );
  };
  return (
    <nav className="queue-views" aria-labelledby="vues-titre">
      <h2 id="vues-titre" className="queue-views-title">
        {t.title}
      </h2>
      <ul className="plain-list queue-views-list">
        <li>
          <Link
            to="/saisines"
            aria-current={Object.keys(queueUrl.clean(current)).length ? undefined : "page"}
          >
            {t.everything}
          </Link>
        </li>
        {(views?.builtIn ?? []).map((v) => item(v))}
        {(views?.views ?? []).map((v) =>
          item(
            v,
            <>
              <span className="muted"> {v.shared ? t.sharedBy(v.createdByLabel) : t.mine}</span>
              {v.mine ? <DeleteView view={v} onDeleted={onDone} /> : null}
            </>,
          ),
        )}
      </ul>
      {opened?.dropped.length ? (
        <Info title={t.droppedTitle(opened.name)}>
          <p>{t.dropped(opened.dropped.map((d) => d.label))}</p>
        </Info>
      ) : null}
      <SaveViewPanel current={current} onSaved={onDone} />
    </nav>
  );
}
