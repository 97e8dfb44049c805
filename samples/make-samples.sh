#!/usr/bin/env bash
# make-samples.sh - (re)build the synthetic "server estate" under samples/ that the README demo scans.
#
# Usage: bash samples/make-samples.sh      (from any directory)
# Idempotent: everything this script makes (etc/ opt/ srv/ home/ src/ README.md) is wiped and
# rebuilt; keys are fresh on every run. Tools: openssl, ssh-keygen.
# Env: CRYPTOSCOPE_PQC_CORPUS  path of the shared corpus (default: <repo>/../shared/corpora/pqc);
#      without it srv/pqc/ is left as it is.
set -euo pipefail
export LC_ALL=C

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
S="$HERE"
PQC_CORPUS="${CRYPTOSCOPE_PQC_CORPUS:-$REPO/../shared/corpora/pqc}"

for tool in openssl ssh-keygen; do
  command -v "$tool" >/dev/null || { echo "make-samples: $tool not found" >&2; exit 1; }
done

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
W="$TMP/work"
mkdir -p "$W"

log() { printf 'make-samples: %s\n' "$*" >&2; }
die() { printf 'make-samples: ERROR: %s\n' "$*" >&2; exit 1; }

have_pqc=0
[[ -f "$PQC_CORPUS/README.md" ]] && have_pqc=1

log "wiping generated tree under $S"
rm -rf "${S:?}/etc" "${S:?}/opt" "${S:?}/home" "${S:?}/src" "${S:?}/README.md"
if (( have_pqc )); then
  rm -rf "${S:?}/srv"
else
  log "shared PQC corpus not found at $PQC_CORPUS: keeping samples/srv/pqc as it is"
fi
mkdir -p "$S/etc/ssl/certs" "$S/etc/nginx/tls" "$S/opt/legacy-app/conf" "$S/srv/pqc" \
         "$S/home/deploy/.ssh" "$S/src"

ORG="/C=NL/O=Example Estate B.V."
cat > "$W/openssl.cnf" <<EOF
[ req ]
distinguished_name = req_dn
prompt             = no
string_mask        = utf8only
utf8               = yes
[ req_dn ]
CN = unused

[ ext_root ]
basicConstraints     = critical, CA:TRUE
keyUsage             = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[ ext_inter ]
basicConstraints       = critical, CA:TRUE, pathlen:0
keyUsage               = critical, keyCertSign, cRLSign
extendedKeyUsage       = serverAuth, clientAuth
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

[ ext_server ]
basicConstraints       = critical, CA:FALSE
keyUsage               = critical, digitalSignature
extendedKeyUsage       = serverAuth
subjectAltName         = DNS:www.estate.example, DNS:estate.example
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

[ ext_legacy_app ]
basicConstraints       = CA:FALSE
keyUsage               = digitalSignature, keyEncipherment
extendedKeyUsage       = serverAuth
subjectAltName         = DNS:legacy-app.estate.example
subjectKeyIdentifier   = hash

[ ext_partner ]
basicConstraints       = critical, CA:FALSE
keyUsage               = critical, digitalSignature, keyEncipherment
extendedKeyUsage       = serverAuth
subjectAltName         = DNS:api.partner-bank.example
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

# openssl ca, only for the back-dated legacy root (req/x509 in openssl 3.0 cannot back-date)
[ ca ]
default_ca = legacy_ca
[ legacy_ca ]
dir             = $W/ca
database        = \$dir/index.txt
new_certs_dir   = \$dir/newcerts
serial          = \$dir/serial
policy          = policy_any
unique_subject  = no
email_in_dn     = no
copy_extensions = none
[ policy_any ]
countryName      = optional
organizationName = optional
commonName       = supplied
EOF
CNF="$W/openssl.cnf"

