/** Plural and number forms from `Intl`: the catalogue gives each language's forms, Intl picks one. */

/** A word's forms by CLDR plural category; `other` is always there. `#` stands for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** `n` in `tag`'s digits, with the form `tag`'s plural rules choose. */
export function formatCount(tag: string, n: number, forms: PluralForms): string {
  const form = forms[new Intl.PluralRules(tag).select(n)] ?? forms.other;
  return form.replace('#', new Intl.NumberFormat(tag).format(n));
}

/** A list joined as `tag` joins one: "a, b and c". */
export function formatList(tag: string, items: readonly string[]): string {
  return new Intl.ListFormat(tag, { type: 'conjunction' }).format(items);
}
