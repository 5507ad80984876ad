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
    "\n  query Page($first: Int!, $after: String, $filter: TransactionFilter) {\n    transactions(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PageDocument,
    "\n  query AlertsSettings {\n    alerts {\n      id\n      kind\n      description\n      enabled\n      state\n      firedAt\n      emailsOwnersAndAdmins\n      recipients {\n        userId\n        name\n        email\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": typeof types.AlertsSettingsDocument,
    "\n  query AlertRecipientsChoice {\n    members {\n      userId\n      name\n      email\n    }\n  }\n": typeof types.AlertRecipientsChoiceDocument,
    "\n  mutation CreateAlert($input: CreateAlertInput!) {\n    createAlert(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAlertDocument,
    "\n  mutation UpdateAlert($input: UpdateAlertInput!) {\n    updateAlert(input: $input) {\n      id\n      enabled\n      state\n    }\n  }\n": typeof types.UpdateAlertDocument,
    "\n  mutation DeleteAlert($id: ID!) {\n    deleteAlert(id: $id)\n  }\n": typeof types.DeleteAlertDocument,
    "\n  query Notifications {\n    notifications(first: 20) {\n      unreadCount\n      edges {\n        node {\n          id\n          title\n          body\n          read\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids) {\n      unreadCount\n      lowBalance\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationsChanged {\n    notificationsChanged {\n      unreadCount\n      lowBalance\n    }\n  }\n": typeof types.NotificationsChangedDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment WorkspaceSwitcher_viewer on Viewer {\n    workspace {\n      id\n      name\n    }\n    workspaces {\n      role\n      workspace {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WorkspaceSwitcher_ViewerFragmentDoc,
    "\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId)\n  }\n": typeof types.SwitchWorkspaceDocument,
    "\n  query CreditPopoverDetails($windowDays: Int!) {\n    billing {\n      plan {\n        code\n        name\n      }\n      allocationGranted\n      renewsAt\n    }\n    forecast(windowDays: $windowDays) {\n      charges\n      burnPerDay\n      available\n      runsOutAt\n      renewsAt\n    }\n  }\n": typeof types.CreditPopoverDetailsDocument,
    "\n  subscription BalanceChanged {\n    balanceChanged {\n      ...BalanceFields\n    }\n  }\n": typeof types.BalanceChangedDocument,
    "\n  fragment BalanceFields on CreditBalance {\n    available\n    planAllocation\n    purchased\n    reserved\n    deficit\n    outOfCredits\n    renewsAt\n    version\n  }\n": typeof types.BalanceFieldsFragmentDoc,
    "\n  query SidebarBalance {\n    balance {\n      ...BalanceFields\n    }\n  }\n": typeof types.SidebarBalanceDocument,
    "\n  fragment AutoTopUp_settings on AutoTopUpSettings {\n    enabled\n    threshold\n    packs\n    monthlyCapPacks\n  }\n": typeof types.AutoTopUp_SettingsFragmentDoc,
    "\n  query AutoTopUpSettings {\n    billing {\n      autoTopUp {\n        ...AutoTopUp_settings\n      }\n      topUpPack {\n        ...BuyCredits_pack\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": typeof types.AutoTopUpSettingsDocument,
    "\n  mutation UpdateAutoTopUp($input: AutoTopUpInput!) {\n    updateAutoTopUp(input: $input) {\n      ...AutoTopUp_settings\n    }\n  }\n": typeof types.UpdateAutoTopUpDocument,
    "\n  fragment BuyCredits_pack on TopUpPack {\n    credits\n    priceCents\n    currency\n  }\n": typeof types.BuyCredits_PackFragmentDoc,
    "\n  query BuyCreditsInfo {\n    billing {\n      topUpPack {\n        ...BuyCredits_pack\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": typeof types.BuyCreditsInfoDocument,
    "\n  query CancelInfo {\n    billing {\n      status\n      cancelAtPeriodEnd\n      currentPeriodEnd\n      refundableUntil\n      plan {\n        code\n        name\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": typeof types.CancelInfoDocument,
    "\n  mutation CancelSubscription {\n    cancelSubscription {\n      endsAt\n      refunded\n    }\n  }\n": typeof types.CancelSubscriptionDocument,
    "\n  mutation ResumeSubscription {\n    resumeSubscription {\n      status\n      cancelAtPeriodEnd\n      renewsAt\n    }\n  }\n": typeof types.ResumeSubscriptionDocument,
    "\n  query PlanPicker {\n    plans {\n      ...PlanTerms\n    }\n    billing {\n      status\n      plan {\n        ...PlanTerms\n      }\n      scheduledPlan {\n        code\n      }\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n    }\n    viewer {\n      role\n    }\n  }\n": typeof types.PlanPickerDocument,
    "\n  query PlanChangePreview($plan: String!) {\n    planChangePreview(plan: $plan) {\n      kind\n      prorationCredits\n      effectiveAt\n      prorationDate\n      secondsLeft\n      periodSeconds\n      chargeTodayCents\n    }\n  }\n": typeof types.PlanChangePreviewDocument,
    "\n  query BillingSnapshotCard {\n    billing {\n      status\n      plan {\n        ...PlanTerms\n      }\n      scheduledPlan {\n        ...PlanTerms\n      }\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n      cancelAtPeriodEnd\n      allocationGranted\n      allocationUsed\n      allocationRemoved\n      notices {\n        id\n        kind\n        message\n        createdAt\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": typeof types.BillingSnapshotCardDocument,
    "\n  mutation BillingPortal {\n    billingPortalUrl\n  }\n": typeof types.BillingPortalDocument,
    "\n  mutation CancelScheduledPlanChange {\n    cancelScheduledPlanChange {\n      scheduledPlan {\n        code\n      }\n    }\n  }\n": typeof types.CancelScheduledPlanChangeDocument,
    "\n  fragment HistoryRow_transaction on Transaction {\n    id\n    ...TransactionSummary\n    sequence\n    deficitChange\n    actorKind\n    splits {\n      amount\n      grantLabel\n      grantSource\n    }\n    details {\n      inputTokens\n      outputTokens\n      rateCardVersion\n      prorationFraction\n    }\n  }\n": typeof types.HistoryRow_TransactionFragmentDoc,
    "\n  query TransactionHistory($first: Int!, $after: String, $filter: TransactionFilter) {\n    transactions(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          ...HistoryRow_transaction\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.TransactionHistoryDocument,
    "\n  subscription HistoryTransactionAdded($after: Int) {\n    transactionAdded(after: $after) {\n      id\n      sequence\n      type\n      feature\n      createdAt\n    }\n  }\n": typeof types.HistoryTransactionAddedDocument,
    "\n  query UsageByFeature($from: DateTime!, $to: DateTime!) {\n    usage(range: { from: $from, to: $to }, granularity: DAY) {\n      total\n      buckets {\n        start\n        features {\n          feature\n          credits\n        }\n      }\n      features {\n        feature\n        credits\n      }\n    }\n  }\n": typeof types.UsageByFeatureDocument,
    "\n  fragment TransactionSummary on Transaction {\n    id\n    type\n    createdAt\n    description\n    feature\n    amount\n    reservedChange\n  }\n": typeof types.TransactionSummaryFragmentDoc,
    "\n  fragment PlanTerms on Plan {\n    code\n    name\n    creditsPerPeriod\n    priceCents\n    currency\n  }\n": typeof types.PlanTermsFragmentDoc,
    "\n  mutation ChangePlan($input: ChangePlanInput!) {\n    changePlan(input: $input) {\n      kind\n      status\n      effectiveAt\n      prorationCredits\n      fromPlan {\n        code\n        name\n      }\n      toPlan {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ChangePlanDocument,
    "\n  mutation SubscribeToPlan($input: ChangePlanInput!) {\n    subscribe(input: $input) {\n      id\n      url\n    }\n  }\n": typeof types.SubscribeToPlanDocument,
    "\n  mutation PurchaseCredits($input: PurchaseCreditsInput!) {\n    purchaseCredits(input: $input) {\n      id\n      url\n    }\n  }\n": typeof types.PurchaseCreditsDocument,
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      status\n      goal\n      brief\n      locations\n      dailyBudgetCents\n      adAccountId\n      launchedAt\n      plan\n      adCopy {\n        headlines\n        descriptions\n      }\n      sitelinks {\n        text\n        url\n      }\n      keywords {\n        text\n        matchType\n      }\n    }\n    campaignPerformance(campaignId: $id, days: 30) {\n      days {\n        date\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n      totals {\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n    }\n  }\n": typeof types.CampaignDetailDocument,
    "\n  query CampaignsList($status: CampaignStatus) {\n    campaigns(status: $status) {\n      id\n      name\n      status\n      goal\n      dailyBudgetCents\n      adAccountId\n      locations\n      launchedAt\n      updatedAt\n    }\n  }\n": typeof types.CampaignsListDocument,
    "\n  fragment CampaignWizard_campaign on Campaign {\n    id\n    name\n    status\n    goal\n    brief\n    locations\n    dailyBudgetCents\n    productId\n    adAccountId\n    updatedAt\n    adCopy {\n      headlines\n      descriptions\n    }\n    sitelinks {\n      text\n      url\n      description1\n      description2\n    }\n    keywords {\n      text\n      matchType\n      monthlySearches\n    }\n  }\n": typeof types.CampaignWizard_CampaignFragmentDoc,
    "\n  query CampaignWizardDraft($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignWizard_campaign\n    }\n  }\n": typeof types.CampaignWizardDraftDocument,
    "\n  mutation CreateCampaignDraft($input: CreateCampaignDraftInput!) {\n    createCampaignDraft(input: $input) {\n      ...CampaignWizard_campaign\n    }\n  }\n": typeof types.CreateCampaignDraftDocument,
    "\n  mutation UpdateCampaignDraft($input: UpdateCampaignDraftInput!) {\n    updateCampaignDraft(input: $input) {\n      ...CampaignWizard_campaign\n    }\n  }\n": typeof types.UpdateCampaignDraftDocument,
    "\n  mutation GenerateAdCopy($input: CampaignAiInput!) {\n    generateAdCopy(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n": typeof types.GenerateAdCopyDocument,
    "\n  mutation GenerateSitelinks($input: CampaignAiInput!) {\n    generateSitelinks(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n": typeof types.GenerateSitelinksDocument,
    "\n  mutation ResearchKeywords($input: CampaignAiInput!) {\n    researchKeywords(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n": typeof types.ResearchKeywordsDocument,
    "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      campaign {\n        id\n        status\n        launchedAt\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n": typeof types.LaunchCampaignDocument,
    "\n  query CampaignWizardOptions {\n    products {\n      id\n      name\n      active\n    }\n    adAccounts {\n      id\n      name\n      platform\n      active\n    }\n  }\n": typeof types.CampaignWizardOptionsDocument,
    "\n  query DashboardOverview($types: [TransactionType!]) {\n    viewer {\n      user {\n        id\n        name\n      }\n      workspace {\n        id\n        name\n      }\n    }\n    billing {\n      plan {\n        code\n        name\n      }\n      allocationGranted\n      allocationUsed\n      renewsAt\n    }\n    dashboard(days: 30) {\n      days\n      drafts\n      launchedCampaigns\n      totals {\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n      topCampaigns {\n        id\n        name\n        totals {\n          clicks\n          conversions\n          spendCents\n        }\n      }\n      recentConversations {\n        id\n        title\n        updatedAt\n      }\n      activeProduct {\n        id\n        name\n      }\n      activeAdAccount {\n        id\n        name\n        platform\n        currency\n      }\n    }\n    transactions(first: 6, filter: { types: $types }) {\n      edges {\n        node {\n          id\n          ...TransactionSummary\n        }\n      }\n    }\n  }\n": typeof types.DashboardOverviewDocument,
    "\n  query DemoClock {\n    demoClock {\n      now\n      daysAhead\n      nextRenewalAt\n    }\n    viewer {\n      role\n    }\n  }\n": typeof types.DemoClockDocument,
    "\n  mutation AdvanceDemoClock($input: AdvanceDemoClockInput!) {\n    advanceDemoClock(input: $input) {\n      now\n      daysAhead\n      nextRenewalAt\n    }\n  }\n": typeof types.AdvanceDemoClockDocument,
    "\n  query FeatureAccess {\n    featureAccess {\n      feature\n      label\n      allowed\n      reason\n      estimatedMin\n      estimatedMax\n    }\n  }\n": typeof types.FeatureAccessDocument,
    "\n  fragment RunFeedback_charge on MeteredChargeInfo {\n    charged\n    held\n    replayed\n  }\n": typeof types.RunFeedback_ChargeFragmentDoc,
    "\n  fragment ConversationLink_conversation on HeroAiConversation {\n    id\n    title\n    updatedAt\n  }\n": typeof types.ConversationLink_ConversationFragmentDoc,
    "\n  query HeroAiConversations {\n    heroAiConversations {\n      id\n      ...ConversationLink_conversation\n    }\n  }\n": typeof types.HeroAiConversationsDocument,
    "\n  query HeroAiConversation($id: ID!) {\n    heroAiConversation(id: $id) {\n      id\n      title\n      messages {\n        id\n        role\n        text\n        createdAt\n        campaignsReferenced\n        daysOfData\n        inputTokens\n        outputTokens\n      }\n    }\n  }\n": typeof types.HeroAiConversationDocument,
    "\n  mutation StartHeroAiConversation($input: StartHeroAiConversationInput) {\n    startHeroAiConversation(input: $input) {\n      id\n      ...ConversationLink_conversation\n    }\n  }\n": typeof types.StartHeroAiConversationDocument,
    "\n  mutation SendHeroAiMessage($input: SendHeroAiMessageInput!) {\n    sendHeroAiMessage(input: $input) {\n      conversation {\n        id\n        ...ConversationLink_conversation\n      }\n      question {\n        id\n      }\n      answer {\n        id\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n": typeof types.SendHeroAiMessageDocument,
    "\n  subscription HeroAiMessageStream($conversationId: ID!) {\n    heroAiMessageStream(conversationId: $conversationId) {\n      conversationId\n      delta\n      done\n      messageId\n    }\n  }\n": typeof types.HeroAiMessageStreamDocument,
    "\n  query OutOfCreditsInfo {\n    billing {\n      renewsAt\n      plan {\n        ...PlanTerms\n      }\n      topUpPack {\n        ...BuyCredits_pack\n      }\n    }\n    plans {\n      ...PlanTerms\n    }\n  }\n": typeof types.OutOfCreditsInfoDocument,
    "\n  fragment KeyBudget_key on ApiKeyGql {\n    id\n    name\n    revokedAt\n    monthlyBudget\n    spentThisMonth\n    budgetResetsAt\n  }\n": typeof types.KeyBudget_KeyFragmentDoc,
    "\n  fragment ApiKeyRow_key on ApiKeyGql {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    revokedAt\n    ...KeyBudget_key\n  }\n": typeof types.ApiKeyRow_KeyFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      ...ApiKeyRow_key\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        ...ApiKeyRow_key\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation SetApiKeyBudget($input: SetApiKeyBudgetInput!) {\n    setApiKeyBudget(input: $input) {\n      id\n      ...KeyBudget_key\n    }\n  }\n": typeof types.SetApiKeyBudgetDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      secretPrefix\n      previousSecretExpiresAt\n      createdAt\n    }\n    webhookEventTypes {\n      type\n      description\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation RollWebhookSecret($id: ID!) {\n    rollWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        secretPrefix\n        previousSecretExpiresAt\n      }\n    }\n  }\n": typeof types.RollWebhookSecretDocument,
    "\n  mutation SetWebhookEndpointEnabled($id: ID!, $enabled: Boolean!) {\n    updateWebhookEndpoint(id: $id, input: { enabled: $enabled }) {\n      id\n      enabled\n    }\n  }\n": typeof types.SetWebhookEndpointEnabledDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  query WebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      id\n      status\n      attempts\n      nextAttemptAt\n      lastStatusCode\n      lastAttemptAt\n      event {\n        id\n        sequence\n        type\n      }\n      attemptLog {\n        attempt\n        error\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      id\n      status\n      nextAttemptAt\n    }\n  }\n": typeof types.ResendWebhookDeliveryDocument,
    "\n  query AccountsAndProducts {\n    adAccounts {\n      id\n      ...AdAccountsSection_account\n    }\n    products {\n      id\n      ...ProductCard_product\n    }\n  }\n": typeof types.AccountsAndProductsDocument,
    "\n  fragment AdAccountsSection_account on AdAccount {\n    id\n    name\n    platform\n    externalId\n    currency\n    active\n    createdAt\n  }\n": typeof types.AdAccountsSection_AccountFragmentDoc,
    "\n  mutation AddAdAccount($input: AddAdAccountInput!) {\n    addAdAccount(input: $input) {\n      ...AdAccountsSection_account\n    }\n  }\n": typeof types.AddAdAccountDocument,
    "\n  mutation SetActiveAdAccount($id: ID!) {\n    setActiveAdAccount(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.SetActiveAdAccountDocument,
    "\n  fragment ProductCard_product on Product {\n    id\n    name\n    url\n    description\n    priceCents\n    active\n    updatedAt\n    analysis {\n      id\n      text\n      createdAt\n    }\n  }\n": typeof types.ProductCard_ProductFragmentDoc,
    "\n  mutation SetActiveProduct($id: ID!) {\n    setActiveProduct(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.SetActiveProductDocument,
    "\n  mutation AnalyzeProduct($input: AnalyzeProductInput!) {\n    analyzeProduct(input: $input) {\n      product {\n        ...ProductCard_product\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n": typeof types.AnalyzeProductDocument,
    "\n  mutation AddProduct($input: AddProductInput!) {\n    addProduct(input: $input) {\n      ...ProductCard_product\n    }\n  }\n": typeof types.AddProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      ...ProductCard_product\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  query ConsoleWorkspaceEntries($workspaceId: ID!, $first: Int!, $after: String) {\n    workspaceAudit(workspaceId: $workspaceId) {\n      workspaceId\n      history(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            sequence\n            type\n            amount\n            description\n            actorKind\n            createdAt\n            splits {\n              grantLabel\n              amount\n            }\n            details {\n              inputTokens\n              outputTokens\n              rateCardVersion\n              prorationFraction\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ConsoleWorkspaceEntriesDocument,
    "\n  query ConsoleFindWorkspaces($query: String!) {\n    findWorkspaces(query: $query) {\n      id\n      name\n      matchedBy\n      stripeCustomerId\n      memberEmails\n    }\n  }\n": typeof types.ConsoleFindWorkspacesDocument,
    "\n  query ConsoleSupportQueue {\n    supportQueue {\n      id\n      workspaceId\n      workspaceName\n      subject\n      status\n      createdAt\n      author {\n        name\n      }\n      entries {\n        id\n      }\n    }\n  }\n": typeof types.ConsoleSupportQueueDocument,
    "\n  query ConsoleViewer {\n    viewer {\n      isSupport\n    }\n  }\n": typeof types.ConsoleViewerDocument,
    "\n  query ConsoleWorkspacePayments($workspaceId: ID!) {\n    workspaceAudit(workspaceId: $workspaceId) {\n      workspaceId\n      payments {\n        connected\n        customerId\n        charges {\n          id\n          paymentIntentId\n          amountCents\n          amountRefundedCents\n          currency\n          status\n          description\n          createdAt\n          disputes {\n            id\n            amountCents\n            status\n            reason\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleWorkspacePaymentsDocument,
    "\n  fragment ConsoleMessage_message on SupportRequestMessage {\n    id\n    fromStaff\n    authorName\n    body\n    createdAt\n  }\n": typeof types.ConsoleMessage_MessageFragmentDoc,
    "\n  query ConsoleSupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      id\n      workspaceId\n      workspaceName\n      subject\n      status\n      author {\n        name\n        email\n      }\n      entries {\n        id\n        sequence\n        description\n        amount\n        reservedChange\n      }\n      messages {\n        id\n        ...ConsoleMessage_message\n      }\n    }\n  }\n": typeof types.ConsoleSupportRequestDocument,
    "\n  mutation ConsoleAnswerSupportRequest($input: AnswerSupportRequestInput!) {\n    answerSupportRequest(input: $input) {\n      id\n      status\n      messages {\n        id\n        ...ConsoleMessage_message\n      }\n    }\n  }\n": typeof types.ConsoleAnswerSupportRequestDocument,
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
    "\n  query AdAccountCurrencies {\n    adAccounts {\n      id\n      active\n      currency\n    }\n  }\n": typeof types.AdAccountCurrenciesDocument,
};
const documents: Documents = {
    "\n  query ShellViewer {\n    viewer {\n      role\n      isSupport\n      user {\n        id\n        name\n        email\n      }\n      ...WorkspaceSwitcher_viewer\n    }\n  }\n": types.ShellViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Page($first: Int!, $after: String, $filter: TransactionFilter) {\n    transactions(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PageDocument,
    "\n  query AlertsSettings {\n    alerts {\n      id\n      kind\n      description\n      enabled\n      state\n      firedAt\n      emailsOwnersAndAdmins\n      recipients {\n        userId\n        name\n        email\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": types.AlertsSettingsDocument,
    "\n  query AlertRecipientsChoice {\n    members {\n      userId\n      name\n      email\n    }\n  }\n": types.AlertRecipientsChoiceDocument,
    "\n  mutation CreateAlert($input: CreateAlertInput!) {\n    createAlert(input: $input) {\n      id\n    }\n  }\n": types.CreateAlertDocument,
    "\n  mutation UpdateAlert($input: UpdateAlertInput!) {\n    updateAlert(input: $input) {\n      id\n      enabled\n      state\n    }\n  }\n": types.UpdateAlertDocument,
    "\n  mutation DeleteAlert($id: ID!) {\n    deleteAlert(id: $id)\n  }\n": types.DeleteAlertDocument,
    "\n  query Notifications {\n    notifications(first: 20) {\n      unreadCount\n      edges {\n        node {\n          id\n          title\n          body\n          read\n          createdAt\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids) {\n      unreadCount\n      lowBalance\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationsChanged {\n    notificationsChanged {\n      unreadCount\n      lowBalance\n    }\n  }\n": types.NotificationsChangedDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment WorkspaceSwitcher_viewer on Viewer {\n    workspace {\n      id\n      name\n    }\n    workspaces {\n      role\n      workspace {\n        id\n        name\n      }\n    }\n  }\n": types.WorkspaceSwitcher_ViewerFragmentDoc,
    "\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId)\n  }\n": types.SwitchWorkspaceDocument,
    "\n  query CreditPopoverDetails($windowDays: Int!) {\n    billing {\n      plan {\n        code\n        name\n      }\n      allocationGranted\n      renewsAt\n    }\n    forecast(windowDays: $windowDays) {\n      charges\n      burnPerDay\n      available\n      runsOutAt\n      renewsAt\n    }\n  }\n": types.CreditPopoverDetailsDocument,
    "\n  subscription BalanceChanged {\n    balanceChanged {\n      ...BalanceFields\n    }\n  }\n": types.BalanceChangedDocument,
    "\n  fragment BalanceFields on CreditBalance {\n    available\n    planAllocation\n    purchased\n    reserved\n    deficit\n    outOfCredits\n    renewsAt\n    version\n  }\n": types.BalanceFieldsFragmentDoc,
    "\n  query SidebarBalance {\n    balance {\n      ...BalanceFields\n    }\n  }\n": types.SidebarBalanceDocument,
    "\n  fragment AutoTopUp_settings on AutoTopUpSettings {\n    enabled\n    threshold\n    packs\n    monthlyCapPacks\n  }\n": types.AutoTopUp_SettingsFragmentDoc,
    "\n  query AutoTopUpSettings {\n    billing {\n      autoTopUp {\n        ...AutoTopUp_settings\n      }\n      topUpPack {\n        ...BuyCredits_pack\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": types.AutoTopUpSettingsDocument,
    "\n  mutation UpdateAutoTopUp($input: AutoTopUpInput!) {\n    updateAutoTopUp(input: $input) {\n      ...AutoTopUp_settings\n    }\n  }\n": types.UpdateAutoTopUpDocument,
    "\n  fragment BuyCredits_pack on TopUpPack {\n    credits\n    priceCents\n    currency\n  }\n": types.BuyCredits_PackFragmentDoc,
    "\n  query BuyCreditsInfo {\n    billing {\n      topUpPack {\n        ...BuyCredits_pack\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": types.BuyCreditsInfoDocument,
    "\n  query CancelInfo {\n    billing {\n      status\n      cancelAtPeriodEnd\n      currentPeriodEnd\n      refundableUntil\n      plan {\n        code\n        name\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": types.CancelInfoDocument,
    "\n  mutation CancelSubscription {\n    cancelSubscription {\n      endsAt\n      refunded\n    }\n  }\n": types.CancelSubscriptionDocument,
    "\n  mutation ResumeSubscription {\n    resumeSubscription {\n      status\n      cancelAtPeriodEnd\n      renewsAt\n    }\n  }\n": types.ResumeSubscriptionDocument,
    "\n  query PlanPicker {\n    plans {\n      ...PlanTerms\n    }\n    billing {\n      status\n      plan {\n        ...PlanTerms\n      }\n      scheduledPlan {\n        code\n      }\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n    }\n    viewer {\n      role\n    }\n  }\n": types.PlanPickerDocument,
    "\n  query PlanChangePreview($plan: String!) {\n    planChangePreview(plan: $plan) {\n      kind\n      prorationCredits\n      effectiveAt\n      prorationDate\n      secondsLeft\n      periodSeconds\n      chargeTodayCents\n    }\n  }\n": types.PlanChangePreviewDocument,
    "\n  query BillingSnapshotCard {\n    billing {\n      status\n      plan {\n        ...PlanTerms\n      }\n      scheduledPlan {\n        ...PlanTerms\n      }\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n      cancelAtPeriodEnd\n      allocationGranted\n      allocationUsed\n      allocationRemoved\n      notices {\n        id\n        kind\n        message\n        createdAt\n      }\n    }\n    viewer {\n      role\n    }\n  }\n": types.BillingSnapshotCardDocument,
    "\n  mutation BillingPortal {\n    billingPortalUrl\n  }\n": types.BillingPortalDocument,
    "\n  mutation CancelScheduledPlanChange {\n    cancelScheduledPlanChange {\n      scheduledPlan {\n        code\n      }\n    }\n  }\n": types.CancelScheduledPlanChangeDocument,
    "\n  fragment HistoryRow_transaction on Transaction {\n    id\n    ...TransactionSummary\n    sequence\n    deficitChange\n    actorKind\n    splits {\n      amount\n      grantLabel\n      grantSource\n    }\n    details {\n      inputTokens\n      outputTokens\n      rateCardVersion\n      prorationFraction\n    }\n  }\n": types.HistoryRow_TransactionFragmentDoc,
    "\n  query TransactionHistory($first: Int!, $after: String, $filter: TransactionFilter) {\n    transactions(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          ...HistoryRow_transaction\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.TransactionHistoryDocument,
    "\n  subscription HistoryTransactionAdded($after: Int) {\n    transactionAdded(after: $after) {\n      id\n      sequence\n      type\n      feature\n      createdAt\n    }\n  }\n": types.HistoryTransactionAddedDocument,
    "\n  query UsageByFeature($from: DateTime!, $to: DateTime!) {\n    usage(range: { from: $from, to: $to }, granularity: DAY) {\n      total\n      buckets {\n        start\n        features {\n          feature\n          credits\n        }\n      }\n      features {\n        feature\n        credits\n      }\n    }\n  }\n": types.UsageByFeatureDocument,
    "\n  fragment TransactionSummary on Transaction {\n    id\n    type\n    createdAt\n    description\n    feature\n    amount\n    reservedChange\n  }\n": types.TransactionSummaryFragmentDoc,
    "\n  fragment PlanTerms on Plan {\n    code\n    name\n    creditsPerPeriod\n    priceCents\n    currency\n  }\n": types.PlanTermsFragmentDoc,
    "\n  mutation ChangePlan($input: ChangePlanInput!) {\n    changePlan(input: $input) {\n      kind\n      status\n      effectiveAt\n      prorationCredits\n      fromPlan {\n        code\n        name\n      }\n      toPlan {\n        code\n        name\n      }\n    }\n  }\n": types.ChangePlanDocument,
    "\n  mutation SubscribeToPlan($input: ChangePlanInput!) {\n    subscribe(input: $input) {\n      id\n      url\n    }\n  }\n": types.SubscribeToPlanDocument,
    "\n  mutation PurchaseCredits($input: PurchaseCreditsInput!) {\n    purchaseCredits(input: $input) {\n      id\n      url\n    }\n  }\n": types.PurchaseCreditsDocument,
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      status\n      goal\n      brief\n      locations\n      dailyBudgetCents\n      adAccountId\n      launchedAt\n      plan\n      adCopy {\n        headlines\n        descriptions\n      }\n      sitelinks {\n        text\n        url\n      }\n      keywords {\n        text\n        matchType\n      }\n    }\n    campaignPerformance(campaignId: $id, days: 30) {\n      days {\n        date\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n      totals {\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n    }\n  }\n": types.CampaignDetailDocument,
    "\n  query CampaignsList($status: CampaignStatus) {\n    campaigns(status: $status) {\n      id\n      name\n      status\n      goal\n      dailyBudgetCents\n      adAccountId\n      locations\n      launchedAt\n      updatedAt\n    }\n  }\n": types.CampaignsListDocument,
    "\n  fragment CampaignWizard_campaign on Campaign {\n    id\n    name\n    status\n    goal\n    brief\n    locations\n    dailyBudgetCents\n    productId\n    adAccountId\n    updatedAt\n    adCopy {\n      headlines\n      descriptions\n    }\n    sitelinks {\n      text\n      url\n      description1\n      description2\n    }\n    keywords {\n      text\n      matchType\n      monthlySearches\n    }\n  }\n": types.CampaignWizard_CampaignFragmentDoc,
    "\n  query CampaignWizardDraft($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignWizard_campaign\n    }\n  }\n": types.CampaignWizardDraftDocument,
    "\n  mutation CreateCampaignDraft($input: CreateCampaignDraftInput!) {\n    createCampaignDraft(input: $input) {\n      ...CampaignWizard_campaign\n    }\n  }\n": types.CreateCampaignDraftDocument,
    "\n  mutation UpdateCampaignDraft($input: UpdateCampaignDraftInput!) {\n    updateCampaignDraft(input: $input) {\n      ...CampaignWizard_campaign\n    }\n  }\n": types.UpdateCampaignDraftDocument,
    "\n  mutation GenerateAdCopy($input: CampaignAiInput!) {\n    generateAdCopy(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n": types.GenerateAdCopyDocument,
    "\n  mutation GenerateSitelinks($input: CampaignAiInput!) {\n    generateSitelinks(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n": types.GenerateSitelinksDocument,
    "\n  mutation ResearchKeywords($input: CampaignAiInput!) {\n    researchKeywords(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n": types.ResearchKeywordsDocument,
    "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      campaign {\n        id\n        status\n        launchedAt\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n": types.LaunchCampaignDocument,
    "\n  query CampaignWizardOptions {\n    products {\n      id\n      name\n      active\n    }\n    adAccounts {\n      id\n      name\n      platform\n      active\n    }\n  }\n": types.CampaignWizardOptionsDocument,
    "\n  query DashboardOverview($types: [TransactionType!]) {\n    viewer {\n      user {\n        id\n        name\n      }\n      workspace {\n        id\n        name\n      }\n    }\n    billing {\n      plan {\n        code\n        name\n      }\n      allocationGranted\n      allocationUsed\n      renewsAt\n    }\n    dashboard(days: 30) {\n      days\n      drafts\n      launchedCampaigns\n      totals {\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n      topCampaigns {\n        id\n        name\n        totals {\n          clicks\n          conversions\n          spendCents\n        }\n      }\n      recentConversations {\n        id\n        title\n        updatedAt\n      }\n      activeProduct {\n        id\n        name\n      }\n      activeAdAccount {\n        id\n        name\n        platform\n        currency\n      }\n    }\n    transactions(first: 6, filter: { types: $types }) {\n      edges {\n        node {\n          id\n          ...TransactionSummary\n        }\n      }\n    }\n  }\n": types.DashboardOverviewDocument,
    "\n  query DemoClock {\n    demoClock {\n      now\n      daysAhead\n      nextRenewalAt\n    }\n    viewer {\n      role\n    }\n  }\n": types.DemoClockDocument,
    "\n  mutation AdvanceDemoClock($input: AdvanceDemoClockInput!) {\n    advanceDemoClock(input: $input) {\n      now\n      daysAhead\n      nextRenewalAt\n    }\n  }\n": types.AdvanceDemoClockDocument,
    "\n  query FeatureAccess {\n    featureAccess {\n      feature\n      label\n      allowed\n      reason\n      estimatedMin\n      estimatedMax\n    }\n  }\n": types.FeatureAccessDocument,
    "\n  fragment RunFeedback_charge on MeteredChargeInfo {\n    charged\n    held\n    replayed\n  }\n": types.RunFeedback_ChargeFragmentDoc,
    "\n  fragment ConversationLink_conversation on HeroAiConversation {\n    id\n    title\n    updatedAt\n  }\n": types.ConversationLink_ConversationFragmentDoc,
    "\n  query HeroAiConversations {\n    heroAiConversations {\n      id\n      ...ConversationLink_conversation\n    }\n  }\n": types.HeroAiConversationsDocument,
    "\n  query HeroAiConversation($id: ID!) {\n    heroAiConversation(id: $id) {\n      id\n      title\n      messages {\n        id\n        role\n        text\n        createdAt\n        campaignsReferenced\n        daysOfData\n        inputTokens\n        outputTokens\n      }\n    }\n  }\n": types.HeroAiConversationDocument,
    "\n  mutation StartHeroAiConversation($input: StartHeroAiConversationInput) {\n    startHeroAiConversation(input: $input) {\n      id\n      ...ConversationLink_conversation\n    }\n  }\n": types.StartHeroAiConversationDocument,
    "\n  mutation SendHeroAiMessage($input: SendHeroAiMessageInput!) {\n    sendHeroAiMessage(input: $input) {\n      conversation {\n        id\n        ...ConversationLink_conversation\n      }\n      question {\n        id\n      }\n      answer {\n        id\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n": types.SendHeroAiMessageDocument,
    "\n  subscription HeroAiMessageStream($conversationId: ID!) {\n    heroAiMessageStream(conversationId: $conversationId) {\n      conversationId\n      delta\n      done\n      messageId\n    }\n  }\n": types.HeroAiMessageStreamDocument,
    "\n  query OutOfCreditsInfo {\n    billing {\n      renewsAt\n      plan {\n        ...PlanTerms\n      }\n      topUpPack {\n        ...BuyCredits_pack\n      }\n    }\n    plans {\n      ...PlanTerms\n    }\n  }\n": types.OutOfCreditsInfoDocument,
    "\n  fragment KeyBudget_key on ApiKeyGql {\n    id\n    name\n    revokedAt\n    monthlyBudget\n    spentThisMonth\n    budgetResetsAt\n  }\n": types.KeyBudget_KeyFragmentDoc,
    "\n  fragment ApiKeyRow_key on ApiKeyGql {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    revokedAt\n    ...KeyBudget_key\n  }\n": types.ApiKeyRow_KeyFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      ...ApiKeyRow_key\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        ...ApiKeyRow_key\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation SetApiKeyBudget($input: SetApiKeyBudgetInput!) {\n    setApiKeyBudget(input: $input) {\n      id\n      ...KeyBudget_key\n    }\n  }\n": types.SetApiKeyBudgetDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      secretPrefix\n      previousSecretExpiresAt\n      createdAt\n    }\n    webhookEventTypes {\n      type\n      description\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation RollWebhookSecret($id: ID!) {\n    rollWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        secretPrefix\n        previousSecretExpiresAt\n      }\n    }\n  }\n": types.RollWebhookSecretDocument,
    "\n  mutation SetWebhookEndpointEnabled($id: ID!, $enabled: Boolean!) {\n    updateWebhookEndpoint(id: $id, input: { enabled: $enabled }) {\n      id\n      enabled\n    }\n  }\n": types.SetWebhookEndpointEnabledDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  query WebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      id\n      status\n      attempts\n      nextAttemptAt\n      lastStatusCode\n      lastAttemptAt\n      event {\n        id\n        sequence\n        type\n      }\n      attemptLog {\n        attempt\n        error\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      id\n      status\n      nextAttemptAt\n    }\n  }\n": types.ResendWebhookDeliveryDocument,
    "\n  query AccountsAndProducts {\n    adAccounts {\n      id\n      ...AdAccountsSection_account\n    }\n    products {\n      id\n      ...ProductCard_product\n    }\n  }\n": types.AccountsAndProductsDocument,
    "\n  fragment AdAccountsSection_account on AdAccount {\n    id\n    name\n    platform\n    externalId\n    currency\n    active\n    createdAt\n  }\n": types.AdAccountsSection_AccountFragmentDoc,
    "\n  mutation AddAdAccount($input: AddAdAccountInput!) {\n    addAdAccount(input: $input) {\n      ...AdAccountsSection_account\n    }\n  }\n": types.AddAdAccountDocument,
    "\n  mutation SetActiveAdAccount($id: ID!) {\n    setActiveAdAccount(id: $id) {\n      id\n      active\n    }\n  }\n": types.SetActiveAdAccountDocument,
    "\n  fragment ProductCard_product on Product {\n    id\n    name\n    url\n    description\n    priceCents\n    active\n    updatedAt\n    analysis {\n      id\n      text\n      createdAt\n    }\n  }\n": types.ProductCard_ProductFragmentDoc,
    "\n  mutation SetActiveProduct($id: ID!) {\n    setActiveProduct(id: $id) {\n      id\n      active\n    }\n  }\n": types.SetActiveProductDocument,
    "\n  mutation AnalyzeProduct($input: AnalyzeProductInput!) {\n    analyzeProduct(input: $input) {\n      product {\n        ...ProductCard_product\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n": types.AnalyzeProductDocument,
    "\n  mutation AddProduct($input: AddProductInput!) {\n    addProduct(input: $input) {\n      ...ProductCard_product\n    }\n  }\n": types.AddProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      ...ProductCard_product\n    }\n  }\n": types.UpdateProductDocument,
    "\n  query ConsoleWorkspaceEntries($workspaceId: ID!, $first: Int!, $after: String) {\n    workspaceAudit(workspaceId: $workspaceId) {\n      workspaceId\n      history(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            sequence\n            type\n            amount\n            description\n            actorKind\n            createdAt\n            splits {\n              grantLabel\n              amount\n            }\n            details {\n              inputTokens\n              outputTokens\n              rateCardVersion\n              prorationFraction\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ConsoleWorkspaceEntriesDocument,
    "\n  query ConsoleFindWorkspaces($query: String!) {\n    findWorkspaces(query: $query) {\n      id\n      name\n      matchedBy\n      stripeCustomerId\n      memberEmails\n    }\n  }\n": types.ConsoleFindWorkspacesDocument,
    "\n  query ConsoleSupportQueue {\n    supportQueue {\n      id\n      workspaceId\n      workspaceName\n      subject\n      status\n      createdAt\n      author {\n        name\n      }\n      entries {\n        id\n      }\n    }\n  }\n": types.ConsoleSupportQueueDocument,
    "\n  query ConsoleViewer {\n    viewer {\n      isSupport\n    }\n  }\n": types.ConsoleViewerDocument,
    "\n  query ConsoleWorkspacePayments($workspaceId: ID!) {\n    workspaceAudit(workspaceId: $workspaceId) {\n      workspaceId\n      payments {\n        connected\n        customerId\n        charges {\n          id\n          paymentIntentId\n          amountCents\n          amountRefundedCents\n          currency\n          status\n          description\n          createdAt\n          disputes {\n            id\n            amountCents\n            status\n            reason\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleWorkspacePaymentsDocument,
    "\n  fragment ConsoleMessage_message on SupportRequestMessage {\n    id\n    fromStaff\n    authorName\n    body\n    createdAt\n  }\n": types.ConsoleMessage_MessageFragmentDoc,
    "\n  query ConsoleSupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      id\n      workspaceId\n      workspaceName\n      subject\n      status\n      author {\n        name\n        email\n      }\n      entries {\n        id\n        sequence\n        description\n        amount\n        reservedChange\n      }\n      messages {\n        id\n        ...ConsoleMessage_message\n      }\n    }\n  }\n": types.ConsoleSupportRequestDocument,
    "\n  mutation ConsoleAnswerSupportRequest($input: AnswerSupportRequestInput!) {\n    answerSupportRequest(input: $input) {\n      id\n      status\n      messages {\n        id\n        ...ConsoleMessage_message\n      }\n    }\n  }\n": types.ConsoleAnswerSupportRequestDocument,
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
    "\n  query AdAccountCurrencies {\n    adAccounts {\n      id\n      active\n      currency\n    }\n  }\n": types.AdAccountCurrenciesDocument,
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
export function graphql(source: "\n  query Page($first: Int!, $after: String, $filter: TransactionFilter) {\n    transactions(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Page($first: Int!, $after: String, $filter: TransactionFilter) {\n    transactions(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsSettings {\n    alerts {\n      id\n      kind\n      description\n      enabled\n      state\n      firedAt\n      emailsOwnersAndAdmins\n      recipients {\n        userId\n        name\n        email\n      }\n    }\n    viewer {\n      role\n    }\n  }\n"): (typeof documents)["\n  query AlertsSettings {\n    alerts {\n      id\n      kind\n      description\n      enabled\n      state\n      firedAt\n      emailsOwnersAndAdmins\n      recipients {\n        userId\n        name\n        email\n      }\n    }\n    viewer {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertRecipientsChoice {\n    members {\n      userId\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query AlertRecipientsChoice {\n    members {\n      userId\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAlert($input: CreateAlertInput!) {\n    createAlert(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAlert($input: CreateAlertInput!) {\n    createAlert(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAlert($input: UpdateAlertInput!) {\n    updateAlert(input: $input) {\n      id\n      enabled\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAlert($input: UpdateAlertInput!) {\n    updateAlert(input: $input) {\n      id\n      enabled\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAlert($id: ID!) {\n    deleteAlert(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAlert($id: ID!) {\n    deleteAlert(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications(first: 20) {\n      unreadCount\n      edges {\n        node {\n          id\n          title\n          body\n          read\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    notifications(first: 20) {\n      unreadCount\n      edges {\n        node {\n          id\n          title\n          body\n          read\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids) {\n      unreadCount\n      lowBalance\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids) {\n      unreadCount\n      lowBalance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationsChanged {\n    notificationsChanged {\n      unreadCount\n      lowBalance\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationsChanged {\n    notificationsChanged {\n      unreadCount\n      lowBalance\n    }\n  }\n"];
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
export function graphql(source: "\n  query CreditPopoverDetails($windowDays: Int!) {\n    billing {\n      plan {\n        code\n        name\n      }\n      allocationGranted\n      renewsAt\n    }\n    forecast(windowDays: $windowDays) {\n      charges\n      burnPerDay\n      available\n      runsOutAt\n      renewsAt\n    }\n  }\n"): (typeof documents)["\n  query CreditPopoverDetails($windowDays: Int!) {\n    billing {\n      plan {\n        code\n        name\n      }\n      allocationGranted\n      renewsAt\n    }\n    forecast(windowDays: $windowDays) {\n      charges\n      burnPerDay\n      available\n      runsOutAt\n      renewsAt\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment AutoTopUp_settings on AutoTopUpSettings {\n    enabled\n    threshold\n    packs\n    monthlyCapPacks\n  }\n"): (typeof documents)["\n  fragment AutoTopUp_settings on AutoTopUpSettings {\n    enabled\n    threshold\n    packs\n    monthlyCapPacks\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutoTopUpSettings {\n    billing {\n      autoTopUp {\n        ...AutoTopUp_settings\n      }\n      topUpPack {\n        ...BuyCredits_pack\n      }\n    }\n    viewer {\n      role\n    }\n  }\n"): (typeof documents)["\n  query AutoTopUpSettings {\n    billing {\n      autoTopUp {\n        ...AutoTopUp_settings\n      }\n      topUpPack {\n        ...BuyCredits_pack\n      }\n    }\n    viewer {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAutoTopUp($input: AutoTopUpInput!) {\n    updateAutoTopUp(input: $input) {\n      ...AutoTopUp_settings\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAutoTopUp($input: AutoTopUpInput!) {\n    updateAutoTopUp(input: $input) {\n      ...AutoTopUp_settings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BuyCredits_pack on TopUpPack {\n    credits\n    priceCents\n    currency\n  }\n"): (typeof documents)["\n  fragment BuyCredits_pack on TopUpPack {\n    credits\n    priceCents\n    currency\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuyCreditsInfo {\n    billing {\n      topUpPack {\n        ...BuyCredits_pack\n      }\n    }\n    viewer {\n      role\n    }\n  }\n"): (typeof documents)["\n  query BuyCreditsInfo {\n    billing {\n      topUpPack {\n        ...BuyCredits_pack\n      }\n    }\n    viewer {\n      role\n    }\n  }\n"];
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
export function graphql(source: "\n  query PlanPicker {\n    plans {\n      ...PlanTerms\n    }\n    billing {\n      status\n      plan {\n        ...PlanTerms\n      }\n      scheduledPlan {\n        code\n      }\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n    }\n    viewer {\n      role\n    }\n  }\n"): (typeof documents)["\n  query PlanPicker {\n    plans {\n      ...PlanTerms\n    }\n    billing {\n      status\n      plan {\n        ...PlanTerms\n      }\n      scheduledPlan {\n        code\n      }\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n    }\n    viewer {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanChangePreview($plan: String!) {\n    planChangePreview(plan: $plan) {\n      kind\n      prorationCredits\n      effectiveAt\n      prorationDate\n      secondsLeft\n      periodSeconds\n      chargeTodayCents\n    }\n  }\n"): (typeof documents)["\n  query PlanChangePreview($plan: String!) {\n    planChangePreview(plan: $plan) {\n      kind\n      prorationCredits\n      effectiveAt\n      prorationDate\n      secondsLeft\n      periodSeconds\n      chargeTodayCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingSnapshotCard {\n    billing {\n      status\n      plan {\n        ...PlanTerms\n      }\n      scheduledPlan {\n        ...PlanTerms\n      }\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n      cancelAtPeriodEnd\n      allocationGranted\n      allocationUsed\n      allocationRemoved\n      notices {\n        id\n        kind\n        message\n        createdAt\n      }\n    }\n    viewer {\n      role\n    }\n  }\n"): (typeof documents)["\n  query BillingSnapshotCard {\n    billing {\n      status\n      plan {\n        ...PlanTerms\n      }\n      scheduledPlan {\n        ...PlanTerms\n      }\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n      cancelAtPeriodEnd\n      allocationGranted\n      allocationUsed\n      allocationRemoved\n      notices {\n        id\n        kind\n        message\n        createdAt\n      }\n    }\n    viewer {\n      role\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment HistoryRow_transaction on Transaction {\n    id\n    ...TransactionSummary\n    sequence\n    deficitChange\n    actorKind\n    splits {\n      amount\n      grantLabel\n      grantSource\n    }\n    details {\n      inputTokens\n      outputTokens\n      rateCardVersion\n      prorationFraction\n    }\n  }\n"): (typeof documents)["\n  fragment HistoryRow_transaction on Transaction {\n    id\n    ...TransactionSummary\n    sequence\n    deficitChange\n    actorKind\n    splits {\n      amount\n      grantLabel\n      grantSource\n    }\n    details {\n      inputTokens\n      outputTokens\n      rateCardVersion\n      prorationFraction\n    }\n  }\n"];
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
export function graphql(source: "\n  query UsageByFeature($from: DateTime!, $to: DateTime!) {\n    usage(range: { from: $from, to: $to }, granularity: DAY) {\n      total\n      buckets {\n        start\n        features {\n          feature\n          credits\n        }\n      }\n      features {\n        feature\n        credits\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsageByFeature($from: DateTime!, $to: DateTime!) {\n    usage(range: { from: $from, to: $to }, granularity: DAY) {\n      total\n      buckets {\n        start\n        features {\n          feature\n          credits\n        }\n      }\n      features {\n        feature\n        credits\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransactionSummary on Transaction {\n    id\n    type\n    createdAt\n    description\n    feature\n    amount\n    reservedChange\n  }\n"): (typeof documents)["\n  fragment TransactionSummary on Transaction {\n    id\n    type\n    createdAt\n    description\n    feature\n    amount\n    reservedChange\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanTerms on Plan {\n    code\n    name\n    creditsPerPeriod\n    priceCents\n    currency\n  }\n"): (typeof documents)["\n  fragment PlanTerms on Plan {\n    code\n    name\n    creditsPerPeriod\n    priceCents\n    currency\n  }\n"];
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
export function graphql(source: "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      status\n      goal\n      brief\n      locations\n      dailyBudgetCents\n      adAccountId\n      launchedAt\n      plan\n      adCopy {\n        headlines\n        descriptions\n      }\n      sitelinks {\n        text\n        url\n      }\n      keywords {\n        text\n        matchType\n      }\n    }\n    campaignPerformance(campaignId: $id, days: 30) {\n      days {\n        date\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n      totals {\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      status\n      goal\n      brief\n      locations\n      dailyBudgetCents\n      adAccountId\n      launchedAt\n      plan\n      adCopy {\n        headlines\n        descriptions\n      }\n      sitelinks {\n        text\n        url\n      }\n      keywords {\n        text\n        matchType\n      }\n    }\n    campaignPerformance(campaignId: $id, days: 30) {\n      days {\n        date\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n      totals {\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignsList($status: CampaignStatus) {\n    campaigns(status: $status) {\n      id\n      name\n      status\n      goal\n      dailyBudgetCents\n      adAccountId\n      locations\n      launchedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query CampaignsList($status: CampaignStatus) {\n    campaigns(status: $status) {\n      id\n      name\n      status\n      goal\n      dailyBudgetCents\n      adAccountId\n      locations\n      launchedAt\n      updatedAt\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CreateCampaignDraft($input: CreateCampaignDraftInput!) {\n    createCampaignDraft(input: $input) {\n      ...CampaignWizard_campaign\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaignDraft($input: CreateCampaignDraftInput!) {\n    createCampaignDraft(input: $input) {\n      ...CampaignWizard_campaign\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaignDraft($input: UpdateCampaignDraftInput!) {\n    updateCampaignDraft(input: $input) {\n      ...CampaignWizard_campaign\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaignDraft($input: UpdateCampaignDraftInput!) {\n    updateCampaignDraft(input: $input) {\n      ...CampaignWizard_campaign\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateAdCopy($input: CampaignAiInput!) {\n    generateAdCopy(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateAdCopy($input: CampaignAiInput!) {\n    generateAdCopy(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateSitelinks($input: CampaignAiInput!) {\n    generateSitelinks(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateSitelinks($input: CampaignAiInput!) {\n    generateSitelinks(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResearchKeywords($input: CampaignAiInput!) {\n    researchKeywords(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResearchKeywords($input: CampaignAiInput!) {\n    researchKeywords(input: $input) {\n      campaign {\n        ...CampaignWizard_campaign\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      campaign {\n        id\n        status\n        launchedAt\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      campaign {\n        id\n        status\n        launchedAt\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignWizardOptions {\n    products {\n      id\n      name\n      active\n    }\n    adAccounts {\n      id\n      name\n      platform\n      active\n    }\n  }\n"): (typeof documents)["\n  query CampaignWizardOptions {\n    products {\n      id\n      name\n      active\n    }\n    adAccounts {\n      id\n      name\n      platform\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOverview($types: [TransactionType!]) {\n    viewer {\n      user {\n        id\n        name\n      }\n      workspace {\n        id\n        name\n      }\n    }\n    billing {\n      plan {\n        code\n        name\n      }\n      allocationGranted\n      allocationUsed\n      renewsAt\n    }\n    dashboard(days: 30) {\n      days\n      drafts\n      launchedCampaigns\n      totals {\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n      topCampaigns {\n        id\n        name\n        totals {\n          clicks\n          conversions\n          spendCents\n        }\n      }\n      recentConversations {\n        id\n        title\n        updatedAt\n      }\n      activeProduct {\n        id\n        name\n      }\n      activeAdAccount {\n        id\n        name\n        platform\n        currency\n      }\n    }\n    transactions(first: 6, filter: { types: $types }) {\n      edges {\n        node {\n          id\n          ...TransactionSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardOverview($types: [TransactionType!]) {\n    viewer {\n      user {\n        id\n        name\n      }\n      workspace {\n        id\n        name\n      }\n    }\n    billing {\n      plan {\n        code\n        name\n      }\n      allocationGranted\n      allocationUsed\n      renewsAt\n    }\n    dashboard(days: 30) {\n      days\n      drafts\n      launchedCampaigns\n      totals {\n        impressions\n        clicks\n        conversions\n        spendCents\n      }\n      topCampaigns {\n        id\n        name\n        totals {\n          clicks\n          conversions\n          spendCents\n        }\n      }\n      recentConversations {\n        id\n        title\n        updatedAt\n      }\n      activeProduct {\n        id\n        name\n      }\n      activeAdAccount {\n        id\n        name\n        platform\n        currency\n      }\n    }\n    transactions(first: 6, filter: { types: $types }) {\n      edges {\n        node {\n          id\n          ...TransactionSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoClock {\n    demoClock {\n      now\n      daysAhead\n      nextRenewalAt\n    }\n    viewer {\n      role\n    }\n  }\n"): (typeof documents)["\n  query DemoClock {\n    demoClock {\n      now\n      daysAhead\n      nextRenewalAt\n    }\n    viewer {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceDemoClock($input: AdvanceDemoClockInput!) {\n    advanceDemoClock(input: $input) {\n      now\n      daysAhead\n      nextRenewalAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceDemoClock($input: AdvanceDemoClockInput!) {\n    advanceDemoClock(input: $input) {\n      now\n      daysAhead\n      nextRenewalAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeatureAccess {\n    featureAccess {\n      feature\n      label\n      allowed\n      reason\n      estimatedMin\n      estimatedMax\n    }\n  }\n"): (typeof documents)["\n  query FeatureAccess {\n    featureAccess {\n      feature\n      label\n      allowed\n      reason\n      estimatedMin\n      estimatedMax\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunFeedback_charge on MeteredChargeInfo {\n    charged\n    held\n    replayed\n  }\n"): (typeof documents)["\n  fragment RunFeedback_charge on MeteredChargeInfo {\n    charged\n    held\n    replayed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationLink_conversation on HeroAiConversation {\n    id\n    title\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ConversationLink_conversation on HeroAiConversation {\n    id\n    title\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeroAiConversations {\n    heroAiConversations {\n      id\n      ...ConversationLink_conversation\n    }\n  }\n"): (typeof documents)["\n  query HeroAiConversations {\n    heroAiConversations {\n      id\n      ...ConversationLink_conversation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeroAiConversation($id: ID!) {\n    heroAiConversation(id: $id) {\n      id\n      title\n      messages {\n        id\n        role\n        text\n        createdAt\n        campaignsReferenced\n        daysOfData\n        inputTokens\n        outputTokens\n      }\n    }\n  }\n"): (typeof documents)["\n  query HeroAiConversation($id: ID!) {\n    heroAiConversation(id: $id) {\n      id\n      title\n      messages {\n        id\n        role\n        text\n        createdAt\n        campaignsReferenced\n        daysOfData\n        inputTokens\n        outputTokens\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartHeroAiConversation($input: StartHeroAiConversationInput) {\n    startHeroAiConversation(input: $input) {\n      id\n      ...ConversationLink_conversation\n    }\n  }\n"): (typeof documents)["\n  mutation StartHeroAiConversation($input: StartHeroAiConversationInput) {\n    startHeroAiConversation(input: $input) {\n      id\n      ...ConversationLink_conversation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendHeroAiMessage($input: SendHeroAiMessageInput!) {\n    sendHeroAiMessage(input: $input) {\n      conversation {\n        id\n        ...ConversationLink_conversation\n      }\n      question {\n        id\n      }\n      answer {\n        id\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendHeroAiMessage($input: SendHeroAiMessageInput!) {\n    sendHeroAiMessage(input: $input) {\n      conversation {\n        id\n        ...ConversationLink_conversation\n      }\n      question {\n        id\n      }\n      answer {\n        id\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HeroAiMessageStream($conversationId: ID!) {\n    heroAiMessageStream(conversationId: $conversationId) {\n      conversationId\n      delta\n      done\n      messageId\n    }\n  }\n"): (typeof documents)["\n  subscription HeroAiMessageStream($conversationId: ID!) {\n    heroAiMessageStream(conversationId: $conversationId) {\n      conversationId\n      delta\n      done\n      messageId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutOfCreditsInfo {\n    billing {\n      renewsAt\n      plan {\n        ...PlanTerms\n      }\n      topUpPack {\n        ...BuyCredits_pack\n      }\n    }\n    plans {\n      ...PlanTerms\n    }\n  }\n"): (typeof documents)["\n  query OutOfCreditsInfo {\n    billing {\n      renewsAt\n      plan {\n        ...PlanTerms\n      }\n      topUpPack {\n        ...BuyCredits_pack\n      }\n    }\n    plans {\n      ...PlanTerms\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeyBudget_key on ApiKeyGql {\n    id\n    name\n    revokedAt\n    monthlyBudget\n    spentThisMonth\n    budgetResetsAt\n  }\n"): (typeof documents)["\n  fragment KeyBudget_key on ApiKeyGql {\n    id\n    name\n    revokedAt\n    monthlyBudget\n    spentThisMonth\n    budgetResetsAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRow_key on ApiKeyGql {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    revokedAt\n    ...KeyBudget_key\n  }\n"): (typeof documents)["\n  fragment ApiKeyRow_key on ApiKeyGql {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    revokedAt\n    ...KeyBudget_key\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      id\n      ...ApiKeyRow_key\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      id\n      ...ApiKeyRow_key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        ...ApiKeyRow_key\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        ...ApiKeyRow_key\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetApiKeyBudget($input: SetApiKeyBudgetInput!) {\n    setApiKeyBudget(input: $input) {\n      id\n      ...KeyBudget_key\n    }\n  }\n"): (typeof documents)["\n  mutation SetApiKeyBudget($input: SetApiKeyBudgetInput!) {\n    setApiKeyBudget(input: $input) {\n      id\n      ...KeyBudget_key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      secretPrefix\n      previousSecretExpiresAt\n      createdAt\n    }\n    webhookEventTypes {\n      type\n      description\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      secretPrefix\n      previousSecretExpiresAt\n      createdAt\n    }\n    webhookEventTypes {\n      type\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollWebhookSecret($id: ID!) {\n    rollWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        secretPrefix\n        previousSecretExpiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RollWebhookSecret($id: ID!) {\n    rollWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        secretPrefix\n        previousSecretExpiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWebhookEndpointEnabled($id: ID!, $enabled: Boolean!) {\n    updateWebhookEndpoint(id: $id, input: { enabled: $enabled }) {\n      id\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetWebhookEndpointEnabled($id: ID!, $enabled: Boolean!) {\n    updateWebhookEndpoint(id: $id, input: { enabled: $enabled }) {\n      id\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      id\n      status\n      attempts\n      nextAttemptAt\n      lastStatusCode\n      lastAttemptAt\n      event {\n        id\n        sequence\n        type\n      }\n      attemptLog {\n        attempt\n        error\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      id\n      status\n      attempts\n      nextAttemptAt\n      lastStatusCode\n      lastAttemptAt\n      event {\n        id\n        sequence\n        type\n      }\n      attemptLog {\n        attempt\n        error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      id\n      status\n      nextAttemptAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      id\n      status\n      nextAttemptAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsAndProducts {\n    adAccounts {\n      id\n      ...AdAccountsSection_account\n    }\n    products {\n      id\n      ...ProductCard_product\n    }\n  }\n"): (typeof documents)["\n  query AccountsAndProducts {\n    adAccounts {\n      id\n      ...AdAccountsSection_account\n    }\n    products {\n      id\n      ...ProductCard_product\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdAccountsSection_account on AdAccount {\n    id\n    name\n    platform\n    externalId\n    currency\n    active\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AdAccountsSection_account on AdAccount {\n    id\n    name\n    platform\n    externalId\n    currency\n    active\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAdAccount($input: AddAdAccountInput!) {\n    addAdAccount(input: $input) {\n      ...AdAccountsSection_account\n    }\n  }\n"): (typeof documents)["\n  mutation AddAdAccount($input: AddAdAccountInput!) {\n    addAdAccount(input: $input) {\n      ...AdAccountsSection_account\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActiveAdAccount($id: ID!) {\n    setActiveAdAccount(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetActiveAdAccount($id: ID!) {\n    setActiveAdAccount(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCard_product on Product {\n    id\n    name\n    url\n    description\n    priceCents\n    active\n    updatedAt\n    analysis {\n      id\n      text\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment ProductCard_product on Product {\n    id\n    name\n    url\n    description\n    priceCents\n    active\n    updatedAt\n    analysis {\n      id\n      text\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActiveProduct($id: ID!) {\n    setActiveProduct(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetActiveProduct($id: ID!) {\n    setActiveProduct(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnalyzeProduct($input: AnalyzeProductInput!) {\n    analyzeProduct(input: $input) {\n      product {\n        ...ProductCard_product\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnalyzeProduct($input: AnalyzeProductInput!) {\n    analyzeProduct(input: $input) {\n      product {\n        ...ProductCard_product\n      }\n      charge {\n        ...RunFeedback_charge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProduct($input: AddProductInput!) {\n    addProduct(input: $input) {\n      ...ProductCard_product\n    }\n  }\n"): (typeof documents)["\n  mutation AddProduct($input: AddProductInput!) {\n    addProduct(input: $input) {\n      ...ProductCard_product\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      ...ProductCard_product\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      ...ProductCard_product\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ConsoleMessage_message on SupportRequestMessage {\n    id\n    fromStaff\n    authorName\n    body\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ConsoleMessage_message on SupportRequestMessage {\n    id\n    fromStaff\n    authorName\n    body\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      id\n      workspaceId\n      workspaceName\n      subject\n      status\n      author {\n        name\n        email\n      }\n      entries {\n        id\n        sequence\n        description\n        amount\n        reservedChange\n      }\n      messages {\n        id\n        ...ConsoleMessage_message\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      id\n      workspaceId\n      workspaceName\n      subject\n      status\n      author {\n        name\n        email\n      }\n      entries {\n        id\n        sequence\n        description\n        amount\n        reservedChange\n      }\n      messages {\n        id\n        ...ConsoleMessage_message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAnswerSupportRequest($input: AnswerSupportRequestInput!) {\n    answerSupportRequest(input: $input) {\n      id\n      status\n      messages {\n        id\n        ...ConsoleMessage_message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAnswerSupportRequest($input: AnswerSupportRequestInput!) {\n    answerSupportRequest(input: $input) {\n      id\n      status\n      messages {\n        id\n        ...ConsoleMessage_message\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdAccountCurrencies {\n    adAccounts {\n      id\n      active\n      currency\n    }\n  }\n"): (typeof documents)["\n  query AdAccountCurrencies {\n    adAccounts {\n      id\n      active\n      currency\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;