/** Where one commune's report of a year is (/rapports/rapport?commune=…&annee=…). */
export function reportHref(orgId: string, year: number) {
  return `/rapports/rapport?commune=${encodeURIComponent(orgId)}&annee=${year}`;
}
