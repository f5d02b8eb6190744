/** A renderer for an import run that renders each item's minutes once, however often they are asked for. */
import type { RenderItemMinutes } from '../corpus/model.ts';
import { renderMinutes } from '../minutes/render.ts';

/**
 * A renderer that remembers what it rendered, by the minutes and their decisions' inputs:
 * the check after an import then reads the imported items without rendering them again.
 * Example: const render = rememberingRender(); render(md) === render(md).
 */
export function rememberingRender(): RenderItemMinutes {
  const seen = new Map<string, ReturnType<typeof renderMinutes>>();
  return (markdown, inputs = [], options = {}) => {
    const key = `${options.agenda ? 'agenda\n' : ''}${JSON.stringify(inputs)}\n${markdown.trim()}`;
    let rendered = seen.get(key);
    if (!rendered) seen.set(key, (rendered = renderMinutes(markdown, inputs, options)));
    return rendered;
  };
}
