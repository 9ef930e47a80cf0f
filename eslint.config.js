// Import boundaries (see docs/architecture.md): app → features → components/services → domain.
import { readdirSync, existsSync } from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const layer = (name) => [`**/${name}/**`, `@/${name}/**`];
const features = existsSync("src/features")
  ? readdirSync("src/features", { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
  : [];

const restrict = (files, patterns, extra = {}) => ({
  files,
  rules: {
    "no-restricted-imports": ["error", { patterns, ...extra }],
  },
});

const sideEffectPackages = [
  { group: ["@azure/msal-*"], message: "Only src/services/** may import MSAL." },
];

export default tseslint.config(
  { ignores: ["dist", "dist-*", "node_modules", "bench/results", "test-results", "coverage", ".scratch"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", { selector: "TSEnumDeclaration", message: "Use string-literal unions, not enum." }],
    },
  },
  restrict(["src/domain/**"], [
    { group: [...layer("app"), ...layer("features"), ...layer("components"), ...layer("services"), "**/scripts/**"], message: "domain is pure: it imports nothing outside src/domain." },
    { group: ["react", "react-dom", "react/*", "@fluentui/*", "react-hook-form", "@hookform/*"], message: "domain is pure TypeScript: no React or UI libraries." },
    ...sideEffectPackages,
  ]),
  restrict(["src/services/**"], [
    { group: [...layer("app"), ...layer("features"), ...layer("components")], message: "services sit below features and components." },
  ]),
  restrict(["src/components/**"], [
    { group: [...layer("app"), ...layer("features")], message: "components sit below features." },
    ...sideEffectPackages,
  ]),
  ...features.map((name) =>
    restrict([`src/features/${name}/**`], [
      { group: [...layer("app")], message: "features do not import the composition root." },
      {
        group: features.filter((other) => other !== name).flatMap((other) => [`**/features/${other}/**`, `../${other}/**`, `../../${other}/**`]),
        message: "No feature imports another feature: move shared code to components/ or domain/.",
      },
      ...sideEffectPackages,
    ]),
  ),
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/services/**"],
    rules: {
      "no-restricted-globals": ["error",
        { name: "localStorage", message: "Use the storage service." },
        { name: "sessionStorage", message: "Use the storage service." },
        { name: "fetch", message: "Use a service (src/services)." },
      ],
    },
  },
);
