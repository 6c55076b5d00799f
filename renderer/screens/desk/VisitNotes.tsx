// A visit's staff notes (never shown to the visitor) and the Add a note form.
import { type FormEvent, useState } from 'react';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { Ticket } from '../../../machines/contracts/ticket.js';
import { describedBy, Field } from '../../shared/SelectField.js';
import { t } from './deskText.js';

interface Props {
  site: SiteConfig;
  ticket: Ticket;
  busy: boolean;
  invalid: boolean;
  onAdd: (text: string) => void;
}

export function VisitNotes({ site, ticket, busy, invalid, onAdd }: Props) {
  const [text, setText] = useState('');
  const clock = new Intl.DateTimeFormat('en-US', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: site.site.timeZone,
  });
  const counterName = (id: string | null) => site.counters.find((c) => c.id === id)?.name ?? '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    onAdd(text);
    if (text.trim().length > 0) setText('');
  };
  return (
    <section className="notes" aria-labelledby="notes-heading">
      <h3 id="notes-heading">{t('notes.heading')}</h3>
      {ticket.notes.length === 0 ? (
        <p className="muted">{t('notes.none')}</p>
      ) : (
        <ul className="notes__list" data-testid="visit-notes">
          {ticket.notes.map((note) => (
            <li key={`${note.at}-${note.text}`}>
              <span className="muted">
                {t('notes.at', { time: clock.format(new Date(note.at)) })} {counterName(note.counterId)}
              </span>{' '}
              {note.text}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="stack">
        <Field
          id="note-text"
          label={t('notes.label')}
          hint={{ id: 'note-hint', text: t('notes.hint') }}
          error={invalid ? { id: 'note-error', text: t('error.note-required') } : null}
        >
          <textarea
            id="note-text"
            className="textarea"
            rows={2}
            maxLength={500}
            aria-invalid={invalid}
            aria-describedby={describedBy('note-hint', invalid && 'note-error')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </Field>
        <button type="submit" className="button" aria-disabled={busy}>
          {t('notes.add')}
        </button>
      </form>
    </section>
  );
}
