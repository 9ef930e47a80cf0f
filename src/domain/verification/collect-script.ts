// The PowerShell collection script, bundled as text so the app can offer it for download and show it.
export { default as COLLECT_SCRIPT } from "../../../scripts/collect-evidence.ps1?raw";
