/** The languages the bot speaks: Dutch first, English as well. */
export type Locale = 'nl' | 'en';
