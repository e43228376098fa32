import { graphqlRequest } from '../../../lib/graphql';

export const logout = (token: string) => graphqlRequest<{ logout: boolean }>('mutation Logout { logout }', {}, token);
