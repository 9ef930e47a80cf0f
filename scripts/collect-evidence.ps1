#Requires -Version 7.0
#Requires -Modules Microsoft.Graph.Authentication

<#
.SYNOPSIS
    Collects read-only evidence for Intune Mac Readiness and writes it to one JSON file.

.DESCRIPTION
    Signs in to Microsoft Graph with delegated, read-only scopes, sends the GET requests the readiness checks need and
    writes every response (HTTP status and JSON body) to an evidence file that the Intune Mac Readiness app imports.
    Nothing in the tenant is changed.

    Consent: Connect-MgGraph signs in through Microsoft Graph PowerShell ("Microsoft Graph Command Line Tools" under
    Enterprise applications), not an app registration of yours. Every scope below except User.Read and
    LicenseAssignment.Read.All needs tenant-wide admin consent for that app, which an Intune Administrator cannot
    grant: a Global, Privileged Role, Cloud Application or Application Administrator must (for example by running
    this script once). Without it the sign-in stops at "Need admin approval".

    Runs on Windows, macOS and Linux with PowerShell 7 and the Microsoft.Graph.Authentication module:
        Install-Module Microsoft.Graph.Authentication -Scope CurrentUser

    Evidence format (version 1):
        { "kind": "intune-mac-readiness-evidence", "version": 1, "collectedAt": "2026-11-26T09:00:00Z",
          "responses": [ { "request": "GET /v1.0/deviceManagement/applePushNotificationCertificate", "status": 200,
                           "body": { } } ] }

    Errors are evidence too: a 403, 404 or 429 is recorded with its status and error body, so the app can say why a
    check could not be performed. This uses Invoke-MgGraphRequest -SkipHttpErrorCheck (no exception on 4xx/5xx),
    -StatusCodeVariable (the HTTP status) and -OutputType Json (the body as the service sent it, so dates are not
    re-formatted). A request that gets no HTTP answer at all (network failure) is left out and reported on screen;
    the app then shows that check as "not checked".

    The file never contains access tokens or passwords. Requests use $select so that the Apps and Books token list
    does not carry the token strings and the ADE enrollment profile read does not carry its admin account password;
    any secret-bearing property that still appears ("token", "adminAccountPassword", ...) is blanked before writing.

.PARAMETER Path
    Where to write the evidence file. Default: ./intune-mac-evidence.json

.PARAMETER TenantId
    Tenant to sign in to (id or primary domain). Default: the account's home tenant.

.PARAMETER UseDeviceCode
    Sign in with a device code instead of a browser window (useful over SSH).

.PARAMETER Steps
    Which steps to collect evidence for: tenant (prerequisites), setup (tenant set-up), policies. Default: all three.
    Only the chosen steps' scopes are requested, so "-Steps tenant" asks for no more than the prerequisite check.

.NOTES
    Every list Graph splits into pages is read to its end (@odata.nextLink, Graph hosts only, 20 pages at most); a
    list cut short keeps its link, and the app then reports it as "could not check" instead of judging a part.
    This script is kept in step with the app's request tables by tests, but it is not executed in this project's
    test suite (no PowerShell there); the shell collector (collect-evidence.sh) is, against a Graph stand-in.

.EXAMPLE
    pwsh ./collect-evidence.ps1
.EXAMPLE
    ./collect-evidence.ps1 -Path ~/Desktop/contoso-evidence.json -TenantId contoso.onmicrosoft.com
