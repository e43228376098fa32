import { graphqlRequest } from '../../../lib/graphql';

export interface SignedInUser {
  id: string;
  name: string;
  roles: { role: string; unit: { id: string; name: string } }[];
}

const LOGIN = `mutation Login($phone: String!, $password: String!) {
  login(phone: $phone, password: $password) { token user { id name roles { role unit { id name } } } }
}`;

export const login = (phone: string, password: string) =>
  graphqlRequest<{ login: { token: string; user: SignedInUser } }>(LOGIN, { phone, password }).then((data) => data.login);
