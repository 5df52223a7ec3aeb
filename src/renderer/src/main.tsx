import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Tokens first: every stylesheet after them reads their names.
import './theme/tokens.css';
import './theme/visually-hidden.css';
import './theme/projector.css';
import { App } from './App';
import { api } from './api/client';
import { DataProvider } from './api/DataProvider';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DataProvider api={api}>
        <App />
      </DataProvider>
    </StrictMode>,
  );
}
