// A Preact app that mounts the widget with `mount()`: the widget must render with the app's own Preact and
// signals (peer dependencies), or the order never appears.
import { mount } from '@waypost/widget';
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

function Tracker() {
  const ref = useRef(null);
  useEffect(() => {
    const handle = mount(ref.current, {
      endpoint: '/api/waypost',
      order: 'W1001',
      email: 'shopper@example.com',
      theme: 'soft',
      locale: 'es',
    });
    return () => handle.destroy();
  }, []);
  return <div id="w" ref={ref} />;
}

render(
  <main>
    <h1>Track your order</h1>
    <Tracker />
  </main>,
  document.getElementById('app'),
);
