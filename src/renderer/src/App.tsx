import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AppHeader } from './components/AppHeader';
import { HomePage } from './pages/home/HomePage';
import { PresentationPage } from './pages/present/PresentationPage';
import { RecoveryGate } from './pages/recovery/RecoveryGate';
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

function AppRoutes() {
  return (
    <Router hook={useHashLocation}>
      <AppHeader />
      <main className="app-main">
        <Switch>
          <Route path="/teams/:teamId/template">
            {(params) => <TemplatePage teamId={params.teamId} />}
          </Route>
          <Route path="/teams/:teamId">{(params) => <TeamPage teamId={params.teamId} />}</Route>
          <Route path="/sessions/:sessionId">
            {(params) => <SessionConsole key={params.sessionId} sessionId={params.sessionId} />}
          </Route>
          <Route path="/present/:sessionId">
            {(params) => <PresentationPage sessionId={params.sessionId} />}
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
