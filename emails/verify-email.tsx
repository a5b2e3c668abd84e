import { Button, Link, Text } from "@react-email/components";
import { EmailLayout } from "./components/layout";
import { emailMessages, fill } from "./messages";

const button = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };

export interface VerifyEmailProps {
  locale: string;
  siteName: string;
  displayName: string;
  verifyUrl: string;
  expiresInHours: number;
}

export function verifyEmailSubject(props: VerifyEmailProps): string {
  return fill(emailMessages(props.locale).account.verifyEmail.subject, { site: props.siteName });
}

/** Sent after sign-up (and on request): proves the organiser owns the address. */
export default function VerifyEmailEmail(props: VerifyEmailProps) {
  const m = emailMessages(props.locale);
  const v = m.account.verifyEmail;
  return (
    <EmailLayout locale={props.locale} preview={v.preview} footer={fill(m.footer, { site: props.siteName })}>
      <Text>{fill(m.account.greeting, { name: props.displayName })}</Text>
      <Text>{v.body}</Text>
      <Button href={props.verifyUrl} style={button}>
        {v.button}
      </Button>
      <Text>{m.account.fallback}</Text>
      <Text>
        <Link href={props.verifyUrl}>{props.verifyUrl}</Link>
      </Text>
      <Text>{fill(v.expiry, { hours: props.expiresInHours })}</Text>
    </EmailLayout>
  );
}

VerifyEmailEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  displayName: "Aminata Diallo",
  verifyUrl: "http://localhost:3000/verify-email/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.abcdefghijklmnopqrstuvwxyz0",
  expiresInHours: 24,
} satisfies VerifyEmailProps;

export interface AccountExistsProps {
  locale: string;
  siteName: string;
  displayName: string;
  loginUrl: string;
  forgotPasswordUrl: string;
}

export function accountExistsSubject(props: AccountExistsProps): string {
  return fill(emailMessages(props.locale).account.accountExists.subject, { site: props.siteName });
}

/**
 * Sent instead of creating a second account: the sign-up page answers the same
 * either way, so only the owner of the address learns that an account exists.
 */
export function AccountExistsEmail(props: AccountExistsProps) {
  const m = emailMessages(props.locale);
  const a = m.account.accountExists;
  return (
    <EmailLayout locale={props.locale} preview={a.preview} footer={fill(m.footer, { site: props.siteName })}>
      <Text>{fill(m.account.greeting, { name: props.displayName })}</Text>
      <Text>{a.body}</Text>
      <Text>
        {a.signIn} <Link href={props.loginUrl}>{props.loginUrl}</Link>
      </Text>
      <Text>
        {a.forgot} <Link href={props.forgotPasswordUrl}>{props.forgotPasswordUrl}</Link>
      </Text>
      <Text>{a.ignore}</Text>
    </EmailLayout>
  );
}

AccountExistsEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  displayName: "Aminata Diallo",
  loginUrl: "http://localhost:3000/login",
  forgotPasswordUrl: "http://localhost:3000/forgot-password",
} satisfies AccountExistsProps;
