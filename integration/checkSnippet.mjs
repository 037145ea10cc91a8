// The `loadMessages` snippet of docs/widget.md is the file the React apps build (apps/react-page/loadMessages.js),
// so what the docs show is what the suite proves with Vite, Turbopack and webpack.
import { readFileSync } from 'node:fs';

/**
 * Returns what differs between the docs' snippet and the built file (an empty list when the docs hold the file,
 * word for word, as one fenced `js` block).
 *
 * @param {string} docsFile docs/widget.md
 * @param {string} snippetFile apps/react-page/loadMessages.js
 * @returns {string[]}
 * @example expect(checkSnippet(docs, snippet)).toEqual([])
 */
export function checkSnippet(docsFile, snippetFile) {
  const docs = readFileSync(docsFile, 'utf8');
  const snippet = readFileSync(snippetFile, 'utf8');
  return docs.includes(`\`\`\`js\n${snippet}\`\`\`\n`)
    ? []
    : ['docs/widget.md: no ```js block holds apps/react-page/loadMessages.js word for word'];
}
