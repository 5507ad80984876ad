import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { graphql } from '../gql';
import type { ShellViewerQuery as ShellViewerQueryData } from '../gql/graphql';
import { hasCode } from '../lib/errors';
import { appEvents } from '../lib/events';
import { useMediaQuery } from '../lib/useMediaQuery';
import { PageSkeleton, ErrorState } from '../ui/States';
import { WorkspaceSwitcher } from '../features/auth/WorkspaceSwitcher';
import { LiveBalance } from '../features/balance/LiveBalance';
import { SidebarBalance } from '../features/balance/SidebarBalance';
import { NotificationsProvider } from '../features/alerts/NotificationsProvider';
import { OutOfCreditsProvider } from '../features/out-of-credits/OutOfCreditsProvider';
import { Icon, type IconName } from './icons';
import { useAppApollo } from './AppApolloContext';

/** The bell and its popover (Radix) load just after the shell, keeping them out of the first route's bundle. */
const NotificationBell = lazy(() =>
  import('../features/alerts/NotificationBell').then((m) => ({ default: m.NotificationBell })),
);

/** The narrow-screen navigation drawer (Radix Dialog) loads on first open. */
const NavDrawer = lazy(() => import('./NavDrawer'));

const ShellViewerQuery = graphql(`
  query ShellViewer {
    viewer {
      role
      isSupport
      user {
        id
        name
        email
      }
      ...WorkspaceSwitcher_viewer
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

interface NavItem {
  to: string;
  label: string;
  icon: IconName;
  end?: boolean;
}

const NAV: NavItem[] = [
  { to: '/', label: 'Dashboard', icon: 'dashboard', end: true },
  { to: '/campaigns', label: 'Campaigns', icon: 'campaigns' },
  { to: '/hero-ai', label: 'Hero AI', icon: 'heroAi' },
  { to: '/accounts', label: 'Accounts & products', icon: 'accounts' },
];

const SETTINGS: NavItem[] = [
  { to: '/settings/billing', label: 'Billing & credits', icon: 'billing' },
  { to: '/settings/api-keys', label: 'API keys', icon: 'keys' },
  { to: '/support/requests', label: 'Support requests', icon: 'support' },
];

const NARROW = '(max-width: 860px)';

/** Every signed-in page: the sidebar (balance at the bottom), the live balance, the out-of-credits screen. */
export function Layout() {
  const { data, loading, error, refetch } = useQuery(ShellViewerQuery);
  const location = useLocation();

  if (hasCode(error, 'UNAUTHENTICATED')) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (!data) {
    return (
      <div className="shell">
        <aside className="sidebar" aria-label="Main navigation" />
        <main className="main">
          <div className="content">
            {loading ? <PageSkeleton /> : <ErrorState error={error} onRetry={() => void refetch()} />}
          </div>
        </main>
      </div>
    );
  }
  return <Shell viewer={data.viewer} />;
}

type ShellViewer = ShellViewerQueryData['viewer'];

function Shell({ viewer }: { viewer: ShellViewer }) {
  const narrow = useMediaQuery(NARROW);
  const [navOpen, setNavOpen] = useState(false);
  const location = useLocation();
  const { restartLive } = useAppApollo();

  // A followed link, or a window grown past the drawer's width, closes it.
  useEffect(() => setNavOpen(false), [location.pathname, narrow]);

  return (
    <OutOfCreditsProvider>
      <NotificationsProvider>
        <LiveBalance />
        <div className="shell">
          <a href="#main" className="sr-only">
            Skip to content
          </a>
          {narrow && (
            <header className="topbar">
              <button
                type="button"
                className="btn btn-sm icon-button"
                aria-label="Open navigation"
                aria-haspopup="dialog"
                aria-expanded={navOpen}
                onClick={() => setNavOpen(true)}
              >
                <Icon name="menu" />
              </button>
              <Brand />
              <Suspense fallback={null}>
                <NotificationBell />
              </Suspense>
              <div className="balance-slot">
                <SidebarBalance side="bottom" />
              </div>
            </header>
          )}
          {narrow ? (
            navOpen && (
              <Suspense fallback={null}>
                <NavDrawer onClose={() => setNavOpen(false)}>
                  <SidebarContent viewer={viewer} narrow restartLive={restartLive} />
                </NavDrawer>
              </Suspense>
            )
          ) : (
            <aside className="sidebar" id="sidebar" aria-label="Main navigation">
              <SidebarContent viewer={viewer} narrow={false} restartLive={restartLive} />
            </aside>
          )}
          <main className="main" id="main" tabIndex={-1}>
            <div className="content">
              <Suspense fallback={<PageSkeleton />}>
                <Outlet />
              </Suspense>
            </div>
          </main>
        </div>
      </NotificationsProvider>
    </OutOfCreditsProvider>
  );
}

/** The brand, workspace switcher, sections and user row: the sidebar on wide screens, the drawer on narrow ones. */
function SidebarContent({
  viewer,
  narrow,
  restartLive,
}: {
  viewer: ShellViewer;
  narrow: boolean;
  restartLive: () => void;
}) {
  return (
    <>
      <div className="row-between">
        <Brand />
        {!narrow && (
          <Suspense fallback={null}>
            <NotificationBell />
          </Suspense>
        )}
      </div>
      <WorkspaceSwitcher viewer={viewer} restartLive={restartLive} />
      <nav className="nav" aria-label="Sections">
        {NAV.map((item) => (
          <NavLink key={item.to} to={item.to} end={item.end}>
            <Icon name={item.icon} />
            {item.label}
          </NavLink>
        ))}
        <div className="nav-section">Settings</div>
        {SETTINGS.map((item) => (
          <NavLink key={item.to} to={item.to}>
            <Icon name={item.icon} />
            {item.label}
          </NavLink>
        ))}
        {viewer.isSupport && (
          <NavLink to="/console">
            <Icon name="support" />
            Support console
          </NavLink>
        )}
      </nav>
      <div className="sidebar-footer">
        {!narrow && <SidebarBalance />}
        <UserRow name={viewer.user?.name ?? ''} email={viewer.user?.email ?? ''} />
      </div>
    </>
  );
}

function Brand() {
  return (
    <div className="brand">
      <span className="brand-mark" aria-hidden="true">
        H
      </span>
      <span className="brand-text">Hero Marketer</span>
    </div>
  );
}

function UserRow({ name, email }: { name: string; email: string }) {
  const [signOut, { loading }] = useMutation(SignOutMutation);
  const client = useApolloClient();
  const navigate = useNavigate();
  const onSignOut = async () => {
    try {
      await signOut();
    } finally {
      await client.clearStore();
      void navigate('/sign-in', { replace: true });
    }
  };
  return (
    <div className="user-row">
      <span title={email} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {name || email}
      </span>
      <button type="button" className="btn btn-sm" onClick={() => void onSignOut()} disabled={loading}>
        Sign out
      </button>
    </div>
  );
}

/** Sends the user to sign in when any request finds the session gone. */
export function SessionWatcher() {
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(
    () =>
      appEvents.on('unauthenticated', () => {
        if (location.pathname.startsWith('/sign-')) return;
        const next = `${location.pathname}${location.search}${location.hash}`;
        void navigate(`/sign-in?next=${encodeURIComponent(next)}`, { replace: true });
      }),
    [navigate, location],
  );
  return null;
}
