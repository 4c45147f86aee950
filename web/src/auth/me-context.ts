import { createContext, useContext } from 'react';
import type { Org, User } from '../api/api-types.js';

export interface Me {
  readonly user: User;
  readonly organizations: readonly Org[];
  readonly reload: () => void;
}

export const MeContext = createContext<Me | null>(null);

/** The signed-in user and their organizations; only used below the signed-in shell. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (me === null) throw new Error('useMe outside the signed-in shell');
  return me;
}
