import { slideNamed } from '@shared/screen';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AppHeader } from './components/AppHeader';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { HomePage } from './pages/home/HomePage';
import { OverviewPage } from './pages/overview/OverviewPage';
import { SharedScreenPage } from './pages/present/SharedScreenPage';
import { ShowThenFollow } from './pages/present/ShowThenFollow';
import { RecoveryGate } from './pages/recovery/RecoveryGate';
import { SessionReportPage } from './pages/report/SessionReportPage';
import { TeamReportPage } from './pages/report/TeamReportPage';
import { SessionConsole } from './pages/session/SessionConsole';
import { SettingsPage } from './pages/settings/SettingsPage';
import { TeamPage } from './pages/team/TeamPage';
import { TemplatePage } from './pages/team/TemplatePage';

export function App() {
  return (
    <RecoveryGate>
      <AppRoutes />
    </RecoveryGate>
  );
}

// Report options ride in the hash (`#/report/team/<id>?last=10&anonymise=1`), so a report page can
// be opened, printed or rendered to PDF from its address alone.
const SESSION_REPORT = /^\/report\/session\/(?<sessionId>[^/?]+)(?:\?(?<query>.*))?$/;
const TEAM_REPORT = /^\/report\/team\/(?<teamId>[^/?]+)(?:\?(?<query>.*))?$/;

function AppRoutes() {
  return (
    <Router hook={useHashLocation}>
      <AppHeader />
      <main className="app-main">
        <Switch>
          <Route path="/teams/:teamId/template">
            {(params) => <TemplatePage teamId={params.teamId} />}
          </Route>
          <Route path="/teams/:teamId/dashboard/:section?">
            {(params) => <DashboardPage teamId={params.teamId} section={params.section} />}
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
          <Route path="/present">
            <SharedScreenPage />
          </Route>
          {/* Addresses that name what to show put it on the shared screen, then follow. */}
          <Route path="/present/dashboard/:teamId/:chartId?">
            {(params) => (
              <ShowThenFollow
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
              <ShowThenFollow target={{ show: 'session', sessionId: params.sessionId }} />
            )}
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
      </main>
    </Router>
  );
}
