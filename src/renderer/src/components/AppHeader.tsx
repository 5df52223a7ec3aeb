import { Link } from 'wouter';
import './app-header.css';

export function AppHeader() {
  return (
    <header className="app-header">
      <Link href="/" className="brand" aria-label="Threadline home">
        <img src="./icon.svg" alt="" width={28} height={28} />
        <span>Threadline</span>
      </Link>
      <span className="brand-tagline">Retrospectives on ownership culture</span>
      <Link href="/overview" className="button quiet overview-link">
        Overview
      </Link>
      <Link href="/settings" className="button quiet settings-link">
        Settings
      </Link>
    </header>
  );
}
