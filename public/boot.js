// Runs before the first paint (a classic script: the CSP allows no inline script). It tells the static first paint in
// index.html which page is showing and which theme to use; the app itself never reads these attributes.
(function () {
  var root = document.documentElement;
  try {
    // boot.js sits at the app's base path, so its own URL says where the app is served from.
    var base = new URL(".", document.currentScript.src).pathname;
    var path = location.pathname;
    var landing = path === base || path + "/" === base || path === base + "index.html";
    root.setAttribute("data-boot", landing ? "welcome" : "page");
  } catch {
    // Without the attribute the plain loading shell shows, which is right for every page.
  }
  var choice = null;
  try {
    choice = localStorage.getItem("intune-mac-readiness:theme");
  } catch {
    // Storage blocked: the app then follows the system preference too.
  }
  var theme = "light";
  if (choice === "light" || choice === "dark" || choice === "high-contrast") theme = choice;
  else if (window.matchMedia && matchMedia("(forced-colors: active)").matches) theme = "high-contrast";
  else if (window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches) theme = "dark";
  root.setAttribute("data-boot-theme", theme);
})();
