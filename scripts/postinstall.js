/**
 * The last step of `npm ci` (npm's postinstall): one line saying which Node.js Minuted runs
 * on. Any Node.js from 20 can run npm to install Minuted, but every `npm run` command runs
 * on the Node.js 24 that the `node` package installs in node_modules, as this script does.
 * npm checks packages' "engines" against the Node.js running npm instead, so .npmrc keeps
 * its warnings quiet, and this checks them against the Node.js Minuted runs on.
 *
 * Plain JavaScript, not TypeScript, so it also runs on an older Node.js when the `node`
 * package was left out (npm ci --omit=dev), and then says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ours = process.version.slice(1);
const installed = process.execPath.startsWith(join(root, 'node_modules'));
const npmNode = /\bnode\/v(\S+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];

/** Installed packages (and Minuted itself) whose "engines" leave out the Node.js running this. */
function unsupported() {
  const semver = createRequire(import.meta.url)('semver');
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  return Object.entries(lock.packages)
    .filter(([path, entry]) => entry.engines?.node && !entry.optional && existsSync(join(root, path)))
    .filter(([, entry]) => !semver.satisfies(ours, entry.engines.node, { includePrerelease: true }))
    .map(
      ([path, entry]) =>
        `${path.replace(/^.*node_modules\//, '') || 'minuted'}@${entry.version} (${entry.engines.node})`,
    );
}

const ran = npmNode && npmNode !== ours ? `npm ran on Node.js ${npmNode}; ` : '';
const where = installed ? 'installed in node_modules' : 'yours: the node package was not installed';
const bad = unsupported();
if (bad.length === 0)
  console.log(
    `${ran}Minuted runs on Node.js ${ours} (${where}), as every npm run command does, and all its packages support it.`,
  );
else {
  // A warning, as npm's own engine checks are (engine-strict is off): the install is kept.
  console.warn(
    `${ran}Minuted runs on Node.js ${ours} (${where}), which these packages do not support: ${bad.join(', ')}.`,
  );
}
