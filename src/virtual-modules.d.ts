/** Modules the build writes (vite.config.ts). */
declare module 'virtual:search-aliases' {
  /** The places' names in every translation, by place id. */
  const aliases: import('./model/search-index.ts').SearchAliases;
  export default aliases;
}
declare module 'virtual:content-texts/*' {
  /** One language's translated content texts (data/i18n/<language>.json without fingerprints). */
  const texts: import('./model/translations.ts').ContentTexts;
  export default texts;
}
declare module 'virtual:glossary' {
  /** The English glossary (data/glossary.json). */
  const terms: import('./model/glossary.ts').GlossaryTerm[];
  export default terms;
}
