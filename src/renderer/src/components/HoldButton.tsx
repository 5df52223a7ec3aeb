import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import './hold-button.css';

/** How long the button must be held: long enough that a tap or a stray key never does it. */
export const HOLD_MS = 2000;

interface HoldButtonProps {
  children: ReactNode;
  /** Runs once the button has been held for HOLD_MS. */
  onHeld: () => void;
  /** Says how to use it, e.g. "Press and hold for two seconds to leave the private entry." */
  instruction: string;
  className?: string;
}

/**
 * A button that acts only when held down, by pointer or by holding Enter or Space. A tap or a
 * click does nothing but say how to use it, so nobody passing the laptop leaves by accident.
 */
export function HoldButton({ children, onHeld, instruction, className = '' }: HoldButtonProps) {
  const [holding, setHolding] = useState(false);
  const [tapped, setTapped] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const held = useRef(onHeld);
  held.current = onHeld;
  const instructionId = useId();

  useEffect(() => () => window.clearTimeout(timer.current), []);

  function start() {
    if (timer.current !== undefined) return;
    setHolding(true);
    setTapped(false);
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      setHolding(false);
      held.current();
    }, HOLD_MS);
  }

  /** Let go too soon: nothing happens, and the button says to hold it. */
  function release() {
    if (timer.current === undefined) return;
    window.clearTimeout(timer.current);
    timer.current = undefined;
    setHolding(false);
    setTapped(true);
  }

  const isHoldKey = (event: KeyboardEvent) => event.key === 'Enter' || event.key === ' ';

  return (
    <div className={`hold ${className}`}>
      <button
        type="button"
        className={`button hold-button ${holding ? 'holding' : ''}`}
        aria-describedby={instructionId}
        onPointerDown={(event) => {
          if (event.button === 0) start();
        }}
        onPointerUp={release}
        onPointerLeave={release}
        onPointerCancel={release}
        onKeyDown={(event) => {
          if (!isHoldKey(event)) return;
          // Enter would click at once; the hold decides instead.
          event.preventDefault();
          if (!event.repeat) start();
        }}
        onKeyUp={(event) => {
          if (isHoldKey(event)) release();
        }}
        onBlur={release}
        onClick={(event) => {
          event.preventDefault();
          if (timer.current === undefined) setTapped(true);
        }}
        onContextMenu={(event) => event.preventDefault()}
      >
        <span
          className="hold-fill"
          aria-hidden="true"
          style={{ transitionDuration: holding ? `${HOLD_MS}ms` : '0ms' }}
        />
        <span className="hold-label">{children}</span>
      </button>
      <p id={instructionId} className={`hold-instruction ${tapped ? 'tapped' : ''}`}>
        {instruction}
      </p>
      <p className="visually-hidden" role="status">
        {holding ? 'Keep holding…' : tapped ? `Not yet. ${instruction}` : ''}
      </p>
    </div>
  );
}
