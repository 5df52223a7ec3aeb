/** How much the room takes before it says no. Tests pass smaller numbers. */
export interface RoomLimits {
  /** Request bodies larger than this are refused (the largest real one is a long card). */
  maxBodyBytes: number;
  /** Requests one device may make per window. */
  perDevice: number;
  /** Requests one network address may make per window (several devices may share one). */
  perAddress: number;
  windowMs: number;
  /** Wrong room codes one address may try per window before it has to wait. */
  wrongCodesPerAddress: number;
  /** Wrong room codes in all after which the room locks itself. */
  wrongCodesToLock: number;
  maxDevices: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** After the room stops, how long its listener still answers 403 before it closes. */
  stoppedGraceMs: number;
}

export const ROOM_LIMITS: RoomLimits = {
  maxBodyBytes: 8 * 1024,
  perDevice: 120,
  perAddress: 1200,
  windowMs: 60_000,
  wrongCodesPerAddress: 5,
  wrongCodesToLock: 20,
  maxDevices: 100,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  stoppedGraceMs: 30_000,
};

/** Counts events per key in fixed windows: enough to stop a flood, cheap to keep. */
export class WindowCounter {
  private readonly counts = new Map<string, { start: number; n: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one more for the key; false when the key is over its limit in this window. */
  take(key: string, now = Date.now()): boolean {
    const entry = this.counts.get(key);
    if (!entry || now - entry.start >= this.windowMs) {
      if (this.counts.size > 10_000) this.counts.clear();
      this.counts.set(key, { start: now, n: 1 });
      return true;
    }
    entry.n++;
    return entry.n <= this.limit;
  }

  /** Whether the key is already over its limit, without counting. */
  over(key: string, now = Date.now()): boolean {
    const entry = this.counts.get(key);
    return entry !== undefined && now - entry.start < this.windowMs && entry.n >= this.limit;
  }
}
