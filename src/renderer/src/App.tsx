import { slideNamed } from '@shared/screen';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AppHeader } from './components/AppHeader';
import { HomePage } from './pages/home/HomePage';
import { LazyPage } from './pages/lazy-page';
import {
  dashboardPage,
  overviewPage,
  sessionConsole,
  sessionReportPage,
  settingsPage,
  sharedScreenPage,
  showThenFollow,
  teamReportPage,
  templatePage,
} from './pages/lazy-pages';
import { RecoveryGate } from './pages/recovery/RecoveryGate';
import { prefetchReport, SESSION_REPORT, TEAM_REPORT } from './pages/report/report-routes';
import { TeamPage } from './pages/team/TeamPage';

export function App() {
  const client = useQueryClient();
  useEffect(() => prefetchReport(client, window.location.hash.replace(/^#/, '')), [client]);
  return (
    <RecoveryGate>
      <AppRoutes />
    </RecoveryGate>
  );
}

// The home screen and the team pages it links to come with the app; every other page's code
// loads when it is first shown (see lazy-pages.ts).
function AppRoutes() {
  return (
    <Router hook={useHashLocation}>
      <AppHeader />
      <main className="app-main">
        <Switch>
          <Route path="/teams/:teamId/template">
            {(params) => <LazyPage page={templatePage} teamId={params.teamId} />}
          </Route>
          <Route path="/teams/:teamId/dashboard/:section?">
            {(params) => (
              <LazyPage page={dashboardPage} teamId={params.teamId} section={params.section} />
            )}
          </Route>
          <Route path="/teams/:teamId">{(params) => <TeamPage teamId={params.teamId} />}</Route>
          <Route path={SESSION_REPORT}>
            {(params) => (
              <LazyPage
                page={sessionReportPage}
                sessionId={decodeURIComponent(params.sessionId ?? '')}
                query={params.query}
              />
            )}
          </Route>
          <Route path={TEAM_REPORT}>
            {(params) => (
              <LazyPage
                page={teamReportPage}
                teamId={decodeURIComponent(params.teamId ?? '')}
                query={params.query}
              />
            )}
          </Route>
          <Route path="/sessions/:sessionId">
            {(params) => <LazyPage page={sessionConsole} sessionId={params.sessionId} />}
          </Route>
          <Route path="/present">
            <LazyPage page={sharedScreenPage} />
          </Route>
          {/* Addresses that name what to show put it on the shared screen, then follow. */}
          <Route path="/present/dashboard/:teamId/:chartId?">
            {(params) => (
              <LazyPage
                page={showThenFollow}
                target={{
                  show: 'chart',
                  teamId: params.teamId,
                  slideId: slideNamed(params.chartId),
                }}
              />
            )}
          </Route>
          <Route path="/present/:sessionId">
            {(params) => (
              <LazyPage
                page={showThenFollow}
                target={{ show: 'session', sessionId: params.sessionId }}
              />
            )}
          </Route>
          <Route path="/overview">
            <LazyPage page={overviewPage} />
          </Route>
          <Route path="/settings">
            <LazyPage page={settingsPage} />
          </Route>
          <Route path="/">
            <HomePage />
          </Route>
          <Route>
            <p className="empty-note">This page does not exist.</p>
          </Route>
        </Switch>
      </main>
    </Router>
  );
}
