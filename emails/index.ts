import type { ComponentType } from "react";
import InvitationEmail, { invitationSubject, type InvitationProps } from "./invitation";
import PetitionDecisionEmail, { petitionDecisionSubject, type PetitionDecisionProps } from "./petition-decision";
import ConfirmSignatureEmail, { confirmSignatureSubject, type ConfirmSignatureProps } from "./confirm-signature";
import ChangeEmailEmail, { EmailChangedEmail, changeEmailSubject, emailChangedSubject, type ChangeEmailProps, type EmailChangedProps } from "./change-email";
import ResetPasswordEmail, { resetPasswordSubject, type ResetPasswordProps } from "./reset-password";
import VerifyEmailEmail, { AccountExistsEmail, accountExistsSubject, verifyEmailSubject, type AccountExistsProps, type VerifyEmailProps } from "./verify-email";
import CarryOverEmail, { carryOverSubject, type CarryOverProps } from "./carry-over";
import MilestoneEmail, { milestoneSubject, type MilestoneProps } from "./milestone";
import MyDataLinkEmail, { myDataLinkSubject, type MyDataLinkProps } from "./my-data-link";
import PetitionOutcomeEmail, { petitionOutcomeSubject, type PetitionOutcomeProps } from "./petition-outcome";
import SupporterUpdateEmail, { supporterUpdateSubject, type SupporterUpdateProps } from "./supporter-update";
import ThanksShareEmail, { thanksShareSubject, type ThanksShareProps } from "./thanks-share";

interface TemplateDefinition<P> {
  component: ComponentType<P>;
  subject: (props: P) => string;
  previewProps: P;
}

function define<P>(component: ComponentType<P> & { PreviewProps: P }, subject: (props: P) => string): TemplateDefinition<P> {
  return { component, subject, previewProps: component.PreviewProps };
}

/** Every email the platform sends, by name. Jobs refer to templates by these names. */
export const templates = {
  "confirm-signature": define<ConfirmSignatureProps>(ConfirmSignatureEmail, confirmSignatureSubject),
  invitation: define<InvitationProps>(InvitationEmail, invitationSubject),
  "petition-decision": define<PetitionDecisionProps>(PetitionDecisionEmail, petitionDecisionSubject),
  "verify-email": define<VerifyEmailProps>(VerifyEmailEmail, verifyEmailSubject),
  "account-exists": define<AccountExistsProps>(AccountExistsEmail, accountExistsSubject),
  "reset-password": define<ResetPasswordProps>(ResetPasswordEmail, resetPasswordSubject),
  "change-email": define<ChangeEmailProps>(ChangeEmailEmail, changeEmailSubject),
  "email-changed": define<EmailChangedProps>(EmailChangedEmail, emailChangedSubject),
  "thanks-share": define<ThanksShareProps>(ThanksShareEmail, thanksShareSubject),
  milestone: define<MilestoneProps>(MilestoneEmail, milestoneSubject),
  "supporter-update": define<SupporterUpdateProps>(SupporterUpdateEmail, supporterUpdateSubject),
  "petition-outcome": define<PetitionOutcomeProps>(PetitionOutcomeEmail, petitionOutcomeSubject),
  "carry-over": define<CarryOverProps>(CarryOverEmail, carryOverSubject),
  "my-data-link": define<MyDataLinkProps>(MyDataLinkEmail, myDataLinkSubject),
};

export type TemplateName = keyof typeof templates;
export type TemplateProps<N extends TemplateName> = (typeof templates)[N]["previewProps"];
