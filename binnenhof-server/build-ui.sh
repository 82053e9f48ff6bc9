#!/usr/bin/env bash
# Bundles the web UI for the server's resources: installs the npm packages of package-lock.json (when they
# changed) and runs esbuild over src/main/ui. Called by Maven (generate-resources) with the output folder.
set -euo pipefail
out="${1:?usage: build-ui.sh OUTPUT_DIR}"
cd "$(dirname "${BASH_SOURCE[0]}")"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "binnenhof-server: Node.js and npm are needed to bundle the web UI at build time" >&2
  echo "  (install them, e.g. 'apt-get install nodejs npm'; nothing is fetched at run time)." >&2
  exit 1
fi
# npm ci only when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node src/main/ui/build.mjs "$out"
