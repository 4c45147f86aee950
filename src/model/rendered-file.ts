/** One file of a package, as a renderer produces it: a relative POSIX path and its content. */
export interface RenderedFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}
