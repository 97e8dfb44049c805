#!/usr/bin/env bash
# make-hostile-tree.sh DIR: builds a tree of everything a crawler meets on estates nobody curated, for
# tests/integration/hostile.rs (which runs this script) and for measuring by hand:
#   bash tests/hostile/make-hostile-tree.sh /tmp/hostile && /usr/bin/time -v cryptoscope scan /tmp/hostile
# Special files: FIFO, Unix socket, character device (root only), symbolic links to /dev/zero,
# /proc/self, / and out of the tree, symlink loops (file and directory), dangling links; a directory
# and a file without permissions; a sparse 4 GiB file and a 1 GiB allocated file of zeros; non-UTF-8
# and control-character names; 3,000 nested directories (deeper than PATH_MAX). Malformed content for
# every parser: truncated and bit-flipped DER at many lengths, 200,000-deep nested ASN.1, lying DER
# lengths, PEM with a 64 MiB body and with garbage, zip headers with absurd sizes and entry counts,
# ELF/PE/Mach-O/fat/class headers with out-of-range offsets and counts, a 10 MiB one-line source file,
# and a source file of deeply nested brackets. Needs bash, coreutils, and root for the device node
# (skipped otherwise). Deterministic except for the random-byte files.
set -euo pipefail
dir=${1:?usage: make-hostile-tree.sh DIR}
here=$(cd "$(dirname "$0")" && pwd)
fixtures="$here/../fixtures"
mkdir -p "$dir"
cd "$dir"

# --- special files and links -------------------------------------------------------------------
mkdir -p special links perms big names
mkfifo special/fifo
# A Unix socket: bash has no way to make one; a short-lived listener (python3, or nc) if present.
if command -v python3 >/dev/null; then
  python3 -c 'import socket,sys; s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])' special/socket
fi
if [[ $(id -u) == 0 ]]; then mknod special/null-device c 1 3; fi
ln -s /dev/zero links/to-dev-zero
ln -s /proc/self links/to-proc-self
ln -s / links/to-root
ln -s ../../../../../../../etc links/out-of-tree
ln -s loop-b links/loop-a
ln -s loop-a links/loop-b
ln -s . links/self-dir
ln -s ../links links/parent-loop
ln -s does-not-exist links/dangling
# Permissions (root reads them anyway; as another user they are io diagnostics).
mkdir -p perms/closed-dir && echo "-----BEGIN CERTIFICATE-----" > perms/closed-dir/inside.pem
chmod 000 perms/closed-dir
echo "secret" > perms/closed-file && chmod 000 perms/closed-file
# Big files: sparse 4 GiB, and 1 GiB allocated (reads as zeros).
truncate -s 4G big/sparse-4g.bin
if ! fallocate -l 1G big/zeros-1g.bin 2>/dev/null; then truncate -s 1G big/zeros-1g.bin; fi
# Names: invalid UTF-8, control characters, a leading dash, very long.
printf 'x' > "names/$(printf '\xff\xfe\xfd')-latin1-$(printf '\xe9').pem"
printf 'x' > "names/$(printf 'tab\there\nnewline')"
printf 'x' > "names/-rf"
printf 'x' > "names/$(printf 'n%.0s' $(seq 1 250))"
# Deep nesting: 3,000 levels (about 6,000 bytes of path, beyond PATH_MAX).
half=$(printf 'd/%.0s' $(seq 1 1500))
(
  cd names
  mkdir -p "$half" && cd "$half"
  mkdir -p "$half" && cd "$half"
  printf -- '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n' > deep.pem
)

# --- malformed content ---------------------------------------------------------------------------
mkdir -p der pem zip native source
cert="$fixtures/x509/ed25519.der"
size=$(stat -c %s "$cert")
for n in $(seq 0 7 "$size"); do head -c "$n" "$cert" > "der/truncated-$n.der"; done
for n in $(seq 0 13 "$size"); do
  { head -c "$n" "$cert"; printf '\xff'; tail -c +"$((n + 2))" "$cert"; } > "der/flipped-$n.der"
