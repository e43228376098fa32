import { graphql } from '../gql';

export const UNIT_CHILDREN = graphql(`
  query AdminUnitChildren($parentId: ID) {
    units(parentId: $parentId, first: 100) {
      edges {
        node {
          id
          code
          name
          level
          activeFlag
        }
      }
    }
  }
`);

export const ADMIN_UNIT = graphql(`
  query AdminUnit($id: ID!) {
    unit(id: $id) {
      id
      code
      name
      level
      activeFlag
      address
      hotline
      streetFacing
      floorAreaM2
      staffCount
      holdsFund
      parent {
        id
        children {
          id
          name
          activeFlag
        }
      }
    }
    users(unitId: $id, first: 50) {
      edges {
        node {
          id
          name
          phone
          active
          roles {
            role
            unit {
              id
              name
            }
          }
          pendingRoles {
            id
            role
            unit {
              id
            }
            requestedBy {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const CREATE_UNIT = graphql(`
  mutation AdminCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
    }
  }
`);

export const CLOSE_UNIT = graphql(`
  mutation AdminCloseUnit($id: ID!, $moveTo: ID!, $reason: String!) {
    closeUnit(id: $id, moveTo: $moveTo, reason: $reason) {
      id
      activeFlag
    }
  }
`);

export const CREATE_ACCOUNT = graphql(`
  mutation AdminCreateAccount($input: StaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
    }
  }
`);

export const GRANT_ROLE = graphql(`
  mutation AdminGrantRole($userId: ID!, $unitId: ID!, $role: Role!) {
    grantRole(userId: $userId, unitId: $unitId, role: $role) {
      id
    }
  }
`);

export const REVOKE_ROLE = graphql(`
  mutation AdminRevokeRole($userId: ID!, $unitId: ID!, $role: Role!) {
    revokeRole(userId: $userId, unitId: $unitId, role: $role) {
      id
    }
  }
`);

export const APPROVE_ROLE = graphql(`
  mutation AdminApproveRole($requestId: ID!) {
    approveRoleGrant(requestId: $requestId) {
      id
    }
  }
`);

export const REFUSE_ROLE = graphql(`
  mutation AdminRefuseRole($requestId: ID!, $reason: String!) {
    refuseRoleGrant(requestId: $requestId, reason: $reason) {
      id
    }
  }
`);

export const UPDATE_UNIT = graphql(`
  mutation AdminUpdateUnit($id: ID!, $input: UpdateUnitInput!) {
    updateUnit(id: $id, input: $input) {
      id
    }
  }
`);

export const MOVE_UNIT = graphql(`
  mutation AdminMoveUnit($id: ID!, $parentId: ID!) {
    moveUnit(id: $id, parentId: $parentId) {
      id
    }
  }
`);

export const UNIT_SEARCH = graphql(`
  query AdminUnitSearch($search: String) {
    units(search: $search, first: 30) {
      edges {
        node {
          id
          name
          level
          activeFlag
        }
      }
    }
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation AdminResetPassword($userId: ID!, $newPassword: String!) {
    resetPassword(userId: $userId, newPassword: $newPassword) {
      id
    }
  }
`);

export const SET_ACCOUNT_ACTIVE = graphql(`
  mutation AdminSetAccountActive($userId: ID!, $active: Boolean!) {
    setAccountActive(userId: $userId, active: $active) {
      id
      active
    }
  }
`);
