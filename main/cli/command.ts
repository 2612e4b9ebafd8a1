export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  run(args: readonly string[], out: Output): Promise<number>;
}
