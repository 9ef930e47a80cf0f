#!/bin/bash
# Collects read-only evidence for Intune Mac Readiness and writes it to one JSON file, on a Mac with nothing installed:
# bash (macOS ships 3.2; zsh users run `bash collect-evidence.sh`) and curl. jq is used when present (macOS 15 ships
# it); without it, a small awk reader does the same work.
#
#   bash collect-evidence.sh [-o file.json] [-t tenant] [-c client-id] [-s tenant,setup,policies]
#
# Signs in with a device code (Microsoft identity platform, delegated, read-only scopes), sends the GET requests the
# readiness checks need, follows every @odata.nextLink (Graph host only, 20 pages at most), fetches each ADE token's
# enrollment profiles, blanks secrets and writes the evidence format the app imports (same file as collect-evidence.ps1):
#   { "kind": "intune-mac-readiness-evidence", "version": 1, "collectedAt": "…", "responses": [ { "request", "status", "body" } ] }
# Errors are evidence too (a 403 is written with its body). A request with no HTTP answer is left out and reported.
# The access token stays in memory and in a private temporary file handed to curl, never on a command line or in
# the output. Nothing in the tenant is changed.
#
# Default client: Microsoft Graph Command Line Tools (14d82eec-204b-4c2f-b7e8-296a70dab67e), the public client
# Connect-MgGraph uses; pass -c with your own app registration (public client flows enabled) instead.
# Test-only environment: IMR_LOGIN_URL / IMR_GRAPH_URL point at loopback stand-ins; plain http is refused unless
# IMR_ALLOW_LOOPBACK_HTTP=1 and the host is 127.0.0.1 or localhost.
set -u
umask 077

OUT="./intune-mac-evidence.json"
TENANT="organizations"
CLIENT_ID="14d82eec-204b-4c2f-b7e8-296a70dab67e"
STEPS="tenant,setup,policies"
LOGIN_URL="${IMR_LOGIN_URL:-https://login.microsoftonline.com}"
GRAPH_URL="${IMR_GRAPH_URL:-https://graph.microsoft.com}"
MAX_PAGES=20

say() { printf '%s\n' "$*" >&2; }
die() { say "collect-evidence: $*"; exit 1; }

while getopts "o:t:c:s:h" opt; do
  case "$opt" in
    o) OUT="$OPTARG" ;;
    t) TENANT="$OPTARG" ;;
    c) CLIENT_ID="$OPTARG" ;;
    s) STEPS="$OPTARG" ;;
    *) sed -n '2,9p' "$0" >&2; exit 2 ;;
  esac
done

check_url() {
  case "$1" in
    https://*) ;;
    http://127.0.0.1:*|http://127.0.0.1/*|http://localhost:*|http://localhost/*)
      [ "${IMR_ALLOW_LOOPBACK_HTTP:-}" = "1" ] || die "refusing plain http ($1) outside tests" ;;
    *) die "not an https URL: $1" ;;
  esac
}
check_url "$LOGIN_URL"; check_url "$GRAPH_URL"
LOGIN_URL="${LOGIN_URL%/}"; GRAPH_URL="${GRAPH_URL%/}"
case "$TENANT" in *[!A-Za-z0-9.-]*) die "tenant must be an id or a domain name" ;; esac
case "$CLIENT_ID" in *[!A-Za-z0-9-]*) die "client id must be a GUID" ;; esac
command -v curl >/dev/null 2>&1 || die "curl is required"
if [ "${IMR_NO_JQ:-}" != "1" ] && command -v jq >/dev/null 2>&1; then HAVE_JQ=1; else HAVE_JQ=0; fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/imr-evidence.XXXXXX")" || die "cannot create a temporary folder"
trap 'rm -rf "$WORK"' EXIT INT TERM

