import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, data, redirect } from "react-router";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { detectLocale } from "~/lib/i18n.server";
import { PetitionSettingsSchema } from "~/lib/organiser-schemas";
import { getPetitionEditor, listExplainerChoices, requireOrgPetition, savePetitionSettings } from "~/lib/petition-editor.server";
import type { Route } from "./+types/petition-settings";
import { Checkbox, FieldError, FormErrors, Select, TextArea, TextInput, failureReply, languageName } from "./ui/form-fields";
import { Breadcrumbs, Notice, PetitionTabs, withNotice } from "./ui/page-parts";
import { readForm } from "~/lib/form-data.server";

/** `datetime-local` shows UTC (the labels say so). */
const toInput = (date: Date | null) => (date ? date.toISOString().slice(0, 16) : "");

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const { organisation } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "editor");
  const locale = await detectLocale(request);
  const [editor, explainers] = await Promise.all([getPetitionEditor(context.db, params.petitionId, locale), listExplainerChoices(context.db, locale)]);
  const p = editor.petition;
  return {
    locale,
    organisation,
    explainers,
    locked: editor.locked,
    structureEditable: editor.structureEditable,
    languages: editor.translations.map((tr) => tr.locale),
    petition: { id: p.id, title: p.title, slug: p.slug },
    defaultValue: {
      slug: p.slug,
      defaultLocale: p.defaultLocale,
      goalMode: p.goalFixed ? "fixed" : "automatic",
      goal: p.goal === null ? "" : String(p.goal),
      paperSignatures: String(p.paperSignatures),
      paperSignaturesNote: p.paperSignaturesNote ?? "",
      opensAt: toInput(p.opensAt),
      closesAt: toInput(p.closesAt),
      verifiedDomains: p.verifiedDomains.join("\n"),
      collectPostcode: p.collectPostcode ? "on" : "",
      explainerIds: editor.explainerIds,
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  const { organisation } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "editor");
  const submission = parseWithZod(await readForm(request), { schema: PetitionSettingsSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await savePetitionSettings(context.db, user, params.petitionId, submission.value);
  if (!result.ok) return data({ result: failureReply(submission, result) }, { status: 400 });
  return redirect(withNotice(`/dashboard/orgs/${organisation.slug}/petitions/${params.petitionId}/settings`, "saved"), 303);
}

export default function PetitionSettings({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { organisation, petition, locale } = loaderData;
  const [form, fields] = useForm({ id: "settings", lastResult: actionData?.result, defaultValue: loaderData.defaultValue, shouldValidate: "onBlur" });
  const base = `/dashboard/orgs/${organisation.slug}`;
  const goalMode = String(fields.goalMode.initialValue ?? "automatic");
  const chosen = [fields.explainerIds.initialValue ?? []].flat().map(String);
  return (
    <>
      <PageTitle title={t("organiser.settings.title", { title: petition.title })} />
      <Breadcrumbs
        items={[
          { to: "/dashboard", label: t("organiser.dashboard") },
          { to: base, label: organisation.name },
        ]}
      />
      <h1>{t("organiser.settings.title", { title: petition.title })}</h1>
      <Notice />
      <PetitionTabs base={`${base}/petitions/${petition.id}`} canEdit />
      {loaderData.locked ? (
        <p className="notice">{t("organiser.petition.lockedNotice")}</p>
      ) : (
        <Form method="post" {...getFormProps(form)} className="stack-form">
          <FormErrors form={form} />
          {loaderData.structureEditable ? (
            <TextInput meta={fields.slug} label={t("organiser.fields.slug")} hint={t("organiser.petition.slugHint")} />
          ) : (
            <p>
              {t("organiser.settings.slugFixed")} <code>{petition.slug}</code>
            </p>
          )}
          <Select
            meta={fields.defaultLocale}
            label={t("organiser.petition.defaultLocale")}
            hint={t("organiser.settings.defaultLocaleHint")}
            options={loaderData.languages.map((l) => ({ value: l, label: languageName(l, locale) }))}
          />
          <fieldset className="field" aria-describedby={`${fields.goalMode.id}-hint`}>
            <legend>{t("organiser.settings.goalMode")}</legend>
            {(["automatic", "fixed"] as const).map((mode) => (
              <label key={mode} className="choice">
                <input type="radio" name={fields.goalMode.name} value={mode} defaultChecked={goalMode === mode} /> {t(`organiser.settings.goal_${mode}`)}
              </label>
            ))}
            <p className="hint" id={`${fields.goalMode.id}-hint`}>
              {t("organiser.settings.goalModeHint")}
            </p>
            <FieldError meta={fields.goalMode} />
          </fieldset>
          <TextInput meta={fields.goal} type="number" label={t("organiser.settings.goal")} />
          <TextInput meta={fields.paperSignatures} type="number" label={t("organiser.settings.paper")} hint={t("organiser.settings.paperHint")} />
          <TextArea meta={fields.paperSignaturesNote} label={t("organiser.settings.paperNote")} rows={2} />
          <TextInput meta={fields.opensAt} type="datetime-local" label={t("organiser.settings.opensAt")} hint={t("organiser.settings.utcHint")} />
          <TextInput meta={fields.closesAt} type="datetime-local" label={t("organiser.settings.closesAt")} hint={t("organiser.settings.utcHint")} />
          <TextArea meta={fields.verifiedDomains} label={t("organiser.settings.domains")} hint={t("organiser.settings.domainsHint")} rows={3} />
          <Checkbox meta={fields.collectPostcode} label={t("organiser.settings.collectPostcode")} />
          <fieldset className="field">
            <legend>{t("organiser.settings.explainers")}</legend>
            {loaderData.explainers.map((explainer) => (
              <label key={explainer.id} className="choice block">
                <input type="checkbox" name={fields.explainerIds.name} value={explainer.id} defaultChecked={chosen.includes(explainer.id)} /> {explainer.title}
              </label>
            ))}
            <FieldError meta={fields.explainerIds} />
          </fieldset>
          <button type="submit" className="button-primary">
            {t("organiser.save")}
          </button>
        </Form>
      )}
    </>
  );
}
