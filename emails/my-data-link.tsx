import { Button, Link, Text } from "@react-email/components";
import { EmailLayout } from "./components/layout";
import { buttonStyle } from "./components/styles";
import { emailMessages, fill } from "./messages";
import { supporterMessages } from "./supporter-messages";

export interface MyDataLinkProps {
  locale: string;
  siteName: string;
  manageUrl: string;
  expiresInHours: number;
}

export function myDataLinkSubject(props: MyDataLinkProps): string {
  return fill(supporterMessages(props.locale).myDataLink.subject, { site: props.siteName });
}

/** The signed, expiring link a supporter asked for to see, download or erase their data. */
export default function MyDataLinkEmail(props: MyDataLinkProps) {
  const s = supporterMessages(props.locale);
  const m = s.myDataLink;
  return (
    <EmailLayout locale={props.locale} preview={m.preview} footer={fill(emailMessages(props.locale).footer, { site: props.siteName })}>
      <Text>{s.greetingAnonymous}</Text>
      <Text>{fill(m.body, { site: props.siteName })}</Text>
      <Button href={props.manageUrl} style={buttonStyle}>
        {m.button}
      </Button>
      <Text>{s.fallback}</Text>
      <Text>
        <Link href={props.manageUrl}>{props.manageUrl}</Link>
      </Text>
      <Text>{fill(m.expiry, { hours: props.expiresInHours })}</Text>
    </EmailLayout>
  );
}

MyDataLinkEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  manageUrl: "http://localhost:3000/my-data/preview-token",
  expiresInHours: 24,
} satisfies MyDataLinkProps;