# Keep in step with STEP_REQUESTS and the request tables in src/domain/verification (a test compares them).
# One line per read: the steps that need it, then the request line exactly as the app writes it.
cat > "$WORK/requests.txt" <<'REQUESTS'
tenant GET /beta/policies/mobileDeviceManagementPolicies/0000000a-0000-0000-c000-000000000000?$expand=includedGroups
tenant GET /v1.0/me/memberOf?$select=id,displayName,roleTemplateId
tenant GET /v1.0/roleManagement/directory/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')
tenant GET /v1.0/roleManagement/directory/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')
tenant GET /v1.0/subscribedSkus?$select=skuId,skuPartNumber,capabilityStatus,consumedUnits,prepaidUnits,servicePlans,appliesTo
tenant,setup GET /beta/deviceManagement/deviceEnrollmentConfigurations?$expand=assignments
tenant GET /v1.0/deviceManagement/applePushNotificationCertificate?$select=appleIdentifier,topicIdentifier,expirationDateTime,lastModifiedDateTime,certificateSerialNumber,certificateUploadStatus,certificateUploadFailureReason
tenant,setup,policies GET /beta/deviceManagement/depOnboardingSettings
tenant GET /beta/deviceAppManagement/vppTokens?$select=id,displayName,locationName,organizationName,appleId,vppTokenAccountType,expirationDateTime,lastSyncDateTime,lastSyncStatus,state,countryOrRegion,automaticallyUpdateApps
setup GET /v1.0/organization?$select=id,mobileDeviceManagementAuthority
setup GET /v1.0/policies/deviceRegistrationPolicy
setup GET /beta/deviceManagement/assignmentFilters?$select=id,displayName,platform,rule,assignmentFilterManagementType
setup,policies GET /beta/deviceAppManagement/mobileApps?$expand=assignments
setup GET /v1.0/deviceManagement/managedDevices?$filter=operatingSystem%20eq%20'macOS'&$select=id,operatingSystem,osVersion,managedDeviceOwnerType,deviceEnrollmentType,enrolledDateTime,lastSyncDateTime,complianceState,isSupervised,isEncrypted
policies GET /v1.0/deviceManagement/deviceCompliancePolicies?$expand=assignments
policies GET /v1.0/identity/conditionalAccess/policies
policies GET /beta/deviceManagement/configurationPolicies?$filter=platforms%20has%20'macOS'&$expand=settings,assignments
policies GET /beta/deviceManagement/deviceConfigurations?$filter=isof('microsoft.graph.macOSSoftwareUpdateConfiguration')%20or%20isof('microsoft.graph.macOSEndpointProtectionConfiguration')%20or%20isof('microsoft.graph.macOSDeviceFeaturesConfiguration')&$expand=assignments
policies GET /beta/deviceManagement/mobileThreatDefenseConnectors
REQUESTS

# Read-only delegated scopes per step; keep in step with scopesForSteps() in src/domain/verification/step-requests.ts.
SCOPES_tenant="User.Read LicenseAssignment.Read.All Policy.Read.All DeviceManagementServiceConfig.Read.All RoleAssignmentSchedule.Read.Directory RoleEligibilitySchedule.Read.Directory"
SCOPES_setup="User.Read DeviceManagementServiceConfig.Read.All Policy.Read.All DeviceManagementConfiguration.Read.All DeviceManagementApps.Read.All DeviceManagementManagedDevices.Read.All"
SCOPES_policies="User.Read DeviceManagementConfiguration.Read.All Policy.Read.All DeviceManagementServiceConfig.Read.All DeviceManagementApps.Read.All"

# Properties that may carry a password, key or token string; their string values are blanked before anything is
# written. Keep in step with SECRET_KEYS in src/domain/verification/secrets.ts (matched case-insensitively there too).
SECRET_KEYS="token adminAccountPassword password clientSecret secret privateKey certificatePassword tokenValue sharedSecret preSharedKey"
# The follow-up read per ADE token: its default macOS profile, with a $select that names no secret (requests.ts).
PROFILE_QUERY='$select=id,displayName,isDefault,requiresUserAuthentication,waitForDeviceConfiguredConfirmation,profileRemovalDisabled,fileVaultDisabled,adminAccountUserName,depProfileAdminAccountPasswordRotationSetting'

