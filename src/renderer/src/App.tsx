import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AppHeader } from './components/AppHeader';
import { HomePage } from './pages/home/HomePage';
import { TeamPage } from './pages/team/TeamPage';

export function App() {
  return (
    <Router hook={useHashLocation}>
      <AppHeader />
      <main className="app-main">
        <Switch>
          <Route path="/teams/:teamId">{(params) => <TeamPage teamId={params.teamId} />}</Route>
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
