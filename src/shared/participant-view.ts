import type { PracticeId } from './practices';
import type { CardKind, ItemRef, PresentationView } from './sessions';

/** A card this device wrote that is not revealed yet: only this device sees it. */
export interface OwnCard {
  id: string;
  practiceId: PracticeId;
  kind: CardKind;
  text: string;
}

/** What one device may see: the shared screen's view plus its own entries, never anyone else's. */
export interface ParticipantView {
  /** Exactly what the shared screen shows (nothing hidden, no facilitator notes). */
  shared: PresentationView;
  /** Something to place dots on: a revealed card outside any group, or a group. */
  voteItems: { ref: ItemRef; title: string }[];
  dotsEach: number;
  me: {
    /** Set once this device has checked in. */
    checkedIn: boolean;
    name: string | null;
    entered: { pulse: boolean; votes: boolean; roti: boolean };
    /** This device's commitment, once added. */
    commitment: string | null;
    cards: OwnCard[];
  };
}
