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

export const RESET_PASSWORD_WITH_CODE = graphql(`
  mutation WorkerResetPasswordWithCode($phone: String!, $code: String!, $newPassword: String!) {
    resetPasswordWithSmsCode(phone: $phone, code: $code, newPassword: $newPassword) {
      token
      user {
        id
        name
      }
    }
  }
`);

export const LOGIN_WITH_CODE = graphql(`
  mutation WorkerLoginWithCode($phone: String!, $code: String!) {
    loginWithSmsCode(phone: $phone, code: $code) {
      token
      user {
        id
        name
      }
    }
  }
`);
