// "Publish a notice" (or "Change notice", prefilled): severity with what each does on kiosks, the words per
// language, when (on the site's clock), where, and an optional early closing; checked here with the contract
// before it goes to the hub, with an error summary linking to each field.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Device } from '../../../../machines/contracts/auth.js';
import { type Notice, NoticeSeverity } from '../../../../machines/contracts/notices.js';
import type { ServiceConfig } from '../../../../machines/contracts/site.js';
import type { HubBridge } from '../../../bridge/hubBridge.js';
import { describedBy, Field } from '../../../shared/SelectField.js';
import { NoticeClosingFields } from './NoticeClosingFields.js';
import { NoticeErrorSummary } from './NoticeErrorSummary.js';
import { NoticeTargetFields } from './NoticeTargetFields.js';
import { NoticeTextFields } from './NoticeTextFields.js';
import { saveNotice } from './noticeActions.js';
import { bodyOfDraft, type DraftProblem, draftOfNotice, fieldIds, newDraft } from './noticeDraft.js';
import { t } from './noticesText.js';

/** What the notices panel needs of the site: its languages, services and time zone. */
export interface NoticeSite {
  languages: readonly string[];
  services: readonly Pick<ServiceConfig, 'id' | 'name'>[];
  site: { timeZone: string };
}

interface Props {
  bridge: HubBridge;
  site: NoticeSite;
  /** The notice to change; null publishes a new one. */
  notice: Notice | null;
  devices: readonly Device[] | null;
  /** The clock the new notice starts at (defaults to now). */
  now?: Date;
  onDone: (text: string) => void;
  onCancel: () => void;
}

export function NoticeForm({ bridge, site, notice, devices, now, onDone, onCancel }: Props) {
  const timeZone = site.site.timeZone;
  const [draft, setDraft] = useState(() =>
    notice === null
      ? newDraft(site.languages, now ?? new Date(), timeZone)
      : draftOfNotice(notice, site.languages, timeZone),
  );
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const problemOf = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.text;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const result = bodyOfDraft(draft, timeZone);
    if (result.kind === 'invalid') return setProblems(result.problems);
    setProblems([]);
    setBusy(true);
    saveNotice(bridge, notice?.id ?? null, result.body).then((saved) => {
      setBusy(false);
      if (saved.kind === 'failed') return setFailure(saved.text);
      const headline = saved.notice.messages.en?.headline ?? '';
      onDone(t(notice === null ? 'published' : 'updated', { headline }));
    });
  };

  const startsError = problemOf(fieldIds.startsAt);
  const endsError = problemOf(fieldIds.endsAt);
  const severityError = problemOf(fieldIds.severity);
  return (
    <form
      className="stack sub-panel notice-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="notice-form-heading"
    >
      <h3 id="notice-form-heading" ref={headingRef} tabIndex={-1}>
        {notice === null
          ? t('form.publishHeading')
          : t('form.editHeading', { headline: notice.messages.en?.headline ?? '' })}
      </h3>
      <NoticeErrorSummary problems={problems} failure={failure} />
      <fieldset className={severityError ? 'fieldset field field--error' : 'fieldset field'}>
        <legend className="field__label">{t('form.severity')}</legend>
        {severityError && <p className="field__error">{severityError}</p>}
        {NoticeSeverity.options.map((severity) => (
          <div key={severity}>
            <label className="radio">
              <input
                id={`notice-severity-${severity}`}
                type="radio"
                name="notice-severity"
                value={severity}
                checked={draft.severity === severity}
                aria-describedby={`notice-severity-${severity}-hint`}
                onChange={() => setDraft({ ...draft, severity })}
              />
              {t(`severity.${severity}`)}
            </label>
            <p id={`notice-severity-${severity}-hint`} className="field__hint radio__hint">
              {t(`severity.${severity}.hint`)}
            </p>
          </div>
        ))}
      </fieldset>
      <NoticeTextFields
        draft={draft}
        onChange={(language, text) => setDraft({ ...draft, texts: { ...draft.texts, [language]: text } })}
        problemOf={problemOf}
      />
      <Field
        id={fieldIds.startsAt}
        label={t('form.starts')}
        hint={{ id: 'notice-starts-hint', text: t('form.timeHint', { timeZone }) }}
        error={startsError ? { id: 'notice-starts-error', text: startsError } : null}
      >
        <input
          id={fieldIds.startsAt}
          className="input"
          type="datetime-local"
          required
          aria-invalid={startsError ? true : undefined}
          aria-describedby={describedBy('notice-starts-hint', startsError && 'notice-starts-error')}
          value={draft.startsAt}
          onChange={(e) => setDraft({ ...draft, startsAt: e.target.value })}
        />
      </Field>
      <Field
        id={fieldIds.endsAt}
        label={t('form.ends')}
        hint={{ id: 'notice-ends-hint', text: t('form.endsHint', { timeZone }) }}
        error={endsError ? { id: 'notice-ends-error', text: endsError } : null}
      >
        <input
          id={fieldIds.endsAt}
          className="input"
          type="datetime-local"
          aria-invalid={endsError ? true : undefined}
          aria-describedby={describedBy('notice-ends-hint', endsError && 'notice-ends-error')}
          value={draft.endsAt}
          onChange={(e) => setDraft({ ...draft, endsAt: e.target.value })}
        />
      </Field>
      <NoticeTargetFields draft={draft} onChange={setDraft} devices={devices} problemOf={problemOf} />
      <NoticeClosingFields
        draft={draft}
        onChange={setDraft}
        services={site.services}
        timeZone={timeZone}
        problemOf={problemOf}
      />
      <div className="button-row">
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={busy}
          data-testid="notice-submit"
        >
          {t(notice === null ? 'form.publish' : 'form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
