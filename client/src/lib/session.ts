export interface SessionUser {
  id: string;
  name: string;
}

export interface Session {
  token: string;
  user: SessionUser;
}

const KEY = 'bangfu.session';
type Listener = () => void;
const listeners = new Set<Listener>();
let cached: Session | null | undefined;

const read = (): Session | null => {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null') as Session | null;
  } catch {
    return null;
  }
};

const write = (value: Session | null) => {
  cached = value;
  if (value) localStorage.setItem(KEY, JSON.stringify(value));
  else localStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
};

/**
 * The signed-in worker. The token stays on the phone across restarts so drafts and the outbox can sync when the app
 * opens offline; logout clears it together with the user's IndexedDB data.
 */
export const session = {
  current: (): Session | null => (cached === undefined ? (cached = read()) : cached),
  signIn: (value: Session) => write(value),
  signOut: () => write(null),
  /** The server no longer knows the token: sign out, keeping the user's drafts for when they sign in again. */
  expire: () => write(null),
  subscribe: (listener: Listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
