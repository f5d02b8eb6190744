/**
 * An item's rendered minutes: their HTML, their plain text and a digest of the HTML. Those
 * of an item the item memo gives back stay as the memo's bytes until a page or the search
 * index asks for them (item-memo.ts), so a rebuild that renders a few pages decodes a few
 * items' minutes, and a page's key holds the digest rather than the HTML.
 */
import { hash } from 'node:crypto';

export class ItemMinutes {
  #html: string | undefined;
  #text: string | undefined;
  #digest: string | undefined;
  #bytes: Buffer | undefined;
  #at = 0;
  #htmlLength = 0;
  #textLength = 0;

  /** Minutes just rendered. Example: ItemMinutes.of('<p>Noted.</p>', 'Noted.').html === '<p>Noted.</p>'. */
  static of(html: string, text: string): ItemMinutes {
    const minutes = new ItemMinutes();
    minutes.#html = html;
    minutes.#text = text;
    return minutes;
  }

  /** Minutes kept as UTF-8 in `bytes` from `at`: the HTML's `htmlLength` bytes, then the text's `textLength`. */
  static inBytes(bytes: Buffer, at: number, htmlLength: number, textLength: number, digest: string): ItemMinutes {
    const minutes = new ItemMinutes();
    minutes.#bytes = bytes;
    minutes.#at = at;
    minutes.#htmlLength = htmlLength;
    minutes.#textLength = textLength;
    minutes.#digest = digest;
    return minutes;
  }

  /** Sanitised HTML, decisions marked up. */
  get html(): string {
    return this.#html ?? this.#bytes!.toString('utf8', this.#at, this.#at + this.#htmlLength);
  }

  /** The minutes as plain text, a paragraph a line: for search. */
  get text(): string {
    const start = this.#at + this.#htmlLength;
    return this.#text ?? this.#bytes!.toString('utf8', start, start + this.#textLength);
  }

  /** A hash of the HTML: what a page's key holds in its place. */
  get digest(): string {
    return (this.#digest ??= hash('sha1', this.html, 'base64url'));
  }

  /** The minutes themselves, for JSON (their fields are private). */
  toJSON() {
    return { html: this.html, text: this.text };
  }
}
