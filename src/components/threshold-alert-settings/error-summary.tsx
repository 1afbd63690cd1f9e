import type { AlertSettingsForm } from './use-alert-settings-form';

/** Where a summary link leads: the field's own control, or the first control of a group. */
const linkTarget = (form: AlertSettingsForm, key: string) =>
  form.fieldId(key === 'channels' ? 'emails' : key === 'thresholds' ? 'add' : key);

/** "There is a problem" (GOV.UK style): every error, each a link that moves focus to its field. */
export function ErrorSummary({ form }: { form: AlertSettingsForm }) {
  if (form.errors.length === 0) return null;
  return (
    <div
      ref={form.summaryRef}
      tabIndex={-1}
      data-slot="tk-error-summary"
      className="tk:rounded-lg tk:border-2 tk:border-destructive tk:bg-background tk:p-4 tk:outline-none tk:focus:ring-2 tk:focus:ring-ring tk:focus:ring-offset-2 tk:focus:ring-offset-background"
    >
      <h2 className="tk:text-base tk:font-semibold">{form.format.messages.alerts.summaryTitle}</h2>
      <ul className="tk:mt-2 tk:flex tk:list-none tk:flex-col tk:gap-1 tk:p-0">
        {form.errors.map((error) => (
          <li key={`${error.key}-${error.code}`}>
            <a
              href={`#${linkTarget(form, error.key)}`}
              className="tk:rounded-sm tk:font-medium tk:text-destructive tk:underline tk:underline-offset-2 tk:outline-none tk:hover:no-underline tk:focus-visible:ring-2 tk:focus-visible:ring-ring"
              onClick={(event) => {
                // Move focus, not just the scroll position, so typing goes straight into the field.
                const target = document.getElementById(linkTarget(form, error.key));
                if (!target) return;
                event.preventDefault();
                target.scrollIntoView?.({ block: 'center' });
                target.focus();
              }}
            >
              {form.describe(error)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
