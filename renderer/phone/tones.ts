// Ringtone, ringback and call-waiting beeps synthesised with WebAudio, so no
// sound files ship and the output device can follow the user's choice.

export type Tone = 'ring' | 'ringback' | 'waiting';

interface Cadence {
  /** Frequencies played together during the "on" part. */
  readonly frequencies: readonly number[];
  readonly onMs: number;
  readonly periodMs: number;
  readonly gain: number;
}

const CADENCES: Record<Tone, Cadence> = {
  // Two-tone ring, 2 s on / 4 s off (North American style).
  ring: { frequencies: [440, 480], onMs: 2000, periodMs: 6000, gain: 0.15 },
  ringback: { frequencies: [440, 480], onMs: 2000, periodMs: 6000, gain: 0.08 },
  // A short, quiet beep that does not drown the call in progress.
  waiting: { frequencies: [440], onMs: 300, periodMs: 10000, gain: 0.08 },
};

type SinkableContext = AudioContext & { setSinkId?(id: string): Promise<void> };

export class TonePlayer {
  #context: SinkableContext | undefined;
  #playing: Tone | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  #sinkId = '';

  get playing(): Tone | undefined {
    return this.#playing;
  }

  setOutputDevice(deviceId: string): void {
    this.#sinkId = deviceId;
    void this.#context?.setSinkId?.(deviceId).catch(() => undefined);
  }

  play(tone: Tone | undefined): void {
    if (tone === this.#playing) return;
    this.#stop();
    this.#playing = tone;
    if (tone === undefined) return;
    const cadence = CADENCES[tone];
    const burst = () => this.#burst(cadence);
    burst();
    this.#timer = setInterval(burst, cadence.periodMs);
  }

  #stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #burst(cadence: Cadence): void {
    const context = this.#ensureContext();
    if (!context) return;
    const start = context.currentTime;
    const end = start + cadence.onMs / 1000;
    const gain = context.createGain();
    gain.gain.setValueAtTime(cadence.gain, start);
    gain.gain.setValueAtTime(0, end);
    gain.connect(context.destination);
    for (const frequency of cadence.frequencies) {
      const oscillator = context.createOscillator();
      oscillator.frequency.value = frequency;
      oscillator.connect(gain);
      oscillator.start(start);
      oscillator.stop(end);
    }
  }

  #ensureContext(): SinkableContext | undefined {
    if (this.#context) return this.#context;
    if (typeof AudioContext === 'undefined') return undefined;
    this.#context = new AudioContext() as SinkableContext;
    if (this.#sinkId !== '') void this.#context.setSinkId?.(this.#sinkId).catch(() => undefined);
    // Autoplay policy may start it suspended until the first user gesture.
    void this.#context.resume().catch(() => undefined);
    return this.#context;
  }
}