#>
[CmdletBinding()]
param(
    [string] $Path = './intune-mac-evidence.json',
    [string] $TenantId,
    [switch] $UseDeviceCode,
    [ValidateSet('tenant', 'setup', 'policies')]
    [string[]] $Steps = @('tenant', 'setup', 'policies')
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
Add-Type -AssemblyName System.Text.Json

# Read-only, least-privilege delegated scopes. Keep in step with REQUIRED_SCOPES in src/domain/verification/consent.ts.
$Scopes = @(
    'User.Read'
    'LicenseAssignment.Read.All'
    'Policy.Read.All'
    'DeviceManagementServiceConfig.Read.All'
    'RoleAssignmentSchedule.Read.Directory'
    'RoleEligibilitySchedule.Read.Directory'
)

# The rollout steps' extra scopes; keep in step with scopesForSteps() in src/domain/verification/step-requests.ts.
$StepScopes = @{
    tenant   = $Scopes
    setup    = @('User.Read', 'DeviceManagementServiceConfig.Read.All', 'Policy.Read.All', 'DeviceManagementConfiguration.Read.All', 'DeviceManagementApps.Read.All', 'DeviceManagementManagedDevices.Read.All')
    policies = @('User.Read', 'DeviceManagementConfiguration.Read.All', 'Policy.Read.All', 'DeviceManagementServiceConfig.Read.All', 'DeviceManagementApps.Read.All')
}

# Keep in step with GRAPH_REQUESTS in src/domain/verification/requests.ts (single quotes: $select is not a variable).
$Requests = @(
    'GET /beta/policies/mobileDeviceManagementPolicies/0000000a-0000-0000-c000-000000000000?$expand=includedGroups'
    'GET /v1.0/me/memberOf?$select=id,displayName,roleTemplateId'
    "GET /v1.0/roleManagement/directory/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')"
    "GET /v1.0/roleManagement/directory/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')"
    'GET /v1.0/subscribedSkus?$select=skuId,skuPartNumber,capabilityStatus,consumedUnits,prepaidUnits,servicePlans,appliesTo'
    'GET /beta/deviceManagement/deviceEnrollmentConfigurations?$expand=assignments'
    'GET /v1.0/deviceManagement/applePushNotificationCertificate?$select=appleIdentifier,topicIdentifier,expirationDateTime,lastModifiedDateTime,certificateSerialNumber,certificateUploadStatus,certificateUploadFailureReason'
    'GET /beta/deviceManagement/depOnboardingSettings'
    'GET /beta/deviceAppManagement/vppTokens?$select=id,displayName,locationName,organizationName,appleId,vppTokenAccountType,expirationDateTime,lastSyncDateTime,lastSyncStatus,state,countryOrRegion,automaticallyUpdateApps'
)

# The reads of the set-up and policies steps (ROLLOUT_REQUESTS and STEP_REQUESTS in src/domain/verification): the
# steps that need each one, then its request line. The set-up step also re-reads the enrollment restrictions and both
# re-read the ADE tokens (for their default macOS profile), listed in $Requests above.
# A leading comma keeps each pair an array (PowerShell would otherwise flatten the list).
$RolloutRequests = @(
    ,@('setup', 'GET /v1.0/organization?$select=id,mobileDeviceManagementAuthority')
    ,@('setup', 'GET /v1.0/policies/deviceRegistrationPolicy')
    ,@('setup', 'GET /beta/deviceManagement/assignmentFilters?$select=id,displayName,platform,rule,assignmentFilterManagementType')
    ,@('setup,policies', 'GET /beta/deviceAppManagement/mobileApps?$expand=assignments')
    ,@('setup', "GET /v1.0/deviceManagement/managedDevices?`$filter=operatingSystem%20eq%20'macOS'&`$select=id,operatingSystem,osVersion,managedDeviceOwnerType,deviceEnrollmentType,enrolledDateTime,lastSyncDateTime,complianceState,isSupervised,isEncrypted")
    ,@('policies', 'GET /v1.0/deviceManagement/deviceCompliancePolicies?$expand=assignments')
    ,@('policies', 'GET /v1.0/identity/conditionalAccess/policies')
    ,@('policies', "GET /beta/deviceManagement/configurationPolicies?`$filter=platforms%20has%20'macOS'&`$expand=settings,assignments")
    ,@('policies', "GET /beta/deviceManagement/deviceConfigurations?`$filter=isof('microsoft.graph.macOSSoftwareUpdateConfiguration')%20or%20isof('microsoft.graph.macOSEndpointProtectionConfiguration')%20or%20isof('microsoft.graph.macOSDeviceFeaturesConfiguration')&`$expand=assignments")
    ,@('policies', 'GET /beta/deviceManagement/mobileThreatDefenseConnectors')
)
# Reads of $Requests the rollout steps need too (the rest are the prerequisite check's only).
$SharedRequests = @{
    'GET /beta/deviceManagement/deviceEnrollmentConfigurations?$expand=assignments' = 'setup'
    'GET /beta/deviceManagement/depOnboardingSettings'                             = 'setup,policies'
}
$MaxPages = 20
$GraphHosts = @('graph.microsoft.com', 'graph.microsoft.us', 'dod-graph.microsoft.us', 'microsoftgraph.chinacloudapi.cn')

# Properties that may carry a password, key or token string. Keep in step with SECRET_KEYS in
# src/domain/verification/secrets.ts. Only string values are blanked, so "tokenType": "dep" and dates stay.
$SecretKeys = @(
    'token', 'adminAccountPassword', 'password', 'clientSecret', 'secret', 'privateKey', 'certificatePassword',
    'tokenValue', 'sharedSecret', 'preSharedKey'
)
$SecretPattern = '"(' + (($SecretKeys | ForEach-Object { [regex]::Escape($_) }) -join '|') + ')"\s*:\s*"(?:[^"\\]|\\.)*"'

function Read-RemainingPages {
    <#
    Appends every further page (@odata.nextLink) to the first page's "value" with System.Text.Json nodes, so dates and
    key case stay as Graph sent them. The merged list drops the link once complete; a list cut short (a failed page,
    the page cap, a link off Graph) keeps it, so the app reports "could not check" instead of judging a part.
    #>
    param([Parameter(Mandatory)] [string] $FirstPage)
    try { $first = [System.Text.Json.Nodes.JsonNode]::Parse($FirstPage) } catch { return $FirstPage }
    if ($first -isnot [System.Text.Json.Nodes.JsonObject] -or $null -eq $first['@odata.nextLink'] -or $first['value'] -isnot [System.Text.Json.Nodes.JsonArray]) { return $FirstPage }
    $items = $first['value'].AsArray()
    $link = [string] $first['@odata.nextLink']
    for ($pages = 1; $link -and $pages -lt $MaxPages; $pages++) {
        if ($GraphHosts -notcontains ([uri] $link).Host) { Write-Warning "A next page is not on Graph; the list stays partial."; break }
        $pageStatus = 0
        try { $text = Invoke-MgGraphRequest -Method GET -Uri $link -OutputType Json -SkipHttpErrorCheck -StatusCodeVariable 'pageStatus' } catch { break }
        if ($pageStatus -ne 200) { break }
        $page = [System.Text.Json.Nodes.JsonNode]::Parse([string] $text)
        $more = @($page['value'].AsArray())
        $page['value'].AsArray().Clear()          # a node can have one parent: detach before moving it
        foreach ($item in $more) { $items.Add($item) }
        $link = if ($null -ne $page['@odata.nextLink']) { [string] $page['@odata.nextLink'] } else { '' }
    }
    [void] $first.AsObject().Remove('@odata.nextLink')
    if ($link) {
        $first['@odata.nextLink'] = [System.Text.Json.Nodes.JsonValue]::Create($link)
        Write-Warning "Only the first $MaxPages page(s) were read; the app reports this list as could not check."
    }
    return $first.ToJsonString()
}

function Invoke-EvidenceRequest {
    <# Sends one GET and returns @{ Request; Status; BodyJson } or $null when no HTTP response came back. #>
    param([Parameter(Mandatory)] [string] $Request)

    $target = ($Request -split ' ', 2)[1]
    $statusCode = 0
    try {
        $raw = Invoke-MgGraphRequest -Method GET -Uri $target.TrimStart('/') -OutputType Json `
            -SkipHttpErrorCheck -StatusCodeVariable 'statusCode'
    }
    catch {
        Write-Warning "No response for '$Request': $($_.Exception.Message)"
        return $null
    }
    if ($statusCode -lt 100 -or $statusCode -gt 599) {
        Write-Warning "No usable HTTP status for '$Request'; it is left out of the file."
        return $null
    }
    if ($statusCode -eq 200 -and $raw -is [string]) { $raw = Read-RemainingPages -FirstPage $raw }

    # Older module builds may still hand back a hashtable; turn it into JSON text either way.
    if ($null -ne $raw -and $raw -isnot [string]) { $raw = $raw | ConvertTo-Json -Depth 64 -Compress }

    $bodyJson = 'null'
    if (-not [string]::IsNullOrWhiteSpace($raw)) {
        try {
            # Syntax check only: the text is kept as sent, so nothing (dates, key case) is re-formatted.
            ([System.Text.Json.JsonDocument]::Parse($raw)).Dispose()
            $bodyJson = $raw.Trim()
        }
        catch {
            # Not JSON (an HTML error page, say): keep it as a string so the app reports an unexpected response.
            $bodyJson = ConvertTo-Json -InputObject ([string] $raw) -Compress
        }
    }
    # Belt and braces: whatever $select missed, a secret-bearing property is blanked before the file is written.
    $bodyJson = [regex]::Replace($bodyJson, $SecretPattern, '"$1":null',
        [System.Text.RegularExpressions.RegexOptions]::IgnoreCase)

    return [pscustomobject]@{ Request = $Request; Status = [int] $statusCode; BodyJson = $bodyJson }
}

$invoke = Get-Command Invoke-MgGraphRequest
foreach ($parameter in 'SkipHttpErrorCheck', 'StatusCodeVariable', 'OutputType') {
    if (-not $invoke.Parameters.ContainsKey($parameter)) {
        throw "Invoke-MgGraphRequest has no -$parameter. Update the module: Update-Module Microsoft.Graph.Authentication"
    }
}

$Steps = @($Steps | Select-Object -Unique)
$wanted = { param($stepList) @($stepList -split ',' | Where-Object { $Steps -contains $_ }).Count -gt 0 }
$chosenScopes = @($Steps | ForEach-Object { $StepScopes[$_] } | Select-Object -Unique)
$chosenRequests = @($Requests | Where-Object { ($Steps -contains 'tenant') -or ($SharedRequests.ContainsKey($_) -and (& $wanted $SharedRequests[$_])) })
$chosenRequests += @($RolloutRequests | Where-Object { & $wanted $_[0] } | ForEach-Object { $_[1] })

$connect = @{ Scopes = $chosenScopes }
if ((Get-Command Connect-MgGraph).Parameters.ContainsKey('NoWelcome')) { $connect.NoWelcome = $true }
if ($TenantId) { $connect.TenantId = $TenantId }
if ($UseDeviceCode) { $connect.UseDeviceCode = $true }
Connect-MgGraph @connect

$context = Get-MgContext
$missing = @($chosenScopes | Where-Object { $context.Scopes -notcontains $_ })
if ($missing.Count -gt 0) {
    Write-Warning "Not granted: $($missing -join ', '). Those checks will show as errors; an admin can grant consent and you can run this again."
}

$results = [System.Collections.Generic.List[object]]::new()
foreach ($request in $chosenRequests) {
    Write-Host "  $request"
    $result = Invoke-EvidenceRequest -Request $request
    if ($null -ne $result) { $results.Add($result) }
}

# Follow-up round: the enrollment profiles of each ADE token.
$dep = $results | Where-Object { $_.Request -like 'GET /beta/deviceManagement/depOnboardingSettings' } | Select-Object -First 1
if ($null -ne $dep -and $dep.Status -eq 200) {
    $tokens = @()
    try {
        $list = ($dep.BodyJson | ConvertFrom-Json -AsHashtable)['value']
        if ($null -ne $list) { $tokens = @($list) }
    }
    catch { Write-Warning "Could not read the token list, so enrollment profiles are not collected." }
    foreach ($token in $tokens) {
        $id = if ($token -is [System.Collections.IDictionary]) { [string] $token['id'] } else { '' }
        # Ids are GUIDs; anything else is not put into a URL.
        if ($id -notmatch '^[A-Za-z0-9_-]+$') { Write-Warning "Skipping a token with an unexpected id."; continue }
        # The default macOS profile only, with $select: a profile's adminAccountPassword never leaves Graph.
        $request = "GET /beta/deviceManagement/depOnboardingSettings/$id/defaultMacOsEnrollmentProfile?`$select=id,displayName,isDefault,requiresUserAuthentication,waitForDeviceConfiguredConfirmation,profileRemovalDisabled,fileVaultDisabled,adminAccountUserName,depProfileAdminAccountPasswordRotationSetting"
        Write-Host "  $request"
        $result = Invoke-EvidenceRequest -Request $request
        if ($null -ne $result) { $results.Add($result) }
    }
}

$collectedAt = [DateTime]::UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", [Globalization.CultureInfo]::InvariantCulture)
$entries = foreach ($r in $results) {
    $requestJson = ConvertTo-Json -InputObject $r.Request -Compress
    "    { `"request`": $requestJson, `"status`": $($r.Status), `"body`": $($r.BodyJson) }"
}
$json = "{`n  `"kind`": `"intune-mac-readiness-evidence`",`n  `"version`": 1,`n  `"collectedAt`": `"$collectedAt`",`n" +
    "  `"responses`": [`n$(@($entries) -join ",`n")`n  ]`n}`n"

$fullPath = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)
[System.IO.File]::WriteAllText($fullPath, $json, [System.Text.UTF8Encoding]::new($false))

Write-Host ''
Write-Host "Wrote $($results.Count) responses to $fullPath ($([Math]::Round((Get-Item -LiteralPath $fullPath).Length / 1KB, 1)) KB):"
$results | ForEach-Object { [pscustomobject]@{ Status = $_.Status; Request = $_.Request } } | Format-Table -AutoSize | Out-Host
Write-Host 'Import this file in Intune Mac Readiness to verify the tenant from it. It holds no access tokens.'
