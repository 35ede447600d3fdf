/** Where one member's page is (/adhesions/adhesion?commune=…): the list and the contracts link to it. */
export function membershipHref(orgId: string) {
  return `/adhesions/adhesion?commune=${encodeURIComponent(orgId)}`;
}
