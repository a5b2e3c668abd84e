import { Button, Link, Text } from "@react-email/components";
import { EmailLayout } from "./components/layout";
import { emailMessages, fill } from "./messages";

export interface PetitionDecisionProps {
  locale: string;
  siteName: string;
  petitionTitle: string;
  decision: "approve" | "reject" | "hide" | "unhide";
  /** The admin's reason: always given for reject/hide/unhide, optional for approve. */
  reason: string | null;
  manageUrl: string;
  publicUrl: string;
}

export function petitionDecisionSubject(props: PetitionDecisionProps): string {
  return fill(emailMessages(props.locale).petitionDecision.subject[props.decision], { petition: props.petitionTitle });
}

const button = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };

export default function PetitionDecisionEmail(props: PetitionDecisionProps) {
  const m = emailMessages(props.locale).petitionDecision;
  const isPublic = props.decision === "approve" || props.decision === "unhide";
  return (
    <EmailLayout locale={props.locale} preview={fill(m.subject[props.decision], { petition: props.petitionTitle })} footer={fill(emailMessages(props.locale).footer, { site: props.siteName })}>
      <Text>{fill(m.body[props.decision], { petition: props.petitionTitle })}</Text>
      {props.reason ? (
        <>
          <Text>{m.reasonHeading}</Text>
          <Text>{props.reason}</Text>
        </>
      ) : null}
      {isPublic ? (
        <Text>
          {m.publicLink} <Link href={props.publicUrl}>{props.publicUrl}</Link>
        </Text>
      ) : null}
      <Button href={props.manageUrl} style={button}>
        {m.button}
      </Button>
      <Text>
        <Link href={props.manageUrl}>{props.manageUrl}</Link>
      </Text>
    </EmailLayout>
  );
}

PetitionDecisionEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  petitionTitle: "Police officers for harm reduction",
  decision: "reject",
  reason: "Please name the minister you are addressing.",
  manageUrl: "http://localhost:3000/dashboard/orgs/demo-harm-reduction-network/petitions/00000000-0000-0000-0000-000000000000",
  publicUrl: "http://localhost:3000/petitions/police-for-harm-reduction",
} satisfies PetitionDecisionProps;
