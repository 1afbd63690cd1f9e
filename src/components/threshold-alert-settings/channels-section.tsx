import { Button, cn, ErrorText, Field, Input } from '../ui';
import { checkboxClass } from './amount-field';
import type { AlertSettingsForm } from './use-alert-settings-form';
import { splitEmails } from './validate';

/** How alerts reach the user (email, in-app, webhook), and a test alert to check them. */
export function ChannelsSection({ form }: { form: AlertSettingsForm }) {
  const { settings, fieldId, format, model } = form;
  if (!settings) return null;
  const t = format.messages.alerts;
  const channelsError = form.errorFor('channels');
  const emailDraft = model.drafts.emails;
  return (
    <>
      <fieldset
        aria-describedby={channelsError && fieldId('channels-error')}
        className="tk:m-0 tk:flex tk:min-w-0 tk:flex-col tk:gap-3 tk:border-0 tk:p-0"
      >
        <legend className="tk:mb-2 tk:p-0 tk:font-medium">{t.channels.legend}</legend>
        {channelsError && <ErrorText id={fieldId('channels-error')}>{channelsError}</ErrorText>}
        <Field
          id={fieldId('emails')}
          label={t.channels.email}
          hint={t.channels.emailHint}
          error={form.errorFor('emails')}
        >
          {(control) => (
            <Input
              {...control}
              inputMode="email"
              autoComplete="email"
              spellCheck={false}
              value={
                emailDraft !== undefined && splitEmails(emailDraft).join() === settings.channels.email.join()
                  ? emailDraft
                  : settings.channels.email.join(', ')
              }
              onChange={(e) => {
                const typed = e.currentTarget.value;
                form.typeDraft('emails', typed);
                form.updateChannels({ email: splitEmails(typed) });
              }}
            />
          )}
        </Field>
        <div className="tk:flex tk:items-center tk:gap-2">
          <input
            id={fieldId('inApp')}
            type="checkbox"
            checked={settings.channels.inApp}
            onChange={(e) => form.updateChannels({ inApp: e.currentTarget.checked })}
            className={checkboxClass}
          />
          <label htmlFor={fieldId('inApp')} className="tk:text-sm">
            {t.channels.inApp}
          </label>
        </div>
        <Field
          id={fieldId('webhook')}
          label={t.channels.webhook}
          hint={t.channels.webhookHint}
          error={form.errorFor('webhook')}
        >
          {(control) => (
            <Input
              {...control}
              type="url"
              inputMode="url"
              spellCheck={false}
              value={settings.channels.webhookUrl ?? ''}
              onChange={(e) => form.updateChannels({ webhookUrl: e.currentTarget.value })}
            />
          )}
        </Field>
      </fieldset>

      {form.canSendTest && <TestAlert form={form} />}
    </>
  );
}

function TestAlert({ form }: { form: AlertSettingsForm }) {
  const { test } = form.model;
  const { messages, text } = form.format;
  const t = messages.alerts;
  return (
    <div className="tk:flex tk:flex-wrap tk:items-center tk:gap-3">
      <Button variant="secondary" size="sm" loading={test.state === 'sending'} onClick={form.sendTest}>
        {t.test.send}
      </Button>
      <p
        role="status"
        data-state={test.state}
        className={cn(
          'tk:text-sm',
          test.state === 'failed' ? 'tk:text-destructive' : 'tk:text-muted-foreground',
        )}
      >
        {test.state === 'sending' && t.test.sending}
        {test.state === 'sent' && t.test.sent}
        {test.state === 'failed' && (
          <>
            {t.test.failed}
            {test.reason && <> {text(t.serverSaid, { reason: test.reason })}</>}
          </>
        )}
      </p>
    </div>
  );
}
