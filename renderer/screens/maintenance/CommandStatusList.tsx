// The status region under the devices table: each command sent from this screen and what became of it, in words.
import type { TrackedCommand } from './deviceCommands.js';
import { commandSentence } from './deviceCommands.js';
import { t } from './maintenanceText.js';

/** Always present (role=status), so a new or changed sentence is announced. */
export function CommandStatusList({ tracked }: { tracked: TrackedCommand[] }) {
  return (
    <div role="status" aria-label={t('command.heading')} data-testid="device-command-status">
      {tracked.length > 0 && (
        <ul className="command-list">
          {tracked.map((entry) => (
            <li
              key={entry.command.id}
              className={`command-list__item command-list__item--${entry.command.status}`}
              data-command-status={entry.command.status}
            >
              {commandSentence(entry)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