genkey() { # genkey OUT ALG [pkeyopt...]
  local out=$1 alg=$2; shift 2
  local opts=() o
  for o in "$@"; do opts+=(-pkeyopt "$o"); done
  openssl genpkey -algorithm "$alg" "${opts[@]}" -out "$out" 2>/dev/null
}
selfsign() { # selfsign OUT KEY SUBJ SERIAL EXT DAYS [req args...]
  local out=$1 key=$2 subj=$3 serial=$4 ext=$5 days=$6; shift 6
  openssl req -new -x509 -config "$CNF" -extensions "$ext" -key "$key" -subj "$subj" \
    -set_serial "$serial" -days "$days" "$@" -out "$out"
}
casign() { # casign OUT KEY SUBJ SERIAL EXT DAYS CACERT CAKEY [x509 args...]
  local out=$1 key=$2 subj=$3 serial=$4 ext=$5 days=$6 cacert=$7 cakey=$8; shift 8
  openssl req -new -config "$CNF" -key "$key" -subj "$subj" -out "$out.csr"
  openssl x509 -req -in "$out.csr" -CA "$cacert" -CAkey "$cakey" -set_serial "$serial" \
    -days "$days" -extfile "$CNF" -extensions "$ext" "$@" -out "$out" 2>/dev/null
}
cn_of() { openssl x509 -in "$1" -noout -subject -nameopt RFC2253 | sed 's/^subject=//'; }

log "keys"
genkey "$W/root-rsa.key"   RSA rsa_keygen_bits:4096
genkey "$W/root-sha1.key"  RSA rsa_keygen_bits:2048
genkey "$W/root-ec.key"    EC  ec_paramgen_curve:P-384 ec_param_enc:named_curve
genkey "$W/inter.key"      EC  ec_paramgen_curve:P-384 ec_param_enc:named_curve
openssl ecparam -name prime256v1 -genkey -noout -out "$W/server.key"     # SEC1 "EC PRIVATE KEY"
genkey "$W/app.key"        RSA rsa_keygen_bits:1024
genkey "$W/partner.key"    RSA rsa_keygen_bits:2048

log "certificates"
# etc/ssl/certs/ca-bundle.crt: three roots
selfsign "$W/root-rsa.pem" "$W/root-rsa.key" "$ORG/CN=Example Estate Root CA R4" 0x2001 ext_root 7305 -sha384
# legacy SHA-1 root, back-dated 2009-06-15 .. 2029-06-15 with `openssl ca -selfsign`
mkdir -p "$W/ca/newcerts"; : > "$W/ca/index.txt"; echo 2002 > "$W/ca/serial"
openssl req -new -config "$CNF" -key "$W/root-sha1.key" -subj "$ORG/CN=Example Estate Legacy Root CA 2009" \
  -out "$W/root-sha1.csr"
openssl ca -batch -config "$CNF" -selfsign -notext -preserveDN -md sha1 -extensions ext_root \
  -keyfile "$W/root-sha1.key" -startdate 20090615000000Z -enddate 20290615000000Z \
  -in "$W/root-sha1.csr" -out "$W/root-sha1.pem" 2>/dev/null
selfsign "$W/root-ec.pem" "$W/root-ec.key" "$ORG/CN=Example Estate EC Root CA E1" 0x2003 ext_root 9131 -sha384
{
  printf '# Example Estate trust store (PEM bundle; synthetic, see samples/README.md)\n'
  for c in root-rsa root-sha1 root-ec; do
    printf '\n# %s\n' "$(cn_of "$W/$c.pem")"
    cat "$W/$c.pem"
  done
} > "$S/etc/ssl/certs/ca-bundle.crt"

# etc/nginx/tls: leaf P-256 + intermediate P-384 (chain order: leaf first)
casign "$W/inter.pem" "$W/inter.key" "$ORG/CN=Example Estate TLS Issuing CA E2" 0x2004 ext_inter 3652 \
  "$W/root-ec.pem" "$W/root-ec.key" -sha384
casign "$W/server.pem" "$W/server.key" "$ORG/CN=www.estate.example" 0x2005 ext_server 397 \
  "$W/inter.pem" "$W/inter.key" -sha384
cat "$W/server.pem" "$W/inter.pem" > "$S/etc/nginx/tls/server.crt"
install -m 0600 "$W/server.key" "$S/etc/nginx/tls/server.key"

