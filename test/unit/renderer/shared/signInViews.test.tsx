// The sign-in form and account bar: the names, errors and links staff and screen readers get.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HubError, HubUnreachableError } from '../../../../machines/contracts/hubClient.js';
import { AccountBar } from '../../../../renderer/shared/AccountBar.js';
import { SignInForm, signInMessages } from '../../../../renderer/shared/SignInForm.js';
import { signInProblemOf } from '../../../../renderer/shared/staffSession.js';

const noop = () => {};

describe('sign-in form', () => {
  it('has Username, Password and one Sign in button', () => {
    const html = renderToStaticMarkup(
      <SignInForm problem={null} ended={false} busy={false} onSignIn={noop} />,
    );
    expect(html).toMatch(/<label for="username"[^>]*>Username<\/label>/);
    expect(html).toMatch(/<label for="password"[^>]*>Password<\/label>/);
    expect(html).toMatch(/id="password"[^>]*type="password"[^>]*autocomplete="current-password"/i);
    expect(html.match(/<button/g)).toHaveLength(1);
    expect(html).toMatch(/<button type="submit"[^>]*>Sign in<\/button>/);
    expect(html).not.toContain('There is a problem');
  });

  it('summarises blank fields with links to them and marks each field', () => {
    const html = renderToStaticMarkup(
      <SignInForm problem={{ kind: 'missing-both' }} ended={false} busy={false} onSignIn={noop} />,
    );
    expect(html).toMatch(/role="alert"[^>]*>.*There is a problem/);
    expect(html).toContain('<a href="#username">Enter your username</a>');
    expect(html).toContain('<a href="#password">Enter your password</a>');
    expect(html).toMatch(/id="username"[^>]*aria-invalid="true"[^>]*aria-describedby="username-error"/);
    expect(html).toMatch(/id="password"[^>]*aria-invalid="true"[^>]*aria-describedby="password-error"/);
  });

  it('says the session ended when sent back here', () => {
    const html = renderToStaticMarkup(<SignInForm problem={null} ended busy={false} onSignIn={noop} />);
    expect(html).toContain('Your session has ended. Sign in again to continue.');
  });

  it('explains wrong details, a lock with when to retry, and an unreachable hub', () => {
    expect(signInMessages({ kind: 'wrong-details' })[0]?.text).toMatch(
      /^The username or password is not right/,
    );
    expect(signInMessages({ kind: 'locked', retry: 'Wait 2 minutes and try again.' })[0]?.text).toBe(
      'Wait 2 minutes and try again. If you need to sign in sooner, ask an administrator to help.',
    );
    expect(signInMessages({ kind: 'locked', retry: null })[0]?.text).toMatch(/Wait 15 minutes/);
    expect(signInMessages({ kind: 'unreachable' })[0]?.text).toMatch(/^Cannot reach the hub/);
  });

  it('maps the hub answers to those problems', () => {
    expect(signInProblemOf(new HubError(401, 'unauthenticated', 'x'))).toEqual({ kind: 'wrong-details' });
    expect(signInProblemOf(new HubError(429, 'rate-limited', 'Wait 1 minute.'))).toEqual({
      kind: 'locked',
      retry: 'Wait 1 minute.',
    });
    expect(signInProblemOf(new HubUnreachableError('http://hub', new Error('refused')))).toEqual({
      kind: 'unreachable',
    });
    expect(signInProblemOf(new HubError(500, 'internal', 'x'))).toEqual({ kind: 'failed' });
  });
});

describe('account bar', () => {
  it('names who is signed in and offers Sign out and Sign out everywhere', () => {
    const html = renderToStaticMarkup(
      <AccountBar
        principal={{
          kind: 'staff',
          userId: '00000000-0000-4000-8000-000000000001',
          username: 'dana.desk',
          displayName: 'Dana Desk',
          role: 'desk',
          sessionExpiresAt: '2026-11-26T20:00:00.000Z',
        }}
        busy={false}
        failed={false}
        onSignOut={noop}
      />,
    );
    expect(html).toContain('Signed in as Dana Desk (desk)');
    expect(html).toMatch(/>Sign out<\/button>/);
    expect(html).toMatch(/aria-describedby="sign-out-everywhere-hint"[^>]*>Sign out everywhere<\/button>/);
  });
});
