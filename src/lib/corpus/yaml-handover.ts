/**
 * YAML handed from the thread that reads ahead (build/parallel-load.ts's helper) to the
 * thread that checks the content. The helper parses every meeting's details and item's
 * frontmatter to find the minutes; the checking thread takes what it parsed rather than
 * parse it a second time.
 */
import { type MessagePort, receiveMessageOnPort } from 'node:worker_threads';
import { isPlainJson, type YamlMemo } from '../content/yaml-memo.ts';
import type { RememberedYaml } from '../content/yaml-source.ts';

/** A YAML text the helper parsed, and what it parsed to (itemMinutes's `parsed`); the helper posts lists of them. */
export type HandedYaml = [string, RememberedYaml];

/**
 * `memo`, answering also with the YAML posted on `port`, each text once. What it
 * takes is kept in `memo` as if parsed here; what the helper has not posted yet is parsed
 * here, without waiting.
 * Example: loadCorpus(dir, { yamlMemo: withHandedOver(cache.yaml, port) }).
 */
export function withHandedOver(memo: YamlMemo, port: MessagePort): YamlMemo {
  const arrived = new Map<string, RememberedYaml>();
  const take = (text: string) => {
    for (let message; !arrived.has(text) && (message = receiveMessageOnPort(port));)
      for (const [posted, parsed] of message.message as HandedYaml[]) arrived.set(posted, parsed);
    const parsed = arrived.get(text);
    arrived.delete(text);
    return parsed;
  };
  return {
    get(text) {
      const kept = memo.get(text);
      if (kept !== undefined) return kept;
      const handed = take(text);
      const entry = handed && { data: handed.data, written: handed.written };
      // Only what the memo would keep, so the checks see just what they see on a rebuild.
      if (!entry || !isPlainJson(entry)) return undefined;
      memo.set(text, entry);
      return handed;
    },
    set: (text, data) => memo.set(text, data),
    save: () => memo.save(),
  };
}
