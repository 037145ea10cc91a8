// 1. The queue stub: calls made before waypost.js has loaded are kept and replayed in order.
window.Waypost =
  window.Waypost ||
  ((...args) => {
    window.Waypost.q = window.Waypost.q || [];
    window.Waypost.q.push(args);
  });

window.Waypost('on', 'status', (detail) => console.log('[example] status', detail.state, detail.milestone ?? ''));
window.Waypost('on', 'action', (detail) => console.log('[example] action', detail.action));

// A host that switches dark mode with a class switches every widget too, without a remount.
document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('dark').addEventListener('click', () => {
    const dark = document.body.classList.toggle('dark');
    window.Waypost('setTheme', dark ? 'dark' : 'light');
  });
});
