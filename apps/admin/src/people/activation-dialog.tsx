/**
 * Deactivating or reactivating an account, after saying plainly what it does: deactivation ends
 * their sessions at once, and the API tokens they created die with the account unless they are
 * entrusted to a colleague (who must hold their permissions); reactivation lets them sign in again.
 */
import { deactivatePersonInput } from "@mutu/domain";
import {
  Alert,
  ConfirmActions,
  Dialog,
  fieldError,
  Options,
  RadioGroup,
  SelectField,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { useState } from "react";
import { messages } from "../messages.ts";
import { peopleMessages } from "./messages.ts";
import type { Person } from "./types.ts";

/** The account to change and the state it is to take. */
export type ActivationChange = { person: Person; active: boolean };

type ActivationDialogProps = {
  change: ActivationChange | null;
  /** Who may be entrusted with the tokens of the person deactivated (active colleagues). */
  colleagues: readonly Person[];
  onClose(): void;
  onDone(message: string): void;
};

const TOKENS_FIELD = "tokens.toPersonId";

export function ActivationDialog({ change, colleagues, onClose, onDone }: ActivationDialogProps) {
  const utils = trpc.useUtils();
  const deactivate = trpc.people.deactivate.useMutation();
  const reactivate = trpc.people.reactivate.useMutation();
  const mutation = change?.active ? reactivate : deactivate;
  const t = change?.active ? peopleMessages.on : peopleMessages.off;
  const form = useSchemaForm(deactivatePersonInput, mutation);
  const [tokens, setTokens] = useState<"revoke" | "transfer">("revoke");
  const [successor, setSuccessor] = useState("");
  const person = change?.person ?? null;
  const tokenCount = change && !change.active ? change.person.activeTokens : 0;
  const candidates = colleagues.filter((c) => c.id !== person?.id && c.orgId === person?.orgId);

  function close() {
    form.clear();
    setTokens("revoke");
    setSuccessor("");
    onClose();
  }

  async function done() {
    if (!person) return;
    await Promise.all([utils.people.list.invalidate(), utils.tokens.list.invalidate()]);
    const message = t.done(person.displayName);
    close();
    onDone(message);
  }

  function confirm() {
    if (!change || !person) return;
    if (change.active) {
      reactivate.mutate({ personId: person.id }, { onSuccess: done });
      return;
    }
    const checked = form.check({
      personId: person.id,
      tokens:
        tokens === "transfer"
          ? { action: "transfer", toPersonId: successor }
          : { action: "revoke" },
    });
    if (checked) deactivate.mutate(checked, { onSuccess: done });
  }

  const error = form.error;
  return (
    <Dialog
      open={change !== null}
      title={person ? t.title(person.displayName) : ""}
      onClose={close}
      busy={mutation.isPending}
    >
      {error ? <Alert>{error.message}</Alert> : null}
      <p>{t.body}</p>
      <p>{t.history}</p>
      {tokenCount > 0 ? (
        <RadioGroup
          id="desactivation-jetons"
          legend={peopleMessages.tokens.legend(tokenCount)}
          options={[
            { value: "revoke", label: peopleMessages.tokens.revoke(tokenCount) },
            { value: "transfer", label: peopleMessages.tokens.transfer(tokenCount) },
          ]}
          value={tokens}
          onChange={(value) => setTokens(value === "transfer" ? "transfer" : "revoke")}
        >
          {tokens === "transfer" ? (
            <SelectField
              id="desactivation-successeur"
              label={peopleMessages.tokens.successor(tokenCount)}
              hint={peopleMessages.tokens.successorHint(tokenCount)}
              required
              value={successor}
              onChange={(event) => setSuccessor(event.currentTarget.value)}
              error={fieldError(error?.fieldErrors, TOKENS_FIELD)}
            >
              <Options
                empty={peopleMessages.tokens.choose}
                options={candidates.map((c) => ({ value: c.id, label: c.displayName }))}
              />
            </SelectField>
          ) : null}
        </RadioGroup>
      ) : null}
      <ConfirmActions
        words={t}
        onConfirm={confirm}
        cancel={{ label: messages.cancel, onCancel: close }}
        pending={mutation.isPending}
        variant={change?.active ? "primary" : "danger"}
        cancelFirst
      />
    </Dialog>
  );
}
