/**
 * Severity bands the interface colours by. The detector's severity is 0–100
 * (surprise × negative share × reach, see monitoring.bursts.severity).
 */
export function severityBand(severity: number): "critical" | "high" | "medium" | "low" {
  if (severity >= 60) return "critical";
  if (severity >= 40) return "high";
  if (severity >= 20) return "medium";
  return "low";
}