cat > "$S/etc/nginx/nginx.conf" <<'EOF'
user www-data;
worker_processes auto;
pid /run/nginx.pid;
include /etc/nginx/modules-enabled/*.conf;

events {
    worker_connections 768;
}

http {
    sendfile on;
    tcp_nopush on;
    server_tokens off;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;

    # TLS settings (kept for old POS terminals - ticket OPS-1182)
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;
    ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-AES128-SHA:AES256-SHA:DES-CBC3-SHA;
    ssl_prefer_server_ciphers on;
    ssl_ecdh_curve X25519:prime256v1:secp384r1;
    ssl_session_cache shared:SSL:10m;
    ssl_session_timeout 1d;
    ssl_session_tickets off;

    access_log /var/log/nginx/access.log;
    error_log /var/log/nginx/error.log;

    server {
        listen 80;
        server_name www.estate.example estate.example;
        return 301 https://$host$request_uri;
    }

    server {
        listen 443 ssl;
        http2 on;
        server_name www.estate.example estate.example;

        ssl_certificate         /etc/nginx/tls/server.crt;
        ssl_certificate_key     /etc/nginx/tls/server.key;
        ssl_trusted_certificate /etc/ssl/certs/ca-bundle.crt;
        ssl_stapling on;
        ssl_stapling_verify on;

        add_header Strict-Transport-Security "max-age=31536000" always;

        location / {
            proxy_pass http://127.0.0.1:8080;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-Proto https;
        }
    }
}
EOF

# opt/legacy-app: RSA-1024/SHA-1 cert in DER, legacy PKCS#12, Spring Boot config with inline PEM
selfsign "$W/app.pem" "$W/app.key" "$ORG/OU=Legacy Billing/CN=legacy-app.estate.example" 0x2006 ext_legacy_app 3650 -sha1
openssl x509 -in "$W/app.pem" -outform DER -out "$S/opt/legacy-app/conf/app.der"
# -legacy = key bag PBE-SHA1-3DES, cert bag PBE-SHA1-RC2-40, MAC sha1 (needs the legacy provider)
openssl pkcs12 -export -legacy -name legacy-app -inkey "$W/app.key" -in "$W/app.pem" \
  -passout pass:changeit -out "$S/opt/legacy-app/conf/keystore.p12"
openssl pkcs12 -in "$S/opt/legacy-app/conf/keystore.p12" -legacy -info -noout -passin pass:changeit \
  > "$W/p12info.txt" 2>&1
if ! grep -q 'pbeWithSHA1And40BitRC2-CBC' "$W/p12info.txt" \
   || ! grep -q 'pbeWithSHA1And3-KeyTripleDES-CBC' "$W/p12info.txt"; then
  die "keystore.p12 does not use the expected legacy PBEs"
fi

casign "$W/partner.pem" "$W/partner.key" "/C=NL/O=Partner Bank N.V./CN=api.partner-bank.example" 0x2007 ext_partner 825 \
  "$W/root-rsa.pem" "$W/root-rsa.key" -sha256
{
  cat <<'EOF'
# legacy billing service - Spring Boot configuration
spring:
  application:
    name: legacy-billing
  datasource:
    url: jdbc:postgresql://db01.estate.example:5432/billing
    username: billing
  ssl:
    bundle:
      pem:
        partner-api:
          truststore:
            certificate: |
EOF
  sed 's/^/              /' "$W/partner.pem"
  cat <<'EOF'

server:
  port: 8443
  ssl:
    enabled: true
    key-store: file:/opt/legacy-app/conf/keystore.p12
    key-store-type: PKCS12
    key-store-password: changeit
    key-alias: legacy-app
    enabled-protocols: TLSv1,TLSv1.1,TLSv1.2
    ciphers: TLS_RSA_WITH_3DES_EDE_CBC_SHA,TLS_RSA_WITH_AES_128_CBC_SHA

billing:
  partner-api:
    base-url: https://api.partner-bank.example/v2
    ssl-bundle: partner-api
  export:
    signature-algorithm: SHA1withRSA
EOF
} > "$S/opt/legacy-app/conf/application.yml"

# srv/pqc: two post-quantum certificates copied from the shared corpus (bytes unchanged)
if (( have_pqc )); then
  for f in ml-dsa-65-2.16.840.1.101.3.4.3.18_ta.der ml-kem-768-2.16.840.1.101.3.4.4.2_ee.der; do
    install -m 0644 "$PQC_CORPUS/artifacts/ossl35/$f" "$S/srv/pqc/$f"
    cmp -s "$PQC_CORPUS/artifacts/ossl35/$f" "$S/srv/pqc/$f" || die "copy differs: $f"
  done
  {
    printf 'These two certificates are unmodified copies of test artifacts from the IETF Hackathon\n'
    printf 'pqc-certificates repository (OpenSSL 3.5 provider, artifacts_certs_r5.zip), taken from\n'
    printf "cryptoscope's shared PQC corpus by samples/make-samples.sh:\n\n"
    printf '  ml-dsa-65-2.16.840.1.101.3.4.3.18_ta.der  ML-DSA-65 self-signed trust anchor\n'
    printf '  ml-kem-768-2.16.840.1.101.3.4.4.2_ee.der  ML-KEM-768 end-entity certificate (signed with ML-DSA-65)\n\n'
    grep -m1 '^Source:' "$PQC_CORPUS/README.md"
    grep -m1 '^Commit:' "$PQC_CORPUS/README.md"
    awk '/^Licence:/ { on = 1 } on && /^$/ { exit } on { print }' "$PQC_CORPUS/README.md"
  } > "$S/srv/pqc/NOTICE"
fi

# home/deploy/.ssh: OpenSSH keys
log "ssh keys"
ssh-keygen -q -t ed25519 -N '' -C 'deploy@build01.estate.example' -f "$S/home/deploy/.ssh/id_ed25519"
ssh-keygen -q -t rsa -b 3072 -N 'sample' -C 'deploy@legacy-jump.estate.example' -f "$S/home/deploy/.ssh/id_rsa"
{
  printf '# deploy user - managed by ops, see OPS-977\n'
  cat "$S/home/deploy/.ssh/id_ed25519.pub"
  printf 'from="10.20.0.0/16",no-agent-forwarding,no-X11-forwarding %s\n' "$(cat "$S/home/deploy/.ssh/id_rsa.pub")"
} > "$S/home/deploy/.ssh/authorized_keys"
chmod 0600 "$S/home/deploy/.ssh/id_ed25519" "$S/home/deploy/.ssh/id_rsa" "$S/home/deploy/.ssh/authorized_keys"

# ---------------------------------------------------------------------------------------------------
# opt/billing/: compiled code (for the binary and JVM detectors), copied from the binary fixtures
# that tests/fixtures/make-binary-fixtures.sh builds
# ---------------------------------------------------------------------------------------------------
mkdir -p "$S/opt/billing/bin" "$S/opt/billing/lib"
cp "$REPO/tests/fixtures/binaries/c-libcrypto" "$S/opt/billing/bin/billing-agent"
cp "$REPO/tests/fixtures/binaries/c-static-aes" "$S/opt/billing/bin/token-tool"
cp "$REPO/tests/fixtures/binaries/crypto.jar" "$S/opt/billing/lib/billing-crypto.jar"

# ---------------------------------------------------------------------------------------------------
# src/: small source files that hard-code cryptography (for the source detectors)
log "source files"
cat > "$S/src/report_crypto.py" <<'EOF'
"""Helpers for the nightly report export (legacy billing)."""
import hashlib

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

# TODO(OPS-1201): move to the vault; key is baked in at build time
REPORT_KEY = bytes.fromhex("8f1c2a7e55d0b3c4a9e6f1d2c3b4a596")


def cache_key(customer_id: str) -> str:
    """Stable cache key for a customer report."""
    return hashlib.md5(customer_id.encode("utf-8")).hexdigest()


def encrypt_report(data: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    encryptor = Cipher(algorithms.AES(REPORT_KEY), modes.ECB()).encryptor()
    return encryptor.update(padded) + encryptor.finalize()
EOF

mkdir -p "$S/src/java/com/example/billing"
cat > "$S/src/java/com/example/billing/LegacyCrypto.java" <<'EOF'
package com.example.billing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/** Crypto used by the 2011 batch interface; the mainframe side only speaks DES. */
public final class LegacyCrypto {
    private static final byte[] BATCH_KEY = "b@tch-01".getBytes(StandardCharsets.US_ASCII);

