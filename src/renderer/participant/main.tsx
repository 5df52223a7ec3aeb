import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ParticipantApp } from './ParticipantApp';
import '@renderer/theme/tokens.css';
import '@renderer/theme/visually-hidden.css';
import './participant.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ParticipantApp />
    </StrictMode>,
  );
}
