import { Button, Link, Text } from "@react-email/components";
import { EmailLayout } from "./components/layout";
import { emailMessages, fill } from "./messages";

export interface ConfirmSignatureProps {
  locale: string;
  siteName: string;
  signerName: string;
  petitionTitle: string;
  confirmUrl: string;
  expiresInDays: number;
}

export function confirmSignatureSubject(props: ConfirmSignatureProps): string {
  return fill(emailMessages(props.locale).confirmSignature.subject, { petition: props.petitionTitle });
}

const button = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };

export default function ConfirmSignatureEmail(props: ConfirmSignatureProps) {
  const m = emailMessages(props.locale);
  return (
    <EmailLayout locale={props.locale} preview={m.confirmSignature.preview} footer={fill(m.footer, { site: props.siteName })}>
      <Text>{fill(m.confirmSignature.greeting, { name: props.signerName })}</Text>
      <Text>{fill(m.confirmSignature.body, { petition: props.petitionTitle })}</Text>
      <Button href={props.confirmUrl} style={button}>
        {m.confirmSignature.button}
      </Button>
      <Text>{m.confirmSignature.fallback}</Text>
      <Text>
        <Link href={props.confirmUrl}>{props.confirmUrl}</Link>
      </Text>
      <Text>{fill(m.confirmSignature.expiry, { days: props.expiresInDays })}</Text>
    </EmailLayout>
  );
}

ConfirmSignatureEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  signerName: "Aminata Diallo",
  petitionTitle: "Police officers for harm reduction",
  confirmUrl: "http://localhost:3000/petitions/police-for-harm-reduction/confirm/abc.def",
  expiresInDays: 7,
} satisfies ConfirmSignatureProps;
