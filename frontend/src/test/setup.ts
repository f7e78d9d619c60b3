import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import i18n from "../i18n";

// findBy…/waitFor wait up to 5 s (1 s by default): a busy machine renders slowly.
configure({ asyncUtilTimeout: 5000 });
// Tests read the Russian interface, as the officer does.
void i18n.changeLanguage("ru");
afterEach(() => cleanup());
