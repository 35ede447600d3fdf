/**
 * The inbox (/notifications in both spaces): the person's notifications, newest first, the unread
 * ones marked; each opens its saisine (and is then read), or says the saisine is gone; marking one
 * or all read; then the choice, kind by kind, of receiving them by email too. Marked read, a
 * notification loses its button: the focus goes to its « Ouvrir » link, or (all marked, or the
 * notification no longer listed) to the confirmation — never to the top of the page.
 */
import {
  Button,
  DateTime,
  Link,
  LoadMoreButton,
  Loaded,
  Page,
  SelectFilter,
  Status,
  formatNumber,
  useLoadMore,
  useConfirmation,
  useRoute,
  withParams,
} from "@mutu/ui";
import { type RouterOutputs, trpc } from "../trpc.ts";
import { saisineHref } from "../saisines/labels.tsx";
import { notificationsMessages as t } from "./messages.ts";
import { PreferencesSection } from "./preferences-section.tsx";

type Notification = RouterOutputs["notifications"]["list"]["items"][number];

/** The id of a notification's « Ouvrir » link, where the focus goes once it is marked read. */
const openId = (n: Notification) => `notification-${n.id}-ouvrir`;

function Item({
  n,
  onOpen,
  onRead,
  busy,
}: {
  n: Notification;
  onOpen(): void;
  onRead(): void;
  busy: boolean;
}) {
  const unread = n.readAt === null;
  return (
    <li className={unread ? "inbox-item inbox-item-unread" : "inbox-item"}>
      <h3 className="inbox-title">
        {unread ? <span className="badge badge-info">{t.unreadBadge}</span> : null} {n.title}
      </h3>
      <p className="inbox-meta">
        <DateTime value={n.createdAt} />
        {n.actorLabel ? <> · {t.by(n.actorLabel)}</> : null}
      </p>
      <p className="inbox-body">{n.body}</p>
      <div className="inline-actions">
        {n.reference ? (
          <Link
            id={openId(n)}
            to={saisineHref(n.saisineId)}
            onClick={onOpen}
            className="button button-secondary"
          >
            {t.open(n.reference)}
          </Link>
        ) : (
          <p className="muted">{t.gone}</p>
        )}
        {unread ? (
          <Button variant="link" onClick={onRead} busy={busy}>
            {t.markRead}
            <span className="visually-hidden">{t.markReadOf(n.title)}</span>
          </Button>
        ) : null}
      </div>
    </li>
  );
}

export function InboxPage() {
  const { search, navigate } = useRoute();
  const unreadOnly = search.get("filtre") === "non-lues";
  const utils = trpc.useUtils();
  const list = trpc.notifications.list.useInfiniteQuery(
    { unreadOnly, limit: 30 },
    { getNextPageParam: (last) => last.nextCursor ?? undefined },
  );
  const { status, loadMore } = useLoadMore(list, t.loaded);
  const mark = trpc.notifications.markRead.useMutation();
  const done = useConfirmation();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = list.data?.pages[0]?.unread ?? 0;

  async function refresh() {
    await Promise.all([
      utils.notifications.list.invalidate(),
      utils.notifications.unreadCount.invalidate(),
    ]);
  }

  function read(ids: string[], text: string, focusAfter?: string) {
    mark.mutate(ids.length ? { ids } : { all: true }, {
      async onSuccess(result) {
        await refresh();
        if (focusAfter) document.getElementById(focusAfter)?.focus();
        done.show(ids.length ? text : t.markedAll(result.updated));
      },
    });
  }

  return (
    <Page title={t.title} lead={t.lead}>
      <div className="inbox-tools">
        <SelectFilter
          id="notifications-filtre"
          words={{ form: t.filterForm, label: t.filter, show: t.show }}
          current={unreadOnly ? "non-lues" : ""}
          onApply={(choice) =>
            navigate(withParams("/notifications", new URLSearchParams(), { filtre: choice }), {
              keepFocus: true,
            })
          }
        >
          <option value="">{t.all}</option>
          <option value="non-lues">{t.unreadOnly}</option>
        </SelectFilter>
        {unread ? (
          <Button
            variant="secondary"
            busy={mark.isPending}
            busyLabel={t.markingAll}
            onClick={() => read([], "")}
          >
            {t.markAll}
          </Button>
        ) : null}
      </div>
      <Status>{status}</Status>
      {done.node}
      <Loaded query={list} loadingLabel={t.loading}>
        {() =>
          items.length === 0 ? (
            <p>{unreadOnly ? t.emptyUnread : t.empty}</p>
          ) : (
            <section aria-labelledby="notifications-liste">
              <h2 id="notifications-liste" className="visually-hidden">
                {t.caption(formatNumber(items.length), Boolean(list.hasNextPage))}
              </h2>
              <ul className="plain-list inbox">
                {items.map((n) => (
                  <Item
                    key={n.id}
                    n={n}
                    busy={mark.isPending}
                    onOpen={() => {
                      if (n.readAt === null) mark.mutate({ ids: [n.id] }, { onSuccess: refresh });
                    }}
                    onRead={() => read([n.id], t.markedRead, openId(n))}
                  />
                ))}
              </ul>
              <LoadMoreButton
                list={list}
                onLoad={loadMore}
                label={t.more}
                busyLabel={t.loadingMore}
              />
            </section>
          )
        }
      </Loaded>
      <PreferencesSection />
    </Page>
  );
}
