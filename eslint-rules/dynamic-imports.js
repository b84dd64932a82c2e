// A lint rule for what no-restricted-imports does not read: import('x'), require('x') and
// import.meta.resolve('x'). It takes the same { paths, patterns } options as no-restricted-imports,
// so each layer states its forbidden modules once (see layer() in eslint.config.js).

/** Turns a gitignore-style group pattern into a regular expression over a module specifier. */
export function patternToRegExp(pattern) {
  const anchored = pattern.includes('/');
  const segments = pattern.split('/').filter((s) => s !== '');
  const parts = segments.map((segment) => {
    if (segment === '**') return '(?:[^/]+/)*';
    const body = segment.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*');
    return `${body}/`;
  });
  let source = parts.join('');
  source = source.endsWith('/') ? source.slice(0, -1) : source;
  source = source.replace(/\(\?:\[\^\/\]\+\/\)\*$/, '.*');
  const prefix = anchored ? '^' : '^(?:.*/)?';
  // A matched folder also covers everything under it, as in no-restricted-imports.
  return new RegExp(`${prefix}${source}(?:/.*)?$`);
}

/** The message for a specifier, or null when the options allow it. */
export function forbidden(specifier, options) {
  for (const p of options.paths ?? []) if (p.name === specifier) return p.message;
  for (const group of options.patterns ?? []) {
    if (group.group.some((g) => patternToRegExp(g).test(specifier))) return group.message;
  }
  return null;
}

function literal(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  return null;
}

export const dynamicImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Layer rules for dynamic import(), require() and import.meta.resolve()' },
    schema: [{ type: 'object', additionalProperties: true }],
  },
  create(context) {
    const options = context.options[0] ?? {};
    const check = (node, source) => {
      const specifier = literal(source);
      if (specifier === null) return;
      const message = forbidden(specifier, options);
      if (message) context.report({ node, message: `${message} ('${specifier}')` });
    };
    return {
      ImportExpression(node) {
        check(node, node.source);
      },
      CallExpression(node) {
        const callee = node.callee;
        const isRequire = callee.type === 'Identifier' && callee.name === 'require';
        const isRequireResolve = callee.type === 'MemberExpression' && callee.object.type === 'Identifier'
          && callee.object.name === 'require' && callee.property.name === 'resolve';
        const isMetaResolve = callee.type === 'MemberExpression' && callee.object.type === 'MetaProperty'
          && callee.property.name === 'resolve';
        if (isRequire || isRequireResolve || isMetaResolve) check(node, node.arguments[0]);
      },
    };
  },
};

export default { rules: { 'dynamic-imports': dynamicImports } };
