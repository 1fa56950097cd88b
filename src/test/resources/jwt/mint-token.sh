#!/usr/bin/env bash
# Mints a bearer token for writing to a Frontline running locally (dev mode, or the packaged app
# started with MP_JWT_VERIFY_PUBLICKEY_LOCATION pointing at this folder's public.pem).
#
#   src/test/resources/jwt/mint-token.sh editor alice        # role editor, user alice, valid 1 hour
#   src/test/resources/jwt/mint-token.sh admin bob 600       # role admin, valid 10 minutes
#
# It signs with the TEST key pair beside this script (RS256). That key is public in this
# repository: never trust it outside a developer's machine. Production tokens come from your own
# identity provider, whose public key Frontline is given by MP_JWT_VERIFY_PUBLICKEY_LOCATION.
set -euo pipefail
role="${1:?usage: mint-token.sh ROLE [USER] [SECONDS]  (ROLE: editor or admin)}"
user="${2:-$USER}"
seconds="${3:-3600}"
key="${FRONTLINE_TOKEN_KEY:-$(dirname "$0")/private.pem}"

base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
payload=$(printf '{"iss":"frontline","upn":"%s","sub":"%s","groups":["%s"],"iat":%d,"exp":%d}' \
  "$user" "$user" "$role" "$now" "$((now + seconds))" | base64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | base64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
