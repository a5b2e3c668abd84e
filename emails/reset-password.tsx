import { Button, Link, Text } from "@react-email/components";
import { EmailLayout } from "./components/layout";
import { emailMessages, fill } from "./messages";

const button = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };

export interface ResetPasswordProps {
  locale: string;
  siteName: string;
  displayName: string;
  resetUrl: string;
  expiresInMinutes: number;
}

export function resetPasswordSubject(props: ResetPasswordProps): string {
  return fill(emailMessages(props.locale).account.resetPassword.subject, { site: props.siteName });
}

export default function ResetPasswordEmail(props: ResetPasswordProps) {
  const m = emailMessages(props.locale);
  const r = m.account.resetPassword;
  return (
    <EmailLayout locale={props.locale} preview={r.preview} footer={fill(m.footer, { site: props.siteName })}>
      <Text>{fill(m.account.greeting, { name: props.displayName })}</Text>
      <Text>{r.body}</Text>
      <Button href={props.resetUrl} style={button}>
        {r.button}
      </Button>
      <Text>{m.account.fallback}</Text>
      <Text>
        <Link href={props.resetUrl}>{props.resetUrl}</Link>
      </Text>
      <Text>{fill(r.expiry, { minutes: props.expiresInMinutes })}</Text>
      <Text>{r.ignore}</Text>
    </EmailLayout>
  );
}

ResetPasswordEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  displayName: "Aminata Diallo",
  resetUrl: "http://localhost:3000/reset-password/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.abcdefghijklmnopqrstuvwxyz0",
  expiresInMinutes: 60,
} satisfies ResetPasswordProps;
