/** One thing wrong with the data: where it is and which rule it breaks. */
export interface Problem {
  /** Project-relative file name, e.g. `data/events.json`. */
  file: string;
  /** JSONPath-like location inside the file, e.g. `$[3].date.month`. */
  path: string;
  /** Short rule name, e.g. `schema`, `unique-id`, `reference`. */
  rule: string;
  message: string;
}

/** Turns a key path into `$.a[0].b` form. */
export function formatJsonPath(keys: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += `.${String(key)}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** One line per problem, stable and greppable: `file: path — message [rule]`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.path} — ${problem.message} [${problem.rule}]`;
}
