// On-screen list of the desk's keyboard shortcuts.
import { t } from './deskText.js';

const keys = [
  ['N', 'shortcuts.callNext'],
  ['R', 'shortcuts.recall'],
  ['X', 'shortcuts.noShow'],
  ['O', 'shortcuts.outcome'],
] as const;

export function ShortcutHelp() {
  return (
    <section className="panel panel--quiet" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('shortcuts.heading')}</h2>
      <dl className="shortcuts">
        {keys.map(([key, label]) => (
          <div key={key} className="shortcuts__item">
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
