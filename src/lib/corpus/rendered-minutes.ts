/**
 * An item's rendered minutes: their HTML, their plain text and a digest of the HTML. Those
 * of an item the item memo gives back stay in the memo's file until a page or the search
 * index asks for them (item-memo.ts), so a rebuild that renders a few pages reads a few
 * items' minutes, and a page's key holds the digest rather than the HTML.
 */
import { hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Where kept minutes are: the memo's file as it was read (its inode, size and time), and their bytes in it. */
export interface MinutesInFile {
  file: string;
  stamp: string;
  at: number;
  htmlLength: number;
  textLength: number;
}

/** A file's identity and state: another file renamed into its place, or a write to it, changes it. */
export const fileStamp = (stats: { ino: number; size: number; mtimeMs: number }) =>
  `${stats.ino} ${stats.size} ${stats.mtimeMs}`;

export class ItemMinutes {
  #html: string | undefined;
  #text: string | undefined;
  #digest: string | undefined;
  #kept: MinutesInFile | undefined;

  /** Minutes just rendered. Example: ItemMinutes.of('<p>Noted.</p>', 'Noted.').html === '<p>Noted.</p>'. */
  static of(html: string, text: string): ItemMinutes {
    const minutes = new ItemMinutes();
    minutes.#html = html;
    minutes.#text = text;
    return minutes;
  }

  /** Minutes kept as UTF-8 in a file, with their HTML's digest. */
  static inFile(kept: MinutesInFile, digest: string): ItemMinutes {
    const minutes = new ItemMinutes();
    minutes.#kept = kept;
    minutes.#digest = digest;
    return minutes;
  }

  /** Sanitised HTML, decisions marked up. */
  get html(): string {
    return this.#html ?? this.#read(0, this.#kept!.htmlLength);
  }

  /** The minutes as plain text, a paragraph a line: for search. */
  get text(): string {
    return this.#text ?? this.#read(this.#kept!.htmlLength, this.#kept!.textLength);
  }

  /** A hash of the HTML: what a page's key holds in its place. */
  get digest(): string {
    return (this.#digest ??= hash('sha1', this.html, 'base64url'));
  }

  /** Reads kept minutes into memory, before the file they are kept in is written again. */
  hold(): void {
    [this.#html, this.#text] = [this.html, this.text];
    this.#kept = undefined;
  }

  /** The minutes themselves, for JSON (their fields are private). */
  toJSON() {
    return { html: this.html, text: this.text };
  }

  #read(from: number, length: number): string {
    const { file, stamp, at } = this.#kept!;
    const fd = openSync(file, 'r');
    try {
      if (fileStamp(fstatSync(fd)) !== stamp)
        throw new Error(
          `The build's cache file ${file} changed while the build ran: another build may have used the same cache at the same time. Build again.`,
        );
      const bytes = Buffer.allocUnsafe(length);
      readSync(fd, bytes, 0, length, at + from);
      return bytes.toString('utf8');
    } finally {
      closeSync(fd);
    }
  }
}
