import { configure } from "@testing-library/react";

// The gate shares a busy 2-core machine: waits are for conditions, and a slow run must still be green. Fluent's lazy
// dialogs and motion can take seconds to settle there, far beyond Testing Library's 1 s default.
configure({ asyncUtilTimeout: 10_000 });
