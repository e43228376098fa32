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
    "\n  query AdminUnitChildren($parentId: ID) {\n    units(parentId: $parentId, first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          level\n          activeFlag\n        }\n      }\n    }\n  }\n": typeof types.AdminUnitChildrenDocument,
    "\n  query AdminUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n      level\n      activeFlag\n      address\n      hotline\n      streetFacing\n      floorAreaM2\n      staffCount\n      holdsFund\n      parent {\n        id\n        children {\n          id\n          name\n          activeFlag\n        }\n      }\n    }\n    users(unitId: $id, first: 50) {\n      edges {\n        node {\n          id\n          name\n          phone\n          active\n          roles {\n            role\n            unit {\n              id\n              name\n            }\n          }\n          pendingRoles {\n            id\n            role\n            unit {\n              id\n            }\n            requestedBy {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminUnitDocument,
    "\n  mutation AdminCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateUnitDocument,
    "\n  mutation AdminCloseUnit($id: ID!, $moveTo: ID!, $reason: String!) {\n    closeUnit(id: $id, moveTo: $moveTo, reason: $reason) {\n      id\n      activeFlag\n    }\n  }\n": typeof types.AdminCloseUnitDocument,
    "\n  mutation AdminCreateAccount($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateAccountDocument,
    "\n  mutation AdminGrantRole($userId: ID!, $unitId: ID!, $role: Role!) {\n    grantRole(userId: $userId, unitId: $unitId, role: $role) {\n      id\n    }\n  }\n": typeof types.AdminGrantRoleDocument,
    "\n  mutation AdminRevokeRole($userId: ID!, $unitId: ID!, $role: Role!) {\n    revokeRole(userId: $userId, unitId: $unitId, role: $role) {\n      id\n    }\n  }\n": typeof types.AdminRevokeRoleDocument,
    "\n  mutation AdminApproveRole($requestId: ID!) {\n    approveRoleGrant(requestId: $requestId) {\n      id\n    }\n  }\n": typeof types.AdminApproveRoleDocument,
    "\n  mutation AdminRefuseRole($requestId: ID!, $reason: String!) {\n    refuseRoleGrant(requestId: $requestId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.AdminRefuseRoleDocument,
    "\n  mutation AdminUpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.AdminUpdateUnitDocument,
    "\n  mutation AdminMoveUnit($id: ID!, $parentId: ID!) {\n    moveUnit(id: $id, parentId: $parentId) {\n      id\n    }\n  }\n": typeof types.AdminMoveUnitDocument,
    "\n  query AdminUnitSearch($search: String) {\n    units(search: $search, first: 30) {\n      edges {\n        node {\n          id\n          name\n          level\n          activeFlag\n        }\n      }\n    }\n  }\n": typeof types.AdminUnitSearchDocument,
    "\n  mutation AdminResetPassword($userId: ID!, $newPassword: String!) {\n    resetPassword(userId: $userId, newPassword: $newPassword) {\n      id\n    }\n  }\n": typeof types.AdminResetPasswordDocument,
    "\n  mutation AdminSetAccountActive($userId: ID!, $active: Boolean!) {\n    setAccountActive(userId: $userId, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.AdminSetAccountActiveDocument,
    "\n  mutation StaffLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      user {\n        id\n        name\n        roles {\n          role\n        }\n      }\n    }\n  }\n": typeof types.StaffLoginDocument,
    "\n  query StaffMe {\n    me {\n      id\n      name\n      roles {\n        role\n        unit {\n          id\n          name\n          level\n        }\n      }\n    }\n  }\n": typeof types.StaffMeDocument,
    "\n  mutation StaffLogout {\n    logout\n  }\n": typeof types.StaffLogoutDocument,
    "\n  query ConsoleUnitName($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.ConsoleUnitNameDocument,
    "\n  query ExportJob($id: ID!) {\n    job(id: $id) {\n      id\n      name\n      state\n      progress\n      downloadUrl\n      error\n    }\n  }\n": typeof types.ExportJobDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query AssessmentStations($search: String) {\n    units(search: $search, first: 50) {\n      edges {\n        node {\n          id\n          name\n          level\n        }\n      }\n    }\n  }\n": typeof types.AssessmentStationsDocument,
    "\n  query ConsoleAssessment($unitId: ID!, $year: Int!) {\n    assessment(unitId: $unitId, year: $year) {\n      id\n      year\n      districtScore\n      cityScore\n      tier\n      failing\n      appliedAt\n      decision\n      satisfactionRate\n      subsidyHoldbackFen\n      unit {\n        id\n        name\n      }\n      cycle {\n        id\n        applicationFrom\n        applicationUntil\n        inspectionFrom\n        inspectionUntil\n        rubricVersion\n      }\n      eligibility {\n        eligible\n        reasons\n      }\n      items {\n        key\n        category\n        label\n        points\n        prefilled\n        evidence\n        districtScore\n        cityScore\n      }\n    }\n  }\n": typeof types.ConsoleAssessmentDocument,
    "\n  mutation ConsoleOpenCycle($input: AssessmentCycleInput!) {\n    openAssessmentCycle(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleOpenCycleDocument,
    "\n  mutation ConsoleScore($id: ID!, $scorerLevel: UnitLevel!, $items: [RubricScoreInput!]!) {\n    scoreAssessment(id: $id, scorerLevel: $scorerLevel, items: $items) {\n      id\n    }\n  }\n": typeof types.ConsoleScoreDocument,
    "\n  mutation ConsoleApplyDemonstration($id: ID!) {\n    applyForDemonstration(assessmentId: $id) {\n      id\n    }\n  }\n": typeof types.ConsoleApplyDemonstrationDocument,
    "\n  mutation ConsoleDecideDemonstration($id: ID!, $granted: Boolean!) {\n    decideDemonstration(assessmentId: $id, granted: $granted) {\n      id\n    }\n  }\n": typeof types.ConsoleDecideDemonstrationDocument,
    "\n  query AuditLog($unitId: ID!, $entityId: ID, $entityType: String, $actorId: ID, $first: Int, $after: String) {\n    auditLog(unitId: $unitId, entityId: $entityId, entityType: $entityType, actorId: $actorId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          action\n          actorId\n          actorName\n          entityType\n          entityId\n          entityLabel\n          before\n          after\n          unit {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query ConsoleAidCampaigns($unitId: ID!) {\n    campaigns(unitId: $unitId) {\n      id\n      title\n      status\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleAidCampaignsDocument,
    "\n  query ConsoleAidCampaign($id: ID!, $unitId: ID!) {\n    campaign(id: $id) {\n      id\n      kind\n      title\n      aidType\n      status\n      standardAmounts {\n        category\n        amountFen\n      }\n      minAmountFen\n      maxAmountFen\n      opensAt\n      closesAt\n      noticeDays\n      countsTowardCap\n      unit {\n        id\n        name\n      }\n      funds {\n        id\n        name\n      }\n      quotas(unitId: $unitId) {\n        households\n        amountFen\n        unit {\n          id\n          name\n        }\n      }\n      figures(unitId: $unitId) {\n        households\n        amountFen\n        approved\n        paid\n        paidFen\n        received\n        unpaid\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleAidCampaignDocument,
    "\n  query ConsoleCampaignRoster($campaignId: ID!, $unitId: ID!) {\n    campaignRoster(campaignId: $campaignId, unitId: $unitId) {\n      id\n      status\n      jobId\n      payoutJobId\n      submittedAt\n      approvedAt\n      noticeEndsAt\n      returnReason\n      usage {\n        households\n        amountFen\n      }\n      entries {\n        id\n        amountFen\n        eligible\n        reason\n        addedByHand\n        caseId\n        caseStatus\n        unpaidReason\n        file {\n          id\n          personName\n          idNumberMasked\n          category\n        }\n      }\n    }\n  }\n": typeof types.ConsoleCampaignRosterDocument,
    "\n  mutation ConsoleCreateAidCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateAidCampaignDocument,
    "\n  mutation ConsoleCloseAidCampaign($id: ID!) {\n    closeCampaign(id: $id) {\n      id\n    }\n  }\n": typeof types.ConsoleCloseAidCampaignDocument,
    "\n  mutation ConsoleSetQuotas($campaignId: ID!, $unitId: ID!, $quotas: [QuotaInput!]!) {\n    setCampaignQuotas(campaignId: $campaignId, unitId: $unitId, quotas: $quotas) {\n      households\n    }\n  }\n": typeof types.ConsoleSetQuotasDocument,
    "\n  mutation ConsoleBuildRoster($campaignId: ID!, $unitId: ID!) {\n    buildRoster(campaignId: $campaignId, unitId: $unitId) {\n      id\n    }\n  }\n": typeof types.ConsoleBuildRosterDocument,
    "\n  mutation ConsoleAddRosterEntry($rosterId: ID!, $input: RosterEntryInput!) {\n    addRosterEntry(rosterId: $rosterId, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleAddRosterEntryDocument,
    "\n  mutation ConsoleRemoveRosterEntry($entryId: ID!, $reason: String!) {\n    removeRosterEntry(entryId: $entryId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.ConsoleRemoveRosterEntryDocument,
    "\n  mutation ConsoleSubmitRoster($rosterId: ID!) {\n    submitRoster(rosterId: $rosterId) {\n      id\n    }\n  }\n": typeof types.ConsoleSubmitRosterDocument,
    "\n  mutation ConsoleApproveRoster($rosterId: ID!) {\n    approveRoster(rosterId: $rosterId) {\n      id\n    }\n  }\n": typeof types.ConsoleApproveRosterDocument,
    "\n  mutation ConsoleReturnRoster($rosterId: ID!, $reason: String!) {\n    returnRoster(rosterId: $rosterId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.ConsoleReturnRosterDocument,
    "\n  mutation ConsolePayRoster($rosterId: ID!) {\n    payRoster(rosterId: $rosterId) {\n      id\n    }\n  }\n": typeof types.ConsolePayRosterDocument,
    "\n  mutation ConsoleExportCampaignRoster($rosterId: ID!) {\n    exportCampaignRoster(rosterId: $rosterId) {\n      id\n    }\n  }\n": typeof types.ConsoleExportCampaignRosterDocument,
    "\n  query ConsoleRosterJob($id: ID!) {\n    job(id: $id) {\n      id\n      state\n      progress\n      result\n      error\n    }\n  }\n": typeof types.ConsoleRosterJobDocument,
    "\n  query StaffCase($id: ID!) {\n    case(id: $id) {\n      id\n      caseNumber\n      reference\n      title\n      description\n      type\n      status\n      channel\n      applicantName\n      applicantPhone\n      requestedAmountFen\n      answers {\n        causes\n        householdSize\n        monthlyIncomeFen\n        incomeMasked\n      }\n      proposedAmountFen\n      approvalLimitFen\n      approvalHint\n      householdAidThisYear {\n        usedFen\n        capFen\n      }\n      externalMatches {\n        id\n        fileId\n        personName\n        source\n        scheme\n        amountFen\n        period\n        resolution\n      }\n      approvedAmountFen\n      servicePlan\n      instalments\n      dueAt\n      overdue\n      submittedAt\n      noticeEndsAt\n      objectionOpen\n      missingItems\n      returnReason\n      rejectReason\n      closureReport\n      serviceReport\n      allowedActions\n      holder {\n        id\n        name\n        level\n      }\n      originUnit {\n        name\n      }\n      file {\n        id\n        personName\n        idNumberMasked\n        payeeAccount {\n          bankName\n          accountNumberMasked\n          holderName\n        }\n        status\n        category\n        causes\n        household {\n          perCapitaIncomeFen\n          totalMonthlyIncomeFen\n          members {\n            name\n            relation\n            health\n            monthlyIncomeFen\n            idNumberMasked\n          }\n        }\n      }\n      documents {\n        id\n        slot\n        contentType\n        byteSize\n        createdAt\n        url\n      }\n      visits {\n        id\n        visitedAt\n        findings\n        householdVerified\n      }\n      events {\n        id\n        occurredAt\n        action\n        fromStatus\n        toStatus\n        actorRole\n        actorName\n        comment\n        unit {\n          name\n        }\n      }\n    }\n  }\n": typeof types.StaffCaseDocument,
    "\n    mutation ConsoleSubmit($id: ID!) {\n      submitCase(id: $id) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleSubmitDocument,
    "\n    mutation ConsoleResubmit($id: ID!, $note: String) {\n      resubmitCase(id: $id, note: $note) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleResubmitDocument,
    "\n    mutation ConsoleWithdraw($id: ID!, $reason: String) {\n      withdrawCase(id: $id, reason: $reason) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleWithdrawDocument,
    "\n    mutation ConsoleAssign($id: ID!, $userId: ID!) {\n      assignCase(id: $id, userId: $userId) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleAssignDocument,
    "\n    mutation ConsoleAccept($id: ID!, $note: String) {\n      acceptCase(id: $id, note: $note) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleAcceptDocument,
    "\n    mutation ConsoleReturn($id: ID!, $reason: String!, $missingItems: [String!]) {\n      returnCase(id: $id, reason: $reason, missingItems: $missingItems) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleReturnDocument,
    "\n    mutation ConsoleStartReview($id: ID!) {\n      startReview(id: $id) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleStartReviewDocument,
    "\n    mutation ConsoleRecordVisit($id: ID!, $input: VisitInput!) {\n      recordVisit(id: $id, input: $input) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleRecordVisitDocument,
    "\n    mutation ConsolePropose($id: ID!, $input: ProposalInput!) {\n      proposeCase(id: $id, input: $input) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleProposeDocument,
    "\n    mutation ConsoleApprove($id: ID!, $note: String) {\n      approveCase(id: $id, note: $note) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleApproveDocument,
    "\n    mutation ConsoleReject($id: ID!, $reason: String!) {\n      rejectCase(id: $id, reason: $reason) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleRejectDocument,
    "\n    mutation ConsoleEscalate($id: ID!, $reason: String!) {\n      escalateCase(id: $id, reason: $reason) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleEscalateDocument,
    "\n    mutation ConsoleRaiseObjection($id: ID!, $reason: String!) {\n      raiseObjection(id: $id, reason: $reason) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleRaiseObjectionDocument,
    "\n    mutation ConsoleResolveObjection($id: ID!, $upheld: Boolean!, $note: String) {\n      resolveObjection(id: $id, upheld: $upheld, note: $note) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleResolveObjectionDocument,
    "\n    mutation ConsoleDisburse($id: ID!, $input: DisbursementInput!) {\n      disburseCase(id: $id, input: $input) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleDisburseDocument,
    "\n    mutation ConsoleStartService($id: ID!) {\n      startService(id: $id) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleStartServiceDocument,
    "\n    mutation ConsoleCompleteService($id: ID!, $report: String!) {\n      completeService(id: $id, report: $report) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleCompleteServiceDocument,
    "\n    mutation ConsoleClose($id: ID!, $report: String!) {\n      closeCase(id: $id, report: $report) {\n        id\n        status\n      }\n    }\n  ": typeof types.ConsoleCloseDocument,
    "\n  query DeskFiles($unitId: ID!, $search: String) {\n    hardshipFiles(unitId: $unitId, search: $search, first: 20) {\n      edges {\n        node {\n          id\n          personName\n          idNumberMasked\n          status\n          unit {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeskFilesDocument,
    "\n  mutation DeskSave($input: CaseDraftInput!) {\n    saveDraft(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DeskSaveDocument,
    "\n  query CaseColleagues($unitId: ID!) {\n    colleagues(unitId: $unitId) {\n      id\n      name\n    }\n  }\n": typeof types.CaseColleaguesDocument,
    "\n  query ConsoleRollup($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    rollup(unitId: $unitId, from: $from, to: $to) {\n      unit {\n        id\n        name\n        level\n        holdsFund\n        ancestors {\n          id\n          name\n        }\n      }\n      newCases\n      decidedCases\n      approvedCases\n      rejectedCases\n      closedCases\n      approvedFen\n      paidFen\n      overdueCases\n      fundBalanceFen\n      bankPayments {\n        inTransit\n        inTransitFen\n        aged\n        arrivedFen\n        failed\n        failedFen\n      }\n      satisfactionRate\n      demonstrationRatio\n      medianDecisionDays\n      stations\n      demonstrationStations\n      casesByStatus {\n        status\n        count\n      }\n      casesByType {\n        type\n        count\n      }\n      monthly {\n        month\n        newCases\n        approvedCases\n        paidFen\n      }\n      children {\n        unit {\n          id\n          name\n          level\n        }\n        newCases\n        approvedCases\n        paidFen\n        overdueCases\n        satisfactionRate\n        stations\n      }\n    }\n  }\n": typeof types.ConsoleRollupDocument,
    "\n  mutation ConsoleExportRollup($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportRollup(unitId: $unitId, from: $from, to: $to) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleExportRollupDocument,
    "\n  fragment ConsoleExternalMatch on ExternalMatch {\n    id\n    fileId\n    filePersonName\n    fileUnitId\n    holder\n    personName\n    rollKind\n    source\n    scheme\n    amountFen\n    period\n    foundAt\n    resolution\n    note\n    resolvedAt\n  }\n": typeof types.ConsoleExternalMatchFragmentDoc,
    "\n  query ConsoleExchange($unitId: ID!) {\n    externalRolls(unitId: $unitId) {\n      id\n      kind\n      sourceName\n      fileName\n      uploadedAt\n      status\n      linesRead\n      linesKept\n      matches\n      refused {\n        row\n        reason\n        detail\n      }\n    }\n    externalMatches(unitId: $unitId, open: true) {\n      ...ConsoleExternalMatch\n    }\n  }\n": typeof types.ConsoleExchangeDocument,
    "\n  mutation ConsoleExportExchange($unitId: ID!, $since: DateTime) {\n    exportExchange(unitId: $unitId, since: $since) {\n      id\n    }\n  }\n": typeof types.ConsoleExportExchangeDocument,
    "\n  mutation ConsoleImportExternalRoll($rollId: ID!) {\n    importExternalRoll(rollId: $rollId) {\n      id\n    }\n  }\n": typeof types.ConsoleImportExternalRollDocument,
    "\n  mutation ConsoleResolveExternalMatch($id: ID!, $resolution: ExternalMatchResolution!, $note: String) {\n    resolveExternalMatch(id: $id, resolution: $resolution, note: $note) {\n      ...ConsoleExternalMatch\n    }\n  }\n": typeof types.ConsoleResolveExternalMatchDocument,
    "\n  query ConsoleFiles($unitId: ID!, $status: FileStatus, $category: HardshipCategory, $search: String, $first: Int, $after: String) {\n    hardshipFiles(unitId: $unitId, status: $status, category: $category, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          personName\n          idNumberMasked\n          category\n          status\n          causes\n          updatedAt\n          unit {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleFilesDocument,
    "\n  query ConsoleFile($id: ID!) {\n    hardshipFile(id: $id) {\n      id\n      personName\n      payeeAccount {\n        bankName\n        accountNumberMasked\n        holderName\n        setAt\n      }\n      identityVerifiedAt\n      idNumberMasked\n      birthDate\n      sex\n      phone\n      address\n      employerName\n      unionMember\n      category\n      status\n      causes\n      cancelReason\n      unit {\n        id\n        name\n      }\n      householdSize\n      household {\n        housing\n        minimumLivingStandardFen\n        perCapitaIncomeFen\n        totalMonthlyIncomeFen\n        members {\n          name\n          relation\n          health\n          employment\n          monthlyIncomeFen\n          idNumberMasked\n          schooling\n          isRecipient\n        }\n      }\n      reviewedAt\n      externalMatches {\n        ...ConsoleExternalMatch\n      }\n      householdAidThisYear {\n        type\n        usedFen\n        capFen\n      }\n      history {\n        id\n        occurredAt\n        action\n        fromStatus\n        toStatus\n        reason\n        note\n      }\n    }\n  }\n": typeof types.ConsoleFileDocument,
    "\n  mutation ConsoleRevealIdNumber($fileId: ID!, $reason: String!) {\n    revealIdNumber(fileId: $fileId, reason: $reason)\n  }\n": typeof types.ConsoleRevealIdNumberDocument,
    "\n  mutation ConsoleCreateFile($input: HardshipFileInput!) {\n    createHardshipFile(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateFileDocument,
    "\n  mutation ConsoleCancelFile($id: ID!, $reason: CancelReason!, $note: String) {\n    cancelHardshipFile(id: $id, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleCancelFileDocument,
    "\n  mutation ConsoleRevealHousehold($fileId: ID!, $reason: String!) {\n    revealHouseholdIdNumbers(fileId: $fileId, reason: $reason)\n  }\n": typeof types.ConsoleRevealHouseholdDocument,
    "\n  mutation ConsoleUpdateFile($id: ID!, $input: HardshipFileInput!) {\n    updateHardshipFile(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleUpdateFileDocument,
    "\n  mutation ConsoleReviewWithFile($taskId: ID!, $outcome: ReviewOutcome!, $input: HardshipFileInput!, $note: String) {\n    completeReview(taskId: $taskId, outcome: $outcome, input: $input, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleReviewWithFileDocument,
    "\n  mutation LinkCaseFile($id: ID!, $fileId: ID!) {\n    linkCaseFile(id: $id, fileId: $fileId) {\n      id\n    }\n  }\n": typeof types.LinkCaseFileDocument,
    "\n  query CaseForFile($id: ID!) {\n    case(id: $id) {\n      id\n      applicantName\n      holder {\n        id\n      }\n      answers {\n        causes\n        householdSize\n        monthlyIncomeFen\n        incomeMasked\n      }\n    }\n  }\n": typeof types.CaseForFileDocument,
    "\n  mutation ConsoleVerifyIdentity($input: VerifyIdentityInput!) {\n    verifyIdentity(input: $input) {\n      id\n      name\n      identityVerifiedAt\n    }\n  }\n": typeof types.ConsoleVerifyIdentityDocument,
    "\n  mutation ConsoleReleaseIdNumber($idNumber: String!, $reason: String!) {\n    releaseIdNumber(idNumber: $idNumber, reason: $reason) {\n      id\n      name\n    }\n  }\n": typeof types.ConsoleReleaseIdNumberDocument,
    "\n  mutation ConsoleReviewFile($id: ID!, $outcome: ReviewOutcome!, $visit: String!, $cancelReason: CancelReason) {\n    reviewHardshipFile(id: $id, outcome: $outcome, visit: $visit, cancelReason: $cancelReason) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleReviewFileDocument,
    "\n  mutation ConsoleSetPayee($fileId: ID!, $input: PayeeAccountInput!) {\n    setPayeeAccount(fileId: $fileId, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleSetPayeeDocument,
    "\n  query ConsoleFund($unitId: ID!, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    fund(unitId: $unitId) {\n      unitId\n      balance\n      entries(from: $from, to: $to, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            createdAt\n            kind\n            direction\n            amount\n            balanceAfter\n            memo\n            caseId\n            source\n            category\n            donor\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleFundDocument,
    "\n  mutation ConsoleExportLedger($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportLedger(unitId: $unitId, from: $from, to: $to) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleExportLedgerDocument,
    "\n  query ConsoleChildUnits($id: ID!) {\n    unit(id: $id) {\n      id\n      children {\n        id\n        name\n        activeFlag\n      }\n    }\n  }\n": typeof types.ConsoleChildUnitsDocument,
    "\n  mutation ConsoleRecordIncome($unitId: ID!, $input: IncomeInput!) {\n    recordIncome(unitId: $unitId, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleRecordIncomeDocument,
    "\n  mutation ConsoleAllocate($fromUnitId: ID!, $toUnitId: ID!, $amount: Int!, $note: String, $idempotencyKey: String!) {\n    allocateFunds(fromUnitId: $fromUnitId, toUnitId: $toUnitId, amount: $amount, note: $note, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n": typeof types.ConsoleAllocateDocument,
    "\n  mutation ConsoleRecordExpense($unitId: ID!, $input: ExpenseInput!) {\n    recordExpense(unitId: $unitId, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleRecordExpenseDocument,
    "\n  mutation ConsoleReverse($entryId: ID!, $reason: String!) {\n    reverseEntry(entryId: $entryId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.ConsoleReverseDocument,
    "\n  mutation ConsoleExportRoster($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportDisbursementRoster(unitId: $unitId, from: $from, to: $to) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleExportRosterDocument,
    "\n  query ConsoleNotices($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n    }\n    publicNotices(unitId: $unitId) {\n      caseId\n      caseNumber\n      maskedName\n      type\n      amountFen\n      noticeEndsAt\n      objectionOpen\n    }\n  }\n": typeof types.ConsoleNoticesDocument,
    "\n  query ConsolePayouts($unitId: ID!) {\n    fund(unitId: $unitId) {\n      unitId\n      balance\n      inTransit {\n        payments\n        amountFen\n        agedPayments\n        agedAmountFen\n      }\n    }\n    payoutBatches(unitId: $unitId) {\n      id\n      reference\n      status\n      lineCount\n      totalFen\n      createdAt\n      approvedAt\n      exportedAt\n      settledAt\n    }\n  }\n": typeof types.ConsolePayoutsDocument,
    "\n  query ConsolePayoutBatch($id: ID!) {\n    payoutBatch(id: $id) {\n      id\n      reference\n      status\n      lineCount\n      totalFen\n      lines(first: 500) {\n        lineNo\n        amountFen\n        caseId\n        caseNumber\n        holderName\n        bankName\n        accountNumberMasked\n        outcome\n        bankMessage\n      }\n      returns {\n        id\n        fileName\n        uploadedAt\n        appliedAt\n        jobId\n        report {\n          lines\n          arrived\n          failed\n          unchanged\n          refused {\n            row\n            reason\n            detail\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsolePayoutBatchDocument,
    "\n  mutation ConsoleCreatePayoutBatch($unitId: ID!) {\n    createPayoutBatch(unitId: $unitId) {\n      id\n    }\n  }\n": typeof types.ConsoleCreatePayoutBatchDocument,
    "\n  mutation ConsoleApprovePayoutBatch($id: ID!) {\n    approvePayoutBatch(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleApprovePayoutBatchDocument,
    "\n  mutation ConsoleCancelPayoutBatch($id: ID!, $reason: String!) {\n    cancelPayoutBatch(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleCancelPayoutBatchDocument,
    "\n  mutation ConsoleExportPayoutBatch($id: ID!, $format: PayoutFileFormat) {\n    exportPayoutBatch(id: $id, format: $format) {\n      id\n    }\n  }\n": typeof types.ConsoleExportPayoutBatchDocument,
    "\n  mutation ConsoleImportBankReturn($batchId: ID!, $returnId: ID!) {\n    importBankReturn(batchId: $batchId, returnId: $returnId) {\n      id\n    }\n  }\n": typeof types.ConsoleImportBankReturnDocument,
    "\n  mutation ConsolePrintDocument($kind: PrintKind!, $id: ID!) {\n    printDocument(kind: $kind, id: $id) {\n      id\n    }\n  }\n": typeof types.ConsolePrintDocumentDocument,
    "\n  query CaseQueue(\n    $unitId: ID!\n    $statuses: [CaseStatus!]\n    $types: [AidType!]\n    $overdueOnly: Boolean\n    $assignedToMe: Boolean\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    caseQueue(\n      unitId: $unitId\n      statuses: $statuses\n      types: $types\n      overdueOnly: $overdueOnly\n      assignedToMe: $assignedToMe\n      search: $search\n      orderBy: DUE_AT\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          caseNumber\n          reference\n          applicantName\n          type\n          status\n          dueAt\n          overdue\n          submittedAt\n          requestedAmountFen\n        }\n      }\n    }\n  }\n": typeof types.CaseQueueDocument,
    "\n  mutation BulkAccept($ids: [ID!]!) {\n    bulkAcceptCases(ids: $ids) {\n      id\n      ok\n      code\n      message\n      case {\n        id\n        status\n        caseNumber\n      }\n    }\n  }\n": typeof types.BulkAcceptDocument,
    "\n  mutation BulkAssign($ids: [ID!]!, $userId: ID!) {\n    bulkAssignCases(ids: $ids, userId: $userId) {\n      id\n      ok\n      code\n      message\n    }\n  }\n": typeof types.BulkAssignDocument,
    "\n  query Colleagues($unitId: ID!) {\n    colleagues(unitId: $unitId) {\n      id\n      name\n    }\n  }\n": typeof types.ColleaguesDocument,
    "\n  query ConsoleStatReports($unitId: ID!, $period: String!) {\n    statReports(unitId: $unitId, period: $period) {\n      unit {\n        id\n        name\n        level\n      }\n      state\n      overdue\n      dueAt\n      current {\n        id\n        version\n        submittedAt\n        decidedAt\n      }\n    }\n  }\n": typeof types.ConsoleStatReportsDocument,
    "\n  fragment ConsoleStatFigures on StatFigures {\n    casesByStatus {\n      status\n      count\n    }\n    casesByType {\n      type\n      count\n    }\n    newCases\n    decidedCases\n    approvedCases\n    rejectedCases\n    closedCases\n    approvedFen\n    paidFen\n    medianDecisionDays\n    overdueCases\n    activeFilesByCategory {\n      category\n      count\n    }\n    fundBalanceFen\n    incomeBySource {\n      source\n      amountFen\n    }\n    ratedCases\n    satisfactionRate\n    stations\n    demonstrationStations\n    demonstrationRatio\n    assessedStations\n    averageAssessmentScore\n    failingStations\n    subsidyHoldbackFen\n  }\n": typeof types.ConsoleStatFiguresFragmentDoc,
    "\n  query ConsoleStatReport($unitId: ID!, $period: String!) {\n    statReport(unitId: $unitId, period: $period) {\n      period\n      dueAt\n      differences\n      unit {\n        id\n        name\n      }\n      live {\n        ...ConsoleStatFigures\n      }\n      versions {\n        id\n        version\n        status\n        submittedAt\n        decidedAt\n        correctionReason\n        returnReason\n        missing {\n          reason\n          unit {\n            id\n            name\n          }\n        }\n        figures {\n          ...ConsoleStatFigures\n        }\n      }\n    }\n  }\n": typeof types.ConsoleStatReportDocument,
    "\n  mutation ConsoleSubmitStatReport($unitId: ID!, $period: String!, $missing: [MissingChildInput!], $correctionReason: String) {\n    submitStatReport(unitId: $unitId, period: $period, missing: $missing, correctionReason: $correctionReason) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ConsoleSubmitStatReportDocument,
    "\n  mutation ConsoleAcceptStatReport($id: ID!) {\n    acceptStatReport(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleAcceptStatReportDocument,
    "\n  mutation ConsoleReturnStatReport($id: ID!, $reason: String!) {\n    returnStatReport(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleReturnStatReportDocument,
    "\n  mutation ConsoleExportStatReport($id: ID!, $format: StatReportFormat) {\n    exportStatReport(id: $id, format: $format) {\n      id\n    }\n  }\n": typeof types.ConsoleExportStatReportDocument,
    "\n  query ConsoleCampaigns($unitId: ID!) {\n    reviewCampaigns(unitId: $unitId) {\n      id\n      year\n      status\n      startsAt\n      deadline\n      graceDays\n      generated\n      unit {\n        name\n      }\n    }\n  }\n": typeof types.ConsoleCampaignsDocument,
    "\n  query ConsoleCampaignProgress($id: ID!, $unitId: ID) {\n    reviewCampaign(id: $id) {\n      id\n      status\n      generated\n      closedAt\n      summary\n      unit {\n        id\n      }\n      progress {\n        total\n        done\n        due\n        overdue\n      }\n      byUnit(unitId: $unitId) {\n        unit {\n          id\n          name\n        }\n        total\n        done\n        due\n        overdue\n      }\n    }\n  }\n": typeof types.ConsoleCampaignProgressDocument,
    "\n  query ConsoleReviewTasks($unitId: ID!, $campaignId: ID!, $status: ReviewTaskStatus, $first: Int, $after: String) {\n    reviewTasks(unitId: $unitId, campaignId: $campaignId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          outcome\n          note\n          completedAt\n          file {\n            id\n            personName\n            idNumberMasked\n            category\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleReviewTasksDocument,
    "\n  mutation ConsoleOpenCampaign($input: ReviewCampaignInput!) {\n    openReviewCampaign(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleOpenCampaignDocument,
    "\n  mutation ConsoleCompleteReview($taskId: ID!, $outcome: ReviewOutcome!, $cancelReason: CancelReason, $note: String) {\n    completeReview(taskId: $taskId, outcome: $outcome, cancelReason: $cancelReason, note: $note) {\n      id\n      status\n      outcome\n    }\n  }\n": typeof types.ConsoleCompleteReviewDocument,
    "\n  mutation ConsoleCloseCampaign($id: ID!) {\n    closeReviewCampaign(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleCloseCampaignDocument,
    "\n  query WorkCalendar($year: Int!) {\n    workCalendar(year: $year) {\n      day\n      working\n      name\n    }\n  }\n": typeof types.WorkCalendarDocument,
    "\n  mutation SetWorkCalendar($input: WorkCalendarInput!) {\n    setWorkCalendar(input: $input) {\n      day\n      working\n      name\n    }\n  }\n": typeof types.SetWorkCalendarDocument,
    "\n  query AidPolicies($unitId: ID!) {\n    aidPolicies(unitId: $unitId) {\n      unitId\n      editable\n      settings {\n        aidType\n        approvalLimitFen\n        yearlyCapFen\n        noticeDays\n        acceptWithinWorkingDays\n        decideWithinWorkingDays\n      }\n      inForce {\n        aidType\n        approvalLimitFen\n        yearlyCapFen\n        noticeDays\n        acceptWithinWorkingDays\n        decideWithinWorkingDays\n        sources {\n          field\n          unitId\n          unitName\n        }\n      }\n    }\n  }\n": typeof types.AidPoliciesDocument,
    "\n  mutation SetAidPolicy($unitId: ID!, $input: AidPolicyInput!) {\n    setAidPolicy(unitId: $unitId, input: $input) {\n      unitId\n    }\n  }\n": typeof types.SetAidPolicyDocument,
    "\n  query PolicyUnits($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n      children {\n        id\n        name\n        activeFlag\n      }\n    }\n  }\n": typeof types.PolicyUnitsDocument,
};
const documents: Documents = {
    "\n  query AdminUnitChildren($parentId: ID) {\n    units(parentId: $parentId, first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          level\n          activeFlag\n        }\n      }\n    }\n  }\n": types.AdminUnitChildrenDocument,
    "\n  query AdminUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n      level\n      activeFlag\n      address\n      hotline\n      streetFacing\n      floorAreaM2\n      staffCount\n      holdsFund\n      parent {\n        id\n        children {\n          id\n          name\n          activeFlag\n        }\n      }\n    }\n    users(unitId: $id, first: 50) {\n      edges {\n        node {\n          id\n          name\n          phone\n          active\n          roles {\n            role\n            unit {\n              id\n              name\n            }\n          }\n          pendingRoles {\n            id\n            role\n            unit {\n              id\n            }\n            requestedBy {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AdminUnitDocument,
    "\n  mutation AdminCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateUnitDocument,
    "\n  mutation AdminCloseUnit($id: ID!, $moveTo: ID!, $reason: String!) {\n    closeUnit(id: $id, moveTo: $moveTo, reason: $reason) {\n      id\n      activeFlag\n    }\n  }\n": types.AdminCloseUnitDocument,
    "\n  mutation AdminCreateAccount($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateAccountDocument,
    "\n  mutation AdminGrantRole($userId: ID!, $unitId: ID!, $role: Role!) {\n    grantRole(userId: $userId, unitId: $unitId, role: $role) {\n      id\n    }\n  }\n": types.AdminGrantRoleDocument,
    "\n  mutation AdminRevokeRole($userId: ID!, $unitId: ID!, $role: Role!) {\n    revokeRole(userId: $userId, unitId: $unitId, role: $role) {\n      id\n    }\n  }\n": types.AdminRevokeRoleDocument,
    "\n  mutation AdminApproveRole($requestId: ID!) {\n    approveRoleGrant(requestId: $requestId) {\n      id\n    }\n  }\n": types.AdminApproveRoleDocument,
    "\n  mutation AdminRefuseRole($requestId: ID!, $reason: String!) {\n    refuseRoleGrant(requestId: $requestId, reason: $reason) {\n      id\n    }\n  }\n": types.AdminRefuseRoleDocument,
    "\n  mutation AdminUpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      id\n    }\n  }\n": types.AdminUpdateUnitDocument,
    "\n  mutation AdminMoveUnit($id: ID!, $parentId: ID!) {\n    moveUnit(id: $id, parentId: $parentId) {\n      id\n    }\n  }\n": types.AdminMoveUnitDocument,
    "\n  query AdminUnitSearch($search: String) {\n    units(search: $search, first: 30) {\n      edges {\n        node {\n          id\n          name\n          level\n          activeFlag\n        }\n      }\n    }\n  }\n": types.AdminUnitSearchDocument,
    "\n  mutation AdminResetPassword($userId: ID!, $newPassword: String!) {\n    resetPassword(userId: $userId, newPassword: $newPassword) {\n      id\n    }\n  }\n": types.AdminResetPasswordDocument,
    "\n  mutation AdminSetAccountActive($userId: ID!, $active: Boolean!) {\n    setAccountActive(userId: $userId, active: $active) {\n      id\n      active\n    }\n  }\n": types.AdminSetAccountActiveDocument,
    "\n  mutation StaffLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      user {\n        id\n        name\n        roles {\n          role\n        }\n      }\n    }\n  }\n": types.StaffLoginDocument,
    "\n  query StaffMe {\n    me {\n      id\n      name\n      roles {\n        role\n        unit {\n          id\n          name\n          level\n        }\n      }\n    }\n  }\n": types.StaffMeDocument,
    "\n  mutation StaffLogout {\n    logout\n  }\n": types.StaffLogoutDocument,
    "\n  query ConsoleUnitName($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n    }\n  }\n": types.ConsoleUnitNameDocument,
    "\n  query ExportJob($id: ID!) {\n    job(id: $id) {\n      id\n      name\n      state\n      progress\n      downloadUrl\n      error\n    }\n  }\n": types.ExportJobDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query AssessmentStations($search: String) {\n    units(search: $search, first: 50) {\n      edges {\n        node {\n          id\n          name\n          level\n        }\n      }\n    }\n  }\n": types.AssessmentStationsDocument,
    "\n  query ConsoleAssessment($unitId: ID!, $year: Int!) {\n    assessment(unitId: $unitId, year: $year) {\n      id\n      year\n      districtScore\n      cityScore\n      tier\n      failing\n      appliedAt\n      decision\n      satisfactionRate\n      subsidyHoldbackFen\n      unit {\n        id\n        name\n      }\n      cycle {\n        id\n        applicationFrom\n        applicationUntil\n        inspectionFrom\n        inspectionUntil\n        rubricVersion\n      }\n      eligibility {\n        eligible\n        reasons\n      }\n      items {\n        key\n        category\n        label\n        points\n        prefilled\n        evidence\n        districtScore\n        cityScore\n      }\n    }\n  }\n": types.ConsoleAssessmentDocument,
    "\n  mutation ConsoleOpenCycle($input: AssessmentCycleInput!) {\n    openAssessmentCycle(input: $input) {\n      id\n    }\n  }\n": types.ConsoleOpenCycleDocument,
    "\n  mutation ConsoleScore($id: ID!, $scorerLevel: UnitLevel!, $items: [RubricScoreInput!]!) {\n    scoreAssessment(id: $id, scorerLevel: $scorerLevel, items: $items) {\n      id\n    }\n  }\n": types.ConsoleScoreDocument,
    "\n  mutation ConsoleApplyDemonstration($id: ID!) {\n    applyForDemonstration(assessmentId: $id) {\n      id\n    }\n  }\n": types.ConsoleApplyDemonstrationDocument,
    "\n  mutation ConsoleDecideDemonstration($id: ID!, $granted: Boolean!) {\n    decideDemonstration(assessmentId: $id, granted: $granted) {\n      id\n    }\n  }\n": types.ConsoleDecideDemonstrationDocument,
    "\n  query AuditLog($unitId: ID!, $entityId: ID, $entityType: String, $actorId: ID, $first: Int, $after: String) {\n    auditLog(unitId: $unitId, entityId: $entityId, entityType: $entityType, actorId: $actorId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          action\n          actorId\n          actorName\n          entityType\n          entityId\n          entityLabel\n          before\n          after\n          unit {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query ConsoleAidCampaigns($unitId: ID!) {\n    campaigns(unitId: $unitId) {\n      id\n      title\n      status\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleAidCampaignsDocument,
    "\n  query ConsoleAidCampaign($id: ID!, $unitId: ID!) {\n    campaign(id: $id) {\n      id\n      kind\n      title\n      aidType\n      status\n      standardAmounts {\n        category\n        amountFen\n      }\n      minAmountFen\n      maxAmountFen\n      opensAt\n      closesAt\n      noticeDays\n      countsTowardCap\n      unit {\n        id\n        name\n      }\n      funds {\n        id\n        name\n      }\n      quotas(unitId: $unitId) {\n        households\n        amountFen\n        unit {\n          id\n          name\n        }\n      }\n      figures(unitId: $unitId) {\n        households\n        amountFen\n        approved\n        paid\n        paidFen\n        received\n        unpaid\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleAidCampaignDocument,
    "\n  query ConsoleCampaignRoster($campaignId: ID!, $unitId: ID!) {\n    campaignRoster(campaignId: $campaignId, unitId: $unitId) {\n      id\n      status\n      jobId\n      payoutJobId\n      submittedAt\n      approvedAt\n      noticeEndsAt\n      returnReason\n      usage {\n        households\n        amountFen\n      }\n      entries {\n        id\n        amountFen\n        eligible\n        reason\n        addedByHand\n        caseId\n        caseStatus\n        unpaidReason\n        file {\n          id\n          personName\n          idNumberMasked\n          category\n        }\n      }\n    }\n  }\n": types.ConsoleCampaignRosterDocument,
    "\n  mutation ConsoleCreateAidCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateAidCampaignDocument,
    "\n  mutation ConsoleCloseAidCampaign($id: ID!) {\n    closeCampaign(id: $id) {\n      id\n    }\n  }\n": types.ConsoleCloseAidCampaignDocument,
    "\n  mutation ConsoleSetQuotas($campaignId: ID!, $unitId: ID!, $quotas: [QuotaInput!]!) {\n    setCampaignQuotas(campaignId: $campaignId, unitId: $unitId, quotas: $quotas) {\n      households\n    }\n  }\n": types.ConsoleSetQuotasDocument,
    "\n  mutation ConsoleBuildRoster($campaignId: ID!, $unitId: ID!) {\n    buildRoster(campaignId: $campaignId, unitId: $unitId) {\n      id\n    }\n  }\n": types.ConsoleBuildRosterDocument,
    "\n  mutation ConsoleAddRosterEntry($rosterId: ID!, $input: RosterEntryInput!) {\n    addRosterEntry(rosterId: $rosterId, input: $input) {\n      id\n    }\n  }\n": types.ConsoleAddRosterEntryDocument,
    "\n  mutation ConsoleRemoveRosterEntry($entryId: ID!, $reason: String!) {\n    removeRosterEntry(entryId: $entryId, reason: $reason) {\n      id\n    }\n  }\n": types.ConsoleRemoveRosterEntryDocument,
    "\n  mutation ConsoleSubmitRoster($rosterId: ID!) {\n    submitRoster(rosterId: $rosterId) {\n      id\n    }\n  }\n": types.ConsoleSubmitRosterDocument,
    "\n  mutation ConsoleApproveRoster($rosterId: ID!) {\n    approveRoster(rosterId: $rosterId) {\n      id\n    }\n  }\n": types.ConsoleApproveRosterDocument,
    "\n  mutation ConsoleReturnRoster($rosterId: ID!, $reason: String!) {\n    returnRoster(rosterId: $rosterId, reason: $reason) {\n      id\n    }\n  }\n": types.ConsoleReturnRosterDocument,
    "\n  mutation ConsolePayRoster($rosterId: ID!) {\n    payRoster(rosterId: $rosterId) {\n      id\n    }\n  }\n": types.ConsolePayRosterDocument,
    "\n  mutation ConsoleExportCampaignRoster($rosterId: ID!) {\n    exportCampaignRoster(rosterId: $rosterId) {\n      id\n    }\n  }\n": types.ConsoleExportCampaignRosterDocument,
    "\n  query ConsoleRosterJob($id: ID!) {\n    job(id: $id) {\n      id\n      state\n      progress\n      result\n      error\n    }\n  }\n": types.ConsoleRosterJobDocument,
    "\n  query StaffCase($id: ID!) {\n    case(id: $id) {\n      id\n      caseNumber\n      reference\n      title\n      description\n      type\n      status\n      channel\n      applicantName\n      applicantPhone\n      requestedAmountFen\n      answers {\n        causes\n        householdSize\n        monthlyIncomeFen\n        incomeMasked\n      }\n      proposedAmountFen\n      approvalLimitFen\n      approvalHint\n      householdAidThisYear {\n        usedFen\n        capFen\n      }\n      externalMatches {\n        id\n        fileId\n        personName\n        source\n        scheme\n        amountFen\n        period\n        resolution\n      }\n      approvedAmountFen\n      servicePlan\n      instalments\n      dueAt\n      overdue\n      submittedAt\n      noticeEndsAt\n      objectionOpen\n      missingItems\n      returnReason\n      rejectReason\n      closureReport\n      serviceReport\n      allowedActions\n      holder {\n        id\n        name\n        level\n      }\n      originUnit {\n        name\n      }\n      file {\n        id\n        personName\n        idNumberMasked\n        payeeAccount {\n          bankName\n          accountNumberMasked\n          holderName\n        }\n        status\n        category\n        causes\n        household {\n          perCapitaIncomeFen\n          totalMonthlyIncomeFen\n          members {\n            name\n            relation\n            health\n            monthlyIncomeFen\n            idNumberMasked\n          }\n        }\n      }\n      documents {\n        id\n        slot\n        contentType\n        byteSize\n        createdAt\n        url\n      }\n      visits {\n        id\n        visitedAt\n        findings\n        householdVerified\n      }\n      events {\n        id\n        occurredAt\n        action\n        fromStatus\n        toStatus\n        actorRole\n        actorName\n        comment\n        unit {\n          name\n        }\n      }\n    }\n  }\n": types.StaffCaseDocument,
    "\n    mutation ConsoleSubmit($id: ID!) {\n      submitCase(id: $id) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleSubmitDocument,
    "\n    mutation ConsoleResubmit($id: ID!, $note: String) {\n      resubmitCase(id: $id, note: $note) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleResubmitDocument,
    "\n    mutation ConsoleWithdraw($id: ID!, $reason: String) {\n      withdrawCase(id: $id, reason: $reason) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleWithdrawDocument,
    "\n    mutation ConsoleAssign($id: ID!, $userId: ID!) {\n      assignCase(id: $id, userId: $userId) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleAssignDocument,
    "\n    mutation ConsoleAccept($id: ID!, $note: String) {\n      acceptCase(id: $id, note: $note) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleAcceptDocument,
    "\n    mutation ConsoleReturn($id: ID!, $reason: String!, $missingItems: [String!]) {\n      returnCase(id: $id, reason: $reason, missingItems: $missingItems) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleReturnDocument,
    "\n    mutation ConsoleStartReview($id: ID!) {\n      startReview(id: $id) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleStartReviewDocument,
    "\n    mutation ConsoleRecordVisit($id: ID!, $input: VisitInput!) {\n      recordVisit(id: $id, input: $input) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleRecordVisitDocument,
    "\n    mutation ConsolePropose($id: ID!, $input: ProposalInput!) {\n      proposeCase(id: $id, input: $input) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleProposeDocument,
    "\n    mutation ConsoleApprove($id: ID!, $note: String) {\n      approveCase(id: $id, note: $note) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleApproveDocument,
    "\n    mutation ConsoleReject($id: ID!, $reason: String!) {\n      rejectCase(id: $id, reason: $reason) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleRejectDocument,
    "\n    mutation ConsoleEscalate($id: ID!, $reason: String!) {\n      escalateCase(id: $id, reason: $reason) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleEscalateDocument,
    "\n    mutation ConsoleRaiseObjection($id: ID!, $reason: String!) {\n      raiseObjection(id: $id, reason: $reason) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleRaiseObjectionDocument,
    "\n    mutation ConsoleResolveObjection($id: ID!, $upheld: Boolean!, $note: String) {\n      resolveObjection(id: $id, upheld: $upheld, note: $note) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleResolveObjectionDocument,
    "\n    mutation ConsoleDisburse($id: ID!, $input: DisbursementInput!) {\n      disburseCase(id: $id, input: $input) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleDisburseDocument,
    "\n    mutation ConsoleStartService($id: ID!) {\n      startService(id: $id) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleStartServiceDocument,
    "\n    mutation ConsoleCompleteService($id: ID!, $report: String!) {\n      completeService(id: $id, report: $report) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleCompleteServiceDocument,
    "\n    mutation ConsoleClose($id: ID!, $report: String!) {\n      closeCase(id: $id, report: $report) {\n        id\n        status\n      }\n    }\n  ": types.ConsoleCloseDocument,
    "\n  query DeskFiles($unitId: ID!, $search: String) {\n    hardshipFiles(unitId: $unitId, search: $search, first: 20) {\n      edges {\n        node {\n          id\n          personName\n          idNumberMasked\n          status\n          unit {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DeskFilesDocument,
    "\n  mutation DeskSave($input: CaseDraftInput!) {\n    saveDraft(input: $input) {\n      id\n      status\n    }\n  }\n": types.DeskSaveDocument,
    "\n  query CaseColleagues($unitId: ID!) {\n    colleagues(unitId: $unitId) {\n      id\n      name\n    }\n  }\n": types.CaseColleaguesDocument,
    "\n  query ConsoleRollup($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    rollup(unitId: $unitId, from: $from, to: $to) {\n      unit {\n        id\n        name\n        level\n        holdsFund\n        ancestors {\n          id\n          name\n        }\n      }\n      newCases\n      decidedCases\n      approvedCases\n      rejectedCases\n      closedCases\n      approvedFen\n      paidFen\n      overdueCases\n      fundBalanceFen\n      bankPayments {\n        inTransit\n        inTransitFen\n        aged\n        arrivedFen\n        failed\n        failedFen\n      }\n      satisfactionRate\n      demonstrationRatio\n      medianDecisionDays\n      stations\n      demonstrationStations\n      casesByStatus {\n        status\n        count\n      }\n      casesByType {\n        type\n        count\n      }\n      monthly {\n        month\n        newCases\n        approvedCases\n        paidFen\n      }\n      children {\n        unit {\n          id\n          name\n          level\n        }\n        newCases\n        approvedCases\n        paidFen\n        overdueCases\n        satisfactionRate\n        stations\n      }\n    }\n  }\n": types.ConsoleRollupDocument,
    "\n  mutation ConsoleExportRollup($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportRollup(unitId: $unitId, from: $from, to: $to) {\n      id\n      state\n    }\n  }\n": types.ConsoleExportRollupDocument,
    "\n  fragment ConsoleExternalMatch on ExternalMatch {\n    id\n    fileId\n    filePersonName\n    fileUnitId\n    holder\n    personName\n    rollKind\n    source\n    scheme\n    amountFen\n    period\n    foundAt\n    resolution\n    note\n    resolvedAt\n  }\n": types.ConsoleExternalMatchFragmentDoc,
    "\n  query ConsoleExchange($unitId: ID!) {\n    externalRolls(unitId: $unitId) {\n      id\n      kind\n      sourceName\n      fileName\n      uploadedAt\n      status\n      linesRead\n      linesKept\n      matches\n      refused {\n        row\n        reason\n        detail\n      }\n    }\n    externalMatches(unitId: $unitId, open: true) {\n      ...ConsoleExternalMatch\n    }\n  }\n": types.ConsoleExchangeDocument,
    "\n  mutation ConsoleExportExchange($unitId: ID!, $since: DateTime) {\n    exportExchange(unitId: $unitId, since: $since) {\n      id\n    }\n  }\n": types.ConsoleExportExchangeDocument,
    "\n  mutation ConsoleImportExternalRoll($rollId: ID!) {\n    importExternalRoll(rollId: $rollId) {\n      id\n    }\n  }\n": types.ConsoleImportExternalRollDocument,
    "\n  mutation ConsoleResolveExternalMatch($id: ID!, $resolution: ExternalMatchResolution!, $note: String) {\n    resolveExternalMatch(id: $id, resolution: $resolution, note: $note) {\n      ...ConsoleExternalMatch\n    }\n  }\n": types.ConsoleResolveExternalMatchDocument,
    "\n  query ConsoleFiles($unitId: ID!, $status: FileStatus, $category: HardshipCategory, $search: String, $first: Int, $after: String) {\n    hardshipFiles(unitId: $unitId, status: $status, category: $category, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          personName\n          idNumberMasked\n          category\n          status\n          causes\n          updatedAt\n          unit {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleFilesDocument,
    "\n  query ConsoleFile($id: ID!) {\n    hardshipFile(id: $id) {\n      id\n      personName\n      payeeAccount {\n        bankName\n        accountNumberMasked\n        holderName\n        setAt\n      }\n      identityVerifiedAt\n      idNumberMasked\n      birthDate\n      sex\n      phone\n      address\n      employerName\n      unionMember\n      category\n      status\n      causes\n      cancelReason\n      unit {\n        id\n        name\n      }\n      householdSize\n      household {\n        housing\n        minimumLivingStandardFen\n        perCapitaIncomeFen\n        totalMonthlyIncomeFen\n        members {\n          name\n          relation\n          health\n          employment\n          monthlyIncomeFen\n          idNumberMasked\n          schooling\n          isRecipient\n        }\n      }\n      reviewedAt\n      externalMatches {\n        ...ConsoleExternalMatch\n      }\n      householdAidThisYear {\n        type\n        usedFen\n        capFen\n      }\n      history {\n        id\n        occurredAt\n        action\n        fromStatus\n        toStatus\n        reason\n        note\n      }\n    }\n  }\n": types.ConsoleFileDocument,
    "\n  mutation ConsoleRevealIdNumber($fileId: ID!, $reason: String!) {\n    revealIdNumber(fileId: $fileId, reason: $reason)\n  }\n": types.ConsoleRevealIdNumberDocument,
    "\n  mutation ConsoleCreateFile($input: HardshipFileInput!) {\n    createHardshipFile(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateFileDocument,
    "\n  mutation ConsoleCancelFile($id: ID!, $reason: CancelReason!, $note: String) {\n    cancelHardshipFile(id: $id, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": types.ConsoleCancelFileDocument,
    "\n  mutation ConsoleRevealHousehold($fileId: ID!, $reason: String!) {\n    revealHouseholdIdNumbers(fileId: $fileId, reason: $reason)\n  }\n": types.ConsoleRevealHouseholdDocument,
    "\n  mutation ConsoleUpdateFile($id: ID!, $input: HardshipFileInput!) {\n    updateHardshipFile(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ConsoleUpdateFileDocument,
    "\n  mutation ConsoleReviewWithFile($taskId: ID!, $outcome: ReviewOutcome!, $input: HardshipFileInput!, $note: String) {\n    completeReview(taskId: $taskId, outcome: $outcome, input: $input, note: $note) {\n      id\n      status\n    }\n  }\n": types.ConsoleReviewWithFileDocument,
    "\n  mutation LinkCaseFile($id: ID!, $fileId: ID!) {\n    linkCaseFile(id: $id, fileId: $fileId) {\n      id\n    }\n  }\n": types.LinkCaseFileDocument,
    "\n  query CaseForFile($id: ID!) {\n    case(id: $id) {\n      id\n      applicantName\n      holder {\n        id\n      }\n      answers {\n        causes\n        householdSize\n        monthlyIncomeFen\n        incomeMasked\n      }\n    }\n  }\n": types.CaseForFileDocument,
    "\n  mutation ConsoleVerifyIdentity($input: VerifyIdentityInput!) {\n    verifyIdentity(input: $input) {\n      id\n      name\n      identityVerifiedAt\n    }\n  }\n": types.ConsoleVerifyIdentityDocument,
    "\n  mutation ConsoleReleaseIdNumber($idNumber: String!, $reason: String!) {\n    releaseIdNumber(idNumber: $idNumber, reason: $reason) {\n      id\n      name\n    }\n  }\n": types.ConsoleReleaseIdNumberDocument,
    "\n  mutation ConsoleReviewFile($id: ID!, $outcome: ReviewOutcome!, $visit: String!, $cancelReason: CancelReason) {\n    reviewHardshipFile(id: $id, outcome: $outcome, visit: $visit, cancelReason: $cancelReason) {\n      id\n      status\n    }\n  }\n": types.ConsoleReviewFileDocument,
    "\n  mutation ConsoleSetPayee($fileId: ID!, $input: PayeeAccountInput!) {\n    setPayeeAccount(fileId: $fileId, input: $input) {\n      id\n    }\n  }\n": types.ConsoleSetPayeeDocument,
    "\n  query ConsoleFund($unitId: ID!, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    fund(unitId: $unitId) {\n      unitId\n      balance\n      entries(from: $from, to: $to, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            createdAt\n            kind\n            direction\n            amount\n            balanceAfter\n            memo\n            caseId\n            source\n            category\n            donor\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleFundDocument,
    "\n  mutation ConsoleExportLedger($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportLedger(unitId: $unitId, from: $from, to: $to) {\n      id\n      state\n    }\n  }\n": types.ConsoleExportLedgerDocument,
    "\n  query ConsoleChildUnits($id: ID!) {\n    unit(id: $id) {\n      id\n      children {\n        id\n        name\n        activeFlag\n      }\n    }\n  }\n": types.ConsoleChildUnitsDocument,
    "\n  mutation ConsoleRecordIncome($unitId: ID!, $input: IncomeInput!) {\n    recordIncome(unitId: $unitId, input: $input) {\n      id\n    }\n  }\n": types.ConsoleRecordIncomeDocument,
    "\n  mutation ConsoleAllocate($fromUnitId: ID!, $toUnitId: ID!, $amount: Int!, $note: String, $idempotencyKey: String!) {\n    allocateFunds(fromUnitId: $fromUnitId, toUnitId: $toUnitId, amount: $amount, note: $note, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n": types.ConsoleAllocateDocument,
    "\n  mutation ConsoleRecordExpense($unitId: ID!, $input: ExpenseInput!) {\n    recordExpense(unitId: $unitId, input: $input) {\n      id\n    }\n  }\n": types.ConsoleRecordExpenseDocument,
    "\n  mutation ConsoleReverse($entryId: ID!, $reason: String!) {\n    reverseEntry(entryId: $entryId, reason: $reason) {\n      id\n    }\n  }\n": types.ConsoleReverseDocument,
    "\n  mutation ConsoleExportRoster($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportDisbursementRoster(unitId: $unitId, from: $from, to: $to) {\n      id\n      state\n    }\n  }\n": types.ConsoleExportRosterDocument,
    "\n  query ConsoleNotices($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n    }\n    publicNotices(unitId: $unitId) {\n      caseId\n      caseNumber\n      maskedName\n      type\n      amountFen\n      noticeEndsAt\n      objectionOpen\n    }\n  }\n": types.ConsoleNoticesDocument,
    "\n  query ConsolePayouts($unitId: ID!) {\n    fund(unitId: $unitId) {\n      unitId\n      balance\n      inTransit {\n        payments\n        amountFen\n        agedPayments\n        agedAmountFen\n      }\n    }\n    payoutBatches(unitId: $unitId) {\n      id\n      reference\n      status\n      lineCount\n      totalFen\n      createdAt\n      approvedAt\n      exportedAt\n      settledAt\n    }\n  }\n": types.ConsolePayoutsDocument,
    "\n  query ConsolePayoutBatch($id: ID!) {\n    payoutBatch(id: $id) {\n      id\n      reference\n      status\n      lineCount\n      totalFen\n      lines(first: 500) {\n        lineNo\n        amountFen\n        caseId\n        caseNumber\n        holderName\n        bankName\n        accountNumberMasked\n        outcome\n        bankMessage\n      }\n      returns {\n        id\n        fileName\n        uploadedAt\n        appliedAt\n        jobId\n        report {\n          lines\n          arrived\n          failed\n          unchanged\n          refused {\n            row\n            reason\n            detail\n          }\n        }\n      }\n    }\n  }\n": types.ConsolePayoutBatchDocument,
    "\n  mutation ConsoleCreatePayoutBatch($unitId: ID!) {\n    createPayoutBatch(unitId: $unitId) {\n      id\n    }\n  }\n": types.ConsoleCreatePayoutBatchDocument,
    "\n  mutation ConsoleApprovePayoutBatch($id: ID!) {\n    approvePayoutBatch(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConsoleApprovePayoutBatchDocument,
    "\n  mutation ConsoleCancelPayoutBatch($id: ID!, $reason: String!) {\n    cancelPayoutBatch(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.ConsoleCancelPayoutBatchDocument,
    "\n  mutation ConsoleExportPayoutBatch($id: ID!, $format: PayoutFileFormat) {\n    exportPayoutBatch(id: $id, format: $format) {\n      id\n    }\n  }\n": types.ConsoleExportPayoutBatchDocument,
    "\n  mutation ConsoleImportBankReturn($batchId: ID!, $returnId: ID!) {\n    importBankReturn(batchId: $batchId, returnId: $returnId) {\n      id\n    }\n  }\n": types.ConsoleImportBankReturnDocument,
    "\n  mutation ConsolePrintDocument($kind: PrintKind!, $id: ID!) {\n    printDocument(kind: $kind, id: $id) {\n      id\n    }\n  }\n": types.ConsolePrintDocumentDocument,
    "\n  query CaseQueue(\n    $unitId: ID!\n    $statuses: [CaseStatus!]\n    $types: [AidType!]\n    $overdueOnly: Boolean\n    $assignedToMe: Boolean\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    caseQueue(\n      unitId: $unitId\n      statuses: $statuses\n      types: $types\n      overdueOnly: $overdueOnly\n      assignedToMe: $assignedToMe\n      search: $search\n      orderBy: DUE_AT\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          caseNumber\n          reference\n          applicantName\n          type\n          status\n          dueAt\n          overdue\n          submittedAt\n          requestedAmountFen\n        }\n      }\n    }\n  }\n": types.CaseQueueDocument,
    "\n  mutation BulkAccept($ids: [ID!]!) {\n    bulkAcceptCases(ids: $ids) {\n      id\n      ok\n      code\n      message\n      case {\n        id\n        status\n        caseNumber\n      }\n    }\n  }\n": types.BulkAcceptDocument,
    "\n  mutation BulkAssign($ids: [ID!]!, $userId: ID!) {\n    bulkAssignCases(ids: $ids, userId: $userId) {\n      id\n      ok\n      code\n      message\n    }\n  }\n": types.BulkAssignDocument,
    "\n  query Colleagues($unitId: ID!) {\n    colleagues(unitId: $unitId) {\n      id\n      name\n    }\n  }\n": types.ColleaguesDocument,
    "\n  query ConsoleStatReports($unitId: ID!, $period: String!) {\n    statReports(unitId: $unitId, period: $period) {\n      unit {\n        id\n        name\n        level\n      }\n      state\n      overdue\n      dueAt\n      current {\n        id\n        version\n        submittedAt\n        decidedAt\n      }\n    }\n  }\n": types.ConsoleStatReportsDocument,
    "\n  fragment ConsoleStatFigures on StatFigures {\n    casesByStatus {\n      status\n      count\n    }\n    casesByType {\n      type\n      count\n    }\n    newCases\n    decidedCases\n    approvedCases\n    rejectedCases\n    closedCases\n    approvedFen\n    paidFen\n    medianDecisionDays\n    overdueCases\n    activeFilesByCategory {\n      category\n      count\n    }\n    fundBalanceFen\n    incomeBySource {\n      source\n      amountFen\n    }\n    ratedCases\n    satisfactionRate\n    stations\n    demonstrationStations\n    demonstrationRatio\n    assessedStations\n    averageAssessmentScore\n    failingStations\n    subsidyHoldbackFen\n  }\n": types.ConsoleStatFiguresFragmentDoc,
    "\n  query ConsoleStatReport($unitId: ID!, $period: String!) {\n    statReport(unitId: $unitId, period: $period) {\n      period\n      dueAt\n      differences\n      unit {\n        id\n        name\n      }\n      live {\n        ...ConsoleStatFigures\n      }\n      versions {\n        id\n        version\n        status\n        submittedAt\n        decidedAt\n        correctionReason\n        returnReason\n        missing {\n          reason\n          unit {\n            id\n            name\n          }\n        }\n        figures {\n          ...ConsoleStatFigures\n        }\n      }\n    }\n  }\n": types.ConsoleStatReportDocument,
    "\n  mutation ConsoleSubmitStatReport($unitId: ID!, $period: String!, $missing: [MissingChildInput!], $correctionReason: String) {\n    submitStatReport(unitId: $unitId, period: $period, missing: $missing, correctionReason: $correctionReason) {\n      id\n      version\n      status\n    }\n  }\n": types.ConsoleSubmitStatReportDocument,
    "\n  mutation ConsoleAcceptStatReport($id: ID!) {\n    acceptStatReport(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConsoleAcceptStatReportDocument,
    "\n  mutation ConsoleReturnStatReport($id: ID!, $reason: String!) {\n    returnStatReport(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.ConsoleReturnStatReportDocument,
    "\n  mutation ConsoleExportStatReport($id: ID!, $format: StatReportFormat) {\n    exportStatReport(id: $id, format: $format) {\n      id\n    }\n  }\n": types.ConsoleExportStatReportDocument,
    "\n  query ConsoleCampaigns($unitId: ID!) {\n    reviewCampaigns(unitId: $unitId) {\n      id\n      year\n      status\n      startsAt\n      deadline\n      graceDays\n      generated\n      unit {\n        name\n      }\n    }\n  }\n": types.ConsoleCampaignsDocument,
    "\n  query ConsoleCampaignProgress($id: ID!, $unitId: ID) {\n    reviewCampaign(id: $id) {\n      id\n      status\n      generated\n      closedAt\n      summary\n      unit {\n        id\n      }\n      progress {\n        total\n        done\n        due\n        overdue\n      }\n      byUnit(unitId: $unitId) {\n        unit {\n          id\n          name\n        }\n        total\n        done\n        due\n        overdue\n      }\n    }\n  }\n": types.ConsoleCampaignProgressDocument,
    "\n  query ConsoleReviewTasks($unitId: ID!, $campaignId: ID!, $status: ReviewTaskStatus, $first: Int, $after: String) {\n    reviewTasks(unitId: $unitId, campaignId: $campaignId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          outcome\n          note\n          completedAt\n          file {\n            id\n            personName\n            idNumberMasked\n            category\n            status\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleReviewTasksDocument,
    "\n  mutation ConsoleOpenCampaign($input: ReviewCampaignInput!) {\n    openReviewCampaign(input: $input) {\n      id\n    }\n  }\n": types.ConsoleOpenCampaignDocument,
    "\n  mutation ConsoleCompleteReview($taskId: ID!, $outcome: ReviewOutcome!, $cancelReason: CancelReason, $note: String) {\n    completeReview(taskId: $taskId, outcome: $outcome, cancelReason: $cancelReason, note: $note) {\n      id\n      status\n      outcome\n    }\n  }\n": types.ConsoleCompleteReviewDocument,
    "\n  mutation ConsoleCloseCampaign($id: ID!) {\n    closeReviewCampaign(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConsoleCloseCampaignDocument,
    "\n  query WorkCalendar($year: Int!) {\n    workCalendar(year: $year) {\n      day\n      working\n      name\n    }\n  }\n": types.WorkCalendarDocument,
    "\n  mutation SetWorkCalendar($input: WorkCalendarInput!) {\n    setWorkCalendar(input: $input) {\n      day\n      working\n      name\n    }\n  }\n": types.SetWorkCalendarDocument,
    "\n  query AidPolicies($unitId: ID!) {\n    aidPolicies(unitId: $unitId) {\n      unitId\n      editable\n      settings {\n        aidType\n        approvalLimitFen\n        yearlyCapFen\n        noticeDays\n        acceptWithinWorkingDays\n        decideWithinWorkingDays\n      }\n      inForce {\n        aidType\n        approvalLimitFen\n        yearlyCapFen\n        noticeDays\n        acceptWithinWorkingDays\n        decideWithinWorkingDays\n        sources {\n          field\n          unitId\n          unitName\n        }\n      }\n    }\n  }\n": types.AidPoliciesDocument,
    "\n  mutation SetAidPolicy($unitId: ID!, $input: AidPolicyInput!) {\n    setAidPolicy(unitId: $unitId, input: $input) {\n      unitId\n    }\n  }\n": types.SetAidPolicyDocument,
    "\n  query PolicyUnits($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n      children {\n        id\n        name\n        activeFlag\n      }\n    }\n  }\n": types.PolicyUnitsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUnitChildren($parentId: ID) {\n    units(parentId: $parentId, first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          level\n          activeFlag\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUnitChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n      level\n      activeFlag\n      address\n      hotline\n      streetFacing\n      floorAreaM2\n      staffCount\n      holdsFund\n      parent {\n        id\n        children {\n          id\n          name\n          activeFlag\n        }\n      }\n    }\n    users(unitId: $id, first: 50) {\n      edges {\n        node {\n          id\n          name\n          phone\n          active\n          roles {\n            role\n            unit {\n              id\n              name\n            }\n          }\n          pendingRoles {\n            id\n            role\n            unit {\n              id\n            }\n            requestedBy {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminCreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCloseUnit($id: ID!, $moveTo: ID!, $reason: String!) {\n    closeUnit(id: $id, moveTo: $moveTo, reason: $reason) {\n      id\n      activeFlag\n    }\n  }\n"): typeof import('./graphql').AdminCloseUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateAccount($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminCreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGrantRole($userId: ID!, $unitId: ID!, $role: Role!) {\n    grantRole(userId: $userId, unitId: $unitId, role: $role) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminGrantRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeRole($userId: ID!, $unitId: ID!, $role: Role!) {\n    revokeRole(userId: $userId, unitId: $unitId, role: $role) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminRevokeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminApproveRole($requestId: ID!) {\n    approveRoleGrant(requestId: $requestId) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminApproveRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRefuseRole($requestId: ID!, $reason: String!) {\n    refuseRoleGrant(requestId: $requestId, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminRefuseRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminUpdateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMoveUnit($id: ID!, $parentId: ID!) {\n    moveUnit(id: $id, parentId: $parentId) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminMoveUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUnitSearch($search: String) {\n    units(search: $search, first: 30) {\n      edges {\n        node {\n          id\n          name\n          level\n          activeFlag\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUnitSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetPassword($userId: ID!, $newPassword: String!) {\n    resetPassword(userId: $userId, newPassword: $newPassword) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetAccountActive($userId: ID!, $active: Boolean!) {\n    setAccountActive(userId: $userId, active: $active) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').AdminSetAccountActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      user {\n        id\n        name\n        roles {\n          role\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMe {\n    me {\n      id\n      name\n      roles {\n        role\n        unit {\n          id\n          name\n          level\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLogout {\n    logout\n  }\n"): typeof import('./graphql').StaffLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUnitName($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ConsoleUnitNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportJob($id: ID!) {\n    job(id: $id) {\n      id\n      name\n      state\n      progress\n      downloadUrl\n      error\n    }\n  }\n"): typeof import('./graphql').ExportJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentStations($search: String) {\n    units(search: $search, first: 50) {\n      edges {\n        node {\n          id\n          name\n          level\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssessmentStationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAssessment($unitId: ID!, $year: Int!) {\n    assessment(unitId: $unitId, year: $year) {\n      id\n      year\n      districtScore\n      cityScore\n      tier\n      failing\n      appliedAt\n      decision\n      satisfactionRate\n      subsidyHoldbackFen\n      unit {\n        id\n        name\n      }\n      cycle {\n        id\n        applicationFrom\n        applicationUntil\n        inspectionFrom\n        inspectionUntil\n        rubricVersion\n      }\n      eligibility {\n        eligible\n        reasons\n      }\n      items {\n        key\n        category\n        label\n        points\n        prefilled\n        evidence\n        districtScore\n        cityScore\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOpenCycle($input: AssessmentCycleInput!) {\n    openAssessmentCycle(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleOpenCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleScore($id: ID!, $scorerLevel: UnitLevel!, $items: [RubricScoreInput!]!) {\n    scoreAssessment(id: $id, scorerLevel: $scorerLevel, items: $items) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleScoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleApplyDemonstration($id: ID!) {\n    applyForDemonstration(assessmentId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleApplyDemonstrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDecideDemonstration($id: ID!, $granted: Boolean!) {\n    decideDemonstration(assessmentId: $id, granted: $granted) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleDecideDemonstrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($unitId: ID!, $entityId: ID, $entityType: String, $actorId: ID, $first: Int, $after: String) {\n    auditLog(unitId: $unitId, entityId: $entityId, entityType: $entityType, actorId: $actorId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          action\n          actorId\n          actorName\n          entityType\n          entityId\n          entityLabel\n          before\n          after\n          unit {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAidCampaigns($unitId: ID!) {\n    campaigns(unitId: $unitId) {\n      id\n      title\n      status\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleAidCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAidCampaign($id: ID!, $unitId: ID!) {\n    campaign(id: $id) {\n      id\n      kind\n      title\n      aidType\n      status\n      standardAmounts {\n        category\n        amountFen\n      }\n      minAmountFen\n      maxAmountFen\n      opensAt\n      closesAt\n      noticeDays\n      countsTowardCap\n      unit {\n        id\n        name\n      }\n      funds {\n        id\n        name\n      }\n      quotas(unitId: $unitId) {\n        households\n        amountFen\n        unit {\n          id\n          name\n        }\n      }\n      figures(unitId: $unitId) {\n        households\n        amountFen\n        approved\n        paid\n        paidFen\n        received\n        unpaid\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleAidCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCampaignRoster($campaignId: ID!, $unitId: ID!) {\n    campaignRoster(campaignId: $campaignId, unitId: $unitId) {\n      id\n      status\n      jobId\n      payoutJobId\n      submittedAt\n      approvedAt\n      noticeEndsAt\n      returnReason\n      usage {\n        households\n        amountFen\n      }\n      entries {\n        id\n        amountFen\n        eligible\n        reason\n        addedByHand\n        caseId\n        caseStatus\n        unpaidReason\n        file {\n          id\n          personName\n          idNumberMasked\n          category\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleCampaignRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateAidCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleCreateAidCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCloseAidCampaign($id: ID!) {\n    closeCampaign(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleCloseAidCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetQuotas($campaignId: ID!, $unitId: ID!, $quotas: [QuotaInput!]!) {\n    setCampaignQuotas(campaignId: $campaignId, unitId: $unitId, quotas: $quotas) {\n      households\n    }\n  }\n"): typeof import('./graphql').ConsoleSetQuotasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleBuildRoster($campaignId: ID!, $unitId: ID!) {\n    buildRoster(campaignId: $campaignId, unitId: $unitId) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleBuildRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAddRosterEntry($rosterId: ID!, $input: RosterEntryInput!) {\n    addRosterEntry(rosterId: $rosterId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleAddRosterEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveRosterEntry($entryId: ID!, $reason: String!) {\n    removeRosterEntry(entryId: $entryId, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleRemoveRosterEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSubmitRoster($rosterId: ID!) {\n    submitRoster(rosterId: $rosterId) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleSubmitRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleApproveRoster($rosterId: ID!) {\n    approveRoster(rosterId: $rosterId) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleApproveRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReturnRoster($rosterId: ID!, $reason: String!) {\n    returnRoster(rosterId: $rosterId, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleReturnRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePayRoster($rosterId: ID!) {\n    payRoster(rosterId: $rosterId) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsolePayRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleExportCampaignRoster($rosterId: ID!) {\n    exportCampaignRoster(rosterId: $rosterId) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleExportCampaignRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRosterJob($id: ID!) {\n    job(id: $id) {\n      id\n      state\n      progress\n      result\n      error\n    }\n  }\n"): typeof import('./graphql').ConsoleRosterJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCase($id: ID!) {\n    case(id: $id) {\n      id\n      caseNumber\n      reference\n      title\n      description\n      type\n      status\n      channel\n      applicantName\n      applicantPhone\n      requestedAmountFen\n      answers {\n        causes\n        householdSize\n        monthlyIncomeFen\n        incomeMasked\n      }\n      proposedAmountFen\n      approvalLimitFen\n      approvalHint\n      householdAidThisYear {\n        usedFen\n        capFen\n      }\n      externalMatches {\n        id\n        fileId\n        personName\n        source\n        scheme\n        amountFen\n        period\n        resolution\n      }\n      approvedAmountFen\n      servicePlan\n      instalments\n      dueAt\n      overdue\n      submittedAt\n      noticeEndsAt\n      objectionOpen\n      missingItems\n      returnReason\n      rejectReason\n      closureReport\n      serviceReport\n      allowedActions\n      holder {\n        id\n        name\n        level\n      }\n      originUnit {\n        name\n      }\n      file {\n        id\n        personName\n        idNumberMasked\n        payeeAccount {\n          bankName\n          accountNumberMasked\n          holderName\n        }\n        status\n        category\n        causes\n        household {\n          perCapitaIncomeFen\n          totalMonthlyIncomeFen\n          members {\n            name\n            relation\n            health\n            monthlyIncomeFen\n            idNumberMasked\n          }\n        }\n      }\n      documents {\n        id\n        slot\n        contentType\n        byteSize\n        createdAt\n        url\n      }\n      visits {\n        id\n        visitedAt\n        findings\n        householdVerified\n      }\n      events {\n        id\n        occurredAt\n        action\n        fromStatus\n        toStatus\n        actorRole\n        actorName\n        comment\n        unit {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleSubmit($id: ID!) {\n      submitCase(id: $id) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleResubmit($id: ID!, $note: String) {\n      resubmitCase(id: $id, note: $note) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleResubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleWithdraw($id: ID!, $reason: String) {\n      withdrawCase(id: $id, reason: $reason) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleAssign($id: ID!, $userId: ID!) {\n      assignCase(id: $id, userId: $userId) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleAccept($id: ID!, $note: String) {\n      acceptCase(id: $id, note: $note) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleReturn($id: ID!, $reason: String!, $missingItems: [String!]) {\n      returnCase(id: $id, reason: $reason, missingItems: $missingItems) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleStartReview($id: ID!) {\n      startReview(id: $id) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleStartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleRecordVisit($id: ID!, $input: VisitInput!) {\n      recordVisit(id: $id, input: $input) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleRecordVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsolePropose($id: ID!, $input: ProposalInput!) {\n      proposeCase(id: $id, input: $input) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleApprove($id: ID!, $note: String) {\n      approveCase(id: $id, note: $note) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleReject($id: ID!, $reason: String!) {\n      rejectCase(id: $id, reason: $reason) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleEscalate($id: ID!, $reason: String!) {\n      escalateCase(id: $id, reason: $reason) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleEscalateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleRaiseObjection($id: ID!, $reason: String!) {\n      raiseObjection(id: $id, reason: $reason) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleRaiseObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleResolveObjection($id: ID!, $upheld: Boolean!, $note: String) {\n      resolveObjection(id: $id, upheld: $upheld, note: $note) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleResolveObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleDisburse($id: ID!, $input: DisbursementInput!) {\n      disburseCase(id: $id, input: $input) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleDisburseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleStartService($id: ID!) {\n      startService(id: $id) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleStartServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleCompleteService($id: ID!, $report: String!) {\n      completeService(id: $id, report: $report) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleCompleteServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleClose($id: ID!, $report: String!) {\n      closeCase(id: $id, report: $report) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql').ConsoleCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskFiles($unitId: ID!, $search: String) {\n    hardshipFiles(unitId: $unitId, search: $search, first: 20) {\n      edges {\n        node {\n          id\n          personName\n          idNumberMasked\n          status\n          unit {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeskFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskSave($input: CaseDraftInput!) {\n    saveDraft(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DeskSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseColleagues($unitId: ID!) {\n    colleagues(unitId: $unitId) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CaseColleaguesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRollup($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    rollup(unitId: $unitId, from: $from, to: $to) {\n      unit {\n        id\n        name\n        level\n        holdsFund\n        ancestors {\n          id\n          name\n        }\n      }\n      newCases\n      decidedCases\n      approvedCases\n      rejectedCases\n      closedCases\n      approvedFen\n      paidFen\n      overdueCases\n      fundBalanceFen\n      bankPayments {\n        inTransit\n        inTransitFen\n        aged\n        arrivedFen\n        failed\n        failedFen\n      }\n      satisfactionRate\n      demonstrationRatio\n      medianDecisionDays\n      stations\n      demonstrationStations\n      casesByStatus {\n        status\n        count\n      }\n      casesByType {\n        type\n        count\n      }\n      monthly {\n        month\n        newCases\n        approvedCases\n        paidFen\n      }\n      children {\n        unit {\n          id\n          name\n          level\n        }\n        newCases\n        approvedCases\n        paidFen\n        overdueCases\n        satisfactionRate\n        stations\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleRollupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleExportRollup($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportRollup(unitId: $unitId, from: $from, to: $to) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ConsoleExportRollupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleExternalMatch on ExternalMatch {\n    id\n    fileId\n    filePersonName\n    fileUnitId\n    holder\n    personName\n    rollKind\n    source\n    scheme\n    amountFen\n    period\n    foundAt\n    resolution\n    note\n    resolvedAt\n  }\n"): typeof import('./graphql').ConsoleExternalMatchFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleExchange($unitId: ID!) {\n    externalRolls(unitId: $unitId) {\n      id\n      kind\n      sourceName\n      fileName\n      uploadedAt\n      status\n      linesRead\n      linesKept\n      matches\n      refused {\n        row\n        reason\n        detail\n      }\n    }\n    externalMatches(unitId: $unitId, open: true) {\n      ...ConsoleExternalMatch\n    }\n  }\n"): typeof import('./graphql').ConsoleExchangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleExportExchange($unitId: ID!, $since: DateTime) {\n    exportExchange(unitId: $unitId, since: $since) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleExportExchangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleImportExternalRoll($rollId: ID!) {\n    importExternalRoll(rollId: $rollId) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleImportExternalRollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleResolveExternalMatch($id: ID!, $resolution: ExternalMatchResolution!, $note: String) {\n    resolveExternalMatch(id: $id, resolution: $resolution, note: $note) {\n      ...ConsoleExternalMatch\n    }\n  }\n"): typeof import('./graphql').ConsoleResolveExternalMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFiles($unitId: ID!, $status: FileStatus, $category: HardshipCategory, $search: String, $first: Int, $after: String) {\n    hardshipFiles(unitId: $unitId, status: $status, category: $category, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          personName\n          idNumberMasked\n          category\n          status\n          causes\n          updatedAt\n          unit {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFile($id: ID!) {\n    hardshipFile(id: $id) {\n      id\n      personName\n      payeeAccount {\n        bankName\n        accountNumberMasked\n        holderName\n        setAt\n      }\n      identityVerifiedAt\n      idNumberMasked\n      birthDate\n      sex\n      phone\n      address\n      employerName\n      unionMember\n      category\n      status\n      causes\n      cancelReason\n      unit {\n        id\n        name\n      }\n      householdSize\n      household {\n        housing\n        minimumLivingStandardFen\n        perCapitaIncomeFen\n        totalMonthlyIncomeFen\n        members {\n          name\n          relation\n          health\n          employment\n          monthlyIncomeFen\n          idNumberMasked\n          schooling\n          isRecipient\n        }\n      }\n      reviewedAt\n      externalMatches {\n        ...ConsoleExternalMatch\n      }\n      householdAidThisYear {\n        type\n        usedFen\n        capFen\n      }\n      history {\n        id\n        occurredAt\n        action\n        fromStatus\n        toStatus\n        reason\n        note\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevealIdNumber($fileId: ID!, $reason: String!) {\n    revealIdNumber(fileId: $fileId, reason: $reason)\n  }\n"): typeof import('./graphql').ConsoleRevealIdNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateFile($input: HardshipFileInput!) {\n    createHardshipFile(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleCreateFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCancelFile($id: ID!, $reason: CancelReason!, $note: String) {\n    cancelHardshipFile(id: $id, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleCancelFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevealHousehold($fileId: ID!, $reason: String!) {\n    revealHouseholdIdNumbers(fileId: $fileId, reason: $reason)\n  }\n"): typeof import('./graphql').ConsoleRevealHouseholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateFile($id: ID!, $input: HardshipFileInput!) {\n    updateHardshipFile(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleUpdateFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReviewWithFile($taskId: ID!, $outcome: ReviewOutcome!, $input: HardshipFileInput!, $note: String) {\n    completeReview(taskId: $taskId, outcome: $outcome, input: $input, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleReviewWithFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkCaseFile($id: ID!, $fileId: ID!) {\n    linkCaseFile(id: $id, fileId: $fileId) {\n      id\n    }\n  }\n"): typeof import('./graphql').LinkCaseFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseForFile($id: ID!) {\n    case(id: $id) {\n      id\n      applicantName\n      holder {\n        id\n      }\n      answers {\n        causes\n        householdSize\n        monthlyIncomeFen\n        incomeMasked\n      }\n    }\n  }\n"): typeof import('./graphql').CaseForFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleVerifyIdentity($input: VerifyIdentityInput!) {\n    verifyIdentity(input: $input) {\n      id\n      name\n      identityVerifiedAt\n    }\n  }\n"): typeof import('./graphql').ConsoleVerifyIdentityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReleaseIdNumber($idNumber: String!, $reason: String!) {\n    releaseIdNumber(idNumber: $idNumber, reason: $reason) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ConsoleReleaseIdNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReviewFile($id: ID!, $outcome: ReviewOutcome!, $visit: String!, $cancelReason: CancelReason) {\n    reviewHardshipFile(id: $id, outcome: $outcome, visit: $visit, cancelReason: $cancelReason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleReviewFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetPayee($fileId: ID!, $input: PayeeAccountInput!) {\n    setPayeeAccount(fileId: $fileId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleSetPayeeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFund($unitId: ID!, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    fund(unitId: $unitId) {\n      unitId\n      balance\n      entries(from: $from, to: $to, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            createdAt\n            kind\n            direction\n            amount\n            balanceAfter\n            memo\n            caseId\n            source\n            category\n            donor\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleExportLedger($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportLedger(unitId: $unitId, from: $from, to: $to) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ConsoleExportLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleChildUnits($id: ID!) {\n    unit(id: $id) {\n      id\n      children {\n        id\n        name\n        activeFlag\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleChildUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordIncome($unitId: ID!, $input: IncomeInput!) {\n    recordIncome(unitId: $unitId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleRecordIncomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAllocate($fromUnitId: ID!, $toUnitId: ID!, $amount: Int!, $note: String, $idempotencyKey: String!) {\n    allocateFunds(fromUnitId: $fromUnitId, toUnitId: $toUnitId, amount: $amount, note: $note, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleAllocateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordExpense($unitId: ID!, $input: ExpenseInput!) {\n    recordExpense(unitId: $unitId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleRecordExpenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReverse($entryId: ID!, $reason: String!) {\n    reverseEntry(entryId: $entryId, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleReverseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleExportRoster($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    exportDisbursementRoster(unitId: $unitId, from: $from, to: $to) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ConsoleExportRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleNotices($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n    }\n    publicNotices(unitId: $unitId) {\n      caseId\n      caseNumber\n      maskedName\n      type\n      amountFen\n      noticeEndsAt\n      objectionOpen\n    }\n  }\n"): typeof import('./graphql').ConsoleNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePayouts($unitId: ID!) {\n    fund(unitId: $unitId) {\n      unitId\n      balance\n      inTransit {\n        payments\n        amountFen\n        agedPayments\n        agedAmountFen\n      }\n    }\n    payoutBatches(unitId: $unitId) {\n      id\n      reference\n      status\n      lineCount\n      totalFen\n      createdAt\n      approvedAt\n      exportedAt\n      settledAt\n    }\n  }\n"): typeof import('./graphql').ConsolePayoutsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePayoutBatch($id: ID!) {\n    payoutBatch(id: $id) {\n      id\n      reference\n      status\n      lineCount\n      totalFen\n      lines(first: 500) {\n        lineNo\n        amountFen\n        caseId\n        caseNumber\n        holderName\n        bankName\n        accountNumberMasked\n        outcome\n        bankMessage\n      }\n      returns {\n        id\n        fileName\n        uploadedAt\n        appliedAt\n        jobId\n        report {\n          lines\n          arrived\n          failed\n          unchanged\n          refused {\n            row\n            reason\n            detail\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsolePayoutBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreatePayoutBatch($unitId: ID!) {\n    createPayoutBatch(unitId: $unitId) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleCreatePayoutBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleApprovePayoutBatch($id: ID!) {\n    approvePayoutBatch(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleApprovePayoutBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCancelPayoutBatch($id: ID!, $reason: String!) {\n    cancelPayoutBatch(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleCancelPayoutBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleExportPayoutBatch($id: ID!, $format: PayoutFileFormat) {\n    exportPayoutBatch(id: $id, format: $format) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleExportPayoutBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleImportBankReturn($batchId: ID!, $returnId: ID!) {\n    importBankReturn(batchId: $batchId, returnId: $returnId) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleImportBankReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePrintDocument($kind: PrintKind!, $id: ID!) {\n    printDocument(kind: $kind, id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsolePrintDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseQueue(\n    $unitId: ID!\n    $statuses: [CaseStatus!]\n    $types: [AidType!]\n    $overdueOnly: Boolean\n    $assignedToMe: Boolean\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    caseQueue(\n      unitId: $unitId\n      statuses: $statuses\n      types: $types\n      overdueOnly: $overdueOnly\n      assignedToMe: $assignedToMe\n      search: $search\n      orderBy: DUE_AT\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          caseNumber\n          reference\n          applicantName\n          type\n          status\n          dueAt\n          overdue\n          submittedAt\n          requestedAmountFen\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkAccept($ids: [ID!]!) {\n    bulkAcceptCases(ids: $ids) {\n      id\n      ok\n      code\n      message\n      case {\n        id\n        status\n        caseNumber\n      }\n    }\n  }\n"): typeof import('./graphql').BulkAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkAssign($ids: [ID!]!, $userId: ID!) {\n    bulkAssignCases(ids: $ids, userId: $userId) {\n      id\n      ok\n      code\n      message\n    }\n  }\n"): typeof import('./graphql').BulkAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Colleagues($unitId: ID!) {\n    colleagues(unitId: $unitId) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ColleaguesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleStatReports($unitId: ID!, $period: String!) {\n    statReports(unitId: $unitId, period: $period) {\n      unit {\n        id\n        name\n        level\n      }\n      state\n      overdue\n      dueAt\n      current {\n        id\n        version\n        submittedAt\n        decidedAt\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleStatReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleStatFigures on StatFigures {\n    casesByStatus {\n      status\n      count\n    }\n    casesByType {\n      type\n      count\n    }\n    newCases\n    decidedCases\n    approvedCases\n    rejectedCases\n    closedCases\n    approvedFen\n    paidFen\n    medianDecisionDays\n    overdueCases\n    activeFilesByCategory {\n      category\n      count\n    }\n    fundBalanceFen\n    incomeBySource {\n      source\n      amountFen\n    }\n    ratedCases\n    satisfactionRate\n    stations\n    demonstrationStations\n    demonstrationRatio\n    assessedStations\n    averageAssessmentScore\n    failingStations\n    subsidyHoldbackFen\n  }\n"): typeof import('./graphql').ConsoleStatFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleStatReport($unitId: ID!, $period: String!) {\n    statReport(unitId: $unitId, period: $period) {\n      period\n      dueAt\n      differences\n      unit {\n        id\n        name\n      }\n      live {\n        ...ConsoleStatFigures\n      }\n      versions {\n        id\n        version\n        status\n        submittedAt\n        decidedAt\n        correctionReason\n        returnReason\n        missing {\n          reason\n          unit {\n            id\n            name\n          }\n        }\n        figures {\n          ...ConsoleStatFigures\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleStatReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSubmitStatReport($unitId: ID!, $period: String!, $missing: [MissingChildInput!], $correctionReason: String) {\n    submitStatReport(unitId: $unitId, period: $period, missing: $missing, correctionReason: $correctionReason) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleSubmitStatReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAcceptStatReport($id: ID!) {\n    acceptStatReport(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleAcceptStatReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReturnStatReport($id: ID!, $reason: String!) {\n    returnStatReport(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleReturnStatReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleExportStatReport($id: ID!, $format: StatReportFormat) {\n    exportStatReport(id: $id, format: $format) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleExportStatReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCampaigns($unitId: ID!) {\n    reviewCampaigns(unitId: $unitId) {\n      id\n      year\n      status\n      startsAt\n      deadline\n      graceDays\n      generated\n      unit {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCampaignProgress($id: ID!, $unitId: ID) {\n    reviewCampaign(id: $id) {\n      id\n      status\n      generated\n      closedAt\n      summary\n      unit {\n        id\n      }\n      progress {\n        total\n        done\n        due\n        overdue\n      }\n      byUnit(unitId: $unitId) {\n        unit {\n          id\n          name\n        }\n        total\n        done\n        due\n        overdue\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleCampaignProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleReviewTasks($unitId: ID!, $campaignId: ID!, $status: ReviewTaskStatus, $first: Int, $after: String) {\n    reviewTasks(unitId: $unitId, campaignId: $campaignId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          outcome\n          note\n          completedAt\n          file {\n            id\n            personName\n            idNumberMasked\n            category\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleReviewTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOpenCampaign($input: ReviewCampaignInput!) {\n    openReviewCampaign(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleOpenCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCompleteReview($taskId: ID!, $outcome: ReviewOutcome!, $cancelReason: CancelReason, $note: String) {\n    completeReview(taskId: $taskId, outcome: $outcome, cancelReason: $cancelReason, note: $note) {\n      id\n      status\n      outcome\n    }\n  }\n"): typeof import('./graphql').ConsoleCompleteReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCloseCampaign($id: ID!) {\n    closeReviewCampaign(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleCloseCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkCalendar($year: Int!) {\n    workCalendar(year: $year) {\n      day\n      working\n      name\n    }\n  }\n"): typeof import('./graphql').WorkCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkCalendar($input: WorkCalendarInput!) {\n    setWorkCalendar(input: $input) {\n      day\n      working\n      name\n    }\n  }\n"): typeof import('./graphql').SetWorkCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AidPolicies($unitId: ID!) {\n    aidPolicies(unitId: $unitId) {\n      unitId\n      editable\n      settings {\n        aidType\n        approvalLimitFen\n        yearlyCapFen\n        noticeDays\n        acceptWithinWorkingDays\n        decideWithinWorkingDays\n      }\n      inForce {\n        aidType\n        approvalLimitFen\n        yearlyCapFen\n        noticeDays\n        acceptWithinWorkingDays\n        decideWithinWorkingDays\n        sources {\n          field\n          unitId\n          unitName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AidPoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAidPolicy($unitId: ID!, $input: AidPolicyInput!) {\n    setAidPolicy(unitId: $unitId, input: $input) {\n      unitId\n    }\n  }\n"): typeof import('./graphql').SetAidPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyUnits($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n      children {\n        id\n        name\n        activeFlag\n      }\n    }\n  }\n"): typeof import('./graphql').PolicyUnitsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
