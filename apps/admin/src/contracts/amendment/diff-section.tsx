/**
 * What the draft changes compared with the version it was drafted from. Its own dates and origin
 * are left out: they are set when the signature is recorded.
 */
import { Alert, Loading, toFormError } from "@mutu/ui";
import { trpc } from "@mutu/web";
import { ChangeTables } from "@mutu/web/contracts";
import { contractsMessages } from "../messages.ts";
import type { VersionDetail } from "../types.ts";

const t = contractsMessages;
const SET_AT_SIGNATURE = new Set(["origin", "signedOn", "effectiveFrom"]);

export function DiffSection({ version }: { version: VersionDetail }) {
  const base = version.basedOnId ?? "";
  const diff = trpc.contracts.diff.useQuery(
    { fromVersionId: base, toVersionId: version.id },
    { enabled: base !== "" },
  );
  if (!base) return null;
  if (diff.error) return <Alert>{toFormError(diff.error).message}</Alert>;
  if (!diff.data) return <Loading label={t.amendment.diffLoading} />;
  const changes = diff.data.changes.filter((c) => !SET_AT_SIGNATURE.has(c.path[0] ?? ""));
  return (
    <>
      <p role="status">{t.diff.count(changes.length)}</p>
      <ChangeTables changes={changes} />
    </>
  );
}
