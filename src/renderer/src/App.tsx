import { useQueryClient } from '@tanstack/react-query';
import { type ComponentType, lazy, Suspense, useEffect } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AppHeader } from './components/AppHeader';
import { HomePage } from './pages/home/HomePage';
import { RecoveryGate } from './pages/recovery/RecoveryGate';
import { prefetchReport, SESSION_REPORT, TEAM_REPORT } from './pages/report/report-routes';
import { TeamPage } from './pages/team/TeamPage';

// The home screen and the team pages it links to come with the app; every other page loads when
// first opened (or when the browser is idle on a page that leads to it), so the first screen does
// not wait for the dashboard's charts or the console's stages.
function page<Props>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => ({ default: await load() }));
}
const DashboardPage = page(() =>
  import('./pages/dashboard/DashboardPage').then((m) => m.DashboardPage),
);
const DashboardPresentation = page(() =>
  import('./pages/dashboard/DashboardPresentation').then((m) => m.DashboardPresentation),
);
const OverviewPage = page(() =>
  import('./pages/overview/OverviewPage').then((m) => m.OverviewPage),
);
const PresentationPage = page(() =>
  import('./pages/present/PresentationPage').then((m) => m.PresentationPage),
);
const SessionReportPage = page(() =>
  import('./pages/report/SessionReportPage').then((m) => m.SessionReportPage),
);
const TeamReportPage = page(() =>
  import('./pages/report/TeamReportPage').then((m) => m.TeamReportPage),
);
const SessionConsole = page(() =>
  import('./pages/session/SessionConsole').then((m) => m.SessionConsole),
);
const SettingsPage = page(() =>
  import('./pages/settings/SettingsPage').then((m) => m.SettingsPage),
);
const TemplatePage = page(() => import('./pages/team/TemplatePage').then((m) => m.TemplatePage));

export function App() {
  const client = useQueryClient();
  useEffect(() => prefetchReport(client, window.location.hash.replace(/^#/, '')), [client]);
  return (
    <RecoveryGate>
      <AppRoutes />
    </RecoveryGate>
  );
}

function AppRoutes() {
  return (
    <Router hook={useHashLocation}>
      <AppHeader />
      <main className="app-main">
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <Switch>
            <Route path="/teams/:teamId/template">
              {(params) => <TemplatePage teamId={params.teamId} />}
            </Route>
            <Route path="/teams/:teamId/dashboard">
              {(params) => <DashboardPage teamId={params.teamId} />}
            </Route>
            <Route path="/teams/:teamId">{(params) => <TeamPage teamId={params.teamId} />}</Route>
            <Route path={SESSION_REPORT}>
              {(params) => (
                <SessionReportPage
                  sessionId={decodeURIComponent(params.sessionId ?? '')}
                  query={params.query}
                />
              )}
            </Route>
            <Route path={TEAM_REPORT}>
              {(params) => (
                <TeamReportPage
                  teamId={decodeURIComponent(params.teamId ?? '')}
                  query={params.query}
                />
              )}
            </Route>
            <Route path="/sessions/:sessionId">
              {(params) => <SessionConsole sessionId={params.sessionId} />}
            </Route>
            <Route path="/present/dashboard/:teamId/:chartId?">
              {(params) => (
                <DashboardPresentation teamId={params.teamId} chartId={params.chartId} />
              )}
            </Route>
            <Route path="/present/:sessionId">
              {(params) => <PresentationPage sessionId={params.sessionId} />}
            </Route>
            <Route path="/overview">
              <OverviewPage />
            </Route>
            <Route path="/settings">
              <SettingsPage />
            </Route>
            <Route path="/">
              <HomePage />
            </Route>
            <Route>
              <p className="empty-note">This page does not exist.</p>
            </Route>
          </Switch>
        </Suspense>
      </main>
    </Router>
  );
}
