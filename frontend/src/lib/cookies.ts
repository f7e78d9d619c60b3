/** The value of a cookie readable by scripts (Django's `csrftoken` is). */
export function getCookie(name: string): string | null {
  for (const part of document.cookie ? document.cookie.split("; ") : []) {
    const eq = part.indexOf("=");
    if (part.slice(0, eq) === name) return decodeURIComponent(part.slice(eq + 1));
  }
  return null;
}
