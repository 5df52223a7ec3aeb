import type { ReactNode } from 'react';
import './present.css';

/** A message filling the shared screen: connecting, or what went wrong. */
export function ScreenMessage({ children }: { children: ReactNode }) {
  return (
    <div className="theme-projector present present-message" role="status">
      {children}
    </div>
  );
}

/** Full screen, for the window on the projector; hidden once it is full screen. */
export function FullScreenButton({ className }: { className: string }) {
  if (!document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      className={className}
      onClick={() =>
        document.fullscreenElement
          ? void document.exitFullscreen()
          : void document.documentElement.requestFullscreen()
      }
    >
      Full screen
    </button>
  );
}
