// On-screen list of the desk's keyboard shortcuts.
import { t } from './deskText.js';
import type { ShortcutKey } from './useDeskShortcuts.js';

const keys: readonly (readonly [ShortcutKey, string])[] = [
  ['n', 'shortcuts.callNext'],
  ['r', 'shortcuts.recall'],
  ['a', 'shortcuts.arrive'],
  ['x', 'shortcuts.noShow'],
  ['l', 'shortcuts.left'],
  ['p', 'shortcuts.park'],
  ['t', 'shortcuts.transfer'],
  ['y', 'shortcuts.recycle'],
  ['o', 'shortcuts.outcome'],
  ['e', 'shortcuts.note'],
  ['w', 'shortcuts.walkIn'],
  ['b', 'shortcuts.break'],
  ['k', 'shortcuts.back'],
  ['f', 'shortcuts.find'],
  ['c', 'shortcuts.request'],
];

export function ShortcutHelp() {
  return (
    <section className="panel panel--quiet" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('shortcuts.heading')}</h2>
      <p className="field__hint">{t('shortcuts.hint')}</p>
      <dl className="shortcuts">
        {keys.map(([key, label]) => (
          <div key={key} className="shortcuts__item">
            <dt>
              <kbd>{key.toUpperCase()}</kbd>
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
