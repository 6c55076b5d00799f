// Staff accounts (administrators only): every account with its role and state, "Disable" after a confirmation
// (never your own), and the form to add one.
import { useCallback } from 'react';
import type { StaffUser } from '../../../machines/contracts/auth.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { authText } from '../../shared/authText.js';
import { AddStaffForm } from './AddStaffForm.js';
import { ConfirmAction } from './ConfirmAction.js';
import { t } from './maintenanceText.js';
import { PanelMessageView, useRowAction } from './rowAction.js';
import { type ListState, useHubList } from './useHubList.js';

interface Props {
  bridge: HubBridge;
  /** The signed-in administrator, who cannot disable their own account here. */
  selfId: string;
}

export function StaffPanel({ bridge, selfId }: Props) {
  const load = useCallback(async () => (await bridge.call('listStaff', {})).users, [bridge]);
  const [users, reload] = useHubList(load);
  const { busyId, message, setMessage, run } = useRowAction(reload);

  const disable = (user: StaffUser) =>
    run(
      user.id,
      () => bridge.call('disableStaff', { params: { userId: user.id }, body: {} }),
      t('staff.disabled', { name: user.displayName }),
      t('staff.disableFailed', { name: user.displayName }),
    );

  const added = (user: StaffUser) => {
    setMessage({ text: t('addStaff.added', { username: user.username }), error: false });
    reload();
  };

  return (
    <section className="panel panel--wide" aria-labelledby="staff-heading">
      <h2 id="staff-heading">{t('staff.heading')}</h2>
      <PanelMessageView message={message} />
      <StaffTable users={users} selfId={selfId} busyId={busyId} onDisable={disable} />
      <button type="button" className="button button--small" onClick={reload}>
        {t('action.refresh')}
        <span className="visually-hidden"> {t('staff.heading')}</span>
      </button>
      <AddStaffForm bridge={bridge} onAdded={added} />
    </section>
  );
}

interface TableProps {
  users: ListState<StaffUser[]>;
  selfId: string;
  busyId: string | null;
  onDisable: (user: StaffUser) => void;
}

export function StaffTable({ users, selfId, busyId, onDisable }: TableProps) {
  if (users.status === 'loading') return <p>{t('staff.loading')}</p>;
  if (users.status === 'forbidden') return <p role="alert">{t('error.forbidden')}</p>;
  if (users.status === 'failed') {
    return (
      <p role="alert" className="error-summary">
        {t('staff.loadFailed')}
      </p>
    );
  }
  return (
    <table className="table" data-testid="staff-table">
      <caption className="visually-hidden">{t('staff.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('staff.col.username')}</th>
          <th scope="col">{t('staff.col.name')}</th>
          <th scope="col">{t('staff.col.role')}</th>
          <th scope="col">{t('staff.col.status')}</th>
          <th scope="col">{t('staff.col.action')}</th>
        </tr>
      </thead>
      <tbody>
        {users.value.map((user) => (
          <tr key={user.id}>
            <th scope="row">{user.username}</th>
            <td>{user.displayName}</td>
            <td>{authText(`role.${user.role}`)}</td>
            <td>{t(user.disabled ? 'staff.status.disabled' : 'staff.status.active')}</td>
            <td>
              {user.id === selfId ? (
                t('staff.you')
              ) : user.disabled ? null : (
                <ConfirmAction
                  label={t('staff.disable')}
                  subject={user.username}
                  question={t('staff.disableConfirm', { name: user.displayName })}
                  confirmLabel={t('staff.disableYes')}
                  busy={busyId === user.id}
                  onConfirm={() => onDisable(user)}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
