// The PowerShell collection script, bundled as text so the app can offer it for download and show it. It lives here,
// not in src/domain: the domain imports nothing outside itself, and only this feature shows the script.
export { default as COLLECT_SCRIPT } from "../../../scripts/collect-evidence.ps1?raw";
