import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import i18n from "../i18n";

// Tests read the Russian interface, as the officer does.
void i18n.changeLanguage("ru");
afterEach(() => cleanup());
