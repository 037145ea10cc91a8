import { batch, signal } from '@preact/signals';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Emit } from '../../state/createController.js';
import { emitAfterRender } from '../emitAfterRender.js';

const state = signal('loading');

/** Shows the state the way the widget's views do: a component re-rendered by the signal it reads. */
function View() {
  return <p>{state.value === 'ready' ? 'Order W1001' : 'Loading…'}</p>;
}

describe('emitAfterRender', () => {
  it('dispatches an event once Preact has rendered the change it reports', async () => {
    const container = document.createElement('div');
    render(<View />, container);
    const seen: string[] = [];
    const emit = emitAfterRender(((name) => seen.push(`${name}: ${container.textContent}`)) as Emit, () => true);
    batch(() => {
      state.value = 'ready';
      emit('status', { state: 'ready', previousState: 'loading' });
    });
    expect(seen).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['status: Order W1001']);
    state.value = 'loading';
  });

  it('keeps the order events were emitted in', async () => {
    const seen: string[] = [];
    const emit = emitAfterRender(((name) => seen.push(name)) as Emit, () => true);
    emit('error', { code: 'not_found', message: 'No order', error: null });
    emit('status', { state: 'not_found', previousState: 'loading' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['error', 'status']);
  });

  it('drops the events of an instance destroyed before they went out', async () => {
    const seen: string[] = [];
    let live = true;
    const emit = emitAfterRender(((name) => seen.push(name)) as Emit, () => live);
    emit('status', { state: 'loading', previousState: 'form' });
    live = false;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([]);
  });
});
