import { Button, Text } from "@react-email/components";
import { bulkFooter, bulkReason, type BulkLinks } from "./components/bulk";
import { EmailLayout } from "./components/layout";
import { buttonStyle, quoteStyle } from "./components/styles";
import { fill } from "./messages";
import { supporterMessages } from "./supporter-messages";

export interface CarryOverProps extends BulkLinks {
  locale: string;
  siteName: string;
  subject: string;
  signerName: string | null;
  campaignTitle: string;
  /** The organiser's own words (rendered, sanitised Markdown); may be empty. */
  bodyHtml: string;
  petitionTitle: string;
  petitionAsk: string;
  petitionUrl: string;
}

export function carryOverSubject(props: CarryOverProps): string {
  return props.subject;
}

/** Invites a campaign's consenting supporters to its next petition: a link, never a signature. */
export default function CarryOverEmail(props: CarryOverProps) {
  const s = supporterMessages(props.locale);
  return (
    <EmailLayout
      locale={props.locale}
      preview={props.petitionTitle}
      footer={bulkReason(props.locale, props.campaignTitle)}
      unsubscribe={bulkFooter(props.locale, props)}
    >
      <Text>{props.signerName ? fill(s.greeting, { name: props.signerName }) : s.greetingAnonymous}</Text>
      {props.bodyHtml ? <div dangerouslySetInnerHTML={{ __html: props.bodyHtml }} /> : null}
      <Text>{fill(s.carryOver.intro, { campaign: props.campaignTitle })}</Text>
      <Text>
        <strong>{props.petitionTitle}</strong>
      </Text>
      <Text style={quoteStyle}>{props.petitionAsk}</Text>
      <Button href={props.petitionUrl} style={buttonStyle}>
        {s.carryOver.button}
      </Button>
      <Text>{s.carryOver.optIn}</Text>
    </EmailLayout>
  );
}

CarryOverEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  subject: "A new petition: naloxone in every patrol car",
  signerName: "Aminata Diallo",
  campaignTitle: "Law enforcement for harm reduction",
  bodyHtml: "<p>Last year you stood with thousands of officers. This year we ask for one concrete thing.</p>",
  petitionTitle: "Naloxone in every patrol car",
  petitionAsk: "Equip every patrol car with naloxone and train officers to use it.",
  petitionUrl: "http://localhost:3000/petitions/naloxone-in-every-patrol-car",
  unsubscribeUrl: "http://localhost:3000/unsubscribe/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.preview",
  preferencesUrl: "http://localhost:3000/email-preferences/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.preview",
} satisfies CarryOverProps;
