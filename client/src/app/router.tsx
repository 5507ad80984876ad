import { lazy } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { Layout, SessionWatcher } from './Layout';
import { NotFoundPage, RouteError } from './ErrorBoundary';

// Every page is its own chunk, so the first load carries only the shell (QUALITY target: ≤ 200 KB gzip).
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const CampaignsPage = lazy(() => import('../features/campaigns/CampaignsPage'));
const CampaignWizardPage = lazy(() => import('../features/campaigns/CampaignWizardPage'));
const CampaignDetailPage = lazy(() => import('../features/campaigns/CampaignDetailPage'));
const HeroAiPage = lazy(() => import('../features/hero-ai/HeroAiPage'));
const AccountsPage = lazy(() => import('../features/products/AccountsPage'));
const BillingPage = lazy(() => import('../features/billing/BillingPage'));
const ApiKeysPage = lazy(() => import('../features/partners/ApiKeysPage'));
const WebhooksPage = lazy(() => import('../features/partners/WebhooksPage'));
const OutOfCreditsPage = lazy(() => import('../features/out-of-credits/OutOfCreditsPage'));
const SupportRequestsPage = lazy(() => import('../features/support/SupportRequestsPage'));
const ConsolePage = lazy(() => import('../features/support-console/ConsolePage'));
const SignInPage = lazy(() => import('../features/auth/SignInPage'));
const SignUpPage = lazy(() => import('../features/auth/SignUpPage'));
const ForgotPasswordPage = lazy(() => import('../features/auth/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../features/auth/ResetPasswordPage'));

function Root() {
  return (
    <>
      <SessionWatcher />
      <Outlet />
    </>
  );
}

export const routes = [
  {
    element: <Root />,
    errorElement: <RouteError />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/sign-up', element: <SignUpPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      {
        path: '/',
        element: <Layout />,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              { index: true, element: <DashboardPage /> },
              { path: 'campaigns', element: <CampaignsPage /> },
              { path: 'campaigns/drafts', element: <CampaignsPage tab="drafts" /> },
              { path: 'campaigns/new', element: <CampaignWizardPage /> },
              { path: 'campaigns/:campaignId', element: <CampaignDetailPage /> },
              { path: 'campaigns/:campaignId/edit', element: <CampaignWizardPage /> },
              { path: 'hero-ai', element: <HeroAiPage /> },
              { path: 'hero-ai/:conversationId', element: <HeroAiPage /> },
              { path: 'accounts', element: <AccountsPage /> },
              { path: 'settings/billing', element: <BillingPage /> },
              { path: 'settings/api-keys', element: <ApiKeysPage /> },
              { path: 'settings/webhooks', element: <WebhooksPage /> },
              { path: 'out-of-credits', element: <OutOfCreditsPage /> },
              { path: 'support/requests', element: <SupportRequestsPage /> },
              { path: 'console/*', element: <ConsolePage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
