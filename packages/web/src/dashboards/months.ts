/** A month of a chart (« janv. 2025 ») from its first day ('2025-01-01'). */
const monthFormat = new Intl.DateTimeFormat("fr-FR", {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export const monthLabel = (month: string) => monthFormat.format(new Date(`${month}T00:00:00Z`));