    private LegacyCrypto() {}

    public static byte[] encryptBatch(byte[] record) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("DES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(BATCH_KEY, "DES"));
        return cipher.doFinal(record);
    }

    public static KeyPair newSigningKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        return generator.generateKeyPair();
    }
}
EOF

mkdir -p "$S/src/go/agent"
cat > "$S/src/go/agent/main.go" <<'EOF'
// Command agent exchanges a session key with the estate controller.
package main

import (
	"bytes"
	"crypto/mlkem"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"log"
)

// fingerprint identifies a key in the controller's logs (not a security boundary).
func fingerprint(b []byte) string {
	sum := sha1.Sum(b)
	return hex.EncodeToString(sum[:])
}

func main() {
	dk, err := mlkem.GenerateKey768()
	if err != nil {
		log.Fatal(err)
	}
	ek := dk.EncapsulationKey()
	sharedKey, ciphertext := ek.Encapsulate()
	peerKey, err := dk.Decapsulate(ciphertext)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("ek %s ok=%v\n", fingerprint(ek.Bytes()), bytes.Equal(sharedKey, peerKey))
}
EOF

# README (generated, with the date and tool versions of this run)
GEN_DATE="$(date -u +%Y-%m-%d)"
OPENSSL_VERSION="$(openssl version)"
SSH_VERSION="$(ssh -V 2>&1 || true)"
cat > "$S/README.md" <<EOF
# samples/: a synthetic server estate