done
# 200,000 nested SEQUENCEs with indefinite lengths, then with definite lengths that lie.
{ for _ in $(seq 1 2000); do printf '\x30\x80%.0s' $(seq 1 100); done; } > der/nested-indefinite.der
{ for _ in $(seq 1 2000); do printf '\x30\x84\x7f\xff\xff\xff%.0s' $(seq 1 100); done; } > der/nested-lying.der
printf '\x30\x84\xff\xff\xff\xff\x02\x01\x00' > der/lying-length.der
printf '\x30\x89\x01\x02\x03\x04\x05\x06\x07\x08\x09\x00' > der/length-of-length-9.der
# PEM: a 64 MiB body, garbage, an unterminated block, a block of one huge line.
{ printf -- '-----BEGIN CERTIFICATE-----\n'; head -c 67108864 /dev/zero | tr '\0' 'A' | fold -w 64; printf -- '-----END CERTIFICATE-----\n'; } > pem/huge.pem
{ printf -- '-----BEGIN PRIVATE KEY-----\n'; head -c 100000 /dev/urandom; printf -- '\n-----END PRIVATE KEY-----\n'; } > pem/garbage.pem
{ printf -- '-----BEGIN CERTIFICATE-----\n'; head -c 1000000 /dev/zero | tr '\0' 'B'; } > pem/unterminated.pem
{ for _ in $(seq 1 20000); do printf -- '-----BEGIN X-----\n'; done; } > pem/many-begins.pem
# Zip: entries claiming 4 GiB, an end record claiming 65,535 entries at an offset past the end.
{
  printf 'PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\x7f\xff\xff\xff\xff\x0b\x00\x00\x00evil.class'
  head -c 1000 /dev/urandom
  printf 'PK\x05\x06\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\x7f\xff\xff\xff\x7f\x00\x00'
} > zip/absurd.jar
{ printf 'PK\x05\x06\x00\x00\x00\x00\x01\x00\x01\x00\x2e\x00\x00\x00\x00\x00\x00\x00\x00\x00'; } > zip/empty-lying.war
# Native headers with out-of-range offsets and counts.
{ printf '\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x3e\x00\x01\x00\x00\x00'
  printf '\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\x7f\xff\xff\xff\xff\xff\xff\xff\x7f'
  printf '\x00\x00\x00\x00\x40\x00\x38\x00\xff\xff\x40\x00\xff\xff\xfe\xff'; head -c 4096 /dev/urandom; } > native/elf-offsets
{ printf 'MZ'; head -c 58 /dev/zero; printf '\xff\xff\xff\x7f'; head -c 4096 /dev/urandom; } > native/pe-lfanew.exe
{ printf 'MZ'; head -c 58 /dev/zero; printf '\x40\x00\x00\x00PE\x00\x00\x64\x86\xff\xff'; head -c 4096 /dev/urandom; } > native/pe-sections.exe
{ printf '\xcf\xfa\xed\xfe\x07\x00\x00\x01\x03\x00\x00\x00\x02\x00\x00\x00\xff\xff\xff\x7f\xff\xff\xff\x7f'; head -c 4096 /dev/urandom; } > native/macho-commands
{ printf '\xca\xfe\xba\xbe\x00\x00\x00\x14'; for _ in $(seq 1 20); do printf '\x01\x00\x00\x07\x00\x00\x00\x03\x7f\xff\xff\xff\x7f\xff\xff\xff\x00\x00\x00\x0c'; done; } > native/fat-slices
{ printf '\xca\xfe\xba\xbe\x00\x00\x00\x34\xff\xff'; head -c 4096 /dev/urandom; } > native/Broken.class
for f in "$fixtures"/binaries/c-libcrypto "$fixtures"/binaries/go-crypto-pie; do
  [[ -f $f ]] || continue
  b=$(basename "$f")
  fsize=$(stat -c %s "$f")
  for n in 64 512 4096 $((fsize / 2)); do head -c "$n" "$f" > "native/$b-truncated-$n"; done
done
# Source: one 10 MiB line; deeply nested brackets; a file of NUL-free binary noise named .java.
{ printf 'key = "'; head -c 10485760 /dev/zero | tr '\0' 'k'; printf '"\nimport hashlib\nhashlib.md5()\n'; } > source/one-line.py
{ printf 'int main() { return '; for _ in $(seq 1 100000); do printf '('; done; printf '1'; for _ in $(seq 1 100000); do printf ')'; done; printf '; }\n'; } > source/nested.c
{ printf 'class X { void f() { Cipher.getInstance("AES'; head -c 200000 /dev/urandom | tr -d '\0'; } > source/Noise.java
echo "hostile tree ready: $dir" >&2
