import { Button, Link, Text } from "@react-email/components";
import { EmailLayout } from "./components/layout";
import { emailMessages, fill } from "./messages";

const button = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };

export interface ChangeEmailProps {
  locale: string;
  siteName: string;
  displayName: string;
  newEmail: string;
  confirmUrl: string;
  expiresInHours: number;
}

export function changeEmailSubject(props: ChangeEmailProps): string {
  return fill(emailMessages(props.locale).account.changeEmail.subject, { site: props.siteName });
}

/** Sent to the NEW address: the change happens only once its owner opens the link. */
export default function ChangeEmailEmail(props: ChangeEmailProps) {
  const m = emailMessages(props.locale);
  const c = m.account.changeEmail;
  return (
    <EmailLayout locale={props.locale} preview={c.preview} footer={fill(m.footer, { site: props.siteName })}>
      <Text>{fill(m.account.greeting, { name: props.displayName })}</Text>
      <Text>{fill(c.body, { email: props.newEmail })}</Text>
      <Button href={props.confirmUrl} style={button}>
        {c.button}
      </Button>
      <Text>{m.account.fallback}</Text>
      <Text>
        <Link href={props.confirmUrl}>{props.confirmUrl}</Link>
      </Text>
      <Text>{fill(c.expiry, { hours: props.expiresInHours })}</Text>
    </EmailLayout>
  );
}

ChangeEmailEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  displayName: "Aminata Diallo",
  newEmail: "aminata@new.example.org",
  confirmUrl: "http://localhost:3000/change-email/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.abcdefghijklmnopqrstuvwxyz0",
  expiresInHours: 24,
} satisfies ChangeEmailProps;

export interface EmailChangedProps {
  locale: string;
  siteName: string;
  displayName: string;
  newEmail: string;
}

export function emailChangedSubject(props: EmailChangedProps): string {
  return fill(emailMessages(props.locale).account.emailChanged.subject, { site: props.siteName });
}

/** Sent to the OLD address once the change is done, so a hijacked account does not change hands silently. */
export function EmailChangedEmail(props: EmailChangedProps) {
  const m = emailMessages(props.locale);
  const c = m.account.emailChanged;
  return (
    <EmailLayout locale={props.locale} preview={c.preview} footer={fill(m.footer, { site: props.siteName })}>
      <Text>{fill(m.account.greeting, { name: props.displayName })}</Text>
      <Text>{fill(c.body, { email: props.newEmail })}</Text>
      <Text>{c.warning}</Text>
    </EmailLayout>
  );
}

EmailChangedEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  displayName: "Aminata Diallo",
  newEmail: "aminata@new.example.org",
} satisfies EmailChangedProps;
