import { fill } from "../messages";
import { supporterMessages } from "../supporter-messages";
import type { LayoutProps } from "./layout";

/** What every bulk message carries so the recipient can leave: null for test sends and staff copies. */
export interface BulkLinks {
  unsubscribeUrl: string | null;
  preferencesUrl: string | null;
}

export function bulkFooter(locale: string, links: BulkLinks): LayoutProps["unsubscribe"] {
  if (!links.unsubscribeUrl || !links.preferencesUrl) return undefined;
  const m = supporterMessages(locale).bulk;
  return { url: links.unsubscribeUrl, label: m.unsubscribe, preferencesUrl: links.preferencesUrl, preferencesLabel: m.preferences };
}

export function bulkReason(locale: string, campaign: string): string {
  return fill(supporterMessages(locale).bulk.reason, { campaign });
}
