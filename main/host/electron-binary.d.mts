/** The Electron executable's path, or undefined when its binary is not installed. */
export function electronBinary(root: string): string | undefined;
