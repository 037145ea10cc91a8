import type { IssueReport } from './IssueReport.js';

const titles: Record<string, string> = {
  not_received: 'Parcel not received',
  damaged: 'Item arrived damaged',
  wrong_item: 'Wrong item received',
  missing_item: 'Item missing from the parcel',
  late: 'Parcel is late',
  other: 'Other problem',
};

/**
 * A subject and plain-text body for support staff (in English): the issue type, the record, the items named and the
 * shopper's words. No contact data is included; the helpdesk or the order links to that.
 *
 * @example describeIssue(report) // { subject: 'Item arrived damaged — order W1001', body: '…' }
 */
export function describeIssue(report: IssueReport): { subject: string; body: string } {
  const { input, resource } = report;
  const order = resource?.kind === 'order' ? resource.order : undefined;
  const record = order ? `order ${order.number}` : `${input.kind} ${input.id}`;
  const items =
    order && input.itemIds?.length
      ? input.itemIds.map((id) => order.items.find((item) => item.id === id)?.title ?? id)
      : (input.itemIds ?? []);
  const lines = [
    `Issue: ${titles[input.type] ?? input.type} (${input.type})`,
    `Record: ${input.kind} ${input.id}${order ? ` (order ${order.number})` : ''}`,
    ...(items.length > 0 ? [`Items: ${items.join(', ')}`] : []),
    `Reported: ${new Date(report.reportedAt).toISOString()}${report.locale ? ` (locale ${report.locale})` : ''}`,
    '',
    input.message?.trim() || '(no message)',
  ];
  return { subject: `${titles[input.type] ?? input.type} — ${record}`, body: lines.join('\n') };
}