wanted_step() { case ",$STEPS," in *",$1,"*) return 0 ;; esac; return 1; }
for s in $(printf '%s' "$STEPS" | tr ',' ' '); do
  case "$s" in tenant|setup|policies) ;; *) die "unknown step \"$s\" (use tenant, setup, policies)" ;; esac
done

SCOPES=""
for s in tenant setup policies; do
  if wanted_step "$s"; then eval "SCOPES=\"\$SCOPES \$SCOPES_$s\""; fi
done
# One copy of each scope, Graph-qualified, as the v2 endpoint wants them.
SCOPE_PARAM="$(printf '%s\n' $SCOPES | awk 'NF && !seen[$0]++ { printf "%shttps://graph.microsoft.com/%s", (n++ ? " " : ""), $0 }')"

# --- JSON without jq ----------------------------------------------------------------------------------------------
# A streaming reader for one Graph body per file: it tracks strings and nesting only, enough to read top-level members,
# the ids of `value[]` and to merge pages. mode=check prints ok/bad; top (key=K) prints a top-level value (strings
# unescaped); ids prints value[].id; merge (link=L) joins the `value` arrays of all files into the first file's body.
JSON_AWK="$(cat <<'AWK'
function reset() { depth = 0; instr = 0; esc = 0; ts = "start"; m = 0; cap = 0; bad = 0; done = 0; s3 = ""; k3 = ""; k3on = 0; idon = 0; idv = ""; want = 0 }
function endval(i) { if (cap) { mval[f, m] = mval[f, m] substr(line, seg, i - seg); cap = 0 } }
function trim(s) { sub(/^[ \t\r\n]+/, "", s); sub(/[ \t\r\n]+$/, "", s); return s }
function unquote(s,   out, j, c) {
  s = substr(s, 2, length(s) - 2); out = ""
  for (j = 1; j <= length(s); j++) { c = substr(s, j, 1); if (c == "\\") { j++; c = substr(s, j, 1); if (c == "n") c = "\n"; else if (c == "t") c = "\t"; else if (c == "u") { c = (substr(s, j + 1, 4) == "0026") ? "&" : "\\u" substr(s, j + 1, 4); j += 4 } } out = out c }
  return out
}
BEGIN { f = 0 }
FNR == 1 { f++; reset(); members[f] = 0 }
{
  line = $0 "\n"; n = length(line); seg = 1
  for (i = 1; i <= n; i++) {
    c = substr(line, i, 1)
    if (instr) {
      if (esc) esc = 0; else if (c == "\\") esc = 1; else if (c == "\"") instr = 0
      if (instr || esc) { if (ts == "keystr") mkey[f, m] = mkey[f, m] c; if (k3on) k3 = k3 c; if (idon) idv = idv c; continue }
      if (ts == "keystr") ts = "colon"
      if (k3on) { k3on = 0; s3 = "colon" }
      if (idon) { idon = 0; ids[++nids] = idv }
      continue
    }
    if (c ~ /[ \t\r\n]/) continue
    if (done) { bad = 1; continue }
    if (depth == 0) { if (c != "{" && c != "[") { bad = 1; done = 1; continue } if (c == "[") ts = "array"; else ts = "key" }
    if (depth == 1 && ts == "key" && c == "\"") { ts = "keystr"; mkey[f, m] = ""; instr = 1; continue }
    if (depth == 1 && ts == "colon" && c == ":") { ts = "val"; continue }
    if (depth == 1 && ts == "val") { ts = "inval"; cap = 1; seg = i; members[f] = m + 1 }
    if (depth == 1 && ts == "inval" && (c == "," || c == "}")) { endval(i); if (c == ",") { m++; ts = "key" } }
    inlist = (ts == "inval" && mkey[f, m] == "value")
    if (inlist && depth == 2 && c == "{") s3 = "key"
    if (inlist && depth == 3) {
      if (c == "\"" && s3 == "key") { k3on = 1; k3 = ""; instr = 1; continue }
      if (c == ":" && s3 == "colon") { s3 = "val"; want = (k3 == "id"); continue }
      if (s3 == "val") { s3 = "inval"; if (c == "\"" && want) { idon = 1; idv = ""; instr = 1; continue } }
      if (c == ",") { s3 = "key"; continue }
    }
    if (c == "\"") { instr = 1; continue }
    if (c == "{" || c == "[") depth++
    else if (c == "}" || c == "]") { depth--; if (depth < 0) bad = 1; if (depth == 0) done = 1 }
  }
  if (cap) { mval[f, m] = mval[f, m] substr(line, seg); seg = 1 }
}
END {
  if (mode == "check") { print ((bad || depth != 0 || instr || !done) ? "bad" : "ok"); exit }
  if (mode == "top") { for (j = 0; j < members[1]; j++) if (mkey[1, j] == key) { v = trim(mval[1, j]); print (v ~ /^"/ ? unquote(v) : v) } exit }
  if (mode == "ids") { for (j = 1; j <= nids; j++) print ids[j]; exit }
  out = ""
  for (j = 0; j < members[1]; j++) if (mkey[1, j] != "value" && mkey[1, j] != "@odata.nextLink") out = out (out == "" ? "" : ",") "\"" mkey[1, j] "\":" trim(mval[1, j])
  items = ""
  for (g = 1; g <= f; g++) for (j = 0; j < members[g]; j++) if (mkey[g, j] == "value") { v = trim(mval[g, j]); v = trim(substr(v, 2, length(v) - 2)); if (v != "") items = items (items == "" ? "" : ",") v }
  out = out (out == "" ? "" : ",") "\"value\":[" items "]"
  if (link != "") { gsub(/\\/, "\\\\", link); gsub(/"/, "\\\"", link); out = out ",\"@odata.nextLink\":\"" link "\"" }
  print "{" out "}"
}
AWK
)"

is_json() {
  if [ "$HAVE_JQ" = "1" ]; then jq empty "$1" >/dev/null 2>&1; else [ "$(awk -v mode=check "$JSON_AWK" "$1")" = "ok" ]; fi
}
json_top_string() { # file key → the top-level string (or number) value, nothing when absent
  if [ "$HAVE_JQ" = "1" ]; then jq -r --arg k "$2" '(if type == "object" then .[$k] else null end) // empty | if type == "string" or type == "number" then . else empty end' "$1" 2>/dev/null
  else awk -v mode=top -v key="$2" "$JSON_AWK" "$1"; fi
}
json_top_number() { json_top_string "$1" "$2" | tr -cd '0-9'; }
json_value_ids() {
  if [ "$HAVE_JQ" = "1" ]; then jq -r '(if type == "object" then .value else null end) // [] | .[]? | (if type == "object" then .id else null end) // empty | select(type == "string")' "$1" 2>/dev/null
  else awk -v mode=ids "$JSON_AWK" "$1"; fi
}
merge_pages() { # link-if-still-partial, page files… → one body whose value holds every page's items
  local link="$1"; shift
  if [ "$HAVE_JQ" = "1" ]; then jq -c -s --arg link "$link" '(.[0] | del(.value, ."@odata.nextLink")) + {value: (map(.value // []) | add)} + (if $link == "" then {} else {"@odata.nextLink": $link} end)' "$@"
  else awk -v mode=merge -v link="$link" "$JSON_AWK" "$@"; fi
}
json_string_of() { printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"; }
# A body that is not JSON (an HTML error page) is kept as a JSON string, so the app reports an unexpected answer.
json_string_file() { awk 'BEGIN { printf "\"" } { gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); gsub(/\t/, "\\t"); gsub(/\r/, ""); printf "%s%s", (NR > 1 ? "\\n" : ""), $0 } END { printf "\"" }' "$1"; }
# BSD sed has no case-insensitive flag, so each letter becomes a bracket: token → [tT][oO][kK][eE][nN].
REDACT_KEYS="$(printf '%s\n' $SECRET_KEYS | awk '{ out = ""; for (i = 1; i <= length($0); i++) { c = substr($0, i, 1); out = out "[" tolower(c) toupper(c) "]" } printf "%s%s", (NR > 1 ? "|" : ""), out }')"
REDACT_SED="s/\"($REDACT_KEYS)\"[[:space:]]*:[[:space:]]*\"([^\"\\]|\\.)*\"/\"\1\":null/g"
body_json() { if is_json "$1"; then sed -E "$REDACT_SED" "$1"; else json_string_file "$1"; fi; }

# --- sign-in: OAuth 2.0 device authorization grant (Microsoft identity platform v2) -------------------------------
post_form() { # url, form file → body in $WORK/post.json, status echoed
  curl -sS -o "$WORK/post.json" -w '%{http_code}' -X POST -H 'Content-Type: application/x-www-form-urlencoded' --data @"$2" "$1"
}
urlencode() { printf '%s' "$1" | awk 'BEGIN { for (i = 0; i < 256; i++) ord[sprintf("%c", i)] = i } { s = (NR > 1 ? s "%0A" : s) ; for (i = 1; i <= length($0); i++) { c = substr($0, i, 1); if (c ~ /[A-Za-z0-9._~-]/) s = s c; else s = s sprintf("%%%02X", ord[c]) } } END { printf "%s", s }'; }

printf 'client_id=%s&scope=%s' "$CLIENT_ID" "$(urlencode "$SCOPE_PARAM")" > "$WORK/devicecode.form"
status="$(post_form "$LOGIN_URL/$TENANT/oauth2/v2.0/devicecode" "$WORK/devicecode.form")" || die "cannot reach $LOGIN_URL"
[ "$status" = "200" ] || die "device-code sign-in refused ($status): $(json_top_string "$WORK/post.json" error_description)"
DEVICE_CODE="$(json_top_string "$WORK/post.json" device_code)"
INTERVAL="$(json_top_number "$WORK/post.json" interval)"; INTERVAL="${INTERVAL:-5}"
say "$(json_top_string "$WORK/post.json" message)"

printf 'grant_type=urn:ietf:params:oauth:grant-type:device_code&client_id=%s&device_code=%s' "$CLIENT_ID" "$(urlencode "$DEVICE_CODE")" > "$WORK/token.form"
TOKEN=""
while [ -z "$TOKEN" ]; do
  sleep "$INTERVAL"
  status="$(post_form "$LOGIN_URL/$TENANT/oauth2/v2.0/token" "$WORK/token.form")" || die "cannot reach $LOGIN_URL"
  if [ "$status" = "200" ]; then TOKEN="$(json_top_string "$WORK/post.json" access_token)"; [ -n "$TOKEN" ] || die "sign-in returned no access token"; break; fi
  case "$(json_top_string "$WORK/post.json" error)" in
    authorization_pending) ;;
    slow_down) INTERVAL=$((INTERVAL + 5)) ;;
    *) die "sign-in failed: $(json_top_string "$WORK/post.json" error_description)" ;;
  esac
