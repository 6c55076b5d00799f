// Checks the "Add a staff account" fields against the contract before asking the hub, one message per field.
import {
  Password,
  type StaffRole,
  StaffRole as StaffRoleSchema,
  Username,
} from '../../../machines/contracts/auth.js';

export type StaffField = 'username' | 'displayName' | 'role' | 'password';

export interface NewStaffFields {
  username: string;
  displayName: string;
  role: string;
  password: string;
}

export interface CheckedStaff {
  username: string;
  displayName: string;
  role: StaffRole;
  password: string;
}

/** The fields that are wrong (in form order), or the body to send when none is. */
export function checkNewStaff(fields: NewStaffFields): { problems: StaffField[] } | { body: CheckedStaff } {
  const username = fields.username.trim();
  const displayName = fields.displayName.trim();
  const role = StaffRoleSchema.safeParse(fields.role);
  const problems: StaffField[] = [];
  if (!Username.safeParse(username).success) problems.push('username');
  if (displayName === '' || displayName.length > 80) problems.push('displayName');
  if (!role.success) problems.push('role');
  if (!Password.safeParse(fields.password).success) problems.push('password');
  if (problems.length > 0 || !role.success) return { problems };
  return { body: { username, displayName, role: role.data, password: fields.password } };
}
