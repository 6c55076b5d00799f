// A maintenance panel's one-row actions (e.g. "Disable"): which row is busy, and the notice or error it ends with.
import { useState } from 'react';

export interface PanelMessage {
  text: string;
  error: boolean;
}

export interface RowAction {
  busyId: string | null;
  message: PanelMessage | null;
  setMessage: (message: PanelMessage | null) => void;
  /** Runs `action` for the row `id`; shows `done` and reloads on success, or `failed` as an error. */
  run(id: string, action: () => Promise<unknown>, done: string, failed: string): void;
}

export function useRowAction(reload: () => void): RowAction {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<PanelMessage | null>(null);
  const run: RowAction['run'] = (id, action, done, failed) => {
    setBusyId(id);
    setMessage(null);
    action().then(
      () => {
        setBusyId(null);
        setMessage({ text: done, error: false });
        reload();
      },
      () => {
        setBusyId(null);
        setMessage({ text: failed, error: true });
      },
    );
  };
  return { busyId, message, setMessage, run };
}

/** The notice (role=status, always present so it is announced) and the error (role=alert) of a panel. */
export function PanelMessageView({ message }: { message: PanelMessage | null }) {
  return (
    <>
      <div role="status" className={message && !message.error ? 'notice' : ''}>
        {message && !message.error ? message.text : ''}
      </div>
      {message?.error && (
        <div role="alert" className="error-summary">
          {message.text}
        </div>
      )}
    </>
  );
}
