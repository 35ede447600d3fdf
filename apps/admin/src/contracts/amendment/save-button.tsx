/** The « Enregistrer » of one part of the editor, named after its part for screen readers. */
import { Actions, Button, Status } from "@mutu/ui";
import { contractsMessages } from "../messages.ts";

const t = contractsMessages.amendment;

/** « Annexe complète (JSON) » → « annexe complète (JSON) », inside a sentence. */
export function lowerFirst(text: string) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function SaveActions({
  part,
  pending,
  status,
}: {
  part: string;
  pending: boolean;
  status: string | null;
}) {
  return (
    <>
      <Actions>
        <Button type="submit" busy={pending} busyLabel={t.saving}>
          {t.save}
          <span className="visually-hidden"> : {lowerFirst(part)}</span>
        </Button>
      </Actions>
      <Status>{status}</Status>
    </>
  );
}
