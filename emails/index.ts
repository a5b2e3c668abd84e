import type { ComponentType } from "react";
import ConfirmSignatureEmail, { confirmSignatureSubject, type ConfirmSignatureProps } from "./confirm-signature";

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
};

export type TemplateName = keyof typeof templates;
export type TemplateProps<N extends TemplateName> = (typeof templates)[N]["previewProps"];
