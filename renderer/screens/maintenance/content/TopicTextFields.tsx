// One language's words for a topic: title, summary, place name, address lines, hours note and keywords; in a
// language other than English the inputs carry its `lang`, and clearing every field removes the translation.
import type { InfoTopicText } from '../../../../machines/contracts/info.js';
import { t } from './contentText.js';
import { ListField, TextAreaField, TextField } from './fields.js';
import type { TextFields } from './infoDraft.js';

interface Props {
  /** Prefix of the inputs' ids, e.g. "topic-es". */
  idPrefix: string;
  language: string;
  text: InfoTopicText | undefined;
  onChange: (fields: Partial<TextFields>) => void;
}

export function TopicTextFields({ idPrefix, language, text, onChange }: Props) {
  const lang = language === 'en' ? undefined : language;
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <>
      <TextField
        id={id('title')}
        label={t('field.title')}
        lang={lang}
        value={text?.title ?? ''}
        onChange={(title) => onChange({ title })}
      />
      <TextAreaField
        id={id('summary')}
        label={t('field.summary')}
        hint={t('field.summaryHint')}
        lang={lang}
        value={text?.summary ?? ''}
        onChange={(summary) => onChange({ summary })}
      />
      <TextField
        id={id('place')}
        label={t('field.placeName')}
        hint={t('field.placeNameHint')}
        lang={lang}
        value={text?.placeName ?? ''}
        onChange={(placeName) => onChange({ placeName })}
      />
      <ListField
        id={id('address')}
        label={t('field.addressLines')}
        hint={t('field.addressLinesHint')}
        lang={lang}
        separator={'\n'}
        values={text?.addressLines ?? []}
        onChange={(addressLines) => onChange({ addressLines })}
      />
      <TextField
        id={id('hours-note')}
        label={t('field.hoursNote')}
        hint={t('field.hoursNoteHint')}
        lang={lang}
        value={text?.hoursNote ?? ''}
        onChange={(hoursNote) => onChange({ hoursNote })}
      />
      <ListField
        id={id('keywords')}
        label={t('field.keywords')}
        hint={t('field.keywordsHint')}
        lang={lang}
        separator=","
        values={text?.keywords ?? []}
        onChange={(keywords) => onChange({ keywords })}
      />
    </>
  );
}
