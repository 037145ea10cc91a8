const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and quoted attribute values.
 *
 * @param {unknown} value
 * @returns {string}
 * @example escapeHtml('Tom & "Jerry"') // 'Tom &amp; &quot;Jerry&quot;'
 */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (character) => entities[character]);
}
