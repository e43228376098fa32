import { graphql } from './gql';

export const STAFF_LOGIN = graphql(`
  mutation StaffLogin($phone: String!, $password: String!) {
    login(phone: $phone, password: $password) {
      token
      user {
        id
        name
        roles {
          role
        }
      }
    }
  }
`);

export const STAFF_ME = graphql(`
  query StaffMe {
    me {
      id
      name
      roles {
        role
        unit {
          id
          name
          level
        }
      }
    }
  }
`);

export const STAFF_LOGOUT = graphql(`
  mutation StaffLogout {
    logout
  }
`);

export const UNIT_NAME = graphql(`
  query ConsoleUnitName($id: ID!) {
    unit(id: $id) {
      id
      name
    }
  }
`);

export const JOB = graphql(`
  query ExportJob($id: ID!) {
    job(id: $id) {
      id
      name
      state
      progress
      downloadUrl
      error
    }
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);
