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
    "\n  query AdminUnitChildren($parentId: ID) {\n    units(parentId: $parentId, first: 100) { edges { node { id code name level activeFlag } } }\n  }\n": typeof types.AdminUnitChildrenDocument,
    "\n  query AdminUnit($id: ID!) {\n    unit(id: $id) {\n      id code name level activeFlag address hotline streetFacing floorAreaM2 staffCount holdsFund\n      parent { id children { id name activeFlag } }\n    }\n    users(unitId: $id, first: 100) { edges { node { id name phone active roles { role unit { id name } } } } }\n  }\n": typeof types.AdminUnitDocument,
    "\n  mutation AdminCreateUnit($input: CreateUnitInput!) { createUnit(input: $input) { id } }\n": typeof types.AdminCreateUnitDocument,
    "\n  mutation AdminCloseUnit($id: ID!, $moveTo: ID!, $reason: String!) { closeUnit(id: $id, moveTo: $moveTo, reason: $reason) { id activeFlag } }\n": typeof types.AdminCloseUnitDocument,
    "\n  mutation AdminCreateAccount($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }\n": typeof types.AdminCreateAccountDocument,
    "\n  mutation AdminGrantRole($userId: ID!, $unitId: ID!, $role: Role!) { grantRole(userId: $userId, unitId: $unitId, role: $role) { id } }\n": typeof types.AdminGrantRoleDocument,
    "\n  mutation AdminRevokeRole($userId: ID!, $unitId: ID!, $role: Role!) { revokeRole(userId: $userId, unitId: $unitId, role: $role) { id } }\n": typeof types.AdminRevokeRoleDocument,
    "\n  mutation AdminUpdateUnit($id: ID!, $input: UpdateUnitInput!) { updateUnit(id: $id, input: $input) { id } }\n": typeof types.AdminUpdateUnitDocument,
    "\n  mutation AdminMoveUnit($id: ID!, $parentId: ID!) { moveUnit(id: $id, parentId: $parentId) { id } }\n": typeof types.AdminMoveUnitDocument,
    "\n  query AdminUnitSearch($search: String) { units(search: $search, first: 30) { edges { node { id name level activeFlag } } } }\n": typeof types.AdminUnitSearchDocument,
    "\n  mutation AdminResetPassword($userId: ID!, $newPassword: String!) { resetPassword(userId: $userId, newPassword: $newPassword) { id } }\n": typeof types.AdminResetPasswordDocument,
    "\n  mutation AdminSetAccountActive($userId: ID!, $active: Boolean!) { setAccountActive(userId: $userId, active: $active) { id active } }\n": typeof types.AdminSetAccountActiveDocument,
    "\n  mutation StaffLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) { token user { id name } }\n  }\n": typeof types.StaffLoginDocument,
    "\n  query StaffMe {\n    me { id name roles { role unit { id name level } } }\n  }\n": typeof types.StaffMeDocument,
    "\n  mutation StaffLogout { logout }\n": typeof types.StaffLogoutDocument,
    "\n  query ExportJob($id: ID!) {\n    job(id: $id) { id name state progress downloadUrl error }\n  }\n": typeof types.ExportJobDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) }\n": typeof types.ChangePasswordDocument,
    "\n  query AssessmentStations($search: String) {\n    units(search: $search, first: 50) { edges { node { id name level } } }\n  }\n": typeof types.AssessmentStationsDocument,
    "\n  query ConsoleAssessment($unitId: ID!, $year: Int!) {\n    assessment(unitId: $unitId, year: $year) {\n      id year districtScore cityScore tier failing appliedAt decision satisfactionRate subsidyHoldbackFen\n      unit { id name }\n      cycle { id applicationFrom applicationUntil inspectionFrom inspectionUntil rubricVersion }\n      eligibility { eligible reasons }\n      items { key category label points prefilled evidence districtScore cityScore }\n    }\n  }\n": typeof types.ConsoleAssessmentDocument,
    "\n  mutation ConsoleOpenCycle($input: AssessmentCycleInput!) { openAssessmentCycle(input: $input) { id } }\n": typeof types.ConsoleOpenCycleDocument,
    "\n  mutation ConsoleScore($id: ID!, $scorerLevel: UnitLevel!, $items: [RubricScoreInput!]!) { scoreAssessment(id: $id, scorerLevel: $scorerLevel, items: $items) { id } }\n": typeof types.ConsoleScoreDocument,
    "\n  mutation ConsoleApplyDemonstration($id: ID!) { applyForDemonstration(assessmentId: $id) { id } }\n": typeof types.ConsoleApplyDemonstrationDocument,
    "\n  mutation ConsoleDecideDemonstration($id: ID!, $granted: Boolean!) { decideDemonstration(assessmentId: $id, granted: $granted) { id } }\n": typeof types.ConsoleDecideDemonstrationDocument,
    "\n  query AuditLog($unitId: ID!, $entityId: ID, $actorId: ID, $first: Int, $after: String) {\n    auditLog(unitId: $unitId, entityId: $entityId, actorId: $actorId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id occurredAt action actorId actorName entityType entityId before after unit { name } } }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query StaffCase($id: ID!) {\n    case(id: $id) {\n      id caseNumber reference title description type status channel applicantName requestedAmountFen proposedAmountFen\n      approvedAmountFen servicePlan instalments dueAt overdue submittedAt noticeEndsAt objectionOpen missingItems returnReason\n      rejectReason closureReport serviceReport allowedActions\n      holder { id name level }\n      originUnit { name }\n      file { id personName idNumberMasked status category causes household { perCapitaIncomeFen totalMonthlyIncomeFen members { name relation health monthlyIncomeFen idNumberMasked } } }\n      documents { id slot contentType byteSize createdAt url }\n      visits { id visitedAt findings householdVerified }\n      events { id occurredAt action fromStatus toStatus actorRole comment unit { name } }\n    }\n  }\n": typeof types.StaffCaseDocument,
    "mutation ConsoleSubmit($id: ID!) { submitCase(id: $id) { id status } }": typeof types.ConsoleSubmitDocument,
    "mutation ConsoleResubmit($id: ID!, $note: String) { resubmitCase(id: $id, note: $note) { id status } }": typeof types.ConsoleResubmitDocument,
    "mutation ConsoleWithdraw($id: ID!, $reason: String) { withdrawCase(id: $id, reason: $reason) { id status } }": typeof types.ConsoleWithdrawDocument,
    "mutation ConsoleAssign($id: ID!, $userId: ID!) { assignCase(id: $id, userId: $userId) { id status } }": typeof types.ConsoleAssignDocument,
    "mutation ConsoleAccept($id: ID!, $note: String) { acceptCase(id: $id, note: $note) { id status } }": typeof types.ConsoleAcceptDocument,
    "mutation ConsoleReturn($id: ID!, $reason: String!, $missingItems: [String!]) { returnCase(id: $id, reason: $reason, missingItems: $missingItems) { id status } }": typeof types.ConsoleReturnDocument,
    "mutation ConsoleStartReview($id: ID!) { startReview(id: $id) { id status } }": typeof types.ConsoleStartReviewDocument,
    "mutation ConsoleRecordVisit($id: ID!, $input: VisitInput!) { recordVisit(id: $id, input: $input) { id status } }": typeof types.ConsoleRecordVisitDocument,
    "mutation ConsolePropose($id: ID!, $input: ProposalInput!) { proposeCase(id: $id, input: $input) { id status } }": typeof types.ConsoleProposeDocument,
    "mutation ConsoleApprove($id: ID!, $note: String) { approveCase(id: $id, note: $note) { id status } }": typeof types.ConsoleApproveDocument,
    "mutation ConsoleReject($id: ID!, $reason: String!) { rejectCase(id: $id, reason: $reason) { id status } }": typeof types.ConsoleRejectDocument,
    "mutation ConsoleEscalate($id: ID!, $reason: String!) { escalateCase(id: $id, reason: $reason) { id status } }": typeof types.ConsoleEscalateDocument,
    "mutation ConsoleRaiseObjection($id: ID!, $reason: String!) { raiseObjection(id: $id, reason: $reason) { id status } }": typeof types.ConsoleRaiseObjectionDocument,
    "mutation ConsoleResolveObjection($id: ID!, $upheld: Boolean!, $note: String) { resolveObjection(id: $id, upheld: $upheld, note: $note) { id status } }": typeof types.ConsoleResolveObjectionDocument,
    "mutation ConsoleDisburse($id: ID!, $input: DisbursementInput!) { disburseCase(id: $id, input: $input) { id status } }": typeof types.ConsoleDisburseDocument,
    "mutation ConsoleStartService($id: ID!) { startService(id: $id) { id status } }": typeof types.ConsoleStartServiceDocument,
    "mutation ConsoleCompleteService($id: ID!, $report: String!) { completeService(id: $id, report: $report) { id status } }": typeof types.ConsoleCompleteServiceDocument,
    "mutation ConsoleClose($id: ID!, $report: String!) { closeCase(id: $id, report: $report) { id status } }": typeof types.ConsoleCloseDocument,
    "\n  query DeskFiles($unitId: ID!, $search: String) {\n    hardshipFiles(unitId: $unitId, search: $search, first: 20) { edges { node { id personName idNumberMasked status unit { name } } } }\n  }\n": typeof types.DeskFilesDocument,
    "\n  mutation DeskSave($input: CaseDraftInput!) { saveDraft(input: $input) { id status } }\n": typeof types.DeskSaveDocument,
    "\n  query CaseColleagues($unitId: ID!) { colleagues(unitId: $unitId) { id name } }\n": typeof types.CaseColleaguesDocument,
    "\n  query ConsoleRollup($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    rollup(unitId: $unitId, from: $from, to: $to) {\n      unit { id name level ancestors { id name } }\n      newCases decidedCases approvedCases rejectedCases closedCases approvedFen paidFen overdueCases fundBalanceFen\n      satisfactionRate demonstrationRatio medianDecisionDays stations demonstrationStations\n      casesByStatus { status count }\n      casesByType { type count }\n      monthly { month newCases approvedCases paidFen }\n      children {\n        unit { id name level }\n        newCases approvedCases paidFen overdueCases satisfactionRate stations\n      }\n    }\n  }\n": typeof types.ConsoleRollupDocument,
    "\n  mutation ConsoleExportRollup($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportRollup(unitId: $unitId, from: $from, to: $to) { id state }\n  }\n": typeof types.ConsoleExportRollupDocument,
    "\n  query ConsoleFiles($unitId: ID!, $status: FileStatus, $category: HardshipCategory, $search: String, $first: Int, $after: String) {\n    hardshipFiles(unitId: $unitId, status: $status, category: $category, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id personName idNumberMasked category status causes updatedAt unit { name } } }\n    }\n  }\n": typeof types.ConsoleFilesDocument,
    "\n  query ConsoleFile($id: ID!) {\n    hardshipFile(id: $id) {\n      id personName idNumberMasked birthDate sex phone address employerName unionMember category status causes cancelReason\n      unit { id name }\n      householdSize\n      household { housing minimumLivingStandardFen perCapitaIncomeFen totalMonthlyIncomeFen members { name relation health employment monthlyIncomeFen idNumberMasked isRecipient } }\n      history { id occurredAt action fromStatus toStatus reason note }\n    }\n  }\n": typeof types.ConsoleFileDocument,
    "\n  mutation ConsoleRevealIdNumber($fileId: ID!) { revealIdNumber(fileId: $fileId) }\n": typeof types.ConsoleRevealIdNumberDocument,
    "\n  mutation ConsoleCreateFile($input: HardshipFileInput!) { createHardshipFile(input: $input) { id } }\n": typeof types.ConsoleCreateFileDocument,
    "\n  mutation ConsoleCancelFile($id: ID!, $reason: CancelReason!, $note: String) { cancelHardshipFile(id: $id, reason: $reason, note: $note) { id status } }\n": typeof types.ConsoleCancelFileDocument,
    "\n  mutation ConsoleRevealHousehold($fileId: ID!) { revealHouseholdIdNumbers(fileId: $fileId) }\n": typeof types.ConsoleRevealHouseholdDocument,
    "\n  mutation ConsoleUpdateFile($id: ID!, $input: HardshipFileInput!) { updateHardshipFile(id: $id, input: $input) { id } }\n": typeof types.ConsoleUpdateFileDocument,
    "\n  mutation ConsoleReviewWithFile($taskId: ID!, $outcome: ReviewOutcome!, $input: HardshipFileInput!, $note: String) {\n    completeReview(taskId: $taskId, outcome: $outcome, input: $input, note: $note) { id status }\n  }\n": typeof types.ConsoleReviewWithFileDocument,
    "\n  query ConsoleFund($unitId: ID!, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    fund(unitId: $unitId) {\n      unitId balance\n      entries(from: $from, to: $to, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id createdAt kind direction amount balanceAfter memo caseId source category donor } }\n      }\n    }\n  }\n": typeof types.ConsoleFundDocument,
    "\n  mutation ConsoleExportLedger($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportLedger(unitId: $unitId, from: $from, to: $to) { id state }\n  }\n": typeof types.ConsoleExportLedgerDocument,
    "\n  query ConsoleChildUnits($id: ID!) { unit(id: $id) { id children { id name activeFlag } } }\n": typeof types.ConsoleChildUnitsDocument,
    "\n  mutation ConsoleRecordIncome($unitId: ID!, $input: IncomeInput!) { recordIncome(unitId: $unitId, input: $input) { id } }\n": typeof types.ConsoleRecordIncomeDocument,
    "\n  mutation ConsoleAllocate($fromUnitId: ID!, $toUnitId: ID!, $amount: Int!, $note: String, $idempotencyKey: String!) {\n    allocateFunds(fromUnitId: $fromUnitId, toUnitId: $toUnitId, amount: $amount, note: $note, idempotencyKey: $idempotencyKey) { id }\n  }\n": typeof types.ConsoleAllocateDocument,
    "\n  mutation ConsoleRecordExpense($unitId: ID!, $input: ExpenseInput!) { recordExpense(unitId: $unitId, input: $input) { id } }\n": typeof types.ConsoleRecordExpenseDocument,
    "\n  mutation ConsoleReverse($entryId: ID!, $reason: String!) { reverseEntry(entryId: $entryId, reason: $reason) { id } }\n": typeof types.ConsoleReverseDocument,
    "\n  mutation ConsoleExportRoster($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportDisbursementRoster(unitId: $unitId, from: $from, to: $to) { id state }\n  }\n": typeof types.ConsoleExportRosterDocument,
    "\n  query ConsoleNotices($unitId: ID!) {\n    unit(id: $unitId) { id name }\n    publicNotices(unitId: $unitId) { caseId caseNumber maskedName type amountFen noticeEndsAt objectionOpen }\n  }\n": typeof types.ConsoleNoticesDocument,
    "\n  query CaseQueue($unitId: ID!, $statuses: [CaseStatus!], $types: [AidType!], $overdueOnly: Boolean, $assignedToMe: Boolean, $search: String, $first: Int, $after: String) {\n    caseQueue(unitId: $unitId, statuses: $statuses, types: $types, overdueOnly: $overdueOnly, assignedToMe: $assignedToMe, search: $search, orderBy: DUE_AT, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id caseNumber reference applicantName type status dueAt overdue submittedAt requestedAmountFen } }\n    }\n  }\n": typeof types.CaseQueueDocument,
    "\n  mutation BulkAccept($ids: [ID!]!) {\n    bulkAcceptCases(ids: $ids) { id ok code message case { id status caseNumber } }\n  }\n": typeof types.BulkAcceptDocument,
    "\n  mutation BulkAssign($ids: [ID!]!, $userId: ID!) {\n    bulkAssignCases(ids: $ids, userId: $userId) { id ok code message }\n  }\n": typeof types.BulkAssignDocument,
    "\n  query Colleagues($unitId: ID!) { colleagues(unitId: $unitId) { id name } }\n": typeof types.ColleaguesDocument,
    "\n  query ConsoleCampaigns($unitId: ID!) {\n    reviewCampaigns(unitId: $unitId) { id year status startsAt deadline graceDays generated unit { name } }\n  }\n": typeof types.ConsoleCampaignsDocument,
    "\n  query ConsoleCampaignProgress($id: ID!, $unitId: ID) {\n    reviewCampaign(id: $id) {\n      id status generated closedAt summary unit { id }\n      progress { total done due overdue }\n      byUnit(unitId: $unitId) { unit { id name } total done due overdue }\n    }\n  }\n": typeof types.ConsoleCampaignProgressDocument,
    "\n  query ConsoleReviewTasks($unitId: ID!, $campaignId: ID!, $status: ReviewTaskStatus, $first: Int, $after: String) {\n    reviewTasks(unitId: $unitId, campaignId: $campaignId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id status outcome note completedAt file { id personName idNumberMasked category status } } }\n    }\n  }\n": typeof types.ConsoleReviewTasksDocument,
    "\n  mutation ConsoleOpenCampaign($input: ReviewCampaignInput!) { openReviewCampaign(input: $input) { id } }\n": typeof types.ConsoleOpenCampaignDocument,
    "\n  mutation ConsoleCompleteReview($taskId: ID!, $outcome: ReviewOutcome!, $cancelReason: CancelReason, $note: String) {\n    completeReview(taskId: $taskId, outcome: $outcome, cancelReason: $cancelReason, note: $note) { id status outcome }\n  }\n": typeof types.ConsoleCompleteReviewDocument,
    "\n  mutation ConsoleCloseCampaign($id: ID!) { closeReviewCampaign(id: $id) { id status } }\n": typeof types.ConsoleCloseCampaignDocument,
    "\n  query WorkCalendar($year: Int!) { workCalendar(year: $year) { day working name } }\n": typeof types.WorkCalendarDocument,
    "\n  mutation SetWorkCalendar($input: WorkCalendarInput!) { setWorkCalendar(input: $input) { day working name } }\n": typeof types.SetWorkCalendarDocument,
    "\n  query AidPolicies($unitId: ID!) {\n    aidPolicies(unitId: $unitId) {\n      unitId editable\n      settings { aidType approvalLimitFen yearlyCapFen noticeDays acceptWithinWorkingDays decideWithinWorkingDays }\n      inForce { aidType approvalLimitFen yearlyCapFen noticeDays acceptWithinWorkingDays decideWithinWorkingDays sources { field unitId unitName } }\n    }\n  }\n": typeof types.AidPoliciesDocument,
    "\n  mutation SetAidPolicy($unitId: ID!, $input: AidPolicyInput!) { setAidPolicy(unitId: $unitId, input: $input) { unitId } }\n": typeof types.SetAidPolicyDocument,
    "\n  query PolicyUnits($unitId: ID!) { unit(id: $unitId) { id name children { id name activeFlag } } }\n": typeof types.PolicyUnitsDocument,
};
const documents: Documents = {
    "\n  query AdminUnitChildren($parentId: ID) {\n    units(parentId: $parentId, first: 100) { edges { node { id code name level activeFlag } } }\n  }\n": types.AdminUnitChildrenDocument,
    "\n  query AdminUnit($id: ID!) {\n    unit(id: $id) {\n      id code name level activeFlag address hotline streetFacing floorAreaM2 staffCount holdsFund\n      parent { id children { id name activeFlag } }\n    }\n    users(unitId: $id, first: 100) { edges { node { id name phone active roles { role unit { id name } } } } }\n  }\n": types.AdminUnitDocument,
    "\n  mutation AdminCreateUnit($input: CreateUnitInput!) { createUnit(input: $input) { id } }\n": types.AdminCreateUnitDocument,
    "\n  mutation AdminCloseUnit($id: ID!, $moveTo: ID!, $reason: String!) { closeUnit(id: $id, moveTo: $moveTo, reason: $reason) { id activeFlag } }\n": types.AdminCloseUnitDocument,
    "\n  mutation AdminCreateAccount($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }\n": types.AdminCreateAccountDocument,
    "\n  mutation AdminGrantRole($userId: ID!, $unitId: ID!, $role: Role!) { grantRole(userId: $userId, unitId: $unitId, role: $role) { id } }\n": types.AdminGrantRoleDocument,
    "\n  mutation AdminRevokeRole($userId: ID!, $unitId: ID!, $role: Role!) { revokeRole(userId: $userId, unitId: $unitId, role: $role) { id } }\n": types.AdminRevokeRoleDocument,
    "\n  mutation AdminUpdateUnit($id: ID!, $input: UpdateUnitInput!) { updateUnit(id: $id, input: $input) { id } }\n": types.AdminUpdateUnitDocument,
    "\n  mutation AdminMoveUnit($id: ID!, $parentId: ID!) { moveUnit(id: $id, parentId: $parentId) { id } }\n": types.AdminMoveUnitDocument,
    "\n  query AdminUnitSearch($search: String) { units(search: $search, first: 30) { edges { node { id name level activeFlag } } } }\n": types.AdminUnitSearchDocument,
    "\n  mutation AdminResetPassword($userId: ID!, $newPassword: String!) { resetPassword(userId: $userId, newPassword: $newPassword) { id } }\n": types.AdminResetPasswordDocument,
    "\n  mutation AdminSetAccountActive($userId: ID!, $active: Boolean!) { setAccountActive(userId: $userId, active: $active) { id active } }\n": types.AdminSetAccountActiveDocument,
    "\n  mutation StaffLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) { token user { id name } }\n  }\n": types.StaffLoginDocument,
    "\n  query StaffMe {\n    me { id name roles { role unit { id name level } } }\n  }\n": types.StaffMeDocument,
    "\n  mutation StaffLogout { logout }\n": types.StaffLogoutDocument,
    "\n  query ExportJob($id: ID!) {\n    job(id: $id) { id name state progress downloadUrl error }\n  }\n": types.ExportJobDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) }\n": types.ChangePasswordDocument,
    "\n  query AssessmentStations($search: String) {\n    units(search: $search, first: 50) { edges { node { id name level } } }\n  }\n": types.AssessmentStationsDocument,
    "\n  query ConsoleAssessment($unitId: ID!, $year: Int!) {\n    assessment(unitId: $unitId, year: $year) {\n      id year districtScore cityScore tier failing appliedAt decision satisfactionRate subsidyHoldbackFen\n      unit { id name }\n      cycle { id applicationFrom applicationUntil inspectionFrom inspectionUntil rubricVersion }\n      eligibility { eligible reasons }\n      items { key category label points prefilled evidence districtScore cityScore }\n    }\n  }\n": types.ConsoleAssessmentDocument,
    "\n  mutation ConsoleOpenCycle($input: AssessmentCycleInput!) { openAssessmentCycle(input: $input) { id } }\n": types.ConsoleOpenCycleDocument,
    "\n  mutation ConsoleScore($id: ID!, $scorerLevel: UnitLevel!, $items: [RubricScoreInput!]!) { scoreAssessment(id: $id, scorerLevel: $scorerLevel, items: $items) { id } }\n": types.ConsoleScoreDocument,
    "\n  mutation ConsoleApplyDemonstration($id: ID!) { applyForDemonstration(assessmentId: $id) { id } }\n": types.ConsoleApplyDemonstrationDocument,
    "\n  mutation ConsoleDecideDemonstration($id: ID!, $granted: Boolean!) { decideDemonstration(assessmentId: $id, granted: $granted) { id } }\n": types.ConsoleDecideDemonstrationDocument,
    "\n  query AuditLog($unitId: ID!, $entityId: ID, $actorId: ID, $first: Int, $after: String) {\n    auditLog(unitId: $unitId, entityId: $entityId, actorId: $actorId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id occurredAt action actorId actorName entityType entityId before after unit { name } } }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query StaffCase($id: ID!) {\n    case(id: $id) {\n      id caseNumber reference title description type status channel applicantName requestedAmountFen proposedAmountFen\n      approvedAmountFen servicePlan instalments dueAt overdue submittedAt noticeEndsAt objectionOpen missingItems returnReason\n      rejectReason closureReport serviceReport allowedActions\n      holder { id name level }\n      originUnit { name }\n      file { id personName idNumberMasked status category causes household { perCapitaIncomeFen totalMonthlyIncomeFen members { name relation health monthlyIncomeFen idNumberMasked } } }\n      documents { id slot contentType byteSize createdAt url }\n      visits { id visitedAt findings householdVerified }\n      events { id occurredAt action fromStatus toStatus actorRole comment unit { name } }\n    }\n  }\n": types.StaffCaseDocument,
    "mutation ConsoleSubmit($id: ID!) { submitCase(id: $id) { id status } }": types.ConsoleSubmitDocument,
    "mutation ConsoleResubmit($id: ID!, $note: String) { resubmitCase(id: $id, note: $note) { id status } }": types.ConsoleResubmitDocument,
    "mutation ConsoleWithdraw($id: ID!, $reason: String) { withdrawCase(id: $id, reason: $reason) { id status } }": types.ConsoleWithdrawDocument,
    "mutation ConsoleAssign($id: ID!, $userId: ID!) { assignCase(id: $id, userId: $userId) { id status } }": types.ConsoleAssignDocument,
    "mutation ConsoleAccept($id: ID!, $note: String) { acceptCase(id: $id, note: $note) { id status } }": types.ConsoleAcceptDocument,
    "mutation ConsoleReturn($id: ID!, $reason: String!, $missingItems: [String!]) { returnCase(id: $id, reason: $reason, missingItems: $missingItems) { id status } }": types.ConsoleReturnDocument,
    "mutation ConsoleStartReview($id: ID!) { startReview(id: $id) { id status } }": types.ConsoleStartReviewDocument,
    "mutation ConsoleRecordVisit($id: ID!, $input: VisitInput!) { recordVisit(id: $id, input: $input) { id status } }": types.ConsoleRecordVisitDocument,
    "mutation ConsolePropose($id: ID!, $input: ProposalInput!) { proposeCase(id: $id, input: $input) { id status } }": types.ConsoleProposeDocument,
    "mutation ConsoleApprove($id: ID!, $note: String) { approveCase(id: $id, note: $note) { id status } }": types.ConsoleApproveDocument,
    "mutation ConsoleReject($id: ID!, $reason: String!) { rejectCase(id: $id, reason: $reason) { id status } }": types.ConsoleRejectDocument,
    "mutation ConsoleEscalate($id: ID!, $reason: String!) { escalateCase(id: $id, reason: $reason) { id status } }": types.ConsoleEscalateDocument,
    "mutation ConsoleRaiseObjection($id: ID!, $reason: String!) { raiseObjection(id: $id, reason: $reason) { id status } }": types.ConsoleRaiseObjectionDocument,
    "mutation ConsoleResolveObjection($id: ID!, $upheld: Boolean!, $note: String) { resolveObjection(id: $id, upheld: $upheld, note: $note) { id status } }": types.ConsoleResolveObjectionDocument,
    "mutation ConsoleDisburse($id: ID!, $input: DisbursementInput!) { disburseCase(id: $id, input: $input) { id status } }": types.ConsoleDisburseDocument,
    "mutation ConsoleStartService($id: ID!) { startService(id: $id) { id status } }": types.ConsoleStartServiceDocument,
    "mutation ConsoleCompleteService($id: ID!, $report: String!) { completeService(id: $id, report: $report) { id status } }": types.ConsoleCompleteServiceDocument,
    "mutation ConsoleClose($id: ID!, $report: String!) { closeCase(id: $id, report: $report) { id status } }": types.ConsoleCloseDocument,
    "\n  query DeskFiles($unitId: ID!, $search: String) {\n    hardshipFiles(unitId: $unitId, search: $search, first: 20) { edges { node { id personName idNumberMasked status unit { name } } } }\n  }\n": types.DeskFilesDocument,
    "\n  mutation DeskSave($input: CaseDraftInput!) { saveDraft(input: $input) { id status } }\n": types.DeskSaveDocument,
    "\n  query CaseColleagues($unitId: ID!) { colleagues(unitId: $unitId) { id name } }\n": types.CaseColleaguesDocument,
    "\n  query ConsoleRollup($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    rollup(unitId: $unitId, from: $from, to: $to) {\n      unit { id name level ancestors { id name } }\n      newCases decidedCases approvedCases rejectedCases closedCases approvedFen paidFen overdueCases fundBalanceFen\n      satisfactionRate demonstrationRatio medianDecisionDays stations demonstrationStations\n      casesByStatus { status count }\n      casesByType { type count }\n      monthly { month newCases approvedCases paidFen }\n      children {\n        unit { id name level }\n        newCases approvedCases paidFen overdueCases satisfactionRate stations\n      }\n    }\n  }\n": types.ConsoleRollupDocument,
    "\n  mutation ConsoleExportRollup($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportRollup(unitId: $unitId, from: $from, to: $to) { id state }\n  }\n": types.ConsoleExportRollupDocument,
    "\n  query ConsoleFiles($unitId: ID!, $status: FileStatus, $category: HardshipCategory, $search: String, $first: Int, $after: String) {\n    hardshipFiles(unitId: $unitId, status: $status, category: $category, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id personName idNumberMasked category status causes updatedAt unit { name } } }\n    }\n  }\n": types.ConsoleFilesDocument,
    "\n  query ConsoleFile($id: ID!) {\n    hardshipFile(id: $id) {\n      id personName idNumberMasked birthDate sex phone address employerName unionMember category status causes cancelReason\n      unit { id name }\n      householdSize\n      household { housing minimumLivingStandardFen perCapitaIncomeFen totalMonthlyIncomeFen members { name relation health employment monthlyIncomeFen idNumberMasked isRecipient } }\n      history { id occurredAt action fromStatus toStatus reason note }\n    }\n  }\n": types.ConsoleFileDocument,
    "\n  mutation ConsoleRevealIdNumber($fileId: ID!) { revealIdNumber(fileId: $fileId) }\n": types.ConsoleRevealIdNumberDocument,
    "\n  mutation ConsoleCreateFile($input: HardshipFileInput!) { createHardshipFile(input: $input) { id } }\n": types.ConsoleCreateFileDocument,
    "\n  mutation ConsoleCancelFile($id: ID!, $reason: CancelReason!, $note: String) { cancelHardshipFile(id: $id, reason: $reason, note: $note) { id status } }\n": types.ConsoleCancelFileDocument,
    "\n  mutation ConsoleRevealHousehold($fileId: ID!) { revealHouseholdIdNumbers(fileId: $fileId) }\n": types.ConsoleRevealHouseholdDocument,
    "\n  mutation ConsoleUpdateFile($id: ID!, $input: HardshipFileInput!) { updateHardshipFile(id: $id, input: $input) { id } }\n": types.ConsoleUpdateFileDocument,
    "\n  mutation ConsoleReviewWithFile($taskId: ID!, $outcome: ReviewOutcome!, $input: HardshipFileInput!, $note: String) {\n    completeReview(taskId: $taskId, outcome: $outcome, input: $input, note: $note) { id status }\n  }\n": types.ConsoleReviewWithFileDocument,
    "\n  query ConsoleFund($unitId: ID!, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    fund(unitId: $unitId) {\n      unitId balance\n      entries(from: $from, to: $to, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id createdAt kind direction amount balanceAfter memo caseId source category donor } }\n      }\n    }\n  }\n": types.ConsoleFundDocument,
    "\n  mutation ConsoleExportLedger($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportLedger(unitId: $unitId, from: $from, to: $to) { id state }\n  }\n": types.ConsoleExportLedgerDocument,
    "\n  query ConsoleChildUnits($id: ID!) { unit(id: $id) { id children { id name activeFlag } } }\n": types.ConsoleChildUnitsDocument,
    "\n  mutation ConsoleRecordIncome($unitId: ID!, $input: IncomeInput!) { recordIncome(unitId: $unitId, input: $input) { id } }\n": types.ConsoleRecordIncomeDocument,
    "\n  mutation ConsoleAllocate($fromUnitId: ID!, $toUnitId: ID!, $amount: Int!, $note: String, $idempotencyKey: String!) {\n    allocateFunds(fromUnitId: $fromUnitId, toUnitId: $toUnitId, amount: $amount, note: $note, idempotencyKey: $idempotencyKey) { id }\n  }\n": types.ConsoleAllocateDocument,
    "\n  mutation ConsoleRecordExpense($unitId: ID!, $input: ExpenseInput!) { recordExpense(unitId: $unitId, input: $input) { id } }\n": types.ConsoleRecordExpenseDocument,
    "\n  mutation ConsoleReverse($entryId: ID!, $reason: String!) { reverseEntry(entryId: $entryId, reason: $reason) { id } }\n": types.ConsoleReverseDocument,
    "\n  mutation ConsoleExportRoster($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportDisbursementRoster(unitId: $unitId, from: $from, to: $to) { id state }\n  }\n": types.ConsoleExportRosterDocument,
    "\n  query ConsoleNotices($unitId: ID!) {\n    unit(id: $unitId) { id name }\n    publicNotices(unitId: $unitId) { caseId caseNumber maskedName type amountFen noticeEndsAt objectionOpen }\n  }\n": types.ConsoleNoticesDocument,
    "\n  query CaseQueue($unitId: ID!, $statuses: [CaseStatus!], $types: [AidType!], $overdueOnly: Boolean, $assignedToMe: Boolean, $search: String, $first: Int, $after: String) {\n    caseQueue(unitId: $unitId, statuses: $statuses, types: $types, overdueOnly: $overdueOnly, assignedToMe: $assignedToMe, search: $search, orderBy: DUE_AT, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id caseNumber reference applicantName type status dueAt overdue submittedAt requestedAmountFen } }\n    }\n  }\n": types.CaseQueueDocument,
    "\n  mutation BulkAccept($ids: [ID!]!) {\n    bulkAcceptCases(ids: $ids) { id ok code message case { id status caseNumber } }\n  }\n": types.BulkAcceptDocument,
    "\n  mutation BulkAssign($ids: [ID!]!, $userId: ID!) {\n    bulkAssignCases(ids: $ids, userId: $userId) { id ok code message }\n  }\n": types.BulkAssignDocument,
    "\n  query Colleagues($unitId: ID!) { colleagues(unitId: $unitId) { id name } }\n": types.ColleaguesDocument,
    "\n  query ConsoleCampaigns($unitId: ID!) {\n    reviewCampaigns(unitId: $unitId) { id year status startsAt deadline graceDays generated unit { name } }\n  }\n": types.ConsoleCampaignsDocument,
    "\n  query ConsoleCampaignProgress($id: ID!, $unitId: ID) {\n    reviewCampaign(id: $id) {\n      id status generated closedAt summary unit { id }\n      progress { total done due overdue }\n      byUnit(unitId: $unitId) { unit { id name } total done due overdue }\n    }\n  }\n": types.ConsoleCampaignProgressDocument,
    "\n  query ConsoleReviewTasks($unitId: ID!, $campaignId: ID!, $status: ReviewTaskStatus, $first: Int, $after: String) {\n    reviewTasks(unitId: $unitId, campaignId: $campaignId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id status outcome note completedAt file { id personName idNumberMasked category status } } }\n    }\n  }\n": types.ConsoleReviewTasksDocument,
    "\n  mutation ConsoleOpenCampaign($input: ReviewCampaignInput!) { openReviewCampaign(input: $input) { id } }\n": types.ConsoleOpenCampaignDocument,
    "\n  mutation ConsoleCompleteReview($taskId: ID!, $outcome: ReviewOutcome!, $cancelReason: CancelReason, $note: String) {\n    completeReview(taskId: $taskId, outcome: $outcome, cancelReason: $cancelReason, note: $note) { id status outcome }\n  }\n": types.ConsoleCompleteReviewDocument,
    "\n  mutation ConsoleCloseCampaign($id: ID!) { closeReviewCampaign(id: $id) { id status } }\n": types.ConsoleCloseCampaignDocument,
    "\n  query WorkCalendar($year: Int!) { workCalendar(year: $year) { day working name } }\n": types.WorkCalendarDocument,
    "\n  mutation SetWorkCalendar($input: WorkCalendarInput!) { setWorkCalendar(input: $input) { day working name } }\n": types.SetWorkCalendarDocument,
    "\n  query AidPolicies($unitId: ID!) {\n    aidPolicies(unitId: $unitId) {\n      unitId editable\n      settings { aidType approvalLimitFen yearlyCapFen noticeDays acceptWithinWorkingDays decideWithinWorkingDays }\n      inForce { aidType approvalLimitFen yearlyCapFen noticeDays acceptWithinWorkingDays decideWithinWorkingDays sources { field unitId unitName } }\n    }\n  }\n": types.AidPoliciesDocument,
    "\n  mutation SetAidPolicy($unitId: ID!, $input: AidPolicyInput!) { setAidPolicy(unitId: $unitId, input: $input) { unitId } }\n": types.SetAidPolicyDocument,
    "\n  query PolicyUnits($unitId: ID!) { unit(id: $unitId) { id name children { id name activeFlag } } }\n": types.PolicyUnitsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUnitChildren($parentId: ID) {\n    units(parentId: $parentId, first: 100) { edges { node { id code name level activeFlag } } }\n  }\n"): typeof import('./graphql').AdminUnitChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUnit($id: ID!) {\n    unit(id: $id) {\n      id code name level activeFlag address hotline streetFacing floorAreaM2 staffCount holdsFund\n      parent { id children { id name activeFlag } }\n    }\n    users(unitId: $id, first: 100) { edges { node { id name phone active roles { role unit { id name } } } } }\n  }\n"): typeof import('./graphql').AdminUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUnit($input: CreateUnitInput!) { createUnit(input: $input) { id } }\n"): typeof import('./graphql').AdminCreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCloseUnit($id: ID!, $moveTo: ID!, $reason: String!) { closeUnit(id: $id, moveTo: $moveTo, reason: $reason) { id activeFlag } }\n"): typeof import('./graphql').AdminCloseUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateAccount($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }\n"): typeof import('./graphql').AdminCreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGrantRole($userId: ID!, $unitId: ID!, $role: Role!) { grantRole(userId: $userId, unitId: $unitId, role: $role) { id } }\n"): typeof import('./graphql').AdminGrantRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeRole($userId: ID!, $unitId: ID!, $role: Role!) { revokeRole(userId: $userId, unitId: $unitId, role: $role) { id } }\n"): typeof import('./graphql').AdminRevokeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUnit($id: ID!, $input: UpdateUnitInput!) { updateUnit(id: $id, input: $input) { id } }\n"): typeof import('./graphql').AdminUpdateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMoveUnit($id: ID!, $parentId: ID!) { moveUnit(id: $id, parentId: $parentId) { id } }\n"): typeof import('./graphql').AdminMoveUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUnitSearch($search: String) { units(search: $search, first: 30) { edges { node { id name level activeFlag } } } }\n"): typeof import('./graphql').AdminUnitSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetPassword($userId: ID!, $newPassword: String!) { resetPassword(userId: $userId, newPassword: $newPassword) { id } }\n"): typeof import('./graphql').AdminResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetAccountActive($userId: ID!, $active: Boolean!) { setAccountActive(userId: $userId, active: $active) { id active } }\n"): typeof import('./graphql').AdminSetAccountActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) { token user { id name } }\n  }\n"): typeof import('./graphql').StaffLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMe {\n    me { id name roles { role unit { id name level } } }\n  }\n"): typeof import('./graphql').StaffMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLogout { logout }\n"): typeof import('./graphql').StaffLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportJob($id: ID!) {\n    job(id: $id) { id name state progress downloadUrl error }\n  }\n"): typeof import('./graphql').ExportJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentStations($search: String) {\n    units(search: $search, first: 50) { edges { node { id name level } } }\n  }\n"): typeof import('./graphql').AssessmentStationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAssessment($unitId: ID!, $year: Int!) {\n    assessment(unitId: $unitId, year: $year) {\n      id year districtScore cityScore tier failing appliedAt decision satisfactionRate subsidyHoldbackFen\n      unit { id name }\n      cycle { id applicationFrom applicationUntil inspectionFrom inspectionUntil rubricVersion }\n      eligibility { eligible reasons }\n      items { key category label points prefilled evidence districtScore cityScore }\n    }\n  }\n"): typeof import('./graphql').ConsoleAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOpenCycle($input: AssessmentCycleInput!) { openAssessmentCycle(input: $input) { id } }\n"): typeof import('./graphql').ConsoleOpenCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleScore($id: ID!, $scorerLevel: UnitLevel!, $items: [RubricScoreInput!]!) { scoreAssessment(id: $id, scorerLevel: $scorerLevel, items: $items) { id } }\n"): typeof import('./graphql').ConsoleScoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleApplyDemonstration($id: ID!) { applyForDemonstration(assessmentId: $id) { id } }\n"): typeof import('./graphql').ConsoleApplyDemonstrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDecideDemonstration($id: ID!, $granted: Boolean!) { decideDemonstration(assessmentId: $id, granted: $granted) { id } }\n"): typeof import('./graphql').ConsoleDecideDemonstrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($unitId: ID!, $entityId: ID, $actorId: ID, $first: Int, $after: String) {\n    auditLog(unitId: $unitId, entityId: $entityId, actorId: $actorId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id occurredAt action actorId actorName entityType entityId before after unit { name } } }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCase($id: ID!) {\n    case(id: $id) {\n      id caseNumber reference title description type status channel applicantName requestedAmountFen proposedAmountFen\n      approvedAmountFen servicePlan instalments dueAt overdue submittedAt noticeEndsAt objectionOpen missingItems returnReason\n      rejectReason closureReport serviceReport allowedActions\n      holder { id name level }\n      originUnit { name }\n      file { id personName idNumberMasked status category causes household { perCapitaIncomeFen totalMonthlyIncomeFen members { name relation health monthlyIncomeFen idNumberMasked } } }\n      documents { id slot contentType byteSize createdAt url }\n      visits { id visitedAt findings householdVerified }\n      events { id occurredAt action fromStatus toStatus actorRole comment unit { name } }\n    }\n  }\n"): typeof import('./graphql').StaffCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleSubmit($id: ID!) { submitCase(id: $id) { id status } }"): typeof import('./graphql').ConsoleSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleResubmit($id: ID!, $note: String) { resubmitCase(id: $id, note: $note) { id status } }"): typeof import('./graphql').ConsoleResubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleWithdraw($id: ID!, $reason: String) { withdrawCase(id: $id, reason: $reason) { id status } }"): typeof import('./graphql').ConsoleWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleAssign($id: ID!, $userId: ID!) { assignCase(id: $id, userId: $userId) { id status } }"): typeof import('./graphql').ConsoleAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleAccept($id: ID!, $note: String) { acceptCase(id: $id, note: $note) { id status } }"): typeof import('./graphql').ConsoleAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleReturn($id: ID!, $reason: String!, $missingItems: [String!]) { returnCase(id: $id, reason: $reason, missingItems: $missingItems) { id status } }"): typeof import('./graphql').ConsoleReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleStartReview($id: ID!) { startReview(id: $id) { id status } }"): typeof import('./graphql').ConsoleStartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleRecordVisit($id: ID!, $input: VisitInput!) { recordVisit(id: $id, input: $input) { id status } }"): typeof import('./graphql').ConsoleRecordVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsolePropose($id: ID!, $input: ProposalInput!) { proposeCase(id: $id, input: $input) { id status } }"): typeof import('./graphql').ConsoleProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleApprove($id: ID!, $note: String) { approveCase(id: $id, note: $note) { id status } }"): typeof import('./graphql').ConsoleApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleReject($id: ID!, $reason: String!) { rejectCase(id: $id, reason: $reason) { id status } }"): typeof import('./graphql').ConsoleRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleEscalate($id: ID!, $reason: String!) { escalateCase(id: $id, reason: $reason) { id status } }"): typeof import('./graphql').ConsoleEscalateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleRaiseObjection($id: ID!, $reason: String!) { raiseObjection(id: $id, reason: $reason) { id status } }"): typeof import('./graphql').ConsoleRaiseObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleResolveObjection($id: ID!, $upheld: Boolean!, $note: String) { resolveObjection(id: $id, upheld: $upheld, note: $note) { id status } }"): typeof import('./graphql').ConsoleResolveObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleDisburse($id: ID!, $input: DisbursementInput!) { disburseCase(id: $id, input: $input) { id status } }"): typeof import('./graphql').ConsoleDisburseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleStartService($id: ID!) { startService(id: $id) { id status } }"): typeof import('./graphql').ConsoleStartServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleCompleteService($id: ID!, $report: String!) { completeService(id: $id, report: $report) { id status } }"): typeof import('./graphql').ConsoleCompleteServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleClose($id: ID!, $report: String!) { closeCase(id: $id, report: $report) { id status } }"): typeof import('./graphql').ConsoleCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskFiles($unitId: ID!, $search: String) {\n    hardshipFiles(unitId: $unitId, search: $search, first: 20) { edges { node { id personName idNumberMasked status unit { name } } } }\n  }\n"): typeof import('./graphql').DeskFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskSave($input: CaseDraftInput!) { saveDraft(input: $input) { id status } }\n"): typeof import('./graphql').DeskSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseColleagues($unitId: ID!) { colleagues(unitId: $unitId) { id name } }\n"): typeof import('./graphql').CaseColleaguesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRollup($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    rollup(unitId: $unitId, from: $from, to: $to) {\n      unit { id name level ancestors { id name } }\n      newCases decidedCases approvedCases rejectedCases closedCases approvedFen paidFen overdueCases fundBalanceFen\n      satisfactionRate demonstrationRatio medianDecisionDays stations demonstrationStations\n      casesByStatus { status count }\n      casesByType { type count }\n      monthly { month newCases approvedCases paidFen }\n      children {\n        unit { id name level }\n        newCases approvedCases paidFen overdueCases satisfactionRate stations\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleRollupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleExportRollup($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportRollup(unitId: $unitId, from: $from, to: $to) { id state }\n  }\n"): typeof import('./graphql').ConsoleExportRollupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFiles($unitId: ID!, $status: FileStatus, $category: HardshipCategory, $search: String, $first: Int, $after: String) {\n    hardshipFiles(unitId: $unitId, status: $status, category: $category, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id personName idNumberMasked category status causes updatedAt unit { name } } }\n    }\n  }\n"): typeof import('./graphql').ConsoleFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFile($id: ID!) {\n    hardshipFile(id: $id) {\n      id personName idNumberMasked birthDate sex phone address employerName unionMember category status causes cancelReason\n      unit { id name }\n      householdSize\n      household { housing minimumLivingStandardFen perCapitaIncomeFen totalMonthlyIncomeFen members { name relation health employment monthlyIncomeFen idNumberMasked isRecipient } }\n      history { id occurredAt action fromStatus toStatus reason note }\n    }\n  }\n"): typeof import('./graphql').ConsoleFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevealIdNumber($fileId: ID!) { revealIdNumber(fileId: $fileId) }\n"): typeof import('./graphql').ConsoleRevealIdNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateFile($input: HardshipFileInput!) { createHardshipFile(input: $input) { id } }\n"): typeof import('./graphql').ConsoleCreateFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCancelFile($id: ID!, $reason: CancelReason!, $note: String) { cancelHardshipFile(id: $id, reason: $reason, note: $note) { id status } }\n"): typeof import('./graphql').ConsoleCancelFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevealHousehold($fileId: ID!) { revealHouseholdIdNumbers(fileId: $fileId) }\n"): typeof import('./graphql').ConsoleRevealHouseholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateFile($id: ID!, $input: HardshipFileInput!) { updateHardshipFile(id: $id, input: $input) { id } }\n"): typeof import('./graphql').ConsoleUpdateFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReviewWithFile($taskId: ID!, $outcome: ReviewOutcome!, $input: HardshipFileInput!, $note: String) {\n    completeReview(taskId: $taskId, outcome: $outcome, input: $input, note: $note) { id status }\n  }\n"): typeof import('./graphql').ConsoleReviewWithFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFund($unitId: ID!, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    fund(unitId: $unitId) {\n      unitId balance\n      entries(from: $from, to: $to, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id createdAt kind direction amount balanceAfter memo caseId source category donor } }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleExportLedger($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportLedger(unitId: $unitId, from: $from, to: $to) { id state }\n  }\n"): typeof import('./graphql').ConsoleExportLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleChildUnits($id: ID!) { unit(id: $id) { id children { id name activeFlag } } }\n"): typeof import('./graphql').ConsoleChildUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordIncome($unitId: ID!, $input: IncomeInput!) { recordIncome(unitId: $unitId, input: $input) { id } }\n"): typeof import('./graphql').ConsoleRecordIncomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAllocate($fromUnitId: ID!, $toUnitId: ID!, $amount: Int!, $note: String, $idempotencyKey: String!) {\n    allocateFunds(fromUnitId: $fromUnitId, toUnitId: $toUnitId, amount: $amount, note: $note, idempotencyKey: $idempotencyKey) { id }\n  }\n"): typeof import('./graphql').ConsoleAllocateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordExpense($unitId: ID!, $input: ExpenseInput!) { recordExpense(unitId: $unitId, input: $input) { id } }\n"): typeof import('./graphql').ConsoleRecordExpenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReverse($entryId: ID!, $reason: String!) { reverseEntry(entryId: $entryId, reason: $reason) { id } }\n"): typeof import('./graphql').ConsoleReverseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleExportRoster($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportDisbursementRoster(unitId: $unitId, from: $from, to: $to) { id state }\n  }\n"): typeof import('./graphql').ConsoleExportRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleNotices($unitId: ID!) {\n    unit(id: $unitId) { id name }\n    publicNotices(unitId: $unitId) { caseId caseNumber maskedName type amountFen noticeEndsAt objectionOpen }\n  }\n"): typeof import('./graphql').ConsoleNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseQueue($unitId: ID!, $statuses: [CaseStatus!], $types: [AidType!], $overdueOnly: Boolean, $assignedToMe: Boolean, $search: String, $first: Int, $after: String) {\n    caseQueue(unitId: $unitId, statuses: $statuses, types: $types, overdueOnly: $overdueOnly, assignedToMe: $assignedToMe, search: $search, orderBy: DUE_AT, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id caseNumber reference applicantName type status dueAt overdue submittedAt requestedAmountFen } }\n    }\n  }\n"): typeof import('./graphql').CaseQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkAccept($ids: [ID!]!) {\n    bulkAcceptCases(ids: $ids) { id ok code message case { id status caseNumber } }\n  }\n"): typeof import('./graphql').BulkAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkAssign($ids: [ID!]!, $userId: ID!) {\n    bulkAssignCases(ids: $ids, userId: $userId) { id ok code message }\n  }\n"): typeof import('./graphql').BulkAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Colleagues($unitId: ID!) { colleagues(unitId: $unitId) { id name } }\n"): typeof import('./graphql').ColleaguesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCampaigns($unitId: ID!) {\n    reviewCampaigns(unitId: $unitId) { id year status startsAt deadline graceDays generated unit { name } }\n  }\n"): typeof import('./graphql').ConsoleCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCampaignProgress($id: ID!, $unitId: ID) {\n    reviewCampaign(id: $id) {\n      id status generated closedAt summary unit { id }\n      progress { total done due overdue }\n      byUnit(unitId: $unitId) { unit { id name } total done due overdue }\n    }\n  }\n"): typeof import('./graphql').ConsoleCampaignProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleReviewTasks($unitId: ID!, $campaignId: ID!, $status: ReviewTaskStatus, $first: Int, $after: String) {\n    reviewTasks(unitId: $unitId, campaignId: $campaignId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id status outcome note completedAt file { id personName idNumberMasked category status } } }\n    }\n  }\n"): typeof import('./graphql').ConsoleReviewTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOpenCampaign($input: ReviewCampaignInput!) { openReviewCampaign(input: $input) { id } }\n"): typeof import('./graphql').ConsoleOpenCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCompleteReview($taskId: ID!, $outcome: ReviewOutcome!, $cancelReason: CancelReason, $note: String) {\n    completeReview(taskId: $taskId, outcome: $outcome, cancelReason: $cancelReason, note: $note) { id status outcome }\n  }\n"): typeof import('./graphql').ConsoleCompleteReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCloseCampaign($id: ID!) { closeReviewCampaign(id: $id) { id status } }\n"): typeof import('./graphql').ConsoleCloseCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkCalendar($year: Int!) { workCalendar(year: $year) { day working name } }\n"): typeof import('./graphql').WorkCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkCalendar($input: WorkCalendarInput!) { setWorkCalendar(input: $input) { day working name } }\n"): typeof import('./graphql').SetWorkCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AidPolicies($unitId: ID!) {\n    aidPolicies(unitId: $unitId) {\n      unitId editable\n      settings { aidType approvalLimitFen yearlyCapFen noticeDays acceptWithinWorkingDays decideWithinWorkingDays }\n      inForce { aidType approvalLimitFen yearlyCapFen noticeDays acceptWithinWorkingDays decideWithinWorkingDays sources { field unitId unitName } }\n    }\n  }\n"): typeof import('./graphql').AidPoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAidPolicy($unitId: ID!, $input: AidPolicyInput!) { setAidPolicy(unitId: $unitId, input: $input) { unitId } }\n"): typeof import('./graphql').SetAidPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyUnits($unitId: ID!) { unit(id: $unitId) { id name children { id name activeFlag } } }\n"): typeof import('./graphql').PolicyUnitsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
