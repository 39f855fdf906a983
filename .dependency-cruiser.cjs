/**
 * The layers of src/, from the bottom up. A layer may import from the layers
 * below it and never from one above; report/ and prompts/ stand side by side.
 * `npx depcruise src` checks it (npm run lint does).
 */
const LAYERS = ['base', 'schema', 'model', 'data', 'check', 'render', ['report', 'prompts'], 'commands', 'cli'];

const rank = new Map(LAYERS.flatMap((layer, i) => (Array.isArray(layer) ? layer : [layer]).map((name) => [name, i])));
const names = [...rank.keys()];
const above = (name) => names.filter((other) => rank.get(other) > rank.get(name) || (rank.get(other) === rank.get(name) && other !== name));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other, round and round: a newcomer cannot tell which comes first.',
      from: {},
      to: { circular: true },
    },
    ...names.map((name) => ({
      name: `layer-${name}`,
      severity: 'error',
      comment: `src/${name}/ imports only from the layers below it (the order is in .dependency-cruiser.cjs).`,
      from: { path: `^src/${name}/` },
      to: { path: `^src/(${above(name).join('|')})/` },
    })),
    {
      name: 'boot-stands-alone',
      severity: 'error',
      comment: 'src/boot.ts loads the bundle; it is built on its own and imports nothing of the program.',
      from: { path: '^src/boot\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'only-in-folders',
      severity: 'error',
      comment: 'Every module of the program belongs to a layer (a folder of src/); only boot.ts stands outside.',
      from: { path: '^src/' },
      to: { path: '^src/[^/]+\\.ts$', pathNot: '^src/boot\\.ts$' },
    },
    {
      name: 'no-dev-dependencies',
      severity: 'error',
      comment: 'The program runs without the development dependencies.',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