done
rm -f "$WORK/post.json" "$WORK/token.form"
# curl reads the header from this private file: the token never appears in `ps`.
printf 'header = "Authorization: Bearer %s"\nheader = "Accept: application/json"\n' "$TOKEN" > "$WORK/auth.curlrc"
unset TOKEN DEVICE_CODE
say "Signed in. Reading Microsoft Graph (read-only)…"

# --- Graph reads ----------------------------------------------------------------------------------------------------
# get URL → body in $WORK/page.json, status echoed (000 = no answer). Retries a throttled read up to 3 times.
get() {
  local tries=0 status wait
  while :; do
    status="$(curl -sS -K "$WORK/auth.curlrc" -D "$WORK/headers.txt" -o "$WORK/page.json" -w '%{http_code}' "$1" 2>/dev/null)" || status="000"
    [ "$status" = "429" ] || [ "$status" = "503" ] || break
    tries=$((tries + 1)); [ "$tries" -le 3 ] || break
    wait="$(awk 'tolower($1) == "retry-after:" { gsub(/[^0-9]/, "", $2); print $2 }' "$WORK/headers.txt")"
    wait="${wait:-2}"; [ "$wait" -le 30 ] || break
    sleep "$wait"
  done
  printf '%s' "$status"
}

N=0
record() { # request line, status, body file → $WORK/r.N.{req,status,body}
  N=$((N + 1))
  printf '%s' "$1" > "$WORK/r.$N.req"; printf '%s' "$2" > "$WORK/r.$N.status"
  if [ -s "$3" ]; then body_json "$3" > "$WORK/r.$N.body"; else printf 'null' > "$WORK/r.$N.body"; fi
}

