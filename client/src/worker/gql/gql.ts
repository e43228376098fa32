/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation WorkerRequestSmsCode($phone: String!, $purpose: SmsCodePurpose!) {\n    requestSmsCode(phone: $phone, purpose: $purpose)\n  }\n": typeof types.WorkerRequestSmsCodeDocument,
    "\n  query MyFileId {\n    myHardshipFile {\n      id\n      status\n    }\n  }\n": typeof types.MyFileIdDocument,
    "\n  mutation SaveApplication($input: CaseDraftInput!) {\n    saveDraft(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SaveApplicationDocument,
    "\n  mutation SubmitApplication($id: ID!) {\n    submitCase(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitApplicationDocument,
    "\n  mutation WorkerLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WorkerLoginDocument,
    "\n  mutation RegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RegisterWorkerDocument,
    "\n  query ServiceUnits($search: String!) {\n    serviceUnits(search: $search) {\n      id\n      code\n      name\n      parentName\n    }\n  }\n": typeof types.ServiceUnitsDocument,
    "\n  mutation WorkerResetPasswordWithCode($phone: String!, $code: String!, $newPassword: String!) {\n    resetPasswordWithSmsCode(phone: $phone, code: $code, newPassword: $newPassword) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WorkerResetPasswordWithCodeDocument,
    "\n  mutation WorkerLoginWithCode($phone: String!, $code: String!) {\n    loginWithSmsCode(phone: $phone, code: $code) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WorkerLoginWithCodeDocument,
    "\n  query MyCases {\n    myCases(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          clientId\n          title\n          type\n          status\n          caseNumber\n          reference\n          nextStep\n          updatedAt\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.MyCasesDocument,
    "\n  query WorkerCase($id: ID!) {\n    case(id: $id) {\n      id\n      clientId\n      title\n      type\n      status\n      caseNumber\n      reference\n      nextStep\n      dueAt\n      overdue\n      submittedAt\n      holder {\n        name\n        level\n        hotline\n      }\n      noticeEndsAt\n      missingItems\n      returnReason\n      rejectReason\n      requestedAmountFen\n      approvedAmountFen\n      campaign {\n        title\n        kind\n      }\n      payments {\n        amountFen\n        method\n        reversed\n        arrival\n        bankMessage\n        bankName\n        accountNumberMasked\n        receivedAt\n      }\n      allowedActions\n      rating\n      ratingComment\n      documents {\n        id\n        slot\n        createdAt\n      }\n      events {\n        id\n        occurredAt\n        action\n        fromStatus\n        toStatus\n        actorRole\n        comment\n        unit {\n          name\n          level\n        }\n      }\n    }\n  }\n": typeof types.WorkerCaseDocument,
    "\n  query MyPhone {\n    me {\n      id\n      phone\n    }\n  }\n": typeof types.MyPhoneDocument,
    "\n  mutation ConfirmReceipt($id: ID!, $smsCode: String!) {\n    confirmReceipt(id: $id, smsCode: $smsCode) {\n      id\n      status\n    }\n  }\n": typeof types.ConfirmReceiptDocument,
    "\n  mutation RateCase($id: ID!, $score: Int!, $comment: String) {\n    rateCase(id: $id, score: $score, comment: $comment) {\n      id\n      rating\n    }\n  }\n": typeof types.RateCaseDocument,
    "\n  mutation ResubmitCase($id: ID!) {\n    resubmitCase(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ResubmitCaseDocument,
    "\n  mutation WithdrawCase($id: ID!) {\n    withdrawCase(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawCaseDocument,
    "\n  query MyHardshipFile {\n    myHardshipFile {\n      id\n      status\n      category\n      causes\n      idNumberMasked\n      householdSize\n      unit {\n        name\n      }\n      household {\n        perCapitaIncomeFen\n        members {\n          name\n          relation\n        }\n      }\n    }\n  }\n": typeof types.MyHardshipFileDocument,
    "\n  query WorkerInbox {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          message\n          caseId\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.WorkerInboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query WorkerUnread {\n    notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.WorkerUnreadDocument,
    "\n  mutation WorkerLogout {\n    logout\n  }\n": typeof types.WorkerLogoutDocument,
    "\n  mutation WorkerChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.WorkerChangePasswordDocument,
};
const documents: Documents = {
    "\n  mutation WorkerRequestSmsCode($phone: String!, $purpose: SmsCodePurpose!) {\n    requestSmsCode(phone: $phone, purpose: $purpose)\n  }\n": types.WorkerRequestSmsCodeDocument,
    "\n  query MyFileId {\n    myHardshipFile {\n      id\n      status\n    }\n  }\n": types.MyFileIdDocument,
    "\n  mutation SaveApplication($input: CaseDraftInput!) {\n    saveDraft(input: $input) {\n      id\n      status\n    }\n  }\n": types.SaveApplicationDocument,
    "\n  mutation SubmitApplication($id: ID!) {\n    submitCase(id: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitApplicationDocument,
    "\n  mutation WorkerLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.WorkerLoginDocument,
    "\n  mutation RegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.RegisterWorkerDocument,
    "\n  query ServiceUnits($search: String!) {\n    serviceUnits(search: $search) {\n      id\n      code\n      name\n      parentName\n    }\n  }\n": types.ServiceUnitsDocument,
    "\n  mutation WorkerResetPasswordWithCode($phone: String!, $code: String!, $newPassword: String!) {\n    resetPasswordWithSmsCode(phone: $phone, code: $code, newPassword: $newPassword) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.WorkerResetPasswordWithCodeDocument,
    "\n  mutation WorkerLoginWithCode($phone: String!, $code: String!) {\n    loginWithSmsCode(phone: $phone, code: $code) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.WorkerLoginWithCodeDocument,
    "\n  query MyCases {\n    myCases(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          clientId\n          title\n          type\n          status\n          caseNumber\n          reference\n          nextStep\n          updatedAt\n          overdue\n        }\n      }\n    }\n  }\n": types.MyCasesDocument,
    "\n  query WorkerCase($id: ID!) {\n    case(id: $id) {\n      id\n      clientId\n      title\n      type\n      status\n      caseNumber\n      reference\n      nextStep\n      dueAt\n      overdue\n      submittedAt\n      holder {\n        name\n        level\n        hotline\n      }\n      noticeEndsAt\n      missingItems\n      returnReason\n      rejectReason\n      requestedAmountFen\n      approvedAmountFen\n      campaign {\n        title\n        kind\n      }\n      payments {\n        amountFen\n        method\n        reversed\n        arrival\n        bankMessage\n        bankName\n        accountNumberMasked\n        receivedAt\n      }\n      allowedActions\n      rating\n      ratingComment\n      documents {\n        id\n        slot\n        createdAt\n      }\n      events {\n        id\n        occurredAt\n        action\n        fromStatus\n        toStatus\n        actorRole\n        comment\n        unit {\n          name\n          level\n        }\n      }\n    }\n  }\n": types.WorkerCaseDocument,
    "\n  query MyPhone {\n    me {\n      id\n      phone\n    }\n  }\n": types.MyPhoneDocument,
    "\n  mutation ConfirmReceipt($id: ID!, $smsCode: String!) {\n    confirmReceipt(id: $id, smsCode: $smsCode) {\n      id\n      status\n    }\n  }\n": types.ConfirmReceiptDocument,
    "\n  mutation RateCase($id: ID!, $score: Int!, $comment: String) {\n    rateCase(id: $id, score: $score, comment: $comment) {\n      id\n      rating\n    }\n  }\n": types.RateCaseDocument,
    "\n  mutation ResubmitCase($id: ID!) {\n    resubmitCase(id: $id) {\n      id\n      status\n    }\n  }\n": types.ResubmitCaseDocument,
    "\n  mutation WithdrawCase($id: ID!) {\n    withdrawCase(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawCaseDocument,
    "\n  query MyHardshipFile {\n    myHardshipFile {\n      id\n      status\n      category\n      causes\n      idNumberMasked\n      householdSize\n      unit {\n        name\n      }\n      household {\n        perCapitaIncomeFen\n        members {\n          name\n          relation\n        }\n      }\n    }\n  }\n": types.MyHardshipFileDocument,
    "\n  query WorkerInbox {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          message\n          caseId\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.WorkerInboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query WorkerUnread {\n    notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n  }\n": types.WorkerUnreadDocument,
    "\n  mutation WorkerLogout {\n    logout\n  }\n": types.WorkerLogoutDocument,
    "\n  mutation WorkerChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.WorkerChangePasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerRequestSmsCode($phone: String!, $purpose: SmsCodePurpose!) {\n    requestSmsCode(phone: $phone, purpose: $purpose)\n  }\n"): typeof import('./graphql').WorkerRequestSmsCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFileId {\n    myHardshipFile {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').MyFileIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveApplication($input: CaseDraftInput!) {\n    saveDraft(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SaveApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitApplication($id: ID!) {\n    submitCase(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SubmitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').WorkerLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterWorkerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceUnits($search: String!) {\n    serviceUnits(search: $search) {\n      id\n      code\n      name\n      parentName\n    }\n  }\n"): typeof import('./graphql').ServiceUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerResetPasswordWithCode($phone: String!, $code: String!, $newPassword: String!) {\n    resetPasswordWithSmsCode(phone: $phone, code: $code, newPassword: $newPassword) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').WorkerResetPasswordWithCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerLoginWithCode($phone: String!, $code: String!) {\n    loginWithSmsCode(phone: $phone, code: $code) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').WorkerLoginWithCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCases {\n    myCases(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          clientId\n          title\n          type\n          status\n          caseNumber\n          reference\n          nextStep\n          updatedAt\n          overdue\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerCase($id: ID!) {\n    case(id: $id) {\n      id\n      clientId\n      title\n      type\n      status\n      caseNumber\n      reference\n      nextStep\n      dueAt\n      overdue\n      submittedAt\n      holder {\n        name\n        level\n        hotline\n      }\n      noticeEndsAt\n      missingItems\n      returnReason\n      rejectReason\n      requestedAmountFen\n      approvedAmountFen\n      campaign {\n        title\n        kind\n      }\n      payments {\n        amountFen\n        method\n        reversed\n        arrival\n        bankMessage\n        bankName\n        accountNumberMasked\n        receivedAt\n      }\n      allowedActions\n      rating\n      ratingComment\n      documents {\n        id\n        slot\n        createdAt\n      }\n      events {\n        id\n        occurredAt\n        action\n        fromStatus\n        toStatus\n        actorRole\n        comment\n        unit {\n          name\n          level\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WorkerCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPhone {\n    me {\n      id\n      phone\n    }\n  }\n"): typeof import('./graphql').MyPhoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmReceipt($id: ID!, $smsCode: String!) {\n    confirmReceipt(id: $id, smsCode: $smsCode) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConfirmReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateCase($id: ID!, $score: Int!, $comment: String) {\n    rateCase(id: $id, score: $score, comment: $comment) {\n      id\n      rating\n    }\n  }\n"): typeof import('./graphql').RateCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitCase($id: ID!) {\n    resubmitCase(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ResubmitCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCase($id: ID!) {\n    withdrawCase(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WithdrawCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyHardshipFile {\n    myHardshipFile {\n      id\n      status\n      category\n      causes\n      idNumberMasked\n      householdSize\n      unit {\n        name\n      }\n      household {\n        perCapitaIncomeFen\n        members {\n          name\n          relation\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyHardshipFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerInbox {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          message\n          caseId\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WorkerInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerUnread {\n    notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').WorkerUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerLogout {\n    logout\n  }\n"): typeof import('./graphql').WorkerLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').WorkerChangePasswordDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
