/** Modules the build writes (vite.config.ts). */
declare module 'virtual:search-aliases' {
  /** The places' names in every translation, by place id. */
  const aliases: import('./model/search-index.ts').SearchAliases;
  export default aliases;
}
