import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { detectLocale } from "~/lib/i18n.server";
import { FieldActionSchema, createFieldSchema } from "~/lib/organiser-schemas";
import { getPetitionEditor, requireOrgPetition } from "~/lib/petition-editor.server";
import { addPetitionField, deletePetitionField, movePetitionField, updatePetitionField } from "~/lib/petition-fields.server";
import type { Route } from "./+types/petition-fields";
import { failureReply } from "./ui/form-fields";
import { Breadcrumbs, Notice, PetitionTabs, withNotice } from "./ui/page-parts";
import { SignerFieldForm, type SignerFieldValue } from "./ui/signer-field-form";
import { readForm } from "~/lib/form-data.server";

const FieldIdSchema = z.object({ fieldId: z.string().regex(/^[0-9a-f-]{36}$/i) });

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const { organisation } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "editor");
  const locale = await detectLocale(request);
  const editor = await getPetitionEditor(context.db, params.petitionId, locale);
  const locales = [editor.petition.defaultLocale, ...editor.translations.map((tr) => tr.locale).filter((l) => l !== editor.petition.defaultLocale)];
  return {
    locale,
    organisation,
    petition: { id: editor.petition.id, title: editor.petition.title },
    locales,
    structureEditable: editor.structureEditable,
    locked: editor.locked,
    fields: editor.fields.map((f) => ({ id: f.id, key: f.key, kind: f.kind, required: f.required, isPublic: f.isPublic, labels: f.labels, options: f.options })),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  const { organisation } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "editor");
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const db = context.db;
  const petitionId = params.petitionId;
  const here = `/dashboard/orgs/${organisation.slug}/petitions/${petitionId}/fields`;
  if (intent === "delete" || intent === "up" || intent === "down") {
    const submission = parseWithZod(formData, { schema: FieldActionSchema });
    if (submission.status !== "success") return data({ formId: "actions", result: submission.reply() }, { status: 400 });
    const { fieldId } = submission.value;
    const result =
      submission.value.intent === "delete"
        ? await deletePetitionField(db, user, petitionId, fieldId)
        : await movePetitionField(db, user, petitionId, fieldId, submission.value.intent);
    if (!result.ok) return data({ formId: `field-${fieldId}`, result: failureReply(submission, result) }, { status: 400 });
    return redirect(withNotice(here, "saved"), 303);
  }
  const { petition } = await getPetitionEditor(db, petitionId, "en");
  const submission = parseWithZod(formData, { schema: createFieldSchema(petition.defaultLocale) });
  const target = intent === "update" ? FieldIdSchema.safeParse({ fieldId: formData.get("fieldId") }) : null;
  const formId = target?.success ? `field-${target.data.fieldId}` : "field-new";
  if (submission.status !== "success" || (target && !target.success)) return data({ formId, result: submission.reply() }, { status: 400 });
  const result = target?.success
    ? await updatePetitionField(db, user, petitionId, target.data.fieldId, submission.value)
    : await addPetitionField(db, user, petitionId, submission.value);
  if (!result.ok) return data({ formId, result: failureReply(submission, result) }, { status: 400 });
  return redirect(withNotice(here, "saved"), 303);
}

/** The form's shape for one question: one label per petition language, in the petition's order. */
function toFormValue(field: Route.ComponentProps["loaderData"]["fields"][number] | null, locales: string[], blankOptions: number): SignerFieldValue {
  const labelsFor = (labels: Record<string, string>) => locales.map((locale) => ({ locale, text: labels[locale] ?? "" }));
  const options = (field?.options ?? []).map((o) => ({ value: o.value, labels: labelsFor(o.labels) }));
  for (let i = 0; i < blankOptions; i++) options.push({ value: "", labels: labelsFor({}) });
  return {
    key: field?.key ?? "",
    kind: field?.kind ?? "text",
    required: field?.required ? "on" : "",
    isPublic: field?.isPublic ? "on" : "",
    labels: labelsFor(field?.labels ?? {}),
    options,
  };
}

export default function PetitionFields({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { organisation, petition, locales, fields, structureEditable } = loaderData;
  const base = `/dashboard/orgs/${organisation.slug}`;
  const resultFor = (formId: string) => (actionData?.formId === formId ? actionData.result : undefined);
  return (
    <>
      <PageTitle title={t("organiser.signerFields.title", { title: petition.title })} />
      <Breadcrumbs
        items={[
          { to: "/dashboard", label: t("organiser.dashboard") },
          { to: base, label: organisation.name },
        ]}
      />
      <h1>{t("organiser.signerFields.title", { title: petition.title })}</h1>
      <Notice />
      <PetitionTabs base={`${base}/petitions/${petition.id}`} canEdit />
      <p>{t("organiser.signerFields.lead")}</p>
      {loaderData.locked ? <p className="notice">{t("organiser.petition.lockedNotice")}</p> : null}
      {!structureEditable && !loaderData.locked ? <p className="notice">{t("organiser.signerFields.labelsOnly")}</p> : null}
      {actionData?.formId === "actions" ? (
        <p className="form-error" role="alert">
          {t("organiser.errors.notFound")}
        </p>
      ) : null}
      {fields.length === 0 ? <p>{t("organiser.signerFields.none")}</p> : null}
      {!loaderData.locked
        ? fields.map((field, index) => (
            <SignerFieldForm
              key={field.id}
              formId={`field-${field.id}`}
              fieldId={field.id}
              heading={t("organiser.signerFields.question", { number: index + 1, key: field.key })}
              defaultValue={toFormValue(field, locales, structureEditable && field.kind === "choice" ? 1 : 0)}
              lastResult={resultFor(`field-${field.id}`)}
              structureEditable={structureEditable}
              showOptions={field.kind === "choice"}
              canMoveUp={structureEditable && index > 0}
              canMoveDown={structureEditable && index < fields.length - 1}
            />
          ))
        : null}
      {structureEditable ? (
        <SignerFieldForm
          formId="field-new"
          heading={t("organiser.signerFields.addHeading")}
          defaultValue={toFormValue(null, locales, 3)}
          lastResult={resultFor("field-new")}
          structureEditable
          showOptions
        />
      ) : null}
    </>
  );
}
