/**
 * « Recevoir par courriel »: for each kind of notification the person's side receives, in the
 * app only or by email too — checked with the domain's schema, saved in one go.
 */
import {
  NOTIFICATION_DELIVERY_LABELS,
  NOTIFICATION_KIND_LABELS,
  type NotificationDelivery,
  type NotificationKind,
  notificationPreferencesInput,
} from "@mutu/domain";
import { Form, Loaded, RadioGroup, Section, Status } from "@mutu/ui";
import { useState } from "react";
import { useSchemaForm } from "../schema-form.ts";
import { trpc } from "../trpc.ts";
import { notificationsMessages } from "./messages.ts";

const t = notificationsMessages.preferences;

function PreferencesForm({
  kinds,
}: {
  kinds: { kind: NotificationKind; delivery: NotificationDelivery }[];
}) {
  const utils = trpc.useUtils();
  const save = trpc.notifications.setPreferences.useMutation();
  const form = useSchemaForm(notificationPreferencesInput, save);
  const [values, setValues] = useState(
    Object.fromEntries(kinds.map((k) => [k.kind, k.delivery])) as Record<string, string>,
  );
  const [saved, setSaved] = useState<string | null>(null);
  const fields = kinds.map((k) => ({
    name: `deliveries.${k.kind}`,
    id: `notification-${k.kind}-0`,
    label: NOTIFICATION_KIND_LABELS[k.kind],
  }));

  function submit() {
    setSaved(null);
    const checked = form.check({ deliveries: values });
    if (!checked) return;
    save.mutate(checked, {
      async onSuccess(result) {
        utils.notifications.preferences.setData(undefined, result);
        setSaved(t.saved);
      },
    });
  }

  return (
    <Form
      error={form.error}
      fields={fields}
      failed={t.failed}
      onSubmit={submit}
      actions={{ submit: t.submit, pending: save.isPending, submitting: t.submitting }}
    >
      {kinds.map((k) => (
        <RadioGroup
          key={k.kind}
          id={`notification-${k.kind}`}
          legend={NOTIFICATION_KIND_LABELS[k.kind]}
          options={(["app", "email"] as const).map((d) => ({
            value: d,
            label: NOTIFICATION_DELIVERY_LABELS[d],
          }))}
          value={values[k.kind] ?? ""}
          onChange={(value) => {
            setSaved(null);
            setValues((v) => ({ ...v, [k.kind]: value }));
          }}
          error={form.error?.fieldErrors[`deliveries.${k.kind}`]}
        />
      ))}
      <Status>{saved}</Status>
    </Form>
  );
}

export function PreferencesSection() {
  const prefs = trpc.notifications.preferences.useQuery();
  return (
    <Section id="notifications-choix" title={t.title} lead={t.lead}>
      <Loaded query={prefs} loadingLabel={t.loading}>
        {(data) => <PreferencesForm kinds={data.kinds} />}
      </Loaded>
    </Section>
  );
}
