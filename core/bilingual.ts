/** A user-facing text in both languages the UI speaks: Chinese first, English second. */
export type Bilingual = { zh: string; en: string };
