/** Modules the build writes (vite.config.ts). */
declare module 'virtual:search-aliases' {
  /** The places' names in every translation, by place id. */
  const aliases: import('./model/search-index.ts').SearchAliases;
  export default aliases;
}
declare module 'virtual:content-texts/*' {
  /** The layout-check build's padded content texts (`virtual:content-texts/pseudo`). */
  const texts: import('./model/localize-dataset.ts').ContentTexts;
  export default texts;
}
declare module 'virtual:glossary' {
  /** The English glossary (data/glossary.json). */
  const terms: import('./model/dataset.ts').GlossaryTerm[];
  export default terms;
}
