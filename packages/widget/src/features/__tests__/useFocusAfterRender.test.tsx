import { render } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { flush } from '../../__tests__/mountForTest.js';
import { useFocusAfterRender } from '../useFocusAfterRender.js';

/** A field that is marked invalid only by the render its button causes, as a form's first submit does. */
function Form() {
  const [root, focus] = useFocusAfterRender<HTMLDivElement>();
  const [marked, setMarked] = useState(false);
  return (
    <div ref={root}>
      <input aria-label="name" aria-invalid={marked ? 'true' : undefined} />
      <button
        type="button"
        onClick={() => {
          setMarked(true);
          focus('[aria-invalid="true"]');
        }}
      >
        Check
      </button>
    </div>
  );
}

describe('useFocusAfterRender', () => {
  it('focuses what the next render marks, which does not exist while the event runs', async () => {
    const view = render(<Form />);
    const button = view.getByRole('button');
    button.focus();
    button.click();
    await flush();
    expect(document.activeElement).toBe(view.getByLabelText('name'));
  });

  it('focuses again when asked again, though nothing else renders anew', async () => {
    const view = render(<Form />);
    const button = view.getByRole('button');
    button.click();
    await flush();
    button.focus();
    button.click();
    await flush();
    expect(document.activeElement).toBe(view.getByLabelText('name'));
  });

  it('leaves focus alone after that render', async () => {
    const view = render(<Form />);
    view.getByRole('button').click();
    await flush();
    view.getByRole('button').focus();
    view.rerender(<Form />);
    await flush();
    expect(document.activeElement).toBe(view.getByRole('button'));
  });
});
