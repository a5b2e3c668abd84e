import { Button, Text } from "@react-email/components";
import { bulkFooter, bulkReason, type BulkLinks } from "./components/bulk";
import { EmailLayout } from "./components/layout";
import { ShareRow } from "./components/share-row";
import { buttonStyle } from "./components/styles";
import { emailMessages, fill } from "./messages";
import { supporterMessages } from "./supporter-messages";

export interface MilestoneProps extends BulkLinks {
  locale: string;
  siteName: string;
  /** Signers get thanks and share links; the organisation's members get a note and a dashboard link. */
  audience: "signer" | "organisation";
  signerName: string | null;
  campaignTitle: string;
  petitionTitle: string;
  petitionUrl: string;
  dashboardUrl: string;
  /** Already formatted for the locale, e.g. "1,000" or "1 000". */
  count: string;
}

export function milestoneSubject(props: MilestoneProps): string {
  const m = supporterMessages(props.locale).milestone;
  return fill(props.audience === "signer" ? m.subject : m.orgSubject, { petition: props.petitionTitle, count: props.count });
}

export default function MilestoneEmail(props: MilestoneProps) {
  const s = supporterMessages(props.locale);
  const m = s.milestone;
  const values = { petition: props.petitionTitle, count: props.count };
  const footer = props.audience === "signer" ? bulkReason(props.locale, props.campaignTitle) : fill(emailMessages(props.locale).footer, { site: props.siteName });
  return (
    <EmailLayout locale={props.locale} preview={m.preview} footer={footer} unsubscribe={bulkFooter(props.locale, props)}>
      <Text>{props.signerName ? fill(s.greeting, { name: props.signerName }) : s.greetingAnonymous}</Text>
      {props.audience === "signer" ? (
        <>
          <Text>{fill(m.body, values)}</Text>
          <Text>{m.next}</Text>
          <ShareRow url={props.petitionUrl} title={props.petitionTitle} emailLabel={s.thanksShare.shareEmail} />
          <Button href={props.petitionUrl} style={buttonStyle}>
            {m.button}
          </Button>
        </>
      ) : (
        <>
          <Text>{fill(m.orgBody, values)}</Text>
          <Button href={props.dashboardUrl} style={buttonStyle}>
            {m.orgButton}
          </Button>
        </>
      )}
    </EmailLayout>
  );
}

MilestoneEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  audience: "signer",
  signerName: "Aminata Diallo",
  campaignTitle: "Law enforcement for harm reduction",
  petitionTitle: "Police officers for harm reduction",
  petitionUrl: "http://localhost:3000/petitions/police-for-harm-reduction",
  dashboardUrl: "http://localhost:3000/dashboard",
  count: "1,000",
  unsubscribeUrl: "http://localhost:3000/unsubscribe/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.preview",
  preferencesUrl: "http://localhost:3000/email-preferences/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.preview",
} satisfies MilestoneProps;
