#!/usr/bin/env bash
# Type-checks one or more country rule files on their own: scripts/check-country.sh DE FR
set -euo pipefail
cd "$(dirname "$0")/.."
files=()
for c in "$@"; do files+=("src/rules/countries/$c.ts"); done
npx tsc --noEmit --strict --exactOptionalPropertyTypes --noUncheckedIndexedAccess \
  --target ES2022 --module ESNext --moduleResolution Bundler --lib ES2022 \
  --skipLibCheck --isolatedDeclarations --declaration "${files[@]}"
echo "ok: ${files[*]}"
