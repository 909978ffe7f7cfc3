#!/usr/bin/env bash
# npm start: installs what is missing, builds the static site and serves it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm run --silent build >/dev/null
PORT="${PORT:-4173}"
echo
echo "chronotext is running at http://localhost:${PORT}/  (Ctrl+C stops it)"
exec npx vite preview --port "$PORT" --strictPort --host
