#!/usr/bin/env bash
# Asserts each Lambda zip holds an executable native `bootstrap` whose newest required glibc is <= 2.34
# (Amazon Linux 2023, Lambda provided.al2023). Usage: tools/check-native-zip.sh zip...
set -euo pipefail
max_allowed="2.34"
status=0
for zip in "$@"; do
  work="$(mktemp -d)"
  unzip -q -o "$zip" bootstrap -d "$work"
  [[ -x "$work/bootstrap" ]] || { echo "$zip: bootstrap is not executable" >&2; status=1; continue; }
  file "$work/bootstrap" | grep -q 'ELF 64-bit' || { echo "$zip: bootstrap is not an ELF executable" >&2; status=1; continue; }
  needed="$(objdump -T "$work/bootstrap" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -1)"
  newest="$(printf '%s\n%s\n' "$needed" "$max_allowed" | sort -V | tail -1)"
  if [[ "$newest" != "$max_allowed" ]]; then
    echo "$zip: bootstrap needs glibc $needed, Amazon Linux 2023 has $max_allowed" >&2
    status=1
  else
    echo "$zip: native bootstrap, needs glibc $needed (<= $max_allowed)"
  fi
  rm -rf "$work"
done
exit "$status"
