/** @mutu/web/notifications — the inbox page and the choice of email (loaded with the page). */
export { InboxPage } from "./inbox-page.tsx";
export { notificationsMessages } from "./messages.ts";
