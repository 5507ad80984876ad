/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query ShellViewer {\n    viewer {\n      role\n      isSupport\n      user {\n        id\n        name\n        email\n      }\n      ...WorkspaceSwitcher_viewer\n    }\n  }\n": typeof types.ShellViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment WorkspaceSwitcher_viewer on Viewer {\n    workspace {\n      id\n      name\n    }\n    workspaces {\n      role\n      workspace {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WorkspaceSwitcher_ViewerFragmentDoc,
    "\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId)\n  }\n": typeof types.SwitchWorkspaceDocument,
    "\n  query CreditPopoverDetails($since: DateTime!) {\n    billing {\n      plan {\n        code\n        name\n      }\n      allocationGranted\n      renewsAt\n    }\n    transactions(first: 100, filter: { types: [CHARGE], from: $since }) {\n      edges {\n        node {\n          id\n          amount\n          reservedChange\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.CreditPopoverDetailsDocument,
    "\n  subscription BalanceChanged {\n    balanceChanged {\n      ...BalanceFields\n    }\n  }\n": typeof types.BalanceChangedDocument,
    "\n  fragment BalanceFields on CreditBalance {\n    available\n    planAllocation\n    purchased\n    reserved\n    deficit\n    outOfCredits\n    renewsAt\n    version\n  }\n": typeof types.BalanceFieldsFragmentDoc,
    "\n  query SidebarBalance {\n    balance {\n      ...BalanceFields\n    }\n  }\n": typeof types.SidebarBalanceDocument,
    "\n  query AutoTopUpSettings {\n    billing {\n      autoTopUp {\n        enabled\n        threshold\n        packs\n        monthlyCapPacks\n      }\n      topUpPack {\n        credits\n        priceCents\n        currency\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": typeof types.AutoTopUpSettingsDocument,
    "\n  mutation UpdateAutoTopUp($input: AutoTopUpInput!) {\n    updateAutoTopUp(input: $input) {\n      enabled\n      threshold\n      packs\n      monthlyCapPacks\n    }\n  }\n": typeof types.UpdateAutoTopUpDocument,
    "\n  query BuyCreditsInfo {\n    billing {\n      topUpPack {\n        credits\n        priceCents\n        currency\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": typeof types.BuyCreditsInfoDocument,
    "\n  query CancelInfo {\n    billing {\n      status\n      cancelAtPeriodEnd\n      currentPeriodEnd\n      refundableUntil\n      plan {\n        code\n        name\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": typeof types.CancelInfoDocument,
    "\n  mutation CancelSubscription {\n    cancelSubscription {\n      endsAt\n      refunded\n    }\n  }\n": typeof types.CancelSubscriptionDocument,
    "\n  mutation ResumeSubscription {\n    resumeSubscription {\n      status\n      cancelAtPeriodEnd\n      renewsAt\n    }\n  }\n": typeof types.ResumeSubscriptionDocument,
    "\n  query PlanPicker {\n    plans {\n      code\n      name\n      creditsPerPeriod\n      priceCents\n      currency\n    }\n    billing {\n      status\n      plan {\n        code\n        name\n        creditsPerPeriod\n        priceCents\n        currency\n      }\n      scheduledPlan {\n        code\n      }\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n    }\n    viewer {\n      role\n    }\n  }\n": typeof types.PlanPickerDocument,
    "\n  query PlanChangePreview($plan: String!) {\n    planChangePreview(plan: $plan) {\n      kind\n      prorationCredits\n      effectiveAt\n    }\n  }\n": typeof types.PlanChangePreviewDocument,
    "\n  query BillingSnapshotCard {\n    billing {\n      status\n      plan {\n        code\n        name\n        creditsPerPeriod\n        priceCents\n        currency\n      }\n      scheduledPlan {\n        code\n        name\n      }\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n      cancelAtPeriodEnd\n      allocationGranted\n      allocationUsed\n      notices {\n        id\n        kind\n        message\n        createdAt\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": typeof types.BillingSnapshotCardDocument,
    "\n  mutation BillingPortal {\n    billingPortalUrl\n  }\n": typeof types.BillingPortalDocument,
    "\n  mutation CancelScheduledPlanChange {\n    cancelScheduledPlanChange {\n      scheduledPlan {\n        code\n      }\n    }\n  }\n": typeof types.CancelScheduledPlanChangeDocument,
    "\n  fragment HistoryRow_transaction on Transaction {\n    id\n    sequence\n    type\n    createdAt\n    description\n    feature\n    amount\n    reservedChange\n    deficitChange\n    actorKind\n    splits {\n      amount\n      grantLabel\n      grantSource\n    }\n    details {\n      inputTokens\n      outputTokens\n      rateCardVersion\n      prorationFraction\n    }\n  }\n": typeof types.HistoryRow_TransactionFragmentDoc,
    "\n  query TransactionHistory($first: Int!, $after: String, $filter: TransactionFilter) {\n    transactions(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          ...HistoryRow_transaction\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.TransactionHistoryDocument,
    "\n  subscription HistoryTransactionAdded($after: Int) {\n    transactionAdded(after: $after) {\n      id\n      sequence\n      type\n      feature\n      createdAt\n    }\n  }\n": typeof types.HistoryTransactionAddedDocument,
    "\n  query UsageCharges($since: DateTime!, $after: String) {\n    transactions(first: 100, after: $after, filter: { types: [CHARGE], from: $since }) {\n      edges {\n        node {\n          id\n          amount\n          reservedChange\n          createdAt\n          feature\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.UsageChargesDocument,
    "\n  mutation ChangePlan($input: ChangePlanInput!) {\n    changePlan(input: $input) {\n      kind\n      status\n      effectiveAt\n      prorationCredits\n      fromPlan {\n        code\n        name\n      }\n      toPlan {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ChangePlanDocument,
    "\n  mutation SubscribeToPlan($input: ChangePlanInput!) {\n    subscribe(input: $input) {\n      id\n      url\n    }\n  }\n": typeof types.SubscribeToPlanDocument,
    "\n  mutation PurchaseCredits($input: PurchaseCreditsInput!) {\n    purchaseCredits(input: $input) {\n      id\n      url\n    }\n  }\n": typeof types.PurchaseCreditsDocument,
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      status\n      goal\n      brief\n      locations\n      dailyBudgetCents\n      launchedAt\n      plan\n      adCopy {\n        headlines\n        descriptions\n      }\n      sitelinks {\n        text\n        url\n      }\n      keywords {\n        text\n        matchType\n      }\n    }\n    campaignPerformance(campaignId: $id, days: 30) {\n      days {\n        date\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n      totals {\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n    }\n  }\n": typeof types.CampaignDetailDocument,
    "\n  fragment CampaignWizard_campaign on Campaign {\n    id\n    name\n    status\n    goal\n    brief\n    locations\n    dailyBudgetCents\n    productId\n    adAccountId\n    updatedAt\n    adCopy {\n      headlines\n      descriptions\n    }\n    sitelinks {\n      text\n      url\n      description1\n      description2\n    }\n    keywords {\n      text\n      matchType\n      monthlySearches\n    }\n  }\n": typeof types.CampaignWizard_CampaignFragmentDoc,
    "\n  query CampaignWizardDraft($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignWizard_campaign\n    }\n  }\n": typeof types.CampaignWizardDraftDocument,
    "\n  query CampaignWizardOptions {\n    products {\n      id\n      name\n      active\n    }\n    adAccounts {\n      id\n      name\n      platform\n      active\n    }\n  }\n": typeof types.CampaignWizardOptionsDocument,
    "\n  mutation CreateCampaignDraft($input: CreateCampaignDraftInput!) {\n    createCampaignDraft(input: $input) {\n      ...CampaignWizard_campaign\n    }\n  }\n": typeof types.CreateCampaignDraftDocument,
    "\n  mutation UpdateCampaignDraft($input: UpdateCampaignDraftInput!) {\n    updateCampaignDraft(input: $input) {\n      ...CampaignWizard_campaign\n    }\n  }\n": typeof types.UpdateCampaignDraftDocument,
    "\n  fragment CampaignWizard_charge on MeteredChargeInfo {\n    charged\n    held\n    replayed\n    description\n  }\n": typeof types.CampaignWizard_ChargeFragmentDoc,
    "\n  mutation GenerateAdCopy($input: CampaignAiInput!) {\n    generateAdCopy(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...CampaignWizard_charge\n      }\n    }\n  }\n": typeof types.GenerateAdCopyDocument,
    "\n  mutation GenerateSitelinks($input: CampaignAiInput!) {\n    generateSitelinks(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...CampaignWizard_charge\n      }\n    }\n  }\n": typeof types.GenerateSitelinksDocument,
    "\n  mutation ResearchKeywords($input: CampaignAiInput!) {\n    researchKeywords(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...CampaignWizard_charge\n      }\n    }\n  }\n": typeof types.ResearchKeywordsDocument,
    "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      campaign {\n        id\n        status\n        launchedAt\n      }\n      charge {\n        ...CampaignWizard_charge\n      }\n    }\n  }\n": typeof types.LaunchCampaignDocument,
    "\n  query CampaignsList($status: CampaignStatus) {\n    campaigns(status: $status) {\n      id\n      name\n      status\n      goal\n      dailyBudgetCents\n      locations\n      launchedAt\n      updatedAt\n    }\n  }\n": typeof types.CampaignsListDocument,
    "\n  query DashboardOverview($types: [TransactionType!]) {\n    viewer {\n      user {\n        id\n        name\n      }\n      workspace {\n        id\n        name\n      }\n    }\n    billing {\n      plan {\n        code\n        name\n      }\n      allocationGranted\n      allocationUsed\n      renewsAt\n    }\n    dashboard(days: 30) {\n      days\n      drafts\n      launchedCampaigns\n      totals {\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n      topCampaigns {\n        id\n        name\n        totals {\n          clicks\n          conversions\n          spendCents\n        }\n      }\n      recentConversations {\n        id\n        title\n        updatedAt\n      }\n      activeProduct {\n        id\n        name\n      }\n      activeAdAccount {\n        id\n        name\n        platform\n      }\n    }\n    transactions(first: 6, filter: { types: $types }) {\n      edges {\n        node {\n          id\n          type\n          description\n          feature\n          amount\n          reservedChange\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.DashboardOverviewDocument,
    "\n  query FeatureAccess {\n    featureAccess {\n      feature\n      label\n      allowed\n      reason\n      estimatedMin\n      estimatedMax\n    }\n  }\n": typeof types.FeatureAccessDocument,
    "\n  query HeroAiConversations {\n    heroAiConversations {\n      id\n      title\n      updatedAt\n    }\n  }\n": typeof types.HeroAiConversationsDocument,
    "\n  query HeroAiConversation($id: ID!) {\n    heroAiConversation(id: $id) {\n      id\n      title\n      messages {\n        id\n        role\n        text\n        createdAt\n        campaignsReferenced\n        daysOfData\n        inputTokens\n        outputTokens\n      }\n    }\n  }\n": typeof types.HeroAiConversationDocument,
    "\n  mutation StartHeroAiConversation($input: StartHeroAiConversationInput) {\n    startHeroAiConversation(input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n": typeof types.StartHeroAiConversationDocument,
    "\n  mutation SendHeroAiMessage($input: SendHeroAiMessageInput!) {\n    sendHeroAiMessage(input: $input) {\n      conversation {\n        id\n        title\n        updatedAt\n      }\n      question {\n        id\n      }\n      answer {\n        id\n      }\n      charge {\n        charged\n        held\n        replayed\n      }\n    }\n  }\n": typeof types.SendHeroAiMessageDocument,
    "\n  subscription HeroAiMessageStream($conversationId: ID!) {\n    heroAiMessageStream(conversationId: $conversationId) {\n      conversationId\n      delta\n      done\n      messageId\n    }\n  }\n": typeof types.HeroAiMessageStreamDocument,
    "\n  query OutOfCreditsInfo {\n    billing {\n      renewsAt\n      plan {\n        code\n      }\n      topUpPack {\n        credits\n        priceCents\n        currency\n      }\n    }\n    plans {\n      code\n      name\n      creditsPerPeriod\n      priceCents\n      currency\n    }\n  }\n": typeof types.OutOfCreditsInfoDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AccountsAndProducts {\n    adAccounts {\n      id\n      name\n      platform\n      externalId\n      currency\n      active\n      createdAt\n    }\n    products {\n      id\n      name\n      url\n      description\n      priceCents\n      active\n      updatedAt\n      analysis {\n        id\n        text\n        createdAt\n      }\n    }\n  }\n": typeof types.AccountsAndProductsDocument,
    "\n  mutation AddAdAccount($input: AddAdAccountInput!) {\n    addAdAccount(input: $input) {\n      id\n    }\n  }\n": typeof types.AddAdAccountDocument,
    "\n  mutation SetActiveAdAccount($id: ID!) {\n    setActiveAdAccount(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.SetActiveAdAccountDocument,
    "\n  mutation AddProduct($input: AddProductInput!) {\n    addProduct(input: $input) {\n      id\n    }\n  }\n": typeof types.AddProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      name\n      url\n      description\n      priceCents\n      updatedAt\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  mutation SetActiveProduct($id: ID!) {\n    setActiveProduct(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.SetActiveProductDocument,
    "\n  mutation AnalyzeProduct($input: AnalyzeProductInput!) {\n    analyzeProduct(input: $input) {\n      product {\n        id\n        analysis {\n          id\n          text\n          createdAt\n        }\n      }\n      charge {\n        charged\n        held\n        replayed\n      }\n    }\n  }\n": typeof types.AnalyzeProductDocument,
    "\n  query ConsoleWorkspaceEntries($workspaceId: ID!, $first: Int!, $after: String) {\n    workspaceAudit(workspaceId: $workspaceId) {\n      workspaceId\n      history(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            sequence\n            type\n            amount\n            description\n            actorKind\n            createdAt\n            splits {\n              grantLabel\n              amount\n            }\n            details {\n              inputTokens\n              outputTokens\n              rateCardVersion\n              prorationFraction\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ConsoleWorkspaceEntriesDocument,
    "\n  query ConsoleFindWorkspaces($query: String!) {\n    findWorkspaces(query: $query) {\n      id\n      name\n      matchedBy\n      stripeCustomerId\n      memberEmails\n    }\n  }\n": typeof types.ConsoleFindWorkspacesDocument,
    "\n  query ConsoleSupportQueue {\n    supportQueue {\n      id\n      workspaceId\n      workspaceName\n      subject\n      status\n      createdAt\n      author {\n        name\n      }\n      entries {\n        id\n      }\n    }\n  }\n": typeof types.ConsoleSupportQueueDocument,
    "\n  query ConsoleViewer {\n    viewer {\n      isSupport\n    }\n  }\n": typeof types.ConsoleViewerDocument,
    "\n  query ConsoleWorkspacePayments($workspaceId: ID!) {\n    workspaceAudit(workspaceId: $workspaceId) {\n      workspaceId\n      payments {\n        connected\n        customerId\n        charges {\n          id\n          paymentIntentId\n          amountCents\n          amountRefundedCents\n          currency\n          status\n          description\n          createdAt\n          disputes {\n            id\n            amountCents\n            status\n            reason\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleWorkspacePaymentsDocument,
    "\n  query ConsoleSupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      id\n      workspaceId\n      workspaceName\n      subject\n      status\n      author {\n        name\n        email\n      }\n      entries {\n        id\n        sequence\n        description\n        amount\n        reservedChange\n      }\n      messages {\n        id\n        fromStaff\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n": typeof types.ConsoleSupportRequestDocument,
    "\n  mutation ConsoleAnswerSupportRequest($input: AnswerSupportRequestInput!) {\n    answerSupportRequest(input: $input) {\n      id\n      status\n      messages {\n        id\n        fromStaff\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n": typeof types.ConsoleAnswerSupportRequestDocument,
    "\n  mutation ConsoleCloseSupportRequest($input: CloseSupportRequestInput!) {\n    closeSupportRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleCloseSupportRequestDocument,
    "\n  query ConsoleStaffActions($filter: StaffActionFilter, $after: String) {\n    staffActions(filter: $filter, first: 50, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          staffEmail\n          supportUserId\n          workspaceId\n          workspaceName\n          reason\n          targetId\n          amount\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleStaffActionsDocument,
    "\n  query ConsoleWorkspaceAudit($workspaceId: ID!) {\n    workspaceAudit(workspaceId: $workspaceId) {\n      workspaceId\n      workspaceName\n      entries\n      balance {\n        available\n        reserved\n        deficit\n      }\n      replayMatches\n      mismatches\n      reconciliation {\n        mustHold\n        ledgerHolds\n        difference\n        unsourcedGrants\n        differences\n        notes\n      }\n      grants {\n        id\n        label\n        source\n        original\n        consumed\n        expired\n        revoked\n        reserved\n        remaining\n        expiresAt\n        origin {\n          periodStart\n          periodEnd\n          prorationFraction\n          paymentId\n          invoiceId\n          reason\n        }\n      }\n      activeHolds {\n        id\n        amount\n        description\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.ConsoleWorkspaceAuditDocument,
    "\n  mutation ConsoleAdjustCredits($input: AdjustCreditsInput!) {\n    adjustCredits(input: $input) {\n      available\n    }\n  }\n": typeof types.ConsoleAdjustCreditsDocument,
    "\n  mutation ConsoleVoidGrant($input: VoidGrantInput!) {\n    voidGrant(input: $input) {\n      available\n    }\n  }\n": typeof types.ConsoleVoidGrantDocument,
    "\n  mutation ConsoleReleaseStuckHold($input: ReleaseStuckHoldInput!) {\n    releaseStuckHold(input: $input) {\n      available\n    }\n  }\n": typeof types.ConsoleReleaseStuckHoldDocument,
    "\n  fragment SupportRequestCard_request on SupportRequest {\n    id\n    status\n    subject\n    createdAt\n    updatedAt\n    author {\n      id\n      name\n    }\n    entries {\n      id\n      sequence\n      description\n      amount\n      createdAt\n    }\n    messages {\n      id\n      fromStaff\n      authorName\n      body\n      createdAt\n    }\n  }\n": typeof types.SupportRequestCard_RequestFragmentDoc,
    "\n  query SupportRequests {\n    viewer {\n      user {\n        id\n      }\n    }\n    supportRequests {\n      id\n      ...SupportRequestCard_request\n    }\n  }\n": typeof types.SupportRequestsDocument,
    "\n  mutation ReplyToSupportRequest($input: ReplyToSupportRequestInput!) {\n    replyToSupportRequest(input: $input) {\n      id\n      ...SupportRequestCard_request\n    }\n  }\n": typeof types.ReplyToSupportRequestDocument,
    "\n  mutation OpenSupportRequest($input: OpenSupportRequestInput!) {\n    openSupportRequest(input: $input) {\n      id\n      status\n      subject\n    }\n  }\n": typeof types.OpenSupportRequestDocument,
};
const documents: Documents = {
    "\n  query ShellViewer {\n    viewer {\n      role\n      isSupport\n      user {\n        id\n        name\n        email\n      }\n      ...WorkspaceSwitcher_viewer\n    }\n  }\n": types.ShellViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment WorkspaceSwitcher_viewer on Viewer {\n    workspace {\n      id\n      name\n    }\n    workspaces {\n      role\n      workspace {\n        id\n        name\n      }\n    }\n  }\n": types.WorkspaceSwitcher_ViewerFragmentDoc,
    "\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId)\n  }\n": types.SwitchWorkspaceDocument,
    "\n  query CreditPopoverDetails($since: DateTime!) {\n    billing {\n      plan {\n        code\n        name\n      }\n      allocationGranted\n      renewsAt\n    }\n    transactions(first: 100, filter: { types: [CHARGE], from: $since }) {\n      edges {\n        node {\n          id\n          amount\n          reservedChange\n          createdAt\n        }\n      }\n    }\n  }\n": types.CreditPopoverDetailsDocument,
    "\n  subscription BalanceChanged {\n    balanceChanged {\n      ...BalanceFields\n    }\n  }\n": types.BalanceChangedDocument,
    "\n  fragment BalanceFields on CreditBalance {\n    available\n    planAllocation\n    purchased\n    reserved\n    deficit\n    outOfCredits\n    renewsAt\n    version\n  }\n": types.BalanceFieldsFragmentDoc,
    "\n  query SidebarBalance {\n    balance {\n      ...BalanceFields\n    }\n  }\n": types.SidebarBalanceDocument,
    "\n  query AutoTopUpSettings {\n    billing {\n      autoTopUp {\n        enabled\n        threshold\n        packs\n        monthlyCapPacks\n      }\n      topUpPack {\n        credits\n        priceCents\n        currency\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": types.AutoTopUpSettingsDocument,
    "\n  mutation UpdateAutoTopUp($input: AutoTopUpInput!) {\n    updateAutoTopUp(input: $input) {\n      enabled\n      threshold\n      packs\n      monthlyCapPacks\n    }\n  }\n": types.UpdateAutoTopUpDocument,
    "\n  query BuyCreditsInfo {\n    billing {\n      topUpPack {\n        credits\n        priceCents\n        currency\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": types.BuyCreditsInfoDocument,
    "\n  query CancelInfo {\n    billing {\n      status\n      cancelAtPeriodEnd\n      currentPeriodEnd\n      refundableUntil\n      plan {\n        code\n        name\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": types.CancelInfoDocument,
    "\n  mutation CancelSubscription {\n    cancelSubscription {\n      endsAt\n      refunded\n    }\n  }\n": types.CancelSubscriptionDocument,
    "\n  mutation ResumeSubscription {\n    resumeSubscription {\n      status\n      cancelAtPeriodEnd\n      renewsAt\n    }\n  }\n": types.ResumeSubscriptionDocument,
    "\n  query PlanPicker {\n    plans {\n      code\n      name\n      creditsPerPeriod\n      priceCents\n      currency\n    }\n    billing {\n      status\n      plan {\n        code\n        name\n        creditsPerPeriod\n        priceCents\n        currency\n      }\n      scheduledPlan {\n        code\n      }\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n    }\n    viewer {\n      role\n    }\n  }\n": types.PlanPickerDocument,
    "\n  query PlanChangePreview($plan: String!) {\n    planChangePreview(plan: $plan) {\n      kind\n      prorationCredits\n      effectiveAt\n    }\n  }\n": types.PlanChangePreviewDocument,
    "\n  query BillingSnapshotCard {\n    billing {\n      status\n      plan {\n        code\n        name\n        creditsPerPeriod\n        priceCents\n        currency\n      }\n      scheduledPlan {\n        code\n        name\n      }\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n      cancelAtPeriodEnd\n      allocationGranted\n      allocationUsed\n      notices {\n        id\n        kind\n        message\n        createdAt\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": types.BillingSnapshotCardDocument,
    "\n  mutation BillingPortal {\n    billingPortalUrl\n  }\n": types.BillingPortalDocument,
    "\n  mutation CancelScheduledPlanChange {\n    cancelScheduledPlanChange {\n      scheduledPlan {\n        code\n      }\n    }\n  }\n": types.CancelScheduledPlanChangeDocument,
    "\n  fragment HistoryRow_transaction on Transaction {\n    id\n    sequence\n    type\n    createdAt\n    description\n    feature\n    amount\n    reservedChange\n    deficitChange\n    actorKind\n    splits {\n      amount\n      grantLabel\n      grantSource\n    }\n    details {\n      inputTokens\n      outputTokens\n      rateCardVersion\n      prorationFraction\n    }\n  }\n": types.HistoryRow_TransactionFragmentDoc,
    "\n  query TransactionHistory($first: Int!, $after: String, $filter: TransactionFilter) {\n    transactions(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          ...HistoryRow_transaction\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.TransactionHistoryDocument,
    "\n  subscription HistoryTransactionAdded($after: Int) {\n    transactionAdded(after: $after) {\n      id\n      sequence\n      type\n      feature\n      createdAt\n    }\n  }\n": types.HistoryTransactionAddedDocument,
    "\n  query UsageCharges($since: DateTime!, $after: String) {\n    transactions(first: 100, after: $after, filter: { types: [CHARGE], from: $since }) {\n      edges {\n        node {\n          id\n          amount\n          reservedChange\n          createdAt\n          feature\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.UsageChargesDocument,
    "\n  mutation ChangePlan($input: ChangePlanInput!) {\n    changePlan(input: $input) {\n      kind\n      status\n      effectiveAt\n      prorationCredits\n      fromPlan {\n        code\n        name\n      }\n      toPlan {\n        code\n        name\n      }\n    }\n  }\n": types.ChangePlanDocument,
    "\n  mutation SubscribeToPlan($input: ChangePlanInput!) {\n    subscribe(input: $input) {\n      id\n      url\n    }\n  }\n": types.SubscribeToPlanDocument,
    "\n  mutation PurchaseCredits($input: PurchaseCreditsInput!) {\n    purchaseCredits(input: $input) {\n      id\n      url\n    }\n  }\n": types.PurchaseCreditsDocument,
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      status\n      goal\n      brief\n      locations\n      dailyBudgetCents\n      launchedAt\n      plan\n      adCopy {\n        headlines\n        descriptions\n      }\n      sitelinks {\n        text\n        url\n      }\n      keywords {\n        text\n        matchType\n      }\n    }\n    campaignPerformance(campaignId: $id, days: 30) {\n      days {\n        date\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n      totals {\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n    }\n  }\n": types.CampaignDetailDocument,
    "\n  fragment CampaignWizard_campaign on Campaign {\n    id\n    name\n    status\n    goal\n    brief\n    locations\n    dailyBudgetCents\n    productId\n    adAccountId\n    updatedAt\n    adCopy {\n      headlines\n      descriptions\n    }\n    sitelinks {\n      text\n      url\n      description1\n      description2\n    }\n    keywords {\n      text\n      matchType\n      monthlySearches\n    }\n  }\n": types.CampaignWizard_CampaignFragmentDoc,
    "\n  query CampaignWizardDraft($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignWizard_campaign\n    }\n  }\n": types.CampaignWizardDraftDocument,
    "\n  query CampaignWizardOptions {\n    products {\n      id\n      name\n      active\n    }\n    adAccounts {\n      id\n      name\n      platform\n      active\n    }\n  }\n": types.CampaignWizardOptionsDocument,
    "\n  mutation CreateCampaignDraft($input: CreateCampaignDraftInput!) {\n    createCampaignDraft(input: $input) {\n      ...CampaignWizard_campaign\n    }\n  }\n": types.CreateCampaignDraftDocument,
    "\n  mutation UpdateCampaignDraft($input: UpdateCampaignDraftInput!) {\n    updateCampaignDraft(input: $input) {\n      ...CampaignWizard_campaign\n    }\n  }\n": types.UpdateCampaignDraftDocument,
    "\n  fragment CampaignWizard_charge on MeteredChargeInfo {\n    charged\n    held\n    replayed\n    description\n  }\n": types.CampaignWizard_ChargeFragmentDoc,
    "\n  mutation GenerateAdCopy($input: CampaignAiInput!) {\n    generateAdCopy(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...CampaignWizard_charge\n      }\n    }\n  }\n": types.GenerateAdCopyDocument,
    "\n  mutation GenerateSitelinks($input: CampaignAiInput!) {\n    generateSitelinks(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...CampaignWizard_charge\n      }\n    }\n  }\n": types.GenerateSitelinksDocument,
    "\n  mutation ResearchKeywords($input: CampaignAiInput!) {\n    researchKeywords(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...CampaignWizard_charge\n      }\n    }\n  }\n": types.ResearchKeywordsDocument,
    "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      campaign {\n        id\n        status\n        launchedAt\n      }\n      charge {\n        ...CampaignWizard_charge\n      }\n    }\n  }\n": types.LaunchCampaignDocument,
    "\n  query CampaignsList($status: CampaignStatus) {\n    campaigns(status: $status) {\n      id\n      name\n      status\n      goal\n      dailyBudgetCents\n      locations\n      launchedAt\n      updatedAt\n    }\n  }\n": types.CampaignsListDocument,
    "\n  query DashboardOverview($types: [TransactionType!]) {\n    viewer {\n      user {\n        id\n        name\n      }\n      workspace {\n        id\n        name\n      }\n    }\n    billing {\n      plan {\n        code\n        name\n      }\n      allocationGranted\n      allocationUsed\n      renewsAt\n    }\n    dashboard(days: 30) {\n      days\n      drafts\n      launchedCampaigns\n      totals {\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n      topCampaigns {\n        id\n        name\n        totals {\n          clicks\n          conversions\n          spendCents\n        }\n      }\n      recentConversations {\n        id\n        title\n        updatedAt\n      }\n      activeProduct {\n        id\n        name\n      }\n      activeAdAccount {\n        id\n        name\n        platform\n      }\n    }\n    transactions(first: 6, filter: { types: $types }) {\n      edges {\n        node {\n          id\n          type\n          description\n          feature\n          amount\n          reservedChange\n          createdAt\n        }\n      }\n    }\n  }\n": types.DashboardOverviewDocument,
    "\n  query FeatureAccess {\n    featureAccess {\n      feature\n      label\n      allowed\n      reason\n      estimatedMin\n      estimatedMax\n    }\n  }\n": types.FeatureAccessDocument,
    "\n  query HeroAiConversations {\n    heroAiConversations {\n      id\n      title\n      updatedAt\n    }\n  }\n": types.HeroAiConversationsDocument,
    "\n  query HeroAiConversation($id: ID!) {\n    heroAiConversation(id: $id) {\n      id\n      title\n      messages {\n        id\n        role\n        text\n        createdAt\n        campaignsReferenced\n        daysOfData\n        inputTokens\n        outputTokens\n      }\n    }\n  }\n": types.HeroAiConversationDocument,
    "\n  mutation StartHeroAiConversation($input: StartHeroAiConversationInput) {\n    startHeroAiConversation(input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n": types.StartHeroAiConversationDocument,
    "\n  mutation SendHeroAiMessage($input: SendHeroAiMessageInput!) {\n    sendHeroAiMessage(input: $input) {\n      conversation {\n        id\n        title\n        updatedAt\n      }\n      question {\n        id\n      }\n      answer {\n        id\n      }\n      charge {\n        charged\n        held\n        replayed\n      }\n    }\n  }\n": types.SendHeroAiMessageDocument,
    "\n  subscription HeroAiMessageStream($conversationId: ID!) {\n    heroAiMessageStream(conversationId: $conversationId) {\n      conversationId\n      delta\n      done\n      messageId\n    }\n  }\n": types.HeroAiMessageStreamDocument,
    "\n  query OutOfCreditsInfo {\n    billing {\n      renewsAt\n      plan {\n        code\n      }\n      topUpPack {\n        credits\n        priceCents\n        currency\n      }\n    }\n    plans {\n      code\n      name\n      creditsPerPeriod\n      priceCents\n      currency\n    }\n  }\n": types.OutOfCreditsInfoDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      revokedAt\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AccountsAndProducts {\n    adAccounts {\n      id\n      name\n      platform\n      externalId\n      currency\n      active\n      createdAt\n    }\n    products {\n      id\n      name\n      url\n      description\n      priceCents\n      active\n      updatedAt\n      analysis {\n        id\n        text\n        createdAt\n      }\n    }\n  }\n": types.AccountsAndProductsDocument,
    "\n  mutation AddAdAccount($input: AddAdAccountInput!) {\n    addAdAccount(input: $input) {\n      id\n    }\n  }\n": types.AddAdAccountDocument,
    "\n  mutation SetActiveAdAccount($id: ID!) {\n    setActiveAdAccount(id: $id) {\n      id\n      active\n    }\n  }\n": types.SetActiveAdAccountDocument,
    "\n  mutation AddProduct($input: AddProductInput!) {\n    addProduct(input: $input) {\n      id\n    }\n  }\n": types.AddProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      name\n      url\n      description\n      priceCents\n      updatedAt\n    }\n  }\n": types.UpdateProductDocument,
    "\n  mutation SetActiveProduct($id: ID!) {\n    setActiveProduct(id: $id) {\n      id\n      active\n    }\n  }\n": types.SetActiveProductDocument,
    "\n  mutation AnalyzeProduct($input: AnalyzeProductInput!) {\n    analyzeProduct(input: $input) {\n      product {\n        id\n        analysis {\n          id\n          text\n          createdAt\n        }\n      }\n      charge {\n        charged\n        held\n        replayed\n      }\n    }\n  }\n": types.AnalyzeProductDocument,
    "\n  query ConsoleWorkspaceEntries($workspaceId: ID!, $first: Int!, $after: String) {\n    workspaceAudit(workspaceId: $workspaceId) {\n      workspaceId\n      history(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            sequence\n            type\n            amount\n            description\n            actorKind\n            createdAt\n            splits {\n              grantLabel\n              amount\n            }\n            details {\n              inputTokens\n              outputTokens\n              rateCardVersion\n              prorationFraction\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ConsoleWorkspaceEntriesDocument,
    "\n  query ConsoleFindWorkspaces($query: String!) {\n    findWorkspaces(query: $query) {\n      id\n      name\n      matchedBy\n      stripeCustomerId\n      memberEmails\n    }\n  }\n": types.ConsoleFindWorkspacesDocument,
    "\n  query ConsoleSupportQueue {\n    supportQueue {\n      id\n      workspaceId\n      workspaceName\n      subject\n      status\n      createdAt\n      author {\n        name\n      }\n      entries {\n        id\n      }\n    }\n  }\n": types.ConsoleSupportQueueDocument,
    "\n  query ConsoleViewer {\n    viewer {\n      isSupport\n    }\n  }\n": types.ConsoleViewerDocument,
    "\n  query ConsoleWorkspacePayments($workspaceId: ID!) {\n    workspaceAudit(workspaceId: $workspaceId) {\n      workspaceId\n      payments {\n        connected\n        customerId\n        charges {\n          id\n          paymentIntentId\n          amountCents\n          amountRefundedCents\n          currency\n          status\n          description\n          createdAt\n          disputes {\n            id\n            amountCents\n            status\n            reason\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleWorkspacePaymentsDocument,
    "\n  query ConsoleSupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      id\n      workspaceId\n      workspaceName\n      subject\n      status\n      author {\n        name\n        email\n      }\n      entries {\n        id\n        sequence\n        description\n        amount\n        reservedChange\n      }\n      messages {\n        id\n        fromStaff\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n": types.ConsoleSupportRequestDocument,
    "\n  mutation ConsoleAnswerSupportRequest($input: AnswerSupportRequestInput!) {\n    answerSupportRequest(input: $input) {\n      id\n      status\n      messages {\n        id\n        fromStaff\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n": types.ConsoleAnswerSupportRequestDocument,
    "\n  mutation ConsoleCloseSupportRequest($input: CloseSupportRequestInput!) {\n    closeSupportRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleCloseSupportRequestDocument,
    "\n  query ConsoleStaffActions($filter: StaffActionFilter, $after: String) {\n    staffActions(filter: $filter, first: 50, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          staffEmail\n          supportUserId\n          workspaceId\n          workspaceName\n          reason\n          targetId\n          amount\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleStaffActionsDocument,
    "\n  query ConsoleWorkspaceAudit($workspaceId: ID!) {\n    workspaceAudit(workspaceId: $workspaceId) {\n      workspaceId\n      workspaceName\n      entries\n      balance {\n        available\n        reserved\n        deficit\n      }\n      replayMatches\n      mismatches\n      reconciliation {\n        mustHold\n        ledgerHolds\n        difference\n        unsourcedGrants\n        differences\n        notes\n      }\n      grants {\n        id\n        label\n        source\n        original\n        consumed\n        expired\n        revoked\n        reserved\n        remaining\n        expiresAt\n        origin {\n          periodStart\n          periodEnd\n          prorationFraction\n          paymentId\n          invoiceId\n          reason\n        }\n      }\n      activeHolds {\n        id\n        amount\n        description\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": types.ConsoleWorkspaceAuditDocument,
    "\n  mutation ConsoleAdjustCredits($input: AdjustCreditsInput!) {\n    adjustCredits(input: $input) {\n      available\n    }\n  }\n": types.ConsoleAdjustCreditsDocument,
    "\n  mutation ConsoleVoidGrant($input: VoidGrantInput!) {\n    voidGrant(input: $input) {\n      available\n    }\n  }\n": types.ConsoleVoidGrantDocument,
    "\n  mutation ConsoleReleaseStuckHold($input: ReleaseStuckHoldInput!) {\n    releaseStuckHold(input: $input) {\n      available\n    }\n  }\n": types.ConsoleReleaseStuckHoldDocument,
    "\n  fragment SupportRequestCard_request on SupportRequest {\n    id\n    status\n    subject\n    createdAt\n    updatedAt\n    author {\n      id\n      name\n    }\n    entries {\n      id\n      sequence\n      description\n      amount\n      createdAt\n    }\n    messages {\n      id\n      fromStaff\n      authorName\n      body\n      createdAt\n    }\n  }\n": types.SupportRequestCard_RequestFragmentDoc,
    "\n  query SupportRequests {\n    viewer {\n      user {\n        id\n      }\n    }\n    supportRequests {\n      id\n      ...SupportRequestCard_request\n    }\n  }\n": types.SupportRequestsDocument,
    "\n  mutation ReplyToSupportRequest($input: ReplyToSupportRequestInput!) {\n    replyToSupportRequest(input: $input) {\n      id\n      ...SupportRequestCard_request\n    }\n  }\n": types.ReplyToSupportRequestDocument,
    "\n  mutation OpenSupportRequest($input: OpenSupportRequestInput!) {\n    openSupportRequest(input: $input) {\n      id\n      status\n      subject\n    }\n  }\n": types.OpenSupportRequestDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShellViewer {\n    viewer {\n      role\n      isSupport\n      user {\n        id\n        name\n        email\n      }\n      ...WorkspaceSwitcher_viewer\n    }\n  }\n"): (typeof documents)["\n  query ShellViewer {\n    viewer {\n      role\n      isSupport\n      user {\n        id\n        name\n        email\n      }\n      ...WorkspaceSwitcher_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkspaceSwitcher_viewer on Viewer {\n    workspace {\n      id\n      name\n    }\n    workspaces {\n      role\n      workspace {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WorkspaceSwitcher_viewer on Viewer {\n    workspace {\n      id\n      name\n    }\n    workspaces {\n      role\n      workspace {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId)\n  }\n"): (typeof documents)["\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditPopoverDetails($since: DateTime!) {\n    billing {\n      plan {\n        code\n        name\n      }\n      allocationGranted\n      renewsAt\n    }\n    transactions(first: 100, filter: { types: [CHARGE], from: $since }) {\n      edges {\n        node {\n          id\n          amount\n          reservedChange\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CreditPopoverDetails($since: DateTime!) {\n    billing {\n      plan {\n        code\n        name\n      }\n      allocationGranted\n      renewsAt\n    }\n    transactions(first: 100, filter: { types: [CHARGE], from: $since }) {\n      edges {\n        node {\n          id\n          amount\n          reservedChange\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BalanceChanged {\n    balanceChanged {\n      ...BalanceFields\n    }\n  }\n"): (typeof documents)["\n  subscription BalanceChanged {\n    balanceChanged {\n      ...BalanceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BalanceFields on CreditBalance {\n    available\n    planAllocation\n    purchased\n    reserved\n    deficit\n    outOfCredits\n    renewsAt\n    version\n  }\n"): (typeof documents)["\n  fragment BalanceFields on CreditBalance {\n    available\n    planAllocation\n    purchased\n    reserved\n    deficit\n    outOfCredits\n    renewsAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SidebarBalance {\n    balance {\n      ...BalanceFields\n    }\n  }\n"): (typeof documents)["\n  query SidebarBalance {\n    balance {\n      ...BalanceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutoTopUpSettings {\n    billing {\n      autoTopUp {\n        enabled\n        threshold\n        packs\n        monthlyCapPacks\n      }\n      topUpPack {\n        credits\n        priceCents\n        currency\n      }\n    }\n    viewer {\n      role\n    }\n  }\n"): (typeof documents)["\n  query AutoTopUpSettings {\n    billing {\n      autoTopUp {\n        enabled\n        threshold\n        packs\n        monthlyCapPacks\n      }\n      topUpPack {\n        credits\n        priceCents\n        currency\n      }\n    }\n    viewer {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAutoTopUp($input: AutoTopUpInput!) {\n    updateAutoTopUp(input: $input) {\n      enabled\n      threshold\n      packs\n      monthlyCapPacks\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAutoTopUp($input: AutoTopUpInput!) {\n    updateAutoTopUp(input: $input) {\n      enabled\n      threshold\n      packs\n      monthlyCapPacks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuyCreditsInfo {\n    billing {\n      topUpPack {\n        credits\n        priceCents\n        currency\n      }\n    }\n    viewer {\n      role\n    }\n  }\n"): (typeof documents)["\n  query BuyCreditsInfo {\n    billing {\n      topUpPack {\n        credits\n        priceCents\n        currency\n      }\n    }\n    viewer {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CancelInfo {\n    billing {\n      status\n      cancelAtPeriodEnd\n      currentPeriodEnd\n      refundableUntil\n      plan {\n        code\n        name\n      }\n    }\n    viewer {\n      role\n    }\n  }\n"): (typeof documents)["\n  query CancelInfo {\n    billing {\n      status\n      cancelAtPeriodEnd\n      currentPeriodEnd\n      refundableUntil\n      plan {\n        code\n        name\n      }\n    }\n    viewer {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSubscription {\n    cancelSubscription {\n      endsAt\n      refunded\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSubscription {\n    cancelSubscription {\n      endsAt\n      refunded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeSubscription {\n    resumeSubscription {\n      status\n      cancelAtPeriodEnd\n      renewsAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeSubscription {\n    resumeSubscription {\n      status\n      cancelAtPeriodEnd\n      renewsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanPicker {\n    plans {\n      code\n      name\n      creditsPerPeriod\n      priceCents\n      currency\n    }\n    billing {\n      status\n      plan {\n        code\n        name\n        creditsPerPeriod\n        priceCents\n        currency\n      }\n      scheduledPlan {\n        code\n      }\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n    }\n    viewer {\n      role\n    }\n  }\n"): (typeof documents)["\n  query PlanPicker {\n    plans {\n      code\n      name\n      creditsPerPeriod\n      priceCents\n      currency\n    }\n    billing {\n      status\n      plan {\n        code\n        name\n        creditsPerPeriod\n        priceCents\n        currency\n      }\n      scheduledPlan {\n        code\n      }\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n    }\n    viewer {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanChangePreview($plan: String!) {\n    planChangePreview(plan: $plan) {\n      kind\n      prorationCredits\n      effectiveAt\n    }\n  }\n"): (typeof documents)["\n  query PlanChangePreview($plan: String!) {\n    planChangePreview(plan: $plan) {\n      kind\n      prorationCredits\n      effectiveAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingSnapshotCard {\n    billing {\n      status\n      plan {\n        code\n        name\n        creditsPerPeriod\n        priceCents\n        currency\n      }\n      scheduledPlan {\n        code\n        name\n      }\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n      cancelAtPeriodEnd\n      allocationGranted\n      allocationUsed\n      notices {\n        id\n        kind\n        message\n        createdAt\n      }\n    }\n    viewer {\n      role\n    }\n  }\n"): (typeof documents)["\n  query BillingSnapshotCard {\n    billing {\n      status\n      plan {\n        code\n        name\n        creditsPerPeriod\n        priceCents\n        currency\n      }\n      scheduledPlan {\n        code\n        name\n      }\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n      cancelAtPeriodEnd\n      allocationGranted\n      allocationUsed\n      notices {\n        id\n        kind\n        message\n        createdAt\n      }\n    }\n    viewer {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillingPortal {\n    billingPortalUrl\n  }\n"): (typeof documents)["\n  mutation BillingPortal {\n    billingPortalUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelScheduledPlanChange {\n    cancelScheduledPlanChange {\n      scheduledPlan {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelScheduledPlanChange {\n    cancelScheduledPlanChange {\n      scheduledPlan {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HistoryRow_transaction on Transaction {\n    id\n    sequence\n    type\n    createdAt\n    description\n    feature\n    amount\n    reservedChange\n    deficitChange\n    actorKind\n    splits {\n      amount\n      grantLabel\n      grantSource\n    }\n    details {\n      inputTokens\n      outputTokens\n      rateCardVersion\n      prorationFraction\n    }\n  }\n"): (typeof documents)["\n  fragment HistoryRow_transaction on Transaction {\n    id\n    sequence\n    type\n    createdAt\n    description\n    feature\n    amount\n    reservedChange\n    deficitChange\n    actorKind\n    splits {\n      amount\n      grantLabel\n      grantSource\n    }\n    details {\n      inputTokens\n      outputTokens\n      rateCardVersion\n      prorationFraction\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransactionHistory($first: Int!, $after: String, $filter: TransactionFilter) {\n    transactions(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          ...HistoryRow_transaction\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query TransactionHistory($first: Int!, $after: String, $filter: TransactionFilter) {\n    transactions(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          ...HistoryRow_transaction\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HistoryTransactionAdded($after: Int) {\n    transactionAdded(after: $after) {\n      id\n      sequence\n      type\n      feature\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  subscription HistoryTransactionAdded($after: Int) {\n    transactionAdded(after: $after) {\n      id\n      sequence\n      type\n      feature\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageCharges($since: DateTime!, $after: String) {\n    transactions(first: 100, after: $after, filter: { types: [CHARGE], from: $since }) {\n      edges {\n        node {\n          id\n          amount\n          reservedChange\n          createdAt\n          feature\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsageCharges($since: DateTime!, $after: String) {\n    transactions(first: 100, after: $after, filter: { types: [CHARGE], from: $since }) {\n      edges {\n        node {\n          id\n          amount\n          reservedChange\n          createdAt\n          feature\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePlan($input: ChangePlanInput!) {\n    changePlan(input: $input) {\n      kind\n      status\n      effectiveAt\n      prorationCredits\n      fromPlan {\n        code\n        name\n      }\n      toPlan {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePlan($input: ChangePlanInput!) {\n    changePlan(input: $input) {\n      kind\n      status\n      effectiveAt\n      prorationCredits\n      fromPlan {\n        code\n        name\n      }\n      toPlan {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribeToPlan($input: ChangePlanInput!) {\n    subscribe(input: $input) {\n      id\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation SubscribeToPlan($input: ChangePlanInput!) {\n    subscribe(input: $input) {\n      id\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchaseCredits($input: PurchaseCreditsInput!) {\n    purchaseCredits(input: $input) {\n      id\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation PurchaseCredits($input: PurchaseCreditsInput!) {\n    purchaseCredits(input: $input) {\n      id\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      status\n      goal\n      brief\n      locations\n      dailyBudgetCents\n      launchedAt\n      plan\n      adCopy {\n        headlines\n        descriptions\n      }\n      sitelinks {\n        text\n        url\n      }\n      keywords {\n        text\n        matchType\n      }\n    }\n    campaignPerformance(campaignId: $id, days: 30) {\n      days {\n        date\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n      totals {\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      status\n      goal\n      brief\n      locations\n      dailyBudgetCents\n      launchedAt\n      plan\n      adCopy {\n        headlines\n        descriptions\n      }\n      sitelinks {\n        text\n        url\n      }\n      keywords {\n        text\n        matchType\n      }\n    }\n    campaignPerformance(campaignId: $id, days: 30) {\n      days {\n        date\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n      totals {\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignWizard_campaign on Campaign {\n    id\n    name\n    status\n    goal\n    brief\n    locations\n    dailyBudgetCents\n    productId\n    adAccountId\n    updatedAt\n    adCopy {\n      headlines\n      descriptions\n    }\n    sitelinks {\n      text\n      url\n      description1\n      description2\n    }\n    keywords {\n      text\n      matchType\n      monthlySearches\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignWizard_campaign on Campaign {\n    id\n    name\n    status\n    goal\n    brief\n    locations\n    dailyBudgetCents\n    productId\n    adAccountId\n    updatedAt\n    adCopy {\n      headlines\n      descriptions\n    }\n    sitelinks {\n      text\n      url\n      description1\n      description2\n    }\n    keywords {\n      text\n      matchType\n      monthlySearches\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignWizardDraft($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignWizard_campaign\n    }\n  }\n"): (typeof documents)["\n  query CampaignWizardDraft($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignWizard_campaign\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignWizardOptions {\n    products {\n      id\n      name\n      active\n    }\n    adAccounts {\n      id\n      name\n      platform\n      active\n    }\n  }\n"): (typeof documents)["\n  query CampaignWizardOptions {\n    products {\n      id\n      name\n      active\n    }\n    adAccounts {\n      id\n      name\n      platform\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaignDraft($input: CreateCampaignDraftInput!) {\n    createCampaignDraft(input: $input) {\n      ...CampaignWizard_campaign\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaignDraft($input: CreateCampaignDraftInput!) {\n    createCampaignDraft(input: $input) {\n      ...CampaignWizard_campaign\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaignDraft($input: UpdateCampaignDraftInput!) {\n    updateCampaignDraft(input: $input) {\n      ...CampaignWizard_campaign\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaignDraft($input: UpdateCampaignDraftInput!) {\n    updateCampaignDraft(input: $input) {\n      ...CampaignWizard_campaign\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignWizard_charge on MeteredChargeInfo {\n    charged\n    held\n    replayed\n    description\n  }\n"): (typeof documents)["\n  fragment CampaignWizard_charge on MeteredChargeInfo {\n    charged\n    held\n    replayed\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateAdCopy($input: CampaignAiInput!) {\n    generateAdCopy(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...CampaignWizard_charge\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateAdCopy($input: CampaignAiInput!) {\n    generateAdCopy(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...CampaignWizard_charge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateSitelinks($input: CampaignAiInput!) {\n    generateSitelinks(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...CampaignWizard_charge\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateSitelinks($input: CampaignAiInput!) {\n    generateSitelinks(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...CampaignWizard_charge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResearchKeywords($input: CampaignAiInput!) {\n    researchKeywords(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...CampaignWizard_charge\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResearchKeywords($input: CampaignAiInput!) {\n    researchKeywords(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...CampaignWizard_charge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      campaign {\n        id\n        status\n        launchedAt\n      }\n      charge {\n        ...CampaignWizard_charge\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      campaign {\n        id\n        status\n        launchedAt\n      }\n      charge {\n        ...CampaignWizard_charge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignsList($status: CampaignStatus) {\n    campaigns(status: $status) {\n      id\n      name\n      status\n      goal\n      dailyBudgetCents\n      locations\n      launchedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query CampaignsList($status: CampaignStatus) {\n    campaigns(status: $status) {\n      id\n      name\n      status\n      goal\n      dailyBudgetCents\n      locations\n      launchedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOverview($types: [TransactionType!]) {\n    viewer {\n      user {\n        id\n        name\n      }\n      workspace {\n        id\n        name\n      }\n    }\n    billing {\n      plan {\n        code\n        name\n      }\n      allocationGranted\n      allocationUsed\n      renewsAt\n    }\n    dashboard(days: 30) {\n      days\n      drafts\n      launchedCampaigns\n      totals {\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n      topCampaigns {\n        id\n        name\n        totals {\n          clicks\n          conversions\n          spendCents\n        }\n      }\n      recentConversations {\n        id\n        title\n        updatedAt\n      }\n      activeProduct {\n        id\n        name\n      }\n      activeAdAccount {\n        id\n        name\n        platform\n      }\n    }\n    transactions(first: 6, filter: { types: $types }) {\n      edges {\n        node {\n          id\n          type\n          description\n          feature\n          amount\n          reservedChange\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardOverview($types: [TransactionType!]) {\n    viewer {\n      user {\n        id\n        name\n      }\n      workspace {\n        id\n        name\n      }\n    }\n    billing {\n      plan {\n        code\n        name\n      }\n      allocationGranted\n      allocationUsed\n      renewsAt\n    }\n    dashboard(days: 30) {\n      days\n      drafts\n      launchedCampaigns\n      totals {\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n      topCampaigns {\n        id\n        name\n        totals {\n          clicks\n          conversions\n          spendCents\n        }\n      }\n      recentConversations {\n        id\n        title\n        updatedAt\n      }\n      activeProduct {\n        id\n        name\n      }\n      activeAdAccount {\n        id\n        name\n        platform\n      }\n    }\n    transactions(first: 6, filter: { types: $types }) {\n      edges {\n        node {\n          id\n          type\n          description\n          feature\n          amount\n          reservedChange\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeatureAccess {\n    featureAccess {\n      feature\n      label\n      allowed\n      reason\n      estimatedMin\n      estimatedMax\n    }\n  }\n"): (typeof documents)["\n  query FeatureAccess {\n    featureAccess {\n      feature\n      label\n      allowed\n      reason\n      estimatedMin\n      estimatedMax\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeroAiConversations {\n    heroAiConversations {\n      id\n      title\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query HeroAiConversations {\n    heroAiConversations {\n      id\n      title\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeroAiConversation($id: ID!) {\n    heroAiConversation(id: $id) {\n      id\n      title\n      messages {\n        id\n        role\n        text\n        createdAt\n        campaignsReferenced\n        daysOfData\n        inputTokens\n        outputTokens\n      }\n    }\n  }\n"): (typeof documents)["\n  query HeroAiConversation($id: ID!) {\n    heroAiConversation(id: $id) {\n      id\n      title\n      messages {\n        id\n        role\n        text\n        createdAt\n        campaignsReferenced\n        daysOfData\n        inputTokens\n        outputTokens\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartHeroAiConversation($input: StartHeroAiConversationInput) {\n    startHeroAiConversation(input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartHeroAiConversation($input: StartHeroAiConversationInput) {\n    startHeroAiConversation(input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendHeroAiMessage($input: SendHeroAiMessageInput!) {\n    sendHeroAiMessage(input: $input) {\n      conversation {\n        id\n        title\n        updatedAt\n      }\n      question {\n        id\n      }\n      answer {\n        id\n      }\n      charge {\n        charged\n        held\n        replayed\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendHeroAiMessage($input: SendHeroAiMessageInput!) {\n    sendHeroAiMessage(input: $input) {\n      conversation {\n        id\n        title\n        updatedAt\n      }\n      question {\n        id\n      }\n      answer {\n        id\n      }\n      charge {\n        charged\n        held\n        replayed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HeroAiMessageStream($conversationId: ID!) {\n    heroAiMessageStream(conversationId: $conversationId) {\n      conversationId\n      delta\n      done\n      messageId\n    }\n  }\n"): (typeof documents)["\n  subscription HeroAiMessageStream($conversationId: ID!) {\n    heroAiMessageStream(conversationId: $conversationId) {\n      conversationId\n      delta\n      done\n      messageId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutOfCreditsInfo {\n    billing {\n      renewsAt\n      plan {\n        code\n      }\n      topUpPack {\n        credits\n        priceCents\n        currency\n      }\n    }\n    plans {\n      code\n      name\n      creditsPerPeriod\n      priceCents\n      currency\n    }\n  }\n"): (typeof documents)["\n  query OutOfCreditsInfo {\n    billing {\n      renewsAt\n      plan {\n        code\n      }\n      topUpPack {\n        credits\n        priceCents\n        currency\n      }\n    }\n    plans {\n      code\n      name\n      creditsPerPeriod\n      priceCents\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsAndProducts {\n    adAccounts {\n      id\n      name\n      platform\n      externalId\n      currency\n      active\n      createdAt\n    }\n    products {\n      id\n      name\n      url\n      description\n      priceCents\n      active\n      updatedAt\n      analysis {\n        id\n        text\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountsAndProducts {\n    adAccounts {\n      id\n      name\n      platform\n      externalId\n      currency\n      active\n      createdAt\n    }\n    products {\n      id\n      name\n      url\n      description\n      priceCents\n      active\n      updatedAt\n      analysis {\n        id\n        text\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAdAccount($input: AddAdAccountInput!) {\n    addAdAccount(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddAdAccount($input: AddAdAccountInput!) {\n    addAdAccount(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActiveAdAccount($id: ID!) {\n    setActiveAdAccount(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetActiveAdAccount($id: ID!) {\n    setActiveAdAccount(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProduct($input: AddProductInput!) {\n    addProduct(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddProduct($input: AddProductInput!) {\n    addProduct(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      name\n      url\n      description\n      priceCents\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      name\n      url\n      description\n      priceCents\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActiveProduct($id: ID!) {\n    setActiveProduct(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetActiveProduct($id: ID!) {\n    setActiveProduct(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnalyzeProduct($input: AnalyzeProductInput!) {\n    analyzeProduct(input: $input) {\n      product {\n        id\n        analysis {\n          id\n          text\n          createdAt\n        }\n      }\n      charge {\n        charged\n        held\n        replayed\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnalyzeProduct($input: AnalyzeProductInput!) {\n    analyzeProduct(input: $input) {\n      product {\n        id\n        analysis {\n          id\n          text\n          createdAt\n        }\n      }\n      charge {\n        charged\n        held\n        replayed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWorkspaceEntries($workspaceId: ID!, $first: Int!, $after: String) {\n    workspaceAudit(workspaceId: $workspaceId) {\n      workspaceId\n      history(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            sequence\n            type\n            amount\n            description\n            actorKind\n            createdAt\n            splits {\n              grantLabel\n              amount\n            }\n            details {\n              inputTokens\n              outputTokens\n              rateCardVersion\n              prorationFraction\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleWorkspaceEntries($workspaceId: ID!, $first: Int!, $after: String) {\n    workspaceAudit(workspaceId: $workspaceId) {\n      workspaceId\n      history(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            sequence\n            type\n            amount\n            description\n            actorKind\n            createdAt\n            splits {\n              grantLabel\n              amount\n            }\n            details {\n              inputTokens\n              outputTokens\n              rateCardVersion\n              prorationFraction\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFindWorkspaces($query: String!) {\n    findWorkspaces(query: $query) {\n      id\n      name\n      matchedBy\n      stripeCustomerId\n      memberEmails\n    }\n  }\n"): (typeof documents)["\n  query ConsoleFindWorkspaces($query: String!) {\n    findWorkspaces(query: $query) {\n      id\n      name\n      matchedBy\n      stripeCustomerId\n      memberEmails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSupportQueue {\n    supportQueue {\n      id\n      workspaceId\n      workspaceName\n      subject\n      status\n      createdAt\n      author {\n        name\n      }\n      entries {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSupportQueue {\n    supportQueue {\n      id\n      workspaceId\n      workspaceName\n      subject\n      status\n      createdAt\n      author {\n        name\n      }\n      entries {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleViewer {\n    viewer {\n      isSupport\n    }\n  }\n"): (typeof documents)["\n  query ConsoleViewer {\n    viewer {\n      isSupport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWorkspacePayments($workspaceId: ID!) {\n    workspaceAudit(workspaceId: $workspaceId) {\n      workspaceId\n      payments {\n        connected\n        customerId\n        charges {\n          id\n          paymentIntentId\n          amountCents\n          amountRefundedCents\n          currency\n          status\n          description\n          createdAt\n          disputes {\n            id\n            amountCents\n            status\n            reason\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleWorkspacePayments($workspaceId: ID!) {\n    workspaceAudit(workspaceId: $workspaceId) {\n      workspaceId\n      payments {\n        connected\n        customerId\n        charges {\n          id\n          paymentIntentId\n          amountCents\n          amountRefundedCents\n          currency\n          status\n          description\n          createdAt\n          disputes {\n            id\n            amountCents\n            status\n            reason\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      id\n      workspaceId\n      workspaceName\n      subject\n      status\n      author {\n        name\n        email\n      }\n      entries {\n        id\n        sequence\n        description\n        amount\n        reservedChange\n      }\n      messages {\n        id\n        fromStaff\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      id\n      workspaceId\n      workspaceName\n      subject\n      status\n      author {\n        name\n        email\n      }\n      entries {\n        id\n        sequence\n        description\n        amount\n        reservedChange\n      }\n      messages {\n        id\n        fromStaff\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAnswerSupportRequest($input: AnswerSupportRequestInput!) {\n    answerSupportRequest(input: $input) {\n      id\n      status\n      messages {\n        id\n        fromStaff\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAnswerSupportRequest($input: AnswerSupportRequestInput!) {\n    answerSupportRequest(input: $input) {\n      id\n      status\n      messages {\n        id\n        fromStaff\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCloseSupportRequest($input: CloseSupportRequestInput!) {\n    closeSupportRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCloseSupportRequest($input: CloseSupportRequestInput!) {\n    closeSupportRequest(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleStaffActions($filter: StaffActionFilter, $after: String) {\n    staffActions(filter: $filter, first: 50, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          staffEmail\n          supportUserId\n          workspaceId\n          workspaceName\n          reason\n          targetId\n          amount\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleStaffActions($filter: StaffActionFilter, $after: String) {\n    staffActions(filter: $filter, first: 50, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          staffEmail\n          supportUserId\n          workspaceId\n          workspaceName\n          reason\n          targetId\n          amount\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWorkspaceAudit($workspaceId: ID!) {\n    workspaceAudit(workspaceId: $workspaceId) {\n      workspaceId\n      workspaceName\n      entries\n      balance {\n        available\n        reserved\n        deficit\n      }\n      replayMatches\n      mismatches\n      reconciliation {\n        mustHold\n        ledgerHolds\n        difference\n        unsourcedGrants\n        differences\n        notes\n      }\n      grants {\n        id\n        label\n        source\n        original\n        consumed\n        expired\n        revoked\n        reserved\n        remaining\n        expiresAt\n        origin {\n          periodStart\n          periodEnd\n          prorationFraction\n          paymentId\n          invoiceId\n          reason\n        }\n      }\n      activeHolds {\n        id\n        amount\n        description\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleWorkspaceAudit($workspaceId: ID!) {\n    workspaceAudit(workspaceId: $workspaceId) {\n      workspaceId\n      workspaceName\n      entries\n      balance {\n        available\n        reserved\n        deficit\n      }\n      replayMatches\n      mismatches\n      reconciliation {\n        mustHold\n        ledgerHolds\n        difference\n        unsourcedGrants\n        differences\n        notes\n      }\n      grants {\n        id\n        label\n        source\n        original\n        consumed\n        expired\n        revoked\n        reserved\n        remaining\n        expiresAt\n        origin {\n          periodStart\n          periodEnd\n          prorationFraction\n          paymentId\n          invoiceId\n          reason\n        }\n      }\n      activeHolds {\n        id\n        amount\n        description\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAdjustCredits($input: AdjustCreditsInput!) {\n    adjustCredits(input: $input) {\n      available\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAdjustCredits($input: AdjustCreditsInput!) {\n    adjustCredits(input: $input) {\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleVoidGrant($input: VoidGrantInput!) {\n    voidGrant(input: $input) {\n      available\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleVoidGrant($input: VoidGrantInput!) {\n    voidGrant(input: $input) {\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReleaseStuckHold($input: ReleaseStuckHoldInput!) {\n    releaseStuckHold(input: $input) {\n      available\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReleaseStuckHold($input: ReleaseStuckHoldInput!) {\n    releaseStuckHold(input: $input) {\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupportRequestCard_request on SupportRequest {\n    id\n    status\n    subject\n    createdAt\n    updatedAt\n    author {\n      id\n      name\n    }\n    entries {\n      id\n      sequence\n      description\n      amount\n      createdAt\n    }\n    messages {\n      id\n      fromStaff\n      authorName\n      body\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment SupportRequestCard_request on SupportRequest {\n    id\n    status\n    subject\n    createdAt\n    updatedAt\n    author {\n      id\n      name\n    }\n    entries {\n      id\n      sequence\n      description\n      amount\n      createdAt\n    }\n    messages {\n      id\n      fromStaff\n      authorName\n      body\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportRequests {\n    viewer {\n      user {\n        id\n      }\n    }\n    supportRequests {\n      id\n      ...SupportRequestCard_request\n    }\n  }\n"): (typeof documents)["\n  query SupportRequests {\n    viewer {\n      user {\n        id\n      }\n    }\n    supportRequests {\n      id\n      ...SupportRequestCard_request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToSupportRequest($input: ReplyToSupportRequestInput!) {\n    replyToSupportRequest(input: $input) {\n      id\n      ...SupportRequestCard_request\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToSupportRequest($input: ReplyToSupportRequestInput!) {\n    replyToSupportRequest(input: $input) {\n      id\n      ...SupportRequestCard_request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSupportRequest($input: OpenSupportRequestInput!) {\n    openSupportRequest(input: $input) {\n      id\n      status\n      subject\n    }\n  }\n"): (typeof documents)["\n  mutation OpenSupportRequest($input: OpenSupportRequestInput!) {\n    openSupportRequest(input: $input) {\n      id\n      status\n      subject\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;