/**
 * After a change: reload the saisine, its timeline and the lists (the call centre's queue, a
 * commune's list). And the one error every change may meet — « modifiée entre-temps » (someone
 * acted on the version this page shows) — as a clear message with the way out: reloading it.
 */
import { Alert, Button, type FormError, FormErrorSummary, type SummaryField } from "@mutu/ui";
import { trpc } from "../trpc.ts";
import { saisineMessages } from "./messages.ts";

const t = saisineMessages.conflict;

export function useRefreshSaisine(saisineId: string) {
  const utils = trpc.useUtils();
  return () =>
    Promise.all([
      utils.saisines.get.invalidate({ saisineId }),
      utils.saisines.timeline.invalidate({ saisineId }),
      utils.saisines.queue.invalidate(),
      utils.saisines.list.invalidate(),
    ]);
}

export const isConflict = (error: FormError | null) => error?.code === "CONFLICT";

/** The error of a change: the conflict with its reload button, or the usual summary. */
export function ChangeError({
  error,
  fields,
  title,
  onReload,
}: {
  error: FormError | null;
  fields?: readonly SummaryField[];
  title: string;
  onReload(): void;
}) {
  if (!error) return null;
  if (isConflict(error))
    return (
      <Alert title={t.title}>
        <p>{error.message}</p>
        <Button variant="secondary" onClick={onReload}>
          {t.reload}
        </Button>
      </Alert>
    );
  return <FormErrorSummary error={error} fields={fields} title={title} headingLevel={3} />;
}
