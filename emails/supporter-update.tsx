import { Button, Text } from "@react-email/components";
import { bulkFooter, bulkReason, type BulkLinks } from "./components/bulk";
import { EmailLayout } from "./components/layout";
import { buttonStyle } from "./components/styles";
import { fill } from "./messages";
import { supporterMessages } from "./supporter-messages";

export interface SupporterUpdateProps extends BulkLinks {
  locale: string;
  siteName: string;
  subject: string;
  organisationName: string;
  campaignTitle: string;
  signerName: string | null;
  /** The organiser's Markdown, rendered and sanitised by the app before it gets here. */
  bodyHtml: string;
  petitionUrl: string | null;
}

export function supporterUpdateSubject(props: SupporterUpdateProps): string {
  return props.subject;
}

/** An organiser's update to the supporters who asked for news. */
export default function SupporterUpdateEmail(props: SupporterUpdateProps) {
  const s = supporterMessages(props.locale);
  return (
    <EmailLayout
      locale={props.locale}
      preview={fill(s.update.intro, { organisation: props.organisationName, campaign: props.campaignTitle })}
      footer={bulkReason(props.locale, props.campaignTitle)}
      unsubscribe={bulkFooter(props.locale, props)}
    >
      <Text>{props.signerName ? fill(s.greeting, { name: props.signerName }) : s.greetingAnonymous}</Text>
      <div dangerouslySetInnerHTML={{ __html: props.bodyHtml }} />
      {props.petitionUrl ? (
        <Button href={props.petitionUrl} style={buttonStyle}>
          {s.update.button}
        </Button>
      ) : null}
    </EmailLayout>
  );
}

SupporterUpdateEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  subject: "We met the minister",
  organisationName: "Demo Harm Reduction Network",
  campaignTitle: "Law enforcement for harm reduction",
  signerName: "Aminata Diallo",
  bodyHtml:
    "<p>Thanks to <strong>2,400 officers</strong> from 31 countries, the minister received us on Tuesday.</p><h2>What happens next</h2><ul><li>A working group on needle and syringe programmes</li><li>A review of naloxone rules for patrol officers</li></ul><p>We will write again when the group reports.</p>",
  petitionUrl: "http://localhost:3000/petitions/police-for-harm-reduction",
  unsubscribeUrl: "http://localhost:3000/unsubscribe/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.preview",
  preferencesUrl: "http://localhost:3000/email-preferences/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.preview",
} satisfies SupporterUpdateProps;
