/**
 * Shared processing (/rgpd/traitements-partages): the processing the Métropole defines once for
 * several communes. A commune adopts one into its own register — it stays the controller — and
 * later finds each new version on its record, to accept or decline; the Métropole sees who adopted
 * which version.
 */
import { adoptSharedInput } from "@mutu/domain";
import {
  Button,
  type Column,
  Dialog,
  Form,
  fieldLayout,
  Link,
  TextField,
  useFields,
  useRoute,
} from "@mutu/ui";
import { type ReactNode, useState } from "react";
import { useSchemaForm } from "../schema-form.ts";
import { can, useSession } from "../session.tsx";
import { trpc } from "../trpc.ts";
import { formMessages } from "./form-messages.ts";
import { rgpdMessages } from "./messages.ts";
import { RegisterTable } from "./register-table.tsx";
import { sharedMessages as t } from "./shared-messages.ts";
import { RgpdLink, useOrgInput, useRgpdHref, useRgpdSpace, RgpdPage } from "./space.tsx";
import type { SharedSummary } from "./types.ts";

const adoptLayout = fieldLayout("adoption", { service: ["service", t.service] });

function AdoptDialog({ shared, onClose }: { shared: SharedSummary; onClose(): void }) {
  const { navigate } = useRoute();
  const href = useRgpdHref();
  const orgInput = useOrgInput();
  const utils = trpc.useUtils();
  const adopt = trpc.rgpd.shared.adopt.useMutation();
  const form = useSchemaForm(adoptSharedInput, adopt);
  const f = useFields({ service: "" }, form.error, adoptLayout);
  return (
    <Dialog
      open
      title={t.adoptTitle(shared.name)}
      onClose={onClose}
      busy={adopt.isPending}
      size="wide"
    >
      <Form
        error={form.error}
        fields={adoptLayout}
        failed={t.adoptFailed}
        intro={<p>{t.adoptLead}</p>}
        onSubmit={() => {
          const checked = form.check({ sharedId: shared.id, ...orgInput, ...f.values });
          if (checked)
            adopt.mutate(checked, {
              async onSuccess(created) {
                await utils.rgpd.invalidate();
                navigate(href("/rgpd/traitements/traitement", { id: created.id }), {
                  state: { notice: t.adopted(created.number) },
                });
              },
            });
        }}
        actions={{
          submit: t.adopt,
          submitting: t.adopting,
          pending: adopt.isPending,
          cancel: { label: formMessages.cancel, onCancel: onClose },
        }}
      >
        <TextField {...f.field("service")} hint={t.serviceHint} className="input input-wide" />
      </Form>
    </Dialog>
  );
}

export function SharedListPage({
  editHref,
  actions,
}: {
  editHref?: (id: string) => string;
  actions?: ReactNode;
}) {
  const me = useSession();
  const space = useRgpdSpace();
  const list = trpc.rgpd.shared.list.useQuery(useOrgInput());
  const [adopting, setAdopting] = useState<SharedSummary | null>(null);
  const forCommune = space.side === "commune" || Boolean(space.orgId);
  const columns: Column<SharedSummary>[] = [
    {
      key: "name",
      header: t.name,
      rowHeader: true,
      cell: (s) => (editHref ? <Link to={editHref(s.id)}>{s.name}</Link> : s.name),
    },
    { key: "description", header: t.description, cell: (s) => s.description },
    { key: "version", header: t.version, numeric: true, cell: (s) => s.version },
    {
      key: "adopters",
      header: t.adopters,
      numeric: true,
      cell: (s) => t.adoptersCount(s.adopters, s.behind),
    },
    ...(forCommune
      ? [
          {
            key: "commune",
            header: t.forCommune,
            cell: (s: SharedSummary) =>
              s.adoptedBy ? (
                <RgpdLink
                  to="/rgpd/traitements/traitement"
                  params={{ id: s.adoptedBy.processingId }}
                >
                  {t.adoptedVersion(s.adoptedBy.version ?? 0)}
                </RgpdLink>
              ) : can(me, "rgpd.manage") ? (
                <Button variant="secondary" onClick={() => setAdopting(s)} of={s.name}>
                  {t.adopt}
                </Button>
              ) : (
                t.notAdopted
              ),
          },
        ]
      : []),
  ];
  return (
    <RgpdPage
      title={rgpdMessages.sections.shared}
      lead={t.lead}
      back={{ to: "/rgpd", label: rgpdMessages.back.overview }}
    >
      {actions}
      <RegisterTable query={list} caption={t.caption} columns={columns} empty={t.empty} />
      {adopting ? <AdoptDialog shared={adopting} onClose={() => setAdopting(null)} /> : null}
    </RgpdPage>
  );
}
