// "Add a staff account" (administrators): username, full name, role and an initial password, checked against
// the contract first; the hub's refusals (username taken) are shown at the field they are about.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { StaffUser } from '../../../machines/contracts/auth.js';
import { StaffRole } from '../../../machines/contracts/auth.js';
import { HubError } from '../../../machines/contracts/hubClient.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { authText } from '../../shared/authText.js';
import { checkNewStaff, type NewStaffFields, type StaffField } from './addStaffProblems.js';
import { t } from './maintenanceText.js';

interface Props {
  bridge: HubBridge;
  onAdded: (user: StaffUser) => void;
}

type Problem = StaffField | 'taken' | 'failed';
const empty: NewStaffFields = { username: '', displayName: '', role: '', password: '' };

const messageFor = (problem: Problem): string =>
  problem === 'taken'
    ? t('addStaff.error.taken')
    : problem === 'failed'
      ? t('addStaff.error.failed')
      : t(`addStaff.error.${problem}`);

const fieldOf = (problem: Problem): StaffField | null =>
  problem === 'taken' ? 'username' : problem === 'failed' ? null : problem;

export function AddStaffForm({ bridge, onAdded }: Props) {
  const [fields, setFields] = useState<NewStaffFields>(empty);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (problems.length > 0) summaryRef.current?.focus();
  }, [problems]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkNewStaff(fields);
    if ('problems' in checked) return setProblems(checked.problems);
    setProblems([]);
    setBusy(true);
    bridge.call('createStaff', { body: checked.body }).then(
      (user) => {
        setBusy(false);
        setFields(empty);
        onAdded(user);
      },
      (error: unknown) => {
        setBusy(false);
        setProblems([error instanceof HubError && error.code === 'conflict' ? 'taken' : 'failed']);
      },
    );
  };

  const errorAt = (field: StaffField) => problems.find((p) => fieldOf(p) === field);
  const set = (field: keyof NewStaffFields) => (value: string) =>
    setFields((f) => ({ ...f, [field]: value }));
  const fieldProps = (field: StaffField, hint: boolean) => {
    const error = errorAt(field);
    const describedBy = [hint ? `staff-${field}-hint` : '', error ? `staff-${field}-error` : '']
      .filter(Boolean)
      .join(' ');
    return {
      id: `staff-${field}`,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy || undefined,
    };
  };
  const errorLine = (field: StaffField) => {
    const error = errorAt(field);
    return error ? (
      <p id={`staff-${field}-error`} className="field__error">
        <span className="visually-hidden">{authText('error.prefix')}</span> {messageFor(error)}
      </p>
    ) : null;
  };
  const fieldClass = (field: StaffField) => (errorAt(field) ? 'field field--error' : 'field');

  return (
    <form className="stack sub-panel" onSubmit={submit} noValidate aria-labelledby="add-staff-heading">
      <h3 id="add-staff-heading">{t('addStaff.heading')}</h3>
      {problems.length > 0 && (
        <div ref={summaryRef} className="error-summary" role="alert" tabIndex={-1}>
          <p className="error-summary__title">{t('addStaff.error.summary')}</p>
          <ul className="error-summary__list">
            {problems.map((p) => {
              const field = fieldOf(p);
              return (
                <li key={p}>{field ? <a href={`#staff-${field}`}>{messageFor(p)}</a> : messageFor(p)}</li>
              );
            })}
          </ul>
        </div>
      )}
      <div className={fieldClass('username')}>
        <label htmlFor="staff-username" className="field__label">
          {t('addStaff.username')}
        </label>
        <p id="staff-username-hint" className="field__hint">
          {t('addStaff.usernameHint')}
        </p>
        {errorLine('username')}
        <input
          {...fieldProps('username', true)}
          className="input"
          type="text"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={fields.username}
          onChange={(e) => set('username')(e.target.value)}
        />
      </div>
      <div className={fieldClass('displayName')}>
        <label htmlFor="staff-displayName" className="field__label">
          {t('addStaff.displayName')}
        </label>
        {errorLine('displayName')}
        <input
          {...fieldProps('displayName', false)}
          className="input"
          type="text"
          autoComplete="off"
          maxLength={80}
          value={fields.displayName}
          onChange={(e) => set('displayName')(e.target.value)}
        />
      </div>
      <div className={fieldClass('role')}>
        <label htmlFor="staff-role" className="field__label">
          {t('addStaff.role')}
        </label>
        {errorLine('role')}
        <select
          {...fieldProps('role', false)}
          className="select"
          value={fields.role}
          onChange={(e) => set('role')(e.target.value)}
        >
          <option value="">{t('addStaff.rolePlaceholder')}</option>
          {StaffRole.options.map((role) => (
            <option key={role} value={role}>
              {authText(`role.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={fieldClass('password')}>
        <label htmlFor="staff-password" className="field__label">
          {t('addStaff.password')}
        </label>
        <p id="staff-password-hint" className="field__hint">
          {t('addStaff.passwordHint')}
        </p>
        {errorLine('password')}
        <input
          {...fieldProps('password', true)}
          className="input"
          type="password"
          autoComplete="new-password"
          value={fields.password}
          onChange={(e) => set('password')(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--primary" aria-disabled={busy}>
        {busy ? t('addStaff.busy') : t('addStaff.submit')}
      </button>
    </form>
  );
}
