// Plays each call's remote audio through an <audio> element, on the output
// device the user chose (setSinkId).

type SinkableAudio = HTMLAudioElement & { setSinkId?(id: string): Promise<void> };

export class CallAudio {
  readonly #elements = new Map<string, SinkableAudio>();
  #sinkId = '';

  setOutputDevice(deviceId: string): void {
    this.#sinkId = deviceId;
    for (const element of this.#elements.values()) void element.setSinkId?.(deviceId).catch(() => undefined);
  }

  attach(callId: string, stream: MediaStream): void {
    let element = this.#elements.get(callId);
    if (!element) {
      element = document.createElement('audio') as SinkableAudio;
      element.autoplay = true;
      element.dataset.call = callId;
      this.#elements.set(callId, element);
      if (this.#sinkId !== '') void element.setSinkId?.(this.#sinkId).catch(() => undefined);
    }
    if (element.srcObject !== stream) element.srcObject = stream;
    void element.play().catch(() => undefined);
  }

  detach(callId: string): void {
    const element = this.#elements.get(callId);
    if (!element) return;
    element.pause();
    element.srcObject = null;
    this.#elements.delete(callId);
  }
}
