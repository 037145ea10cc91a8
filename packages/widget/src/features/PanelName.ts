/** The on-demand panels of the feature module: the action flows and the promo cards. */
export type PanelName = 'return' | 'alerts' | 'issue' | 'faq' | 'promo';
