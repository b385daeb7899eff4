// Every shipped game's screenshot cases (games/*/tests/*.input), run in this process through the
// built library exactly as `cpygame test` runs them: every pixel compared with the goldens.
import t from 'tap';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const lib = require(path.join(root, 'dist', 'index.js'));

const games = fs.readdirSync(path.join(root, 'games'))
  .map((d) => path.join(root, 'games', d))
  .filter((d) => fs.statSync(d).isDirectory())
  .sort();

for (const game of games) {
  t.test(path.basename(game), async (t) => {
    const cases: string[] = lib.gameCases(game);
    t.ok(cases.length >= 5, `${path.basename(game)} has at least 5 cases`);
    for (const file of cases) {
      const outcome = lib.runCase(game, file, false);
      t.same(outcome.failures, [], path.relative(root, file));
    }
  });
}
