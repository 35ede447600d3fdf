/**
 * « Abonnement à mon calendrier »: a secret URL per person for their meetings, shown once when
 * created, replaceable and revocable.
 */
import { Button, CopyText, formatDateTime, Section, Status } from "@mutu/ui";
import { useState } from "react";
import { trpc } from "../trpc.ts";
import { meetingsMessages as t } from "./messages.ts";

export function FeedSection() {
  const utils = trpc.useUtils();
  const feed = trpc.meetings.feed.useQuery(undefined);
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const create = trpc.meetings.createFeed.useMutation({
    async onSuccess(result) {
      setUrl(result.url);
      setStatus(t.feed.created);
      await utils.meetings.feed.invalidate();
    },
  });
  const revoke = trpc.meetings.revokeFeed.useMutation({
    async onSuccess() {
      setUrl(null);
      setStatus(t.feed.revoked);
      await utils.meetings.feed.invalidate();
    },
  });
  const active = feed.data?.active ?? false;
  return (
    <Section id="gouvernance-abonnement" title={t.contents.feed} lead={t.feed.lead}>
      <Status>{status}</Status>
      {url ? (
        <CopyText
          id="gouvernance-abonnement-adresse"
          label={t.feed.url}
          text={url}
          copyLabel="Copier l'adresse"
          rows={2}
        />
      ) : feed.data ? (
        <p>
          {active && feed.data.createdAt
            ? t.feed.active(formatDateTime(feed.data.createdAt))
            : t.feed.none}
        </p>
      ) : null}
      <div className="page-actions">
        <Button variant="secondary" busy={create.isPending} onClick={() => create.mutate()}>
          {active ? t.feed.replace : t.feed.create}
        </Button>
        {active ? (
          <Button variant="secondary" busy={revoke.isPending} onClick={() => revoke.mutate()}>
            {t.feed.revoke}
          </Button>
        ) : null}
      </div>
    </Section>
  );
}
