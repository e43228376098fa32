import { navigate } from '../../../lib/router';
import { session } from '../../../lib/session';

/** A session the server just opened (sign-in, registration, reset by code): keep it and go to the home screen. */
export function enterWith(opened: { token: string; user: { id: string; name: string } }): void {
  session.signIn({ token: opened.token, user: { id: opened.user.id, name: opened.user.name } });
  navigate('/', { replace: true });
}
