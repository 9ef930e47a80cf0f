export { webDarkTheme, teamsHighContrastTheme } from "@fluentui/react-components";