# One request and every further page; the merged list drops the link once complete, keeps it when cut short.
collect() {
  local line="$1" target status pages=1 link
  target="${line#GET }"
  say "  $line"
  status="$(get "$GRAPH_URL$target")"
  if [ "$status" = "000" ]; then say "    no answer: left out of the file"; return 1; fi
  cp "$WORK/page.json" "$WORK/p.1"
  link=""
  if [ "$status" = "200" ]; then link="$(json_top_string "$WORK/p.1" '@odata.nextLink')"; fi
  while [ -n "$link" ] && [ "$pages" -lt "$MAX_PAGES" ]; do
    case "$link" in "$GRAPH_URL"/v1.0/*|"$GRAPH_URL"/beta/*) ;; *) say "    next page is not on Graph; the list stays partial"; break ;; esac
    [ "$(get "$link")" = "200" ] || break
    pages=$((pages + 1)); cp "$WORK/page.json" "$WORK/p.$pages"
    link="$(json_top_string "$WORK/p.$pages" '@odata.nextLink')"
  done
  if [ "$pages" -gt 1 ]; then
    merge_pages "$link" $(i=1; while [ "$i" -le "$pages" ]; do printf '%s ' "$WORK/p.$i"; i=$((i + 1)); done) > "$WORK/merged.json"
    record "$line" "$status" "$WORK/merged.json"
  else
    record "$line" "$status" "$WORK/p.1"
  fi
  [ -z "$link" ] || say "    only $pages page(s) read: the app reports this list as could not check"
  rm -f "$WORK"/p.*
}

DEP_BODY=""
while IFS= read -r entry; do
  steps="${entry%% *}"; line="${entry#* }"
  want=0
  for s in $(printf '%s' "$steps" | tr ',' ' '); do wanted_step "$s" && want=1; done
  [ "$want" = "1" ] || continue
  collect "$line" || continue
  case "$line" in "GET /beta/deviceManagement/depOnboardingSettings") [ "$(cat "$WORK/r.$N.status")" = "200" ] && DEP_BODY="$WORK/r.$N.body" ;; esac
done < "$WORK/requests.txt"

# Follow-up: each ADE token's enrollment profiles (ids are GUIDs; anything else never reaches a URL).
if [ -n "$DEP_BODY" ]; then
  for id in $(json_value_ids "$DEP_BODY"); do
    case "$id" in *[!A-Za-z0-9_-]*) say "  skipping a token with an unexpected id"; continue ;; esac
    collect "GET /beta/deviceManagement/depOnboardingSettings/$id/defaultMacOsEnrollmentProfile?$PROFILE_QUERY" || true
  done
fi

# --- write ----------------------------------------------------------------------------------------------------------
{
  printf '{\n  "kind": "intune-mac-readiness-evidence",\n  "version": 1,\n  "collectedAt": "%s",\n  "responses": [' "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  i=1
  while [ "$i" -le "$N" ]; do
    [ "$i" -gt 1 ] && printf ','
    printf '\n    { "request": %s, "status": %s, "body": ' "$(json_string_of "$(cat "$WORK/r.$i.req")")" "$(cat "$WORK/r.$i.status")"
    cat "$WORK/r.$i.body"; printf ' }'
    i=$((i + 1))
  done
  printf '\n  ]\n}\n'
} > "$WORK/out.json"
mv "$WORK/out.json" "$OUT" || die "cannot write $OUT"
say "Wrote $N responses to $OUT. Import it in Intune Mac Readiness; it holds no access tokens."
