'use client'; // Next.js: lets a server component hand `loadMessages` to <WaypostTracker>. Other bundlers ignore it.
import { en } from '@waypost/widget';

const catalogs = {
  es: () => import('@waypost/widget/locales/es.js'),
  fr: () => import('@waypost/widget/locales/fr.js'),
};

export const loadMessages = (tag) => catalogs[tag]?.() ?? Promise.resolve(en); // English for any other tag
