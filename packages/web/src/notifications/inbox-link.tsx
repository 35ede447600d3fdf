/**
 * The inbox's link in the header of every page, with the unread count: read every minute and
 * whenever the person comes back to the tab (one index-only count on the server).
 */
import { Link } from "@mutu/ui";
import { trpc } from "../trpc.ts";
import { notificationsMessages as t } from "./messages.ts";

export const INBOX_PATH = "/notifications";

export function InboxLink() {
  const count = trpc.notifications.unreadCount.useQuery(undefined, {
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    staleTime: 15_000,
  });
  const unread = count.data?.unread ?? 0;
  return (
    <Link to={INBOX_PATH} className="shell-inbox">
      {t.link}
      {count.data ? (
        <span className={unread ? "badge badge-info shell-inbox-count" : "visually-hidden"}>
          <span className="visually-hidden"> — </span>
          {t.unread(unread)}
        </span>
      ) : null}
    </Link>
  );
}
