/**
 * ESLint rule `hip/safe-url`: every URL attribute in a Lit template (`href`,
 * `src`, `action`, …, as attribute or `.property` binding) is written as
 * `${safeUrl(…)}` (src/internal/safe-url.ts), never as a bare expression or a
 * literal. The check at the template is the last line of defence against a
 * `javascript:` link, so a template that skips it must not pass the lint.
 */
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'poster', 'ping', 'background', 'cite', 'data', 'codebase', 'manifest'];
const ATTRIBUTE = new RegExp(`(?:^|[\\s.?])(${URL_ATTRIBUTES.join('|')})\\s*=\\s*["']?`, 'gi');
const CHECKER = 'safeUrl';

/** @type {import('eslint').Rule.RuleModule} */
const safeUrl = {
  meta: {
    type: 'problem',
    docs: { description: `URL attributes in html/svg templates go through ${CHECKER}()` },
    messages: {
      bare: `{{attribute}}= in a template must be written \${${CHECKER}(tag, what, value, kind)} (src/internal/safe-url.ts).`,
    },
    schema: [],
  },
  create(context) {
    return {
      TaggedTemplateExpression(node) {
        if (node.tag.type !== 'Identifier' || !['html', 'svg'].includes(node.tag.name)) return;
        const { quasis, expressions } = node.quasi;
        quasis.forEach((quasi, index) => {
          const raw = quasi.value.raw;
          for (const match of raw.matchAll(ATTRIBUTE)) {
            const atEnd = match.index + match[0].length === raw.length;
            const expression = atEnd ? expressions[index] : undefined;
            const checked = expression?.type === 'CallExpression' && expression.callee.type === 'Identifier' && expression.callee.name === CHECKER;
            if (!checked) context.report({ node: expression ?? quasi, messageId: 'bare', data: { attribute: match[1] } });
          }
        });
      },
    };
  },
};

export default { rules: { 'safe-url': safeUrl } };
