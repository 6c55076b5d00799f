// The notice's words in each site language, English first and required: a headline and optional detail, each
// input marked with its language so it is spelled and read correctly, and which languages will show English.
import { describedBy, Field } from '../../../shared/SelectField.js';
import { languageName } from '../../desk/ticketFacts.js';
import { type DraftText, emptyLanguages, fieldIds, type NoticeDraft } from './noticeDraft.js';
import { t } from './noticesText.js';
import { fallbackText } from './noticeWords.js';

interface Props {
  draft: NoticeDraft;
  onChange: (language: string, text: DraftText) => void;
  /** The problem shown beside a field, by field id. */
  problemOf: (fieldId: string) => string | undefined;
}

export function NoticeTextFields({ draft, onChange, problemOf }: Props) {
  const fallback = fallbackText(emptyLanguages(draft).map(languageName));
  return (
    <>
      {Object.entries(draft.texts).map(([language, text]) => {
        const headlineId = fieldIds.headline(language);
        const bodyId = fieldIds.body(language);
        const headlineError = problemOf(headlineId);
        const bodyError = problemOf(bodyId);
        const hintId = `${headlineId}-hint`;
        return (
          <fieldset
            key={language}
            className="fieldset notice-language"
            data-testid={`notice-text-${language}`}
          >
            <legend className="field__label">
              {t('form.languageText', { language: languageName(language) })}{' '}
              <span className="muted">{t(language === 'en' ? 'form.required' : 'form.optional')}</span>
            </legend>
            <Field
              id={headlineId}
              label={t('form.headline')}
              hint={{ id: hintId, text: t('form.headlineHint') }}
              error={headlineError ? { id: `${headlineId}-error`, text: headlineError } : null}
            >
              <input
                id={headlineId}
                className="input input--wide"
                type="text"
                lang={language}
                autoComplete="off"
                maxLength={120}
                aria-required={language === 'en' ? true : undefined}
                aria-invalid={headlineError ? true : undefined}
                aria-describedby={describedBy(hintId, headlineError && `${headlineId}-error`)}
                value={text.headline}
                onChange={(e) => onChange(language, { ...text, headline: e.target.value })}
              />
            </Field>
            <Field
              id={bodyId}
              label={t('form.body')}
              error={bodyError ? { id: `${bodyId}-error`, text: bodyError } : null}
            >
              <textarea
                id={bodyId}
                className="textarea"
                lang={language}
                rows={3}
                maxLength={1000}
                aria-invalid={bodyError ? true : undefined}
                aria-describedby={bodyError ? `${bodyId}-error` : undefined}
                value={text.body}
                onChange={(e) => onChange(language, { ...text, body: e.target.value })}
              />
            </Field>
          </fieldset>
        );
      })}
      <p className="field__hint" aria-live="polite" data-testid="notice-fallback">
        {fallback ?? t('form.noFallback')}
      </p>
    </>
  );
}
