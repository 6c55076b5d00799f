// "Add a staff account" (administrators): username, full name, role and an initial password, checked against
// the contract first; the hub's refusals (username taken) are shown at the field they are about.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { StaffUser } from '../../../machines/contracts/auth.js';
import { StaffRole } from '../../../machines/contracts/auth.js';
import { HubError } from '../../../machines/contracts/hubClient.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { authText } from '../../shared/authText.js';
import { describedBy, Field, type FieldNote, SelectField } from '../../shared/SelectField.js';
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
  const fieldProps = (field: StaffField, hint: boolean) => ({
    id: `staff-${field}`,
    'aria-invalid': errorAt(field) ? true : undefined,
    'aria-describedby': describedBy(hint && `staff-${field}-hint`, errorAt(field) && `staff-${field}-error`),
  });
  const errorNote = (field: StaffField): FieldNote | null => {
    const error = errorAt(field);
    return error
      ? {
          id: `staff-${field}-error`,
          text: (
            <>
              <span className="visually-hidden">{authText('error.prefix')}</span> {messageFor(error)}
            </>
          ),
        }
      : null;
  };

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
      <Field
        id="staff-username"
        label={t('addStaff.username')}
        hint={{ id: 'staff-username-hint', text: t('addStaff.usernameHint') }}
        error={errorNote('username')}
      >
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
      </Field>
      <Field id="staff-displayName" label={t('addStaff.displayName')} error={errorNote('displayName')}>
        <input
          {...fieldProps('displayName', false)}
          className="input"
          type="text"
          autoComplete="off"
          maxLength={80}
          value={fields.displayName}
          onChange={(e) => set('displayName')(e.target.value)}
        />
      </Field>
      <SelectField
        id="staff-role"
        label={t('addStaff.role')}
        error={errorNote('role')}
        aria-invalid={errorAt('role') ? true : undefined}
        value={fields.role}
        onChange={set('role')}
        emptyOption={t('addStaff.rolePlaceholder')}
        options={StaffRole.options.map((role) => ({ value: role, label: authText(`role.${role}`) }))}
      />
      <Field
        id="staff-password"
        label={t('addStaff.password')}
        hint={{ id: 'staff-password-hint', text: t('addStaff.passwordHint') }}
        error={errorNote('password')}
      >
        <input
          {...fieldProps('password', true)}
          className="input"
          type="password"
          autoComplete="new-password"
          value={fields.password}
          onChange={(e) => set('password')(e.target.value)}
        />
      </Field>
      <button type="submit" className="button button--primary" aria-disabled={busy}>
        {busy ? t('addStaff.busy') : t('addStaff.submit')}
      </button>
    </form>
  );
}
