import { useEffect, useState } from 'preact/hooks';
import { Icon } from './Icon.js';
import { useWidget } from './useWidget.js';

/**
 * Copies a tracking number with the Clipboard API. Success reads "Copied" on the button for a few seconds, and
 * success and failure are announced through the live region; when the API is missing or refused, the shopper is
 * told to select the number, which is always shown as text.
 *
 * @example <CopyButton value="1Z999AA10123456784" shipmentId="shp_1" />
 */
export function CopyButton({ value, shipmentId }: { value: string; shipmentId: string }) {
  const { t, controller, emit } = useWidget();
  const [note, setNote] = useState('');
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 3000);
    return () => clearTimeout(timer);
  }, [copied]);
  const say = (text: string) => {
    setNote(text);
    controller.announce(text);
  };
  const copy = async () => {
    emit('action', { action: 'copy_tracking_number', shipmentId });
    try {
      await navigator.clipboard.writeText(value);
      controller.announce(t('carrier.copied'));
      setNote('');
      setCopied(true);
    } catch {
      say(t('carrier.copyFailed'));
    }
  };
  return (
    <span class="row">
      <button type="button" class="b3" aria-label={t('carrier.copyLabel', { number: value })} onClick={copy}>
        <Icon name={copied ? 'check' : 'copy'} size={14} />
        {t(copied ? 'carrier.copiedShort' : 'carrier.copy')}
      </button>
      {note ? (
        <span class="m" aria-hidden="true">
          {note}
        </span>
      ) : null}
    </span>
  );
}
