// Custom elements manifest plugins shared by the packages.
//
// Polis classes register through `static tagName` and `define()` rather than a literal
// `customElements.define('tag', Class)`, which the analyzer cannot see; this plugin reads
// the static field and records the tag, so Storybook, IDEs and JSX types know each element.
export function polisTagNames() {
  return {
    name: 'polis-tag-names',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const field = declaration.members?.find(
            (member) => member.kind === 'field' && member.static && member.name === 'tagName',
          );
          const tag = field?.default?.match(/^['"`]([a-z][a-z0-9-]*-[a-z0-9-]*)['"`]$/)?.[1];
          if (!tag) continue;
          declaration.customElement = true;
          declaration.tagName = tag;
          // Internal plumbing is not API: keep the tables to what service teams use.
          // Reactive state (`state: true`) is not an attribute; symbols and lifecycle callbacks
          // are not API.
          const hidden = new Set(
            declaration.members
              .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
              .map((member) => member.name),
          );
          declaration.members = declaration.members.filter(
            (member) =>
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !member.static &&
              !member.name.startsWith('[') &&
              !/Callback$/.test(member.name) &&
              !['formDisabled', 'userInvalid', 'lightLinks', 'lightOther'].includes(member.name),
          );
          declaration.attributes = (declaration.attributes ?? []).filter(
            (attribute) =>
              !/[A-Z]/.test(attribute.name) && !hidden.has(attribute.fieldName ?? attribute.name),
          );
          mod.exports = mod.exports ?? [];
          if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
            mod.exports.push({
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name: declaration.name, module: mod.path },
            });
          }
        }
      }
    },
  };
}

/** The analyzer configuration every package uses: generated from JSDoc at build time, never committed. */
export function polisManifestConfig() {
  return {
    globs: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/test/**'],
    outdir: '.',
    litelement: true,
    dev: false,
    plugins: [polisTagNames()],
  };
}
