/**
 * The page of one record of a register (a processing, a breach, a request): loaded from the id in
 * the URL, headed with its number, back to its register, and what was just done — on arriving
 * from the form that created it, or once a step is recorded — said to screen readers. A step whose
 * form leaves the page once done (the CNIL notified, a request extended) leaves the focus on that
 * message rather than at the top of the page.
 */
import { Alert, Loaded, useConfirmation, useNotice } from "@mutu/ui";
import type { ReactNode } from "react";
import { trpc } from "../trpc.ts";
import { rgpdMessages } from "./messages.ts";
import { RgpdPage } from "./space.tsx";

/** Reload the registers, then say what was done. */
export type RecordDone = (message: string) => Promise<void>;

export function RecordPage<T>({
  id,
  query,
  title,
  back,
  children,
}: {
  id: string;
  query: { data: T | undefined; error: unknown };
  title(record: T): string;
  back: { to: string; label: string };
  children(record: T, done: RecordDone): ReactNode;
}) {
  const utils = trpc.useUtils();
  const confirmation = useConfirmation(useNotice());
  const done: RecordDone = async (message) => {
    await utils.rgpd.invalidate();
    confirmation.show(message);
  };
  if (!id) return <Alert>{rgpdMessages.loading}</Alert>;
  return (
    <Loaded query={query} loadingLabel={rgpdMessages.loading}>
      {(record) => (
        <RgpdPage title={title(record)} back={back}>
          {confirmation.node}
          {children(record, done)}
        </RgpdPage>
      )}
    </Loaded>
  );
}
