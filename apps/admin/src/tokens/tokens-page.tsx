/**
 * « Jetons d'API »: the tokens other tools use, their scope and life; creating one (its secret
 * shown once) and revoking one.
 */
import { type Permission, permissionLabels } from "@mutu/domain";
import {
  Button,
  type Column,
  DateTime,
  FormPanel,
  Page,
  Status,
  formatNumber,
  useFormPanel,
  LoadedTable,
} from "@mutu/ui";
import { useState } from "react";
import { trpc } from "@mutu/web";
import { tokensMessages } from "./messages.ts";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { CreateTokenForm } from "./create-token-form.tsx";
import { RevokeDialog } from "./revoke-dialog.tsx";
import { SecretDialog } from "./secret-dialog.tsx";
import type { CreatedToken, Token } from "./types.ts";

const t = tokensMessages;

function labelOf(code: string) {
  return Object.hasOwn(permissionLabels, code) ? permissionLabels[code as Permission] : code;
}

function State({ token }: { token: Token }) {
  if (token.revokedAt)
    return (
      <>
        <span className="badge badge-danger">{t.revoked}</span>
        <br />
        {t.on} <DateTime value={token.revokedAt} format="compact" />
      </>
    );
  if (new Date(token.expiresAt).getTime() <= Date.now())
    return <span className="badge badge-off">{t.expired}</span>;
  return <span className="badge badge-ok">{t.active}</span>;
}

const isUsable = (token: Token) =>
  !token.revokedAt && new Date(token.expiresAt).getTime() > Date.now();

export function TokensPage() {
  const orgs = useOrganisations();
  const tokens = trpc.tokens.list.useQuery();
  const [status, setStatus] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<Token | null>(null);
  const creating = useFormPanel();

  const columns: Column<Token>[] = [
    { key: "name", header: t.name, rowHeader: true, cell: (token) => token.name },
    { key: "org", header: t.organisation, cell: (token) => orgs.nameOf(token.orgId) },
    {
      key: "prefix",
      header: t.prefix,
      cell: (token) => <code>{token.displayPrefix}…</code>,
    },
    {
      key: "permissions",
      header: t.permissions,
      cell: (token) => (
        <ul className="plain-list">
          {token.permissions.map((p) => (
            <li key={p}>{labelOf(p)}</li>
          ))}
        </ul>
      ),
    },
    {
      key: "created",
      header: t.createdAt,
      cell: (token) => <DateTime value={token.createdAt} format="compact" />,
    },
    {
      key: "expires",
      header: t.expiresAt,
      cell: (token) => <DateTime value={token.expiresAt} format="compact" />,
    },
    {
      key: "used",
      header: t.lastUsedAt,
      cell: (token) =>
        token.lastUsedAt ? <DateTime value={token.lastUsedAt} format="compact" /> : t.never,
    },
    { key: "state", header: t.state, cell: (token) => <State token={token} /> },
    {
      key: "actions",
      header: t.actions,
      cell: (token) =>
        isUsable(token) ? (
          <Button
            variant="danger"
            className="button-small"
            onClick={() => {
              setStatus(null);
              setRevoking(token);
            }}
          >
            {t.revoke}
            <span className="visually-hidden">{t.revokeLabel(token.name)}</span>
          </Button>
        ) : null,
    },
  ];

  return (
    <Page title={t.title} lead={t.lead}>
      <Status>{status}</Status>

      <FormPanel
        id="nouveau-jeton"
        toggle={t.create.toggle}
        title={t.create.title}
        state={creating}
        onToggle={() => setStatus(null)}
      >
        <CreateTokenForm
          organisations={orgs.list}
          onCancel={creating.close}
          onCreated={(token) => {
            // The secret's dialog takes the focus; it gives it back to the button on closing.
            creating.setOpen(false);
            setCreated(token);
          }}
        />
      </FormPanel>

      <LoadedTable
        query={tokens}
        caption={(n) => t.caption(formatNumber(n))}
        columns={columns}
        empty={t.empty}
        layout="cards"
      />

      <SecretDialog
        token={created}
        onClose={() => {
          if (created) setStatus(t.secret.created(created.name));
          setCreated(null);
          creating.toggleRef.current?.focus();
        }}
      />
      <RevokeDialog
        token={revoking}
        onClose={() => setRevoking(null)}
        onDone={(message) => {
          setRevoking(null);
          setStatus(message);
        }}
      />
    </Page>
  );
}
