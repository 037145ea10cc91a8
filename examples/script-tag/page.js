// 1. The queue stub: calls made before waypost.js has loaded are kept and replayed in order.
window.Waypost =
  window.Waypost ||
  ((...args) => {
    window.Waypost.q = window.Waypost.q || [];
    window.Waypost.q.push(args);
  });

// The demo API's address. The markup says http://localhost:4321 (`pnpm demo`'s default port); a demo started with
// `PORT=4322 pnpm demo` is reached by opening this page with `?port=4322`. The observer rewrites each endpoint as
// the parser adds the element, before the widget (an async script) mounts it: its records are delivered before
// any later task, and before the widget's own observer, which is created after this one.
const port = new URLSearchParams(location.search).get('port');
if (port && /^\d{1,5}$/.test(port)) {
  const retarget = (element) => {
    for (const name of ['endpoint', 'data-endpoint']) {
      const value = element.getAttribute(name);
      if (value?.startsWith('http://localhost:4321/')) {
        element.setAttribute(name, value.replace('http://localhost:4321/', `http://localhost:${port}/`));
      }
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) retarget(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

window.Waypost('on', 'status', (detail) => console.log('[example] status', detail.state, detail.milestone ?? ''));
window.Waypost('on', 'action', (detail) => console.log('[example] action', detail.action));

// A host that switches dark mode with a class switches every widget too, without a remount.
document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('dark').addEventListener('click', () => {
    const dark = document.body.classList.toggle('dark');
    window.Waypost('setTheme', dark ? 'dark' : 'light');
  });
});
