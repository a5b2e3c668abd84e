import { Button, Link, Text } from "@react-email/components";
import { EmailLayout } from "./components/layout";
import { emailMessages, fill } from "./messages";

export interface InvitationProps {
  locale: string;
  siteName: string;
  organisationName: string;
  inviterName: string;
  role: "owner" | "editor" | "viewer";
  acceptUrl: string;
  expiresInDays: number;
}

export function invitationSubject(props: InvitationProps): string {
  return fill(emailMessages(props.locale).invitation.subject, { organisation: props.organisationName });
}

const button = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };

export default function InvitationEmail(props: InvitationProps) {
  const m = emailMessages(props.locale).invitation;
  return (
    <EmailLayout locale={props.locale} preview={fill(m.preview, { organisation: props.organisationName })} footer={fill(emailMessages(props.locale).footer, { site: props.siteName })}>
      <Text>{fill(m.body, { inviter: props.inviterName, organisation: props.organisationName, site: props.siteName })}</Text>
      <Text>{m.roles[props.role]}</Text>
      <Button href={props.acceptUrl} style={button}>
        {m.button}
      </Button>
      <Text>{m.fallback}</Text>
      <Text>
        <Link href={props.acceptUrl}>{props.acceptUrl}</Link>
      </Text>
      <Text>{fill(m.expiry, { days: props.expiresInDays })}</Text>
    </EmailLayout>
  );
}

InvitationEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  organisationName: "Demo Harm Reduction Network",
  inviterName: "Aminata Diallo",
  role: "editor",
  acceptUrl: "http://localhost:3000/invitations/00000000-0000-0000-0000-000000000000.secret",
  expiresInDays: 7,
} satisfies InvitationProps;
