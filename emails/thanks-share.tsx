import { Button, Link, Text } from "@react-email/components";
import { EmailLayout } from "./components/layout";
import { ShareRow } from "./components/share-row";
import { buttonStyle } from "./components/styles";
import { emailMessages, fill } from "./messages";
import { supporterMessages } from "./supporter-messages";

export interface ThanksShareProps {
  locale: string;
  siteName: string;
  signerName: string;
  petitionTitle: string;
  petitionUrl: string;
}

export function thanksShareSubject(props: ThanksShareProps): string {
  return fill(supporterMessages(props.locale).thanksShare.subject, { petition: props.petitionTitle });
}

/** Sent once a signature is confirmed: thanks, and the share links that bring the next signers. */
export default function ThanksShareEmail(props: ThanksShareProps) {
  const s = supporterMessages(props.locale);
  return (
    <EmailLayout locale={props.locale} preview={s.thanksShare.preview} footer={fill(emailMessages(props.locale).footer, { site: props.siteName })}>
      <Text>{props.signerName ? fill(s.greeting, { name: props.signerName }) : s.greetingAnonymous}</Text>
      <Text>{fill(s.thanksShare.body, { petition: props.petitionTitle })}</Text>
      <Text>{s.thanksShare.share}</Text>
      <ShareRow url={props.petitionUrl} title={props.petitionTitle} emailLabel={s.thanksShare.shareEmail} />
      <Button href={props.petitionUrl} style={buttonStyle}>
        {s.thanksShare.button}
      </Button>
      <Text>{s.fallback}</Text>
      <Text>
        <Link href={props.petitionUrl}>{props.petitionUrl}</Link>
      </Text>
    </EmailLayout>
  );
}

ThanksShareEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  signerName: "Aminata Diallo",
  petitionTitle: "Police officers for harm reduction",
  petitionUrl: "http://localhost:3000/petitions/police-for-harm-reduction",
} satisfies ThanksShareProps;
