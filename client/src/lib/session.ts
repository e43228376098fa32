export interface SessionUser {
  id: string;
  name: string;
}

export interface Session {
  token: string;
  user: SessionUser;
}

export interface SessionStore {
  current(): Session | null;
  signIn(value: Session): void;
  signOut(): void;
  /** The server no longer knows the token: sign out, keeping the user's drafts for when they sign in again. */
  expire(): void;
  subscribe(listener: () => void): () => void;
}

/**
 * The signed-in user of one app. The worker app and the staff console keep separate sessions (a shared family
 * computer must not turn a worker's phone login into a console login). The token stays across restarts so drafts
 * and the outbox can sync when the app opens offline; logout clears it together with the user's IndexedDB data.
 */
function createSessionStore(key: string): SessionStore {
  const listeners = new Set<() => void>();
  let cached: Session | null | undefined;
  const read = (): Session | null => {
    try {
      return JSON.parse(localStorage.getItem(key) ?? 'null') as Session | null;
    } catch {
      return null;
    }
  };
  const write = (value: Session | null) => {
    cached = value;
    if (value) localStorage.setItem(key, JSON.stringify(value));
    else localStorage.removeItem(key);
    listeners.forEach((listener) => listener());
  };
  return {
    current: () => (cached === undefined ? (cached = read()) : cached),
    signIn: (value) => write(value),
    signOut: () => write(null),
    expire: () => write(null),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const workerSession = createSessionStore('bangfu.session');
export const staffSession = createSessionStore('bangfu.console.session');

/** The store of the app running in this page; the console's entry switches it. */
export let session: SessionStore = workerSession;
export const activateSession = (store: SessionStore): void => {
  session = store;
};
