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
    "\n  query MyFileId { myHardshipFile { id status } }\n": typeof types.MyFileIdDocument,
    "\n  mutation WorkerLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) { token user { id name } }\n  }\n": typeof types.WorkerLoginDocument,
    "\n  mutation RegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) { token user { id name } }\n  }\n": typeof types.RegisterWorkerDocument,
    "\n  query ServiceUnits($search: String!) {\n    serviceUnits(search: $search) { id code name parentName }\n  }\n": typeof types.ServiceUnitsDocument,
    "\n  query MyCases {\n    myCases(first: 50) {\n      totalCount\n      edges { node { id clientId title type status caseNumber reference nextStep updatedAt overdue } }\n    }\n  }\n": typeof types.MyCasesDocument,
    "\n  query WorkerCase($id: ID!) {\n    case(id: $id) {\n      id clientId title type status caseNumber reference nextStep dueAt overdue submittedAt\n      holder { name level }\n      missingItems returnReason rejectReason requestedAmountFen approvedAmountFen\n      allowedActions rating ratingComment\n      documents { id slot createdAt }\n      events { id occurredAt action fromStatus toStatus actorRole comment unit { name level } }\n    }\n  }\n": typeof types.WorkerCaseDocument,
    "\n  mutation ConfirmReceipt($id: ID!) { confirmReceipt(id: $id) { id status } }\n": typeof types.ConfirmReceiptDocument,
    "\n  mutation RateCase($id: ID!, $score: Int!, $comment: String) { rateCase(id: $id, score: $score, comment: $comment) { id rating } }\n": typeof types.RateCaseDocument,
    "\n  mutation ResubmitCase($id: ID!) { resubmitCase(id: $id) { id status } }\n": typeof types.ResubmitCaseDocument,
    "\n  mutation WithdrawCase($id: ID!) { withdrawCase(id: $id) { id status } }\n": typeof types.WithdrawCaseDocument,
    "\n  query MyHardshipFile {\n    myHardshipFile {\n      id status category causes idNumberMasked householdSize\n      unit { name }\n      household { perCapitaIncomeFen members { name relation } }\n    }\n  }\n": typeof types.MyHardshipFileDocument,
    "\n  query WorkerInbox {\n    notifications(first: 50) { totalCount edges { node { id kind message caseId createdAt readAt } } }\n  }\n": typeof types.WorkerInboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation WorkerLogout { logout }\n": typeof types.WorkerLogoutDocument,
    "\n  mutation WorkerChangePassword($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) }\n": typeof types.WorkerChangePasswordDocument,
    "\n  mutation SaveApplication($input: CaseDraftInput!) {\n    saveDraft(input: $input) { id status }\n  }\n": typeof types.SaveApplicationDocument,
    "\n  mutation SubmitApplication($id: ID!) {\n    submitCase(id: $id) { id status }\n  }\n": typeof types.SubmitApplicationDocument,
};
const documents: Documents = {
    "\n  query MyFileId { myHardshipFile { id status } }\n": types.MyFileIdDocument,
    "\n  mutation WorkerLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) { token user { id name } }\n  }\n": types.WorkerLoginDocument,
    "\n  mutation RegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) { token user { id name } }\n  }\n": types.RegisterWorkerDocument,
    "\n  query ServiceUnits($search: String!) {\n    serviceUnits(search: $search) { id code name parentName }\n  }\n": types.ServiceUnitsDocument,
    "\n  query MyCases {\n    myCases(first: 50) {\n      totalCount\n      edges { node { id clientId title type status caseNumber reference nextStep updatedAt overdue } }\n    }\n  }\n": types.MyCasesDocument,
    "\n  query WorkerCase($id: ID!) {\n    case(id: $id) {\n      id clientId title type status caseNumber reference nextStep dueAt overdue submittedAt\n      holder { name level }\n      missingItems returnReason rejectReason requestedAmountFen approvedAmountFen\n      allowedActions rating ratingComment\n      documents { id slot createdAt }\n      events { id occurredAt action fromStatus toStatus actorRole comment unit { name level } }\n    }\n  }\n": types.WorkerCaseDocument,
    "\n  mutation ConfirmReceipt($id: ID!) { confirmReceipt(id: $id) { id status } }\n": types.ConfirmReceiptDocument,
    "\n  mutation RateCase($id: ID!, $score: Int!, $comment: String) { rateCase(id: $id, score: $score, comment: $comment) { id rating } }\n": types.RateCaseDocument,
    "\n  mutation ResubmitCase($id: ID!) { resubmitCase(id: $id) { id status } }\n": types.ResubmitCaseDocument,
    "\n  mutation WithdrawCase($id: ID!) { withdrawCase(id: $id) { id status } }\n": types.WithdrawCaseDocument,
    "\n  query MyHardshipFile {\n    myHardshipFile {\n      id status category causes idNumberMasked householdSize\n      unit { name }\n      household { perCapitaIncomeFen members { name relation } }\n    }\n  }\n": types.MyHardshipFileDocument,
    "\n  query WorkerInbox {\n    notifications(first: 50) { totalCount edges { node { id kind message caseId createdAt readAt } } }\n  }\n": types.WorkerInboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }\n": types.MarkNotificationsReadDocument,
    "\n  mutation WorkerLogout { logout }\n": types.WorkerLogoutDocument,
    "\n  mutation WorkerChangePassword($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) }\n": types.WorkerChangePasswordDocument,
    "\n  mutation SaveApplication($input: CaseDraftInput!) {\n    saveDraft(input: $input) { id status }\n  }\n": types.SaveApplicationDocument,
    "\n  mutation SubmitApplication($id: ID!) {\n    submitCase(id: $id) { id status }\n  }\n": types.SubmitApplicationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFileId { myHardshipFile { id status } }\n"): typeof import('./graphql').MyFileIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) { token user { id name } }\n  }\n"): typeof import('./graphql').WorkerLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) { token user { id name } }\n  }\n"): typeof import('./graphql').RegisterWorkerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceUnits($search: String!) {\n    serviceUnits(search: $search) { id code name parentName }\n  }\n"): typeof import('./graphql').ServiceUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCases {\n    myCases(first: 50) {\n      totalCount\n      edges { node { id clientId title type status caseNumber reference nextStep updatedAt overdue } }\n    }\n  }\n"): typeof import('./graphql').MyCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerCase($id: ID!) {\n    case(id: $id) {\n      id clientId title type status caseNumber reference nextStep dueAt overdue submittedAt\n      holder { name level }\n      missingItems returnReason rejectReason requestedAmountFen approvedAmountFen\n      allowedActions rating ratingComment\n      documents { id slot createdAt }\n      events { id occurredAt action fromStatus toStatus actorRole comment unit { name level } }\n    }\n  }\n"): typeof import('./graphql').WorkerCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmReceipt($id: ID!) { confirmReceipt(id: $id) { id status } }\n"): typeof import('./graphql').ConfirmReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateCase($id: ID!, $score: Int!, $comment: String) { rateCase(id: $id, score: $score, comment: $comment) { id rating } }\n"): typeof import('./graphql').RateCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitCase($id: ID!) { resubmitCase(id: $id) { id status } }\n"): typeof import('./graphql').ResubmitCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCase($id: ID!) { withdrawCase(id: $id) { id status } }\n"): typeof import('./graphql').WithdrawCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyHardshipFile {\n    myHardshipFile {\n      id status category causes idNumberMasked householdSize\n      unit { name }\n      household { perCapitaIncomeFen members { name relation } }\n    }\n  }\n"): typeof import('./graphql').MyHardshipFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerInbox {\n    notifications(first: 50) { totalCount edges { node { id kind message caseId createdAt readAt } } }\n  }\n"): typeof import('./graphql').WorkerInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerLogout { logout }\n"): typeof import('./graphql').WorkerLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerChangePassword($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) }\n"): typeof import('./graphql').WorkerChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveApplication($input: CaseDraftInput!) {\n    saveDraft(input: $input) { id status }\n  }\n"): typeof import('./graphql').SaveApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitApplication($id: ID!) {\n    submitCase(id: $id) { id status }\n  }\n"): typeof import('./graphql').SubmitApplicationDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
