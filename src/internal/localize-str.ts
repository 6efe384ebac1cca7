/**
 * What a generated locale module needs of @lit/localize: only `str`, the tag
 * that marks a translated template with values. The locale builds point their
 * `@lit/localize` import here, so each locale file carries a one-line `str`
 * instead of the library's runtime. Same shape as @lit/localize's own `str`
 * (`{strTag: true, strings, values}`), which is what its `msg()` looks for.
 */
export const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });
