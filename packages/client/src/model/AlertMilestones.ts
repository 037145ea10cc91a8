/** Which updates an alert sends: `all` milestones, or only the `key` ones (out for delivery, delays, problems). */
export const ALERT_MILESTONES = ['all', 'key'] as const;

/** One of `ALERT_MILESTONES`. */
export type AlertMilestones = (typeof ALERT_MILESTONES)[number];
