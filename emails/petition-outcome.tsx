import { Button, Text } from "@react-email/components";
import { bulkFooter, bulkReason, type BulkLinks } from "./components/bulk";
import { EmailLayout } from "./components/layout";
import { buttonStyle, quoteStyle } from "./components/styles";
import { fill } from "./messages";
import { supporterMessages } from "./supporter-messages";

export type PetitionOutcome = "closed" | "delivered" | "won";

export interface PetitionOutcomeProps extends BulkLinks {
  locale: string;
  siteName: string;
  outcome: PetitionOutcome;
  signerName: string | null;
  campaignTitle: string;
  petitionTitle: string;
  target: string;
  petitionUrl: string;
  /** Already formatted for the locale. */
  count: string;
  /** The organisers' note about the outcome, as plain text. */
  note: string | null;
}

export function petitionOutcomeSubject(props: PetitionOutcomeProps): string {
  const o = supporterMessages(props.locale).outcome;
  return fill(o[`${props.outcome}Subject`], { petition: props.petitionTitle });
}

/** Tells consenting signers that their petition closed, was delivered, or won. */
export default function PetitionOutcomeEmail(props: PetitionOutcomeProps) {
  const s = supporterMessages(props.locale);
  const o = s.outcome;
  return (
    <EmailLayout
      locale={props.locale}
      preview={petitionOutcomeSubject(props)}
      footer={bulkReason(props.locale, props.campaignTitle)}
      unsubscribe={bulkFooter(props.locale, props)}
    >
      <Text>{props.signerName ? fill(s.greeting, { name: props.signerName }) : s.greetingAnonymous}</Text>
      <Text>{fill(o[`${props.outcome}Body`], { petition: props.petitionTitle, count: props.count, target: props.target })}</Text>
      {props.note ? (
        <>
          <Text>{o.note}</Text>
          <Text style={quoteStyle}>{props.note}</Text>
        </>
      ) : null}
      <Button href={props.petitionUrl} style={buttonStyle}>
        {o.button}
      </Button>
    </EmailLayout>
  );
}

PetitionOutcomeEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  outcome: "won",
  signerName: "Aminata Diallo",
  campaignTitle: "Law enforcement for harm reduction",
  petitionTitle: "Police officers for harm reduction",
  target: "Ministers of health and of the interior",
  petitionUrl: "http://localhost:3000/petitions/police-for-harm-reduction",
  count: "2,431",
  note: "The ministry will fund naloxone for every patrol car from next year.",
  unsubscribeUrl: "http://localhost:3000/unsubscribe/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.preview",
  preferencesUrl: "http://localhost:3000/email-preferences/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.preview",
} satisfies PetitionOutcomeProps;