A small, made-up filesystem tree that looks like a few servers of a company ("Example Estate"):
a TLS-terminating nginx, a legacy Java billing app, a PQC pilot directory, a deploy user's SSH
keys and some application source. The demo in cryptoscope's README scans this directory.

Every file here was made by \`samples/make-samples.sh\` with openssl and ssh-keygen on $GEN_DATE
(\`$OPENSSL_VERSION\`, \`$SSH_VERSION\`), except the two PQC certificates, which are
unmodified copies from the IETF Hackathon pqc-certificates corpus (see \`srv/pqc/NOTICE\`).
**All private keys are throwaway test keys** generated for this tree; they protect nothing.
Regenerate (wipes and rebuilds everything except the script itself; keys change each run):

    bash samples/make-samples.sh

## What is inside and what a scanner should find

| file | what | algorithm | size / curve |
| --- | --- | --- | --- |
| etc/ssl/certs/ca-bundle.crt | PEM bundle, 3 self-signed root CAs (\`#\` label lines between blocks) | [0] RSA, sha384WithRSAEncryption (serial 2001) | RSA 4096 |
| | | [1] RSA, **sha1WithRSAEncryption**, valid 2009-06-15..2029-06-15 (serial 2002) | RSA 2048 |
| | | [2] EC, ecdsa-with-SHA384 (serial 2003) | P-384 |
| etc/nginx/tls/server.crt | PEM chain, leaf first: [0] www.estate.example (serial 2005), [1] issuing CA E2 (serial 2004, signed by the EC root) | [0] EC key, ecdsa-with-SHA384; [1] EC key, ecdsa-with-SHA384 | [0] P-256; [1] P-384 |
| etc/nginx/tls/server.key | private key, SEC1 PEM (\`BEGIN EC PRIVATE KEY\`), unencrypted, matches server.crt [0] | EC | P-256 |
| etc/nginx/nginx.conf | nginx config referencing the files above | \`ssl_protocols\` incl. **TLSv1, TLSv1.1**; \`ssl_ciphers\` incl. **DES-CBC3-SHA**, AES256-SHA (static RSA), ECDHE-ECDSA AES-GCM / CHACHA20; \`ssl_ecdh_curve X25519:prime256v1:secp384r1\` | - |
| opt/legacy-app/conf/app.der | DER certificate (no PEM), self-signed, serial 2006 | RSA, **sha1WithRSAEncryption** | RSA **1024** |
| opt/legacy-app/conf/keystore.p12 | PKCS#12, password \`changeit\`, alias legacy-app: the app.der cert + its private key | key bag pbeWithSHA1And3-KeyTripleDES-CBC, cert bag **pbeWithSHA1And40BitRC2-CBC**, MAC sha1 (\`openssl pkcs12 -legacy\`) | RSA 1024 |
| opt/legacy-app/conf/application.yml | Spring Boot config: inline PEM cert in an indented block scalar (\`spring.ssl.bundle.pem.partner-api.truststore.certificate\`), keystore password in clear, TLSv1/TLSv1.1, 3DES cipher suite, SHA1withRSA | inline cert: RSA, sha256WithRSAEncryption, issued by Root CA R4 (serial 2007) | RSA 2048 |
| srv/pqc/ml-dsa-65-2.16.840.1.101.3.4.3.18_ta.der | DER certificate, self-signed trust anchor (copied) | ML-DSA-65 (2.16.840.1.101.3.4.3.18) | - |
| srv/pqc/ml-kem-768-2.16.840.1.101.3.4.4.2_ee.der | DER end-entity certificate (copied), signed with ML-DSA-65 | key ML-KEM-768 (2.16.840.1.101.3.4.4.2) | - |
| srv/pqc/NOTICE | source, commit and licence of the two PQC files | - | - |
| home/deploy/.ssh/id_ed25519(.pub) | OpenSSH private key (\`BEGIN OPENSSH PRIVATE KEY\`), **no passphrase** + public key | Ed25519 | 256 |
| home/deploy/.ssh/id_rsa(.pub) | OpenSSH private key, passphrase \`sample\` (bcrypt KDF, aes256-ctr) + public key | RSA | 3072 |
| home/deploy/.ssh/authorized_keys | both public keys (the RSA one with \`from=\` options) | Ed25519, RSA | 256, 3072 |
| opt/billing/bin/billing-agent | ELF executable linking **libcrypto.so.3** (OpenSSL), importing EVP_aes_256_gcm, EVP_sha1, EVP_md5, RSA_generate_key_ex, EC_KEY_new_by_curve_name | AES-256-GCM, SHA-256, **SHA-1**, **MD5**, RSA, ECDSA | - |
| opt/billing/bin/token-tool | static ELF executable with its own AES (S-box table), MD5 (sine constants as immediates), SHA-256 (round constants) and an embedded DER certificate + PEM public key | AES, **MD5**, SHA-256; ECDSA P-256 certificate | P-256 |
| opt/billing/lib/billing-crypto.jar | jar: classes using javax.crypto / java.security | AES/GCM, **DESede/CBC**, SHA-1, RSA, SHA256withECDSA | - |
| src/report_crypto.py | Python, \`cryptography\` | hashlib.md5; AES in **ECB** mode with a hard-coded 128-bit key | AES-128 |
| src/java/com/example/billing/LegacyCrypto.java | Java JCA | \`Cipher.getInstance("DES/ECB/PKCS5Padding")\`; \`KeyPairGenerator.getInstance("RSA")\` + \`initialize(1024)\` | DES 56; RSA 1024 |
| src/go/agent/main.go | Go (1.24+) standard library | crypto/sha1; crypto/mlkem (ML-KEM-768) | - |

Certificate subjects are \`CN=...,O=Example Estate B.V.,C=NL\` (the partner cert:
\`O=Partner Bank N.V.\`); serials are fixed (hex 2001-2007). Hashes and dates change when the
tree is regenerated.
EOF

log "done ($(du -sk --apparent-size "$S" | cut -f1) KB)"
