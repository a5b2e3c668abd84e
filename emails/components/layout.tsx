import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export interface LayoutProps {
  locale: string;
  preview: string;
  footer: string;
  /** Bulk mail only: where the recipient unsubscribes (also sent as the List-Unsubscribe header). */
  unsubscribe?: { url: string; label: string; preferencesUrl: string; preferencesLabel: string };
  children: ReactNode;
}

const body = { backgroundColor: "#f6f7f4", fontFamily: "Arial, Helvetica, sans-serif", color: "#1b1f1d", margin: 0 };
const container = { backgroundColor: "#ffffff", margin: "24px auto", padding: "24px", maxWidth: "560px", borderRadius: "6px" };
const footerStyle = { fontSize: "12px", color: "#5b635f", lineHeight: "18px" };
const footerLink = { color: "#5b635f", textDecoration: "underline" };

export function EmailLayout({ locale, preview, footer, unsubscribe, children }: LayoutProps) {
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Section>{children}</Section>
          <Hr />
          <Text style={footerStyle}>{footer}</Text>
          {unsubscribe ? (
            <Text style={footerStyle}>
              <Link href={unsubscribe.url} style={footerLink}>
                {unsubscribe.label}
              </Link>
              {" · "}
              <Link href={unsubscribe.preferencesUrl} style={footerLink}>
                {unsubscribe.preferencesLabel}
              </Link>
            </Text>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
}
