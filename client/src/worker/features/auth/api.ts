import { graphql } from '../../gql';

export const LOGIN = graphql(`
  mutation WorkerLogin($phone: String!, $password: String!) {
    login(phone: $phone, password: $password) {
      token
      user {
        id
        name
      }
    }
  }
`);

export const REGISTER = graphql(`
  mutation RegisterWorker($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      token
      user {
        id
        name
      }
    }
  }
`);

export const SERVICE_UNITS = graphql(`
  query ServiceUnits($search: String!) {
    serviceUnits(search: $search) {
      id
      code
      name
      parentName
    }
  }
`);
