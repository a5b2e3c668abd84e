import { jsx, jsxs, Fragment } from "react/jsx-runtime";
import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider, useTranslation } from "react-i18next";
import { createCookie, ServerRouter, UNSAFE_withComponentProps, Outlet, UNSAFE_withErrorBoundaryProps, isRouteErrorResponse, Link, useRouteLoaderData, useMatches, Meta, Links, NavLink, ScrollRestoration, Scripts, data, useLocation, Form, redirect, useSearchParams, useRevalidator } from "react-router";
import { createInstance } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import { sql, eq, and, inArray, asc, isNull, desc, isNotNull, gt, notInArray, gte, lt } from "drizzle-orm";
import { pgTable, text, uuid as uuid$1, uniqueIndex, check, timestamp, bigint, boolean, primaryKey, index as index$2, jsonb, integer, pgSequence } from "drizzle-orm/pg-core";
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { createHmac, randomBytes, timingSafeEqual, randomUUID, createHash, createDecipheriv, createCipheriv } from "node:crypto";
import { render as render$1 } from "@react-email/render";
import { createElement, useEffect } from "react";
import { Resend } from "resend";
import { Html, Head, Preview, Body, Container, Section, Hr, Text, Link as Link$1, Button } from "@react-email/components";
import { useForm, getInputProps, getSelectProps, getFormProps, getTextareaProps, getCollectionProps } from "@conform-to/react";
import { parseWithZod, getZodConstraint } from "@conform-to/zod/v4";
import { z } from "zod";
import { createRequire } from "node:module";
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import { hash, verify } from "@node-rs/argon2";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { encodeBase32UpperCaseNoPadding, decodeBase32IgnorePadding } from "@oslojs/encoding";
import { createTOTPKeyURI, verifyHOTP } from "@oslojs/otp";
import { Logger } from "graphile-worker";
const RETRY_AFTER_S = 5;
function isDatabaseUnavailable(error) {
  const e = error;
  if (!e || typeof e !== "object") return false;
  const code = e.code ?? e.errno;
  if (code && ["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT", "57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004"].includes(code)) {
    return true;
  }
  return e.cause !== void 0 && e.cause !== error && isDatabaseUnavailable(e.cause);
}
const account$1 = {
  login: {
    title: "Organiser sign-in",
    email: "Email address",
    password: "Password",
    submit: "Sign in",
    invalid: "The email address or password is not right.",
    rateLimited: "Too many attempts. Please wait 15 minutes and try again.",
    noAccount: "No account yet?",
    signUp: "Create an organiser account",
    forgot: "Forgot your password?",
    notice: {
      signedOutEverywhere: "You have been signed out of every session. Sign in again to continue.",
      emailChanged: "Your email address has changed, and we have told your previous address. Sign in with the new one."
    }
  },
  logout: "Sign out",
  errors: {
    required: "Please fill in this field.",
    email: "Please enter a valid email address.",
    tooLong: "This is too long.",
    passwordTooShort: "Please use at least 12 characters.",
    passwordTooLong: "Please use at most 256 characters.",
    wrongPassword: "This password is not right.",
    rateLimited: "Too many attempts. Please wait 15 minutes and try again.",
    code: "Please enter the 6-digit code from your app.",
    invalidCode: "This code is not right, or was already used. Wait for the next code and try again."
  },
  passwordHint: "At least 12 characters. A few unrelated words make a strong password that is easy to remember.",
  backToAccount: "Back to your account",
  signup: {
    title: "Create an organiser account",
    lead: "Organisers run campaigns and petitions for their organisation.",
    displayName: "Your name",
    displayNameHint: "Shown to the other members of your organisations.",
    email: "Email address",
    password: "Password",
    submit: "Create my account",
    haveAccount: "Already have an account?",
    signIn: "Sign in",
    rateLimited: "Too many accounts were created from your network. Please try again in an hour."
  },
  signupSent: {
    title: "Check your email",
    body: "We have sent a message to the address you gave. Open the link in it to confirm your address: the link works for 24 hours.",
    spam: "Nothing after a few minutes? Look in your spam folder.",
    continue: "Continue to your dashboard"
  },
  verifyEmail: {
    title: "Your email address is confirmed",
    body: "Thank you: the email address of your organiser account is confirmed.",
    toAccount: "Go to your account",
    requestNew: "Ask for a new link from your account page"
  },
  link: {
    invalidTitle: "This link is not valid",
    invalid: "The link may be incomplete, or replaced by a newer one. Use the most recent email we sent.",
    expiredTitle: "This link has expired",
    expired: "For your security, the links in our emails work for a limited time.",
    usedTitle: "This link was already used",
    used: "Each link in our emails works only once."
  },
  forgot: {
    title: "Forgot your password?",
    lead: "Enter the email address of your organiser account. We will send it a link to choose a new password.",
    email: "Email address",
    submit: "Send the link",
    sentTitle: "Check your email",
    sent: "If an organiser account uses this address, we have sent it a link to choose a new password. The link works for one hour.",
    spam: "Nothing after a few minutes? Look in your spam folder, or ask again.",
    rateLimited: "Too many requests from your network. Please try again in an hour.",
    back: "Back to sign-in"
  },
  reset: {
    title: "Choose a new password",
    lead: "Saving a new password signs you out of every session, on every device.",
    password: "New password",
    submit: "Save the new password",
    requestNew: "Ask for a new link"
  },
  changeEmailConfirm: {
    title: "Confirm your new email address",
    lead: "Your organiser account will use {{email}} from now on.",
    submit: "Use this address",
    takenTitle: "This address cannot be used",
    taken: "Another account already uses this address. Choose a different one from your account page.",
    toAccount: "Go to your account"
  },
  twoFactorLogin: {
    title: "Two-factor sign-in",
    lead: "Enter the 6-digit code shown by your authenticator app.",
    code: "Code",
    submit: "Continue",
    cancel: "Sign out"
  },
  settings: {
    title: "Your account",
    detailsHeading: "Your details",
    name: "Name",
    email: "Email address",
    emailStatus: "Email confirmed",
    verified: "Yes",
    unverified: "Not yet: open the link we sent you.",
    resend: "Send the confirmation link again",
    twoFactor: "Two-factor sign-in",
    twoFactorOn: "On",
    twoFactorOff: "Off",
    securityHeading: "Security",
    manageTwoFactor: "Two-factor sign-in",
    changePassword: "Change your password",
    changeEmail: "Change your email address",
    sessionsHeading: "Sessions",
    sessionsLead: "Lost a device, or signed in on a shared computer? Sign out everywhere, including here.",
    signOutEverywhere: "Sign out of all sessions",
    resendRateLimited: "We have sent several links already. Please wait an hour before asking again.",
    done: {
      verificationSent: "We have sent a new confirmation link. It works for 24 hours.",
      alreadyVerified: "Your email address is already confirmed.",
      passwordChanged: "Your password has been changed. Your other sessions were signed out.",
      emailChangeSent: "We have sent a link to your new address. Your address changes when you open it.",
      twoFactorEnabled: "Two-factor sign-in is on.",
      twoFactorDisabled: "Two-factor sign-in is off.",
      emailChanged: "Your email address has changed, and we have told your previous address."
    }
  },
  password: {
    title: "Change your password",
    lead: "Your other sessions will be signed out; this one stays signed in.",
    current: "Current password",
    new: "New password",
    submit: "Change my password"
  },
  email: {
    title: "Change your email address",
    lead: "We will send a link to the new address. Your address changes only when you open it, and we will tell your current address.",
    current: "Current address",
    newEmail: "New email address",
    password: "Your password",
    submit: "Send the link",
    sameEmail: "This is already your address."
  },
  twoFactor: {
    title: "Two-factor sign-in",
    lead: "With two-factor sign-in, signing in takes your password and a code from an authenticator app on your phone, such as Aegis, FreeOTP, Google Authenticator or 1Password.",
    requiredAdmin: "Administrators must turn on two-factor sign-in before they can moderate.",
    on: "Two-factor sign-in is on for your account.",
    setupHeading: "Turn on two-factor sign-in",
    step1: "In your authenticator app, add an account and type in this key (time-based, 6 digits, every 30 seconds):",
    secret: "Key",
    openInApp: "On this phone? Open the key in your authenticator app.",
    step2: "Then enter the code your app shows, and your password.",
    code: "Code from the app",
    password: "Your password",
    enable: "Turn on two-factor sign-in",
    disableHeading: "Turn off two-factor sign-in",
    disableLead: "Your account will then be protected by your password alone.",
    disable: "Turn off two-factor sign-in",
    adminCannotDisable: "Administrators cannot turn off two-factor sign-in.",
    verifyFirst: "Please confirm your email address first, with the link we sent you: two-factor sign-in is only for confirmed addresses."
  }
};
const dashboard$1 = {
  nav: {
    label: "Organiser menu",
    home: "Dashboard",
    account: "Account",
    admin: "Moderation"
  },
  home: {
    title: "Dashboard",
    welcome: "Signed in as {{name}}",
    organisations: "Your organisations",
    none: "You are not a member of any organisation yet.",
    role: {
      owner: "Owner",
      editor: "Editor",
      viewer: "Viewer"
    }
  },
  common: {
    yes: "Yes",
    no: "No",
    none: "—",
    utc: "{{time}} UTC"
  },
  states: {
    pending: "Pending",
    confirmed: "Confirmed",
    flagged: "Held for review",
    invalidated: "Invalidated"
  },
  petitionNav: {
    label: "Petition",
    stats: "Overview",
    signatures: "Signatures",
    review: "Review queue",
    reviewCount: "Review queue ({{count}})",
    delivery: "Delivery pack",
    publicPage: "Public page",
    status: "Petition status: {{status}}"
  },
  stats: {
    title: "Overview",
    figuresHeading: "Key figures",
    publicTotal: "Public total",
    publicTotalHint: "Confirmed online signatures plus paper ones, as the public page shows it (updated within seconds).",
    online: "Confirmed online",
    paper: "Paper signatures",
    paperNote: "About the paper signatures: {{note}}",
    received: "All signatures received",
    verified: "Verified",
    confirmationRate: "Confirmation rate",
    confirmationRateHint: "Confirmed signatures divided by every signature not held for review.",
    countries: "Countries",
    statesHeading: "Signatures by state",
    state: "State",
    signatures: "Signatures",
    chartsHeading: "Signatures over time",
    recentChart: "Last 48 hours",
    recentChartDescription: "Cumulative confirmed signatures, hour by hour, over the last 48 hours.",
    allTimeChart: "Since the first signature",
    allTimeChartDescription: "Cumulative confirmed signatures, hour by hour, since the first one.",
    chartEmpty: "The chart appears once signatures arrive.",
    perDay: "Per day (UTC, last 30 days with signatures)",
    day: "Day",
    perHour: "Per hour (UTC, last 24 hours with signatures)",
    hour: "Hour",
    noData: "No confirmed signatures yet.",
    countriesHeading: "By country",
    mapTitle: "Map of confirmed signatures by country",
    mapDescription: "Countries are shaded by the number of confirmed signatures.",
    mapLegend: "Legend",
    country: "Country",
    sourcesHeading: "Top sources",
    sourcesLead: "Where signatures came from, invalidated ones left out.",
    bySource: "By source",
    byUtmSource: "By utm_source",
    source: "Source",
    noSource: "(none)",
    total: "Signatures",
    confirmed: "Confirmed",
    noSources: "No signatures yet."
  },
  signatures: {
    title: "Signatures",
    searchHeading: "Search and filter",
    query: "Search",
    queryHint: "Part of a name or email address, or a country (code or name).",
    state: "State",
    anyState: "All states",
    submit: "Search",
    clear: "Clear",
    tableCaption: "Signatures, newest first",
    name: "Name",
    email: "Email",
    country: "Country",
    postcode: "Postcode",
    verified: "Verified",
    source: "Source",
    created: "Signed",
    confirmed: "Confirmed",
    flagReason: "Flag reason",
    anonymised: "(erased by the signer)",
    empty: "No signatures match.",
    pager: "Pages of signatures",
    newest: "Newest",
    newer: "Newer",
    older: "Older",
    exportHeading: "Export",
    exportLink: "Download every signature as CSV",
    exportHint: "The file holds personal data: keep it safe, share it with no one outside the organisation and delete it when done. Each download is recorded in the audit log.",
    errors: {
      tooLong: "Keep the search under 200 characters.",
      state: "Choose a state from the list."
    }
  },
  signature: {
    title: "Signature of {{name}}",
    erasedTitle: "Erased signature",
    back: "Back to the signatures",
    backToQueue: "Back to the review queue",
    detailsHeading: "Details",
    locale: "Language",
    showName: "Name shown publicly",
    updatesOptIn: "Wants updates",
    channel: "Channel",
    utm: "Campaign tracking",
    ipHash: "IP address (hashed)",
    customFields: "Answers",
    reviewed: "Last reviewed",
    reviewedBy: "{{time}} by {{name}}",
    decisionHeading: "Decision",
    acceptHint: "Accepting returns the signature to where it would have been: counted if its email address was confirmed, otherwise pending until it is.",
    invalidateHint: "Invalidating removes the signature from every count within seconds. It stays in the list, marked invalidated.",
    noDecision: "No decision applies to an invalidated signature.",
    accept: "Accept",
    invalidate: "Invalidate",
    done: {
      accept: "Signature accepted: it is now {{state}}.",
      invalidate: "Signature invalidated."
    },
    notAllowed: "That decision does not apply to a signature in this state; the page shows its current state."
  },
  review: {
    title: "Review queue",
    lead: "Signatures held back by the spam checks (a throwaway address, too many signatures from one address). They do not count until accepted.",
    empty: "Nothing is waiting for review.",
    tableCaption: "Held signatures, newest first",
    reason: "Reason",
    decision: "Decision",
    acceptOne: "Accept",
    invalidateOne: "Invalidate",
    acceptLabel: "Accept the signature of {{name}}",
    invalidateLabel: "Invalidate the signature of {{name}}",
    reasons: {
      "disposable-domain": "Throwaway email address",
      "sign-ip-minute": "Many signatures from one address within a minute",
      "sign-ip-day": "Many signatures from one address within a day"
    },
    groupsHeading: "Where held signatures come from",
    byIp: "By IP address (hashed)",
    byDomain: "By email domain",
    group: "Group",
    count: "Held",
    reviewGroup: "Decide for all {{count}}",
    noGroups: "No address or domain holds more than one signature.",
    bulkHeading: "Decide in bulk",
    bulkLead: "Choose a decision and which signatures it applies to: an IP address, an email domain, a time range, or several of them together. The next step shows how many signatures would change; nothing changes before you confirm.",
    bulkDecision: "Decision",
    bulkAccept: "Accept (held signatures only)",
    bulkInvalidate: "Invalidate",
    ip: "IP address hash",
    domain: "Email domain",
    domainHint: "For example example.org. Matches the address exactly, not its subdomains.",
    from: "Signed from (UTC)",
    to: "Signed before (UTC)",
    states: "Apply to signatures that are",
    statesHint: "Accepting applies to held signatures only. Invalidating can also remove confirmed signatures, for example a whole spam domain.",
    preview: "Preview",
    reviewed: {
      accept: "Signature accepted.",
      invalidate: "Signature invalidated."
    },
    done: {
      accept_one: "Accepted {{count}} signature.",
      accept_other: "Accepted {{count}} signatures.",
      invalidate_one: "Invalidated {{count}} signature.",
      invalidate_other: "Invalidated {{count}} signatures."
    },
    errors: {
      decision: "Choose accept or invalidate.",
      criterion: "Choose at least one of: an IP address, an email domain, a time range.",
      ip: "Paste the IP address hash exactly as the queue shows it.",
      domain: "Enter a domain such as example.org.",
      datetime: "Enter a date and time.",
      range: "The end of the range must be after its start.",
      states: "Choose at least one state.",
      previewed: "Start again from the preview."
    }
  },
  bulk: {
    title: "Confirm a bulk decision",
    willAccept_one: "This will accept {{count}} signature.",
    willAccept_other: "This will accept {{count}} signatures.",
    willInvalidate_one: "This will invalidate {{count}} signature.",
    willInvalidate_other: "This will invalidate {{count}} signatures.",
    nothing: "No signature matches these criteria: nothing would change.",
    criteria: "Criteria",
    countNote: "The criteria are applied again when you confirm, so signatures arriving in the meantime are included; the audit log records the exact number changed.",
    confirmAccept: "Accept them",
    confirmInvalidate: "Invalidate them",
    change: "Change the criteria",
    acceptIncludesConfirmed_one: "{{count}} of them had already confirmed their email address and will count again.",
    acceptIncludesConfirmed_other: "{{count}} of them had already confirmed their email address and will count again."
  },
  delivery: {
    title: "Delivery pack",
    printHint: "To print it or keep a PDF, use your browser’s Print command (Ctrl+P, or ⌘P on a Mac) and choose “Save as PDF”. Menus and links are left out of the printout.",
    to: "To: {{target}}",
    petitionHeading: "The petition",
    totalsHeading: "Signatures",
    asOf: "Figures as of {{date}}.",
    total: "Signatures in total",
    online: "Signed online, with a confirmed email address",
    paper: "Signed on paper",
    verified: "Verified signers",
    verifiedDomains: "Verified signers confirmed their signature from an address at: {{domains}}.",
    countries: "Countries",
    byCountry: "Signatures by country",
    country: "Country",
    signatures: "Signatures",
    signatoriesHeading: "Signatories who agreed to be named",
    signatoriesLead_one: "{{formatted}} signatory agreed to have their name shown.",
    signatoriesLead_other: "{{formatted}} signatories agreed to have their names shown.",
    omitted: "…and {{formatted}} more who agreed to be named, too many to print on one page.",
    none: "No signatory chose to be named.",
    verifiedMark: "verified",
    yes: "Yes",
    no: "No"
  },
  audit: {
    title: "Audit log",
    lead: "Every change made by organisers and admins in {{organisation}}, newest first.",
    tableCaption: "Audit log entries",
    time: "Time",
    actor: "Who",
    action: "Action",
    subject: "Subject",
    details: "Details",
    noActor: "(deleted account or automatic)",
    empty: "Nothing has been recorded yet.",
    pager: "Pages of the audit log",
    newest: "Newest entries",
    older: "Older entries"
  }
};
const organiser$1 = {
  dashboard: "Dashboard",
  breadcrumbs: "You are here",
  backToDashboard: "Back to the dashboard",
  save: "Save",
  roles: {
    owner: "Owner",
    editor: "Editor",
    viewer: "Viewer",
    admin: "Platform admin"
  },
  notices: {
    created: "Created.",
    saved: "Your changes are saved.",
    submitted: "Submitted for review. A moderator will approve it or tell you what to change.",
    approved: "Approved: the petition is open for signatures and the organisers have been told.",
    rejected: "Rejected: the organisers have been told why.",
    hidden: "The petition is hidden from the public.",
    unhidden: "The petition is public again.",
    closed: "The petition is closed.",
    delivered: "The petition is marked as delivered.",
    won: "Congratulations: the petition is marked as won.",
    invited: "Invitation sent.",
    roleChanged: "Role changed.",
    removed: "Member removed.",
    revoked: "Invitation withdrawn.",
    joined: "Welcome: you are now a member of this organisation.",
    alreadyMember: "You are already a member of this organisation.",
    published: "Published.",
    unpublished: "Unpublished: the page is no longer public."
  },
  fields: {
    slug: "Web address (slug)",
    slugHint: "Lower-case letters, digits and hyphens, e.g. harm-reduction-senegal."
  },
  addLanguage: {
    heading: "Add a language",
    translationHeading: "Add a translation",
    code: "Language code",
    hint: "A BCP 47 code such as en, fr, pt-BR or uk.",
    submit: "Add this language"
  },
  orgNew: {
    title: "Create an organisation",
    link: "Create an organisation",
    lead: "An organisation runs campaigns and petitions. You will be its owner and can invite colleagues.",
    name: "Name of the organisation",
    country: "Country (optional)",
    noCountry: "No country",
    website: "Website (optional)",
    websiteHint: "The full address, starting with https://",
    submit: "Create the organisation",
    verifyFirst: "To create an organisation, first confirm your email address.",
    verifyLink: "Go to your account"
  },
  org: {
    campaigns: "Campaigns",
    newCampaign: "Start a new campaign",
    noCampaigns: "No campaigns yet.",
    noPetitions: "No petitions in this campaign yet.",
    noPetitionsYet: "No petitions yet.",
    petitionsOf: "Petitions of {{campaign}}",
    petition: "Petition",
    status: "Status",
    signatures: "Signatures",
    newPetition: "Write a new petition",
    members: "Members",
    manageMembers: "Manage members and invitations"
  },
  members: {
    title: "Members of {{organisation}}",
    rolesExplained: "Owners manage members and everything else; editors edit campaigns and petitions and write to supporters; viewers see petitions and their statistics.",
    name: "Name",
    role: "Role",
    roleOf: "Role of {{name}}",
    changeRole: "Change role",
    remove: "Remove",
    inviteHeading: "Invite someone",
    inviteLead: "We email them a link that works once, for 7 days. They sign in (or create an account) to accept.",
    email: "Email address",
    invite: "Send the invitation",
    pendingHeading: "Invitations waiting for an answer",
    noPending: "None.",
    expires: "expires on {{date}}",
    revoke: "Withdraw"
  },
  invitation: {
    title: "Join {{organisation}}",
    lead: "You are invited to join {{organisation}} as: {{role}}.",
    signedInAs: "You are signed in as {{name}}. The membership goes to this account.",
    accept: "Accept the invitation",
    validTitle: "Invitation",
    valid: "This invitation is valid.",
    expiredTitle: "This invitation has expired",
    expired: "Invitation links work for 7 days. Ask the organisation to send you a new one.",
    usedTitle: "This invitation has already been used",
    used: "Each invitation link works once. If that was not you, ask the organisation for a new invitation.",
    invalidTitle: "This invitation link is not valid",
    invalid: "The link may be incomplete. Copy the whole link from the email, or ask for a new invitation."
  },
  campaign: {
    newTitle: "New campaign",
    lead: "A campaign groups petitions and updates around one goal. Give it a title in each language you campaign in.",
    editHeading: "Edit the campaign",
    create: "Create the campaign",
    statusLabel: "Campaign status",
    status: {
      draft: "Draft",
      active: "Active",
      archived: "Archived"
    },
    titleIn: "Title ({{language}})",
    summaryIn: "Summary ({{language}})",
    blankLanguage: "Leave a language blank to leave it out."
  },
  petition: {
    newTitle: "New petition",
    newLead: "Start with the text in one language. You can add languages, questions for signers and settings next; the petition stays a draft until you submit it for review.",
    create: "Create the draft",
    slugHint: "Lower-case letters, digits and hyphens. It becomes /petitions/your-slug and cannot change once published.",
    defaultLocale: "Main language",
    title: "Title",
    target: "Addressed to",
    targetHint: "Who can make the change, e.g. the Minister of Health.",
    ask: "What you ask for",
    askHint: "One or two sentences: the demand signers put their name to.",
    body: "Text (Markdown)",
    bodyHint: "Markdown: **bold**, *italic*, [link](https://…), lists with -, headings with ##. Scripts and images are removed.",
    languages: "Languages",
    submittedAt: "Submitted on",
    deliveredAt: "Delivered on",
    outcomeNote: "Public note",
    outcomeNoteOptional: "Public note (optional)",
    outcomeNoteHint: "Shown to supporters: what happened, what comes next.",
    statsLink: "Statistics and signatures",
    publicPage: "Open the public page",
    pendingNotice: "Awaiting review: the petition cannot be edited until a moderator decides.",
    rejectedNotice: "A moderator did not approve this petition. Their note:",
    hiddenNotice: "A moderator has hidden this petition from the public. Their note:",
    statusHeading: "Publishing",
    submit: "Submit for review",
    submitHint: "A moderator checks every petition before it goes public. You will get an email with the decision.",
    close: "Close the petition",
    deliverHeading: "Mark as delivered",
    deliveredOn: "Date of delivery",
    deliver: "Mark as delivered",
    wonHeading: "Mark as won",
    markWon: "Mark as won",
    tabs: {
      label: "Petition pages",
      overview: "Overview",
      text: "Text",
      fields: "Questions",
      settings: "Settings",
      preview: "Preview",
      revisions: "History"
    },
    textTitle: "Text of “{{title}}”",
    lockedNotice: "The petition is awaiting review and cannot be changed right now.",
    revisionNotice_one: "This petition has {{count}} signature: changes to its text need a reason and are shown in its history.",
    revisionNotice_other: "This petition has {{count}} signatures: changes to its text need a reason and are shown in its history.",
    reasonRequired: "Reason for the change",
    reasonOptional: "Reason for the change (optional)",
    reasonHint: "Kept in the petition's history with the text before and after.",
    saveLanguage: "Save ({{language}})",
    removeLanguage: "Remove this language ({{language}})"
  },
  settings: {
    title: "Settings of “{{title}}”",
    slugFixed: "Web address (fixed once published):",
    defaultLocaleHint: "Shown to visitors whose language has no translation.",
    goalMode: "Goal",
    goal_automatic: "Automatic (the next milestone above the count)",
    goal_fixed: "Fixed",
    goalModeHint: "With an automatic goal, a number below is the lowest goal shown.",
    goal: "Goal (signatures)",
    paper: "Signatures collected on paper",
    paperHint: "Added to the online count.",
    paperNote: "Note on the paper signatures (where and when they were collected)",
    opensAt: "Opens on (optional)",
    closesAt: "Closes on (optional)",
    utcHint: "Date and time in UTC.",
    domains: "Verified email domains",
    domainsHint: "Signers who confirm from these domains are marked as verified, e.g. police.example. Separate with commas or new lines.",
    collectPostcode: "Ask signers for their postcode",
    explainers: "Related explainers"
  },
  signerFields: {
    title: "Questions for signers of “{{title}}”",
    heading: "Questions for signers",
    lead: "Besides name, email and country, you can ask signers who they are, e.g. their profession or agency.",
    none: "No extra questions.",
    labelsOnly: "The petition is published: only the wording of questions and options can change.",
    question: "Question {{number}} ({{key}})",
    addHeading: "Add a question",
    key: "Key",
    keyHint: "Lower-case letters, digits and _; starts with a letter, e.g. agency. Used in exports.",
    kind: "Type of answer",
    kinds: {
      text: "Short text",
      choice: "One of several options",
      yesno: "Yes or no"
    },
    required: "Answer required",
    requiredShort: "required",
    isPublic: "Show the answer on the public list of signers",
    isPublicHint: "Only for short-text answers, and only for signers who choose to show their name.",
    publicShort: "public",
    labels: "Question",
    labelIn: "Question ({{language}})",
    options: "Options",
    optionsHint: "For “one of several options” only: at least two. Fill in an empty row to add an option; empty a row to remove it.",
    optionsLockedHint: "The options are fixed; their wording can change.",
    optionValue: "Option {{number}}: value",
    optionLabelIn: "Option {{number}} ({{language}})",
    save: "Save the question",
    add: "Add the question",
    moveUp: "Move up",
    moveDown: "Move down",
    delete: "Delete"
  },
  preview: {
    label: "Preview",
    explain: "this is how the petition will look to the public. Status: {{status}}. Signing is switched off here.",
    back: "Back to the petition",
    formOk: "The form accepts these answers. Nothing was recorded."
  },
  revisions: {
    title: "History of “{{title}}”",
    lead: "Every change to the text after publication, with the text before and after.",
    none: "No changes since publication.",
    heading: "{{date}} — {{language}}",
    meta_one: "By {{editor}}, when the petition had {{formatted}} signature.",
    meta_other: "By {{editor}}, when the petition had {{formatted}} signatures.",
    unknownEditor: "a former member",
    reason: "Reason:",
    noReason: "none given",
    before: "Before",
    after: "After",
    fields: {
      title: "Title",
      target: "Addressed to",
      ask: "What you ask for",
      bodyMarkdown: "Text"
    }
  },
  admin: {
    title: "Moderation",
    explainersLink: "Edit the explainers",
    queue: "Awaiting review",
    queueEmpty: "Nothing to review.",
    published: "Public and hidden petitions",
    publishedLead: "Open a petition to hide it (or show it again), with a reason.",
    publishedEmpty: "None.",
    organisation: "Organisation",
    campaign: "Campaign",
    reviewTitle: "Review: {{title}}",
    openPreview: "See it as the public will",
    lastReason: "Last moderation note:",
    decisionHeading: "Decision",
    reason: "Reason or note",
    reasonHint: "Required to reject, hide or show again; sent to the organisation's owners and editors.",
    actions: {
      approve: "Approve and publish",
      reject: "Reject",
      hide: "Hide from the public",
      unhide: "Show again"
    }
  },
  explainers: {
    title: "Explainers",
    lead: "The platform's explainer pages. Changes are public as soon as you save a published explainer.",
    explainer: "Explainer",
    status: {
      draft: "Not published",
      published: "Published"
    },
    editTitle: "Edit: {{title}}",
    publicPage: "Open the public page",
    publish: "Publish",
    unpublish: "Unpublish",
    titleField: "Title",
    summary: "Summary",
    preview: "Preview",
    previewHeading: "Preview (not saved)"
  },
  errors: {
    required: "Please fill in this field.",
    tooLong: "This is too long.",
    slug: "Use lower-case letters, digits and single hyphens only.",
    slugTaken: "This address is already taken. Please choose another.",
    slugReserved: "This word is reserved. Please choose another.",
    locale: "Enter a valid language code (e.g. en, fr, pt-BR) that is not already there.",
    email: "Please enter a valid email address.",
    url: "Enter a full web address starting with https://",
    country: "Please choose a country from the list.",
    choice: "Please choose one of the options.",
    number: "Enter a whole number (0 or more).",
    date: "Enter a valid date.",
    futureDate: "The date cannot be in the future.",
    closesBeforeOpens: "The closing date must be after the opening date.",
    goalRequired: "A fixed goal needs a number.",
    domain: "Enter domains like police.example, separated by commas or new lines.",
    tooMany: "Too many entries.",
    fieldKey: "Use lower-case letters, digits and _, starting with a letter (at most 40).",
    fieldKeyTaken: "Another question already uses this key.",
    optionsNeeded: "A multiple-choice question needs at least two options.",
    optionValue: "Use lower-case letters, digits, - and _ (at most 40).",
    optionDuplicate: "Two options have the same value.",
    labelRequired: "Write this in the petition's main language.",
    titleRequired: "A language with a summary needs a title.",
    translationNeeded: "Give a title in at least one language.",
    reasonRequired: "Please say why you are making this change.",
    notEditable: "This cannot be changed in the petition's current status.",
    wrongStatus: "This is not possible in the petition's current status (someone may have just changed it). Reload the page.",
    lastOwner: "An organisation needs at least one owner: make someone else an owner first.",
    emailNotVerified: "Confirm your email address before creating an organisation.",
    notMember: "This person is not a member of the organisation.",
    alreadyMember: "This person is already a member.",
    notFound: "This no longer exists. Reload the page.",
    defaultLocale: "The main language needs a text: add one in that language first."
  }
};
const supporterEmail$1 = {
  nav: "Supporter email",
  kinds: {
    update: "Update",
    milestone: "Milestone",
    "carry-over": "Invitation to a new petition",
    outcome: "Petition outcome"
  },
  statuses: {
    draft: "Draft",
    scheduled: "Scheduled",
    sending: "Sending",
    sent: "Sent",
    cancelled: "Cancelled"
  },
  index: {
    title: "Supporter email",
    lead: "Write to the supporters who asked for news. Only people who ticked “keep me updated”, confirmed their signature and have not unsubscribed receive these emails.",
    write: "Write an update",
    target: "Send to the supporters of",
    wholeCampaign: "The whole campaign “{{title}}”",
    petition: "Petition “{{title}}”",
    start: "Start writing",
    carryOver: "Invite supporters to a new petition",
    carryOverLead: "One email to a campaign’s consenting supporters who have not signed it yet, with a link to the petition. Nobody is signed up automatically.",
    carryOverTarget: "Petition to invite them to",
    carryOverStart: "Write the invitation",
    messages: "Messages",
    none: "No messages yet.",
    subject: "Subject",
    kind: "Kind",
    status: "Status",
    recipients: "Recipients",
    created: "Created",
    untitled: "(no subject yet)",
    noTargets: "You can read the results here. Editors and owners of an organisation can write to its supporters.",
    errors: {
      target: "Please choose who to write to."
    }
  },
  compose: {
    title: "Write to supporters",
    about: "About: {{title}}",
    invitationTo: "Invitation to sign: {{title}}",
    subject: "Subject",
    body: "Message",
    bodyHint: "Markdown: **bold**, *italics*, [a link](https://example.org), lists with “-”, headings with “##”.",
    bodyOptionalHint: "Optional: a few words of your own before the invitation. Markdown works.",
    audience: "Audience",
    scope: "Who",
    scopePetition: "Supporters of this petition",
    scopeCampaign: "Supporters of the whole campaign “{{title}}”",
    countries: "Countries (none ticked: all)",
    languages: "Languages (none ticked: all)",
    verifiedOnly: "Only verified signers ({{count}})",
    option: "{{label}} ({{count}})",
    count_one: "This email will go to {{count}} person.",
    count_other: "This email will go to {{count}} people.",
    countNote: "The number is exact for the audience saved above. Save after changing the audience to see the new number.",
    preview: "Preview",
    previewFrame: "Preview of the email as a supporter will see it",
    previewText: "Plain-text version",
    save: "Save and preview",
    test: "Send a test to me",
    sendNow_one: "Send now to {{count}} person",
    sendNow_other: "Send now to {{count}} people",
    schedule: "Schedule",
    sendAt: "Send at (UTC)",
    scheduleButton: "Schedule the send",
    saved: "Saved. The preview and the number of recipients are up to date.",
    tested: "A test has been sent to {{email}}.",
    errors: {
      subject: "Please write a subject.",
      body: "Please write a message.",
      tooLong: "This is too long.",
      sendAt: "Please give a date and time in the future (within a year).",
      countChanged_one: "The audience has changed: it is now {{count}} person. Check and send again.",
      countChanged_other: "The audience has changed: it is now {{count}} people. Check and send again.",
      noRecipients: "Nobody matches this audience.",
      notDraft: "This message has already been scheduled or sent.",
      empty: "Please write a subject and a message first."
    }
  },
  message: {
    back: "All messages",
    status: "Status",
    kind: "Kind",
    audience: "Audience",
    scheduledFor: "Scheduled for",
    sentAt: "Finished",
    progress: "Progress",
    progressLabel: "{{done}} of {{total}} processed",
    refreshing: "This page refreshes by itself while the message goes out.",
    stats: "Results",
    sent: "Sent",
    delivered: "Delivered",
    bounced: "Bounced",
    complained: "Marked as spam",
    unsubscribed: "Unsubscribed since",
    failed: "Failed",
    suppressed: "Not sent (unsubscribed or blocked)",
    waiting: "Waiting",
    cancel: "Cancel this send",
    cancelled: "The send was cancelled.",
    sentNow: "The message is on its way.",
    scheduled: "The message is scheduled.",
    edit: "Edit the draft",
    cannotCancel: "This send has already started and cannot be cancelled.",
    audiencePetition: "Supporters of the petition “{{title}}”",
    audienceCampaign: "Supporters of the campaign “{{title}}”",
    audienceInvite: "Supporters of “{{campaign}}” who have not signed “{{title}}”",
    filters: "Filters: {{filters}}",
    verifiedOnly: "verified signers only"
  },
  unsubscribe: {
    title: "Unsubscribe",
    lead: "You receive emails from {{organisation}} about “{{campaign}}” because you asked for updates when you signed.",
    campaign: "Unsubscribe from “{{campaign}}”",
    everything: "Unsubscribe from everything",
    everythingHint: "No more updates from any campaign on this site. You will still get the confirmation email if you sign a petition.",
    preferences: "Choose campaign by campaign",
    doneCampaign: "You are unsubscribed from “{{campaign}}”. You will not get its updates any more.",
    doneEverything: "You are unsubscribed from everything. You will not get updates from any campaign any more.",
    already: "You are not subscribed to this campaign’s updates.",
    invalidTitle: "This link is not valid",
    invalid: "The unsubscribe link is incomplete or has been altered. Use the link from the email exactly as it is, or ask for a link to your data to change your preferences.",
    myData: "See, download or erase your data"
  },
  preferences: {
    title: "Email preferences",
    lead: "The campaigns you signed in. Choose which ones may send you updates.",
    subscribed: "You get updates",
    unsubscribed: "No updates",
    subscribe: "Get updates from “{{campaign}}”",
    unsubscribe: "Stop updates from “{{campaign}}”",
    saved: "Your preferences are saved.",
    campaign: "Campaign",
    organisation: "Organisation",
    state: "Updates",
    change: "Change"
  },
  myData: {
    title: "Your data",
    lead: "Enter the email address you signed with. If we hold anything about it, we will email you a link to see it, download a copy or erase it.",
    email: "Email address",
    submit: "Email me a link",
    sent: "If we hold data about this address, a link is on its way. It works for 24 hours.",
    rateLimited: "Too many requests for this address. Please try again in an hour.",
    errors: {
      email: "Please enter a valid email address."
    },
    manageTitle: "Your data",
    manageLead: "This is everything we hold about your address.",
    signatures: "Your signatures",
    petition: "Petition",
    signedAt: "Signed",
    status: "Status",
    updates: "Updates",
    none: "We hold no data about this address any more.",
    download: "Download a copy (JSON)",
    eraseHeading: "Erase your data",
    eraseLead: "Your name, address, postcode and answers are removed from every signature. Your signatures keep counting, but nothing links them to you any more. This cannot be undone.",
    eraseConfirm: "I understand that this cannot be undone",
    eraseButton: "Erase my data",
    erased: "Your data has been erased. Your signatures still count, anonymously.",
    eraseRequired: "Please tick the box to confirm.",
    invalidTitle: "This link is not valid",
    invalid: "The link is incomplete or has been altered. Ask for a new one.",
    expiredTitle: "This link has expired",
    expired: "Links work for 24 hours. Ask for a new one.",
    again: "Ask for a new link",
    yes: "Yes",
    no: "No",
    states: {
      pending: "Not confirmed",
      confirmed: "Confirmed",
      flagged: "Held for review",
      invalidated: "Not counted"
    }
  }
};
const en = {
  meta: {
    siteName: "Harm Reduction Voices",
    tagline: "Evidence, petitions and campaigns for harm reduction"
  },
  nav: {
    skipToContent: "Skip to main content",
    home: "Home",
    explainers: "Learn",
    petitions: "Petitions",
    primary: "Main menu",
    language: "Language",
    organisers: "For organisers"
  },
  home: {
    title: "Harm reduction saves lives. Add your name.",
    lead: "Harm reduction means meeting people where they are: clean needles, medicines such as methadone and buprenorphine, naloxone to reverse overdoses, peer support and fair laws. Learn how it works, then stand with the people who make it happen.",
    learnHeading: "Understand harm reduction",
    learnAll: "All explainers",
    petitionsHeading: "Open petitions",
    noPetitions: "There are no open petitions right now.",
    signatures_one: "{{formatted}} signature",
    signatures_other: "{{formatted}} signatures"
  },
  explainers: {
    indexTitle: "Learn about harm reduction",
    indexLead: "Short, sourced explanations of the services and policies that keep people who use drugs alive and healthy.",
    sources: "Sources",
    lastUpdated: "Last updated {{date}}",
    backToIndex: "All explainers",
    notTranslated: "This page is not yet available in your language; it is shown in {{language}}.",
    related: "Related petitions"
  },
  petition: {
    to: "To: {{target}}",
    signatures_one: "{{formatted}} signature",
    signatures_other: "{{formatted}} signatures",
    countries_one: "from {{count}} country",
    countries_other: "from {{count}} countries",
    goal: "Goal: {{goal}}",
    status: {
      draft: "Draft",
      pending: "Awaiting approval",
      open: "Open for signatures",
      closed: "Closed",
      delivered: "Delivered",
      won: "Won",
      rejected: "Rejected",
      hidden: "Hidden"
    },
    learnMore: "Learn more",
    signingSoon: "Signing opens soon.",
    deliveredOn: "Delivered on {{date}}.",
    counterLabel: "Signature count",
    verified_one: "{{formatted}} verified signature",
    verified_other: "{{formatted}} verified signatures",
    verifiedExplained: "Verified signers confirmed from an address at: {{domains}}.",
    paper: "including {{formatted}} collected on paper",
    goalProgress: "{{count}} of {{goal}} towards the goal",
    closedNotice: "This petition is closed and no longer accepts signatures. Thank you to everyone who signed.",
    deliveredNotice: "This petition has been delivered to its target.",
    wonNotice: "This petition won!",
    byCountryHeading: "Where signers are from",
    countryColumn: "Country",
    signaturesColumn: "Signatures",
    mapTitle: "Map of signatures by country",
    mapDescription: "Countries are shaded by the number of confirmed signatures.",
    mapLegend: "Legend",
    chartTitle: "Signatures over time",
    chartDescription: "Cumulative confirmed signatures by hour.",
    chartEmpty: "The chart appears once signatures arrive.",
    wallHeading: "Who signed",
    wallLead: "Signers who chose to show their name.",
    wallEmpty: "No public names yet.",
    wallVerified: "verified",
    wallNewer: "Newer",
    wallOlder: "Older",
    embedHeading: "Add this petition to your website",
    embedLead: "Copy this code into your page: it shows the counter and the form.",
    embedCode: "Embed code",
    openData: "Open data:"
  },
  sign: {
    heading: "Sign the petition",
    name: "Full name",
    email: "Email address",
    emailHint: "We send you a link to confirm your signature.",
    country: "Country",
    chooseCountry: "Choose your country",
    postcode: "Postcode (optional)",
    yes: "Yes",
    no: "No",
    optional: "(optional)",
    chooseOne: "Choose one",
    updates: "Keep me updated about this campaign by email. I can unsubscribe at any time.",
    showName: "Show my name, and the details I gave above, on the public list of signers.",
    privacy: "We use your email only to confirm your signature and, if you tick the box, to send updates. Your email is never shown publicly.",
    honeypot: "Leave this field empty",
    submit: "Sign",
    errorSummary: "Please correct the highlighted fields.",
    errors: {
      required: "Please fill in this field.",
      tooLong: "This is too long.",
      email: "Please enter a valid email address.",
      country: "Please choose a country from the list.",
      choice: "Please choose one of the options."
    },
    closed: "This petition is not accepting signatures.",
    notOpenYet: "This petition is not open for signatures yet."
  },
  signed: {
    title: "Check your email",
    created: "Thank you! We have sent you an email. Open the link in it to confirm your signature: it counts only once confirmed.",
    resent: "You have already signed this petition. We have sent the confirmation link again: please check your inbox and spam folder.",
    resendLimit: "You have already signed, and we have sent the confirmation link several times. Please look for it in your inbox and spam folder.",
    alreadyConfirmed: "You have already signed and confirmed this petition. Thank you!",
    back: "Back to the petition"
  },
  confirm: {
    title: "Thank you for signing",
    confirmed: "Your signature is confirmed.",
    alreadyConfirmed: "Your signature was already confirmed.",
    number: "You are signature number {{number}}.",
    shareHeading: "Share the petition",
    shareLead: "Every share brings new signatures. Send it to colleagues and friends.",
    shareText: "I signed: {{title}}",
    copyLink: "Petition link",
    expiredTitle: "This link has expired",
    expired: "Confirmation links work for 7 days. Sign again with the same email address to get a new link.",
    invalidTitle: "This link is not valid",
    invalid: "The link may be incomplete or replaced by a newer one. Use the most recent email we sent, or sign again.",
    relatedHeading: "Learn more"
  },
  language: {
    en: "English",
    fr: "Français"
  },
  footer: {
    about: "An open-source platform for harm-reduction advocacy.",
    license: "Free software under the AGPL-3.0-or-later licence."
  },
  errors: {
    notFoundTitle: "Page not found",
    notFoundBody: "We could not find that page. It may have moved or been removed.",
    errorTitle: "Something went wrong",
    errorBody: "Please try again in a moment. If it keeps happening, let the organisers know.",
    forbiddenTitle: "You do not have access to this page",
    forbiddenBody: "Your role in this organisation does not allow this. Ask an owner of the organisation if you need it.",
    unavailableTitle: "Temporarily unavailable",
    unavailableBody: "The service is busy or restarting. Please try again in a few seconds.",
    goHome: "Go to the home page"
  },
  outbox: {
    title: "Local email outbox",
    lead: "No Resend API key is configured, so email is kept here instead of being sent.",
    empty: "No messages yet.",
    to: "To",
    subject: "Subject",
    sentAt: "Created",
    htmlVersion: "HTML version",
    textVersion: "Plain-text version",
    back: "Back to the outbox"
  },
  account: account$1,
  organiser: organiser$1,
  dashboard: dashboard$1,
  supporterEmail: supporterEmail$1
};
const account = {
  login: {
    title: "Connexion des organisateurs",
    email: "Adresse e-mail",
    password: "Mot de passe",
    submit: "Se connecter",
    invalid: "L’adresse e-mail ou le mot de passe est incorrect.",
    rateLimited: "Trop de tentatives. Patientez 15 minutes puis réessayez.",
    noAccount: "Pas encore de compte ?",
    signUp: "Créer un compte organisateur",
    forgot: "Mot de passe oublié ?",
    notice: {
      signedOutEverywhere: "Vous avez été déconnecté de toutes vos sessions. Reconnectez-vous pour continuer.",
      emailChanged: "Votre adresse e-mail a changé, et nous avons prévenu votre ancienne adresse. Connectez-vous avec la nouvelle."
    }
  },
  logout: "Se déconnecter",
  errors: {
    required: "Veuillez remplir ce champ.",
    email: "Veuillez saisir une adresse e-mail valide.",
    tooLong: "Ce texte est trop long.",
    passwordTooShort: "Utilisez au moins 12 caractères.",
    passwordTooLong: "Utilisez au plus 256 caractères.",
    wrongPassword: "Ce mot de passe est incorrect.",
    rateLimited: "Trop de tentatives. Patientez 15 minutes puis réessayez.",
    code: "Saisissez le code à 6 chiffres affiché par votre application.",
    invalidCode: "Ce code est incorrect ou a déjà servi. Attendez le code suivant et réessayez."
  },
  passwordHint: "Au moins 12 caractères. Quelques mots sans rapport entre eux font un mot de passe solide et facile à retenir.",
  backToAccount: "Retour à votre compte",
  signup: {
    title: "Créer un compte organisateur",
    lead: "Les organisateurs mènent des campagnes et des pétitions pour leur organisation.",
    displayName: "Votre nom",
    displayNameHint: "Visible par les autres membres de vos organisations.",
    email: "Adresse e-mail",
    password: "Mot de passe",
    submit: "Créer mon compte",
    haveAccount: "Vous avez déjà un compte ?",
    signIn: "Se connecter",
    rateLimited: "Trop de comptes ont été créés depuis votre réseau. Réessayez dans une heure."
  },
  signupSent: {
    title: "Consultez votre messagerie",
    body: "Nous avons envoyé un message à l’adresse indiquée. Ouvrez le lien qu’il contient pour confirmer votre adresse : il est valable 24 heures.",
    spam: "Rien reçu après quelques minutes ? Regardez dans vos indésirables.",
    continue: "Continuer vers votre tableau de bord"
  },
  verifyEmail: {
    title: "Votre adresse e-mail est confirmée",
    body: "Merci : l’adresse e-mail de votre compte organisateur est confirmée.",
    toAccount: "Aller à votre compte",
    requestNew: "Demander un nouveau lien depuis la page de votre compte"
  },
  link: {
    invalidTitle: "Ce lien n’est pas valide",
    invalid: "Le lien est peut-être incomplet, ou remplacé par un plus récent. Utilisez le dernier e-mail que nous vous avons envoyé.",
    expiredTitle: "Ce lien a expiré",
    expired: "Pour votre sécurité, les liens de nos e-mails ne sont valables que pendant une durée limitée.",
    usedTitle: "Ce lien a déjà servi",
    used: "Chaque lien de nos e-mails ne fonctionne qu’une seule fois."
  },
  forgot: {
    title: "Mot de passe oublié ?",
    lead: "Saisissez l’adresse e-mail de votre compte organisateur. Nous y enverrons un lien pour choisir un nouveau mot de passe.",
    email: "Adresse e-mail",
    submit: "Envoyer le lien",
    sentTitle: "Consultez votre messagerie",
    sent: "Si un compte organisateur utilise cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien est valable une heure.",
    spam: "Rien reçu après quelques minutes ? Regardez dans vos indésirables, ou refaites la demande.",
    rateLimited: "Trop de demandes depuis votre réseau. Réessayez dans une heure.",
    back: "Retour à la connexion"
  },
  reset: {
    title: "Choisir un nouveau mot de passe",
    lead: "Enregistrer un nouveau mot de passe vous déconnecte de toutes vos sessions, sur tous vos appareils.",
    password: "Nouveau mot de passe",
    submit: "Enregistrer le nouveau mot de passe",
    requestNew: "Demander un nouveau lien"
  },
  changeEmailConfirm: {
    title: "Confirmez votre nouvelle adresse e-mail",
    lead: "Votre compte organisateur utilisera désormais {{email}}.",
    submit: "Utiliser cette adresse",
    takenTitle: "Cette adresse ne peut pas être utilisée",
    taken: "Un autre compte utilise déjà cette adresse. Choisissez-en une autre depuis la page de votre compte.",
    toAccount: "Aller à votre compte"
  },
  twoFactorLogin: {
    title: "Connexion en deux étapes",
    lead: "Saisissez le code à 6 chiffres affiché par votre application d’authentification.",
    code: "Code",
    submit: "Continuer",
    cancel: "Se déconnecter"
  },
  settings: {
    title: "Votre compte",
    detailsHeading: "Vos informations",
    name: "Nom",
    email: "Adresse e-mail",
    emailStatus: "Adresse confirmée",
    verified: "Oui",
    unverified: "Pas encore : ouvrez le lien que nous vous avons envoyé.",
    resend: "Renvoyer le lien de confirmation",
    twoFactor: "Connexion en deux étapes",
    twoFactorOn: "Activée",
    twoFactorOff: "Désactivée",
    securityHeading: "Sécurité",
    manageTwoFactor: "Connexion en deux étapes",
    changePassword: "Changer de mot de passe",
    changeEmail: "Changer d’adresse e-mail",
    sessionsHeading: "Sessions",
    sessionsLead: "Appareil perdu, ou connexion sur un ordinateur partagé ? Déconnectez-vous partout, y compris ici.",
    signOutEverywhere: "Se déconnecter de toutes les sessions",
    resendRateLimited: "Nous avons déjà envoyé plusieurs liens. Patientez une heure avant de redemander.",
    done: {
      verificationSent: "Nous avons envoyé un nouveau lien de confirmation. Il est valable 24 heures.",
      alreadyVerified: "Votre adresse e-mail est déjà confirmée.",
      passwordChanged: "Votre mot de passe a été changé. Vos autres sessions ont été déconnectées.",
      emailChangeSent: "Nous avons envoyé un lien à votre nouvelle adresse. Votre adresse changera quand vous l’ouvrirez.",
      twoFactorEnabled: "La connexion en deux étapes est activée.",
      twoFactorDisabled: "La connexion en deux étapes est désactivée.",
      emailChanged: "Votre adresse e-mail a changé, et nous avons prévenu votre ancienne adresse."
    }
  },
  password: {
    title: "Changer de mot de passe",
    lead: "Vos autres sessions seront déconnectées ; celle-ci reste connectée.",
    current: "Mot de passe actuel",
    new: "Nouveau mot de passe",
    submit: "Changer mon mot de passe"
  },
  email: {
    title: "Changer d’adresse e-mail",
    lead: "Nous enverrons un lien à la nouvelle adresse. Votre adresse ne change que lorsque vous l’ouvrez, et nous préviendrons votre adresse actuelle.",
    current: "Adresse actuelle",
    newEmail: "Nouvelle adresse e-mail",
    password: "Votre mot de passe",
    submit: "Envoyer le lien",
    sameEmail: "C’est déjà votre adresse."
  },
  twoFactor: {
    title: "Connexion en deux étapes",
    lead: "Avec la connexion en deux étapes, il faut pour vous connecter votre mot de passe et un code affiché par une application d’authentification sur votre téléphone, comme Aegis, FreeOTP, Google Authenticator ou 1Password.",
    requiredAdmin: "Les administrateurs doivent activer la connexion en deux étapes avant de pouvoir modérer.",
    on: "La connexion en deux étapes est activée pour votre compte.",
    setupHeading: "Activer la connexion en deux étapes",
    step1: "Dans votre application d’authentification, ajoutez un compte et saisissez cette clé (basée sur l’heure, 6 chiffres, toutes les 30 secondes) :",
    secret: "Clé",
    openInApp: "Sur ce téléphone ? Ouvrez la clé dans votre application d’authentification.",
    step2: "Saisissez ensuite le code affiché par l’application, et votre mot de passe.",
    code: "Code de l’application",
    password: "Votre mot de passe",
    enable: "Activer la connexion en deux étapes",
    disableHeading: "Désactiver la connexion en deux étapes",
    disableLead: "Votre compte ne sera alors protégé que par votre mot de passe.",
    disable: "Désactiver la connexion en deux étapes",
    adminCannotDisable: "Les administrateurs ne peuvent pas désactiver la connexion en deux étapes.",
    verifyFirst: "Confirmez d’abord votre adresse e-mail avec le lien que nous vous avons envoyé : la connexion en deux étapes n’est possible qu’avec une adresse confirmée."
  }
};
const dashboard = {
  nav: {
    label: "Menu organisateur",
    home: "Tableau de bord",
    account: "Compte",
    admin: "Modération"
  },
  home: {
    title: "Tableau de bord",
    welcome: "Connecté·e en tant que {{name}}",
    organisations: "Vos organisations",
    none: "Vous n’êtes encore membre d’aucune organisation.",
    role: {
      owner: "Propriétaire",
      editor: "Éditeur·rice",
      viewer: "Lecteur·rice"
    }
  },
  common: {
    yes: "Oui",
    no: "Non",
    none: "—",
    utc: "{{time}} UTC"
  },
  states: {
    pending: "En attente",
    confirmed: "Confirmée",
    flagged: "À examiner",
    invalidated: "Invalidée"
  },
  petitionNav: {
    label: "Pétition",
    stats: "Vue d’ensemble",
    signatures: "Signatures",
    review: "À examiner",
    reviewCount: "À examiner ({{count}})",
    delivery: "Dossier de remise",
    publicPage: "Page publique",
    status: "Statut de la pétition : {{status}}"
  },
  stats: {
    title: "Vue d’ensemble",
    figuresHeading: "Chiffres clés",
    publicTotal: "Total public",
    publicTotalHint: "Signatures en ligne confirmées plus signatures papier, comme sur la page publique (mis à jour en quelques secondes).",
    online: "Confirmées en ligne",
    paper: "Signatures papier",
    paperNote: "À propos des signatures papier : {{note}}",
    received: "Signatures reçues au total",
    verified: "Vérifiées",
    confirmationRate: "Taux de confirmation",
    confirmationRateHint: "Signatures confirmées divisées par toutes les signatures qui ne sont pas à examiner.",
    countries: "Pays",
    statesHeading: "Signatures par état",
    state: "État",
    signatures: "Signatures",
    chartsHeading: "Signatures dans le temps",
    recentChart: "Dernières 48 heures",
    recentChartDescription: "Cumul des signatures confirmées, heure par heure, sur les dernières 48 heures.",
    allTimeChart: "Depuis la première signature",
    allTimeChartDescription: "Cumul des signatures confirmées, heure par heure, depuis la première.",
    chartEmpty: "Le graphique apparaîtra dès les premières signatures.",
    perDay: "Par jour (UTC, 30 derniers jours avec des signatures)",
    day: "Jour",
    perHour: "Par heure (UTC, 24 dernières heures avec des signatures)",
    hour: "Heure",
    noData: "Aucune signature confirmée pour l’instant.",
    countriesHeading: "Par pays",
    mapTitle: "Carte des signatures confirmées par pays",
    mapDescription: "Les pays sont colorés selon le nombre de signatures confirmées.",
    mapLegend: "Légende",
    country: "Pays",
    sourcesHeading: "Principales provenances",
    sourcesLead: "D’où viennent les signatures, hors signatures invalidées.",
    bySource: "Par source",
    byUtmSource: "Par utm_source",
    source: "Source",
    noSource: "(aucune)",
    total: "Signatures",
    confirmed: "Confirmées",
    noSources: "Aucune signature pour l’instant."
  },
  signatures: {
    title: "Signatures",
    searchHeading: "Rechercher et filtrer",
    query: "Recherche",
    queryHint: "Une partie d’un nom ou d’une adresse e-mail, ou un pays (code ou nom).",
    state: "État",
    anyState: "Tous les états",
    submit: "Rechercher",
    clear: "Effacer",
    tableCaption: "Signatures, des plus récentes aux plus anciennes",
    name: "Nom",
    email: "E-mail",
    country: "Pays",
    postcode: "Code postal",
    verified: "Vérifiée",
    source: "Source",
    created: "Signée le",
    confirmed: "Confirmée le",
    flagReason: "Motif de l’examen",
    anonymised: "(effacée par la personne signataire)",
    empty: "Aucune signature ne correspond.",
    pager: "Pages de signatures",
    newest: "Les plus récentes",
    newer: "Plus récentes",
    older: "Plus anciennes",
    exportHeading: "Export",
    exportLink: "Télécharger toutes les signatures en CSV",
    exportHint: "Le fichier contient des données personnelles : conservez-le en lieu sûr, ne le partagez avec personne hors de l’organisation et supprimez-le une fois le travail fini. Chaque téléchargement est inscrit au journal d’audit.",
    errors: {
      tooLong: "La recherche doit faire moins de 200 caractères.",
      state: "Choisissez un état dans la liste."
    }
  },
  signature: {
    title: "Signature de {{name}}",
    erasedTitle: "Signature effacée",
    back: "Retour aux signatures",
    backToQueue: "Retour aux signatures à examiner",
    detailsHeading: "Détails",
    locale: "Langue",
    showName: "Nom affiché publiquement",
    updatesOptIn: "Souhaite recevoir des nouvelles",
    channel: "Canal",
    utm: "Suivi de campagne",
    ipHash: "Adresse IP (hachée)",
    customFields: "Réponses",
    reviewed: "Dernier examen",
    reviewedBy: "{{time}} par {{name}}",
    decisionHeading: "Décision",
    acceptHint: "Accepter remet la signature là où elle aurait été : comptée si l’adresse e-mail a été confirmée, sinon en attente de confirmation.",
    invalidateHint: "Invalider retire la signature de tous les compteurs en quelques secondes. Elle reste dans la liste, marquée invalidée.",
    noDecision: "Aucune décision ne s’applique à une signature invalidée.",
    accept: "Accepter",
    invalidate: "Invalider",
    done: {
      accept: "Signature acceptée : elle est maintenant « {{state}} ».",
      invalidate: "Signature invalidée."
    },
    notAllowed: "Cette décision ne s’applique pas à une signature dans cet état ; la page montre son état actuel."
  },
  review: {
    title: "Signatures à examiner",
    lead: "Signatures retenues par les contrôles anti-spam (adresse jetable, trop de signatures depuis une même adresse). Elles ne comptent pas tant qu’elles ne sont pas acceptées.",
    empty: "Aucune signature n’attend d’examen.",
    tableCaption: "Signatures retenues, des plus récentes aux plus anciennes",
    reason: "Motif",
    decision: "Décision",
    acceptOne: "Accepter",
    invalidateOne: "Invalider",
    acceptLabel: "Accepter la signature de {{name}}",
    invalidateLabel: "Invalider la signature de {{name}}",
    reasons: {
      "disposable-domain": "Adresse e-mail jetable",
      "sign-ip-minute": "Beaucoup de signatures depuis une même adresse en une minute",
      "sign-ip-day": "Beaucoup de signatures depuis une même adresse en une journée"
    },
    groupsHeading: "D’où viennent les signatures retenues",
    byIp: "Par adresse IP (hachée)",
    byDomain: "Par domaine e-mail",
    group: "Groupe",
    count: "Retenues",
    reviewGroup: "Décider pour les {{count}}",
    noGroups: "Aucune adresse ni aucun domaine ne compte plus d’une signature retenue.",
    bulkHeading: "Décider en lot",
    bulkLead: "Choisissez une décision et les signatures concernées : une adresse IP, un domaine e-mail, une période, ou plusieurs à la fois. L’étape suivante indique combien de signatures changeraient ; rien ne change avant votre confirmation.",
    bulkDecision: "Décision",
    bulkAccept: "Accepter (signatures retenues uniquement)",
    bulkInvalidate: "Invalider",
    ip: "Empreinte de l’adresse IP",
    domain: "Domaine e-mail",
    domainHint: "Par exemple example.org. Le domaine doit correspondre exactement, sous-domaines exclus.",
    from: "Signées à partir du (UTC)",
    to: "Signées avant le (UTC)",
    states: "Appliquer aux signatures",
    statesHint: "Accepter ne concerne que les signatures retenues. Invalider peut aussi retirer des signatures confirmées, par exemple tout un domaine de spam.",
    preview: "Aperçu",
    reviewed: {
      accept: "Signature acceptée.",
      invalidate: "Signature invalidée."
    },
    done: {
      accept_one: "{{count}} signature acceptée.",
      accept_other: "{{count}} signatures acceptées.",
      invalidate_one: "{{count}} signature invalidée.",
      invalidate_other: "{{count}} signatures invalidées."
    },
    errors: {
      decision: "Choisissez accepter ou invalider.",
      criterion: "Choisissez au moins une adresse IP, un domaine e-mail ou une période.",
      ip: "Collez l’empreinte de l’adresse IP telle qu’elle apparaît dans la liste.",
      domain: "Saisissez un domaine, par exemple example.org.",
      datetime: "Saisissez une date et une heure.",
      range: "La fin de la période doit être postérieure à son début.",
      states: "Choisissez au moins un état.",
      previewed: "Recommencez depuis l’aperçu."
    }
  },
  bulk: {
    title: "Confirmer une décision en lot",
    willAccept_one: "Cette action va accepter {{count}} signature.",
    willAccept_other: "Cette action va accepter {{count}} signatures.",
    willInvalidate_one: "Cette action va invalider {{count}} signature.",
    willInvalidate_other: "Cette action va invalider {{count}} signatures.",
    nothing: "Aucune signature ne correspond à ces critères : rien ne changerait.",
    criteria: "Critères",
    countNote: "Les critères sont appliqués à nouveau au moment de la confirmation : les signatures arrivées entre-temps sont incluses, et le journal d’audit inscrit le nombre exact de signatures modifiées.",
    confirmAccept: "Les accepter",
    confirmInvalidate: "Les invalider",
    change: "Modifier les critères",
    acceptIncludesConfirmed_one: "{{count}} d’entre elles avait déjà confirmé son adresse e-mail et comptera de nouveau.",
    acceptIncludesConfirmed_other: "{{count}} d’entre elles avaient déjà confirmé leur adresse e-mail et compteront de nouveau."
  },
  delivery: {
    title: "Dossier de remise",
    printHint: "Pour l’imprimer ou en garder un PDF, utilisez la commande Imprimer du navigateur (Ctrl+P, ou ⌘P sur Mac) et choisissez « Enregistrer au format PDF ». Les menus et les liens ne sont pas imprimés.",
    to: "À : {{target}}",
    petitionHeading: "La pétition",
    totalsHeading: "Signatures",
    asOf: "Chiffres au {{date}}.",
    total: "Signatures au total",
    online: "Signées en ligne, adresse e-mail confirmée",
    paper: "Signées sur papier",
    verified: "Signataires vérifié·es",
    verifiedDomains: "Les signataires vérifié·es ont confirmé leur signature depuis une adresse en : {{domains}}.",
    countries: "Pays",
    byCountry: "Signatures par pays",
    country: "Pays",
    signatures: "Signatures",
    signatoriesHeading: "Signataires ayant accepté d’être nommé·es",
    signatoriesLead_one: "{{formatted}} signataire a accepté que son nom soit affiché.",
    signatoriesLead_other: "{{formatted}} signataires ont accepté que leur nom soit affiché.",
    omitted: "… et {{formatted}} autres personnes ayant accepté d’être nommées, trop nombreuses pour une seule page.",
    none: "Aucune personne signataire n’a choisi d’être nommée.",
    verifiedMark: "vérifiée",
    yes: "Oui",
    no: "Non"
  },
  audit: {
    title: "Journal d’audit",
    lead: "Toutes les modifications faites par les organisateur·rices et les admins dans {{organisation}}, des plus récentes aux plus anciennes.",
    tableCaption: "Entrées du journal d’audit",
    time: "Date",
    actor: "Qui",
    action: "Action",
    subject: "Objet",
    details: "Détails",
    noActor: "(compte supprimé ou action automatique)",
    empty: "Rien n’a encore été enregistré.",
    pager: "Pages du journal d’audit",
    newest: "Entrées les plus récentes",
    older: "Entrées plus anciennes"
  }
};
const organiser = {
  dashboard: "Tableau de bord",
  breadcrumbs: "Vous êtes ici",
  backToDashboard: "Retour au tableau de bord",
  save: "Enregistrer",
  roles: {
    owner: "Propriétaire",
    editor: "Éditeur·rice",
    viewer: "Observateur·rice",
    admin: "Administration de la plateforme"
  },
  notices: {
    created: "C’est créé.",
    saved: "Vos modifications sont enregistrées.",
    submitted: "Envoyée pour relecture. Un·e modérateur·rice l’approuvera ou vous dira quoi modifier.",
    approved: "Approuvée : la pétition est ouverte aux signatures et l’organisation a été prévenue.",
    rejected: "Refusée : l’organisation a été informée du motif.",
    hidden: "La pétition est masquée au public.",
    unhidden: "La pétition est de nouveau publique.",
    closed: "La pétition est close.",
    delivered: "La pétition est marquée comme remise.",
    won: "Félicitations : la pétition est marquée comme gagnée.",
    invited: "Invitation envoyée.",
    roleChanged: "Rôle modifié.",
    removed: "Membre retiré·e.",
    revoked: "Invitation retirée.",
    joined: "Bienvenue : vous êtes maintenant membre de cette organisation.",
    alreadyMember: "Vous êtes déjà membre de cette organisation.",
    published: "Publié.",
    unpublished: "Dépublié : la page n’est plus publique."
  },
  fields: {
    slug: "Adresse web (identifiant)",
    slugHint: "Lettres minuscules, chiffres et tirets, par ex. reduction-risques-senegal."
  },
  addLanguage: {
    heading: "Ajouter une langue",
    translationHeading: "Ajouter une traduction",
    code: "Code de langue",
    hint: "Un code BCP 47 comme en, fr, pt-BR ou uk.",
    submit: "Ajouter cette langue"
  },
  orgNew: {
    title: "Créer une organisation",
    link: "Créer une organisation",
    lead: "Une organisation mène des campagnes et des pétitions. Vous en serez propriétaire et pourrez inviter vos collègues.",
    name: "Nom de l’organisation",
    country: "Pays (facultatif)",
    noCountry: "Aucun pays",
    website: "Site web (facultatif)",
    websiteHint: "L’adresse complète, commençant par https://",
    submit: "Créer l’organisation",
    verifyFirst: "Pour créer une organisation, confirmez d’abord votre adresse e-mail.",
    verifyLink: "Aller à votre compte"
  },
  org: {
    campaigns: "Campagnes",
    newCampaign: "Lancer une nouvelle campagne",
    noCampaigns: "Aucune campagne pour l’instant.",
    noPetitions: "Aucune pétition dans cette campagne pour l’instant.",
    noPetitionsYet: "Aucune pétition pour l’instant.",
    petitionsOf: "Pétitions de {{campaign}}",
    petition: "Pétition",
    status: "Statut",
    signatures: "Signatures",
    newPetition: "Rédiger une nouvelle pétition",
    members: "Membres",
    manageMembers: "Gérer les membres et les invitations"
  },
  members: {
    title: "Membres de {{organisation}}",
    rolesExplained: "Les propriétaires gèrent les membres et tout le reste ; les éditeur·rices modifient les campagnes et les pétitions et écrivent aux sympathisants ; les observateur·rices voient les pétitions et leurs statistiques.",
    name: "Nom",
    role: "Rôle",
    roleOf: "Rôle de {{name}}",
    changeRole: "Changer le rôle",
    remove: "Retirer",
    inviteHeading: "Inviter quelqu’un",
    inviteLead: "Nous lui envoyons un lien valable une seule fois, pendant 7 jours. La personne se connecte (ou crée un compte) pour accepter.",
    email: "Adresse e-mail",
    invite: "Envoyer l’invitation",
    pendingHeading: "Invitations en attente de réponse",
    noPending: "Aucune.",
    expires: "expire le {{date}}",
    revoke: "Retirer"
  },
  invitation: {
    title: "Rejoindre {{organisation}}",
    lead: "Vous êtes invité·e à rejoindre {{organisation}} en tant que : {{role}}.",
    signedInAs: "Vous êtes connecté·e en tant que {{name}}. L’adhésion sera liée à ce compte.",
    accept: "Accepter l’invitation",
    validTitle: "Invitation",
    valid: "Cette invitation est valable.",
    expiredTitle: "Cette invitation a expiré",
    expired: "Les liens d’invitation sont valables 7 jours. Demandez à l’organisation de vous en envoyer un nouveau.",
    usedTitle: "Cette invitation a déjà été utilisée",
    used: "Chaque lien d’invitation ne sert qu’une fois. Si ce n’était pas vous, demandez une nouvelle invitation à l’organisation.",
    invalidTitle: "Ce lien d’invitation n’est pas valable",
    invalid: "Le lien est peut-être incomplet. Copiez le lien entier depuis l’e-mail, ou demandez une nouvelle invitation."
  },
  campaign: {
    newTitle: "Nouvelle campagne",
    lead: "Une campagne regroupe des pétitions et des nouvelles autour d’un même objectif. Donnez-lui un titre dans chaque langue de votre campagne.",
    editHeading: "Modifier la campagne",
    create: "Créer la campagne",
    statusLabel: "Statut de la campagne",
    status: {
      draft: "Brouillon",
      active: "Active",
      archived: "Archivée"
    },
    titleIn: "Titre ({{language}})",
    summaryIn: "Résumé ({{language}})",
    blankLanguage: "Laissez une langue vide pour ne pas l’utiliser."
  },
  petition: {
    newTitle: "Nouvelle pétition",
    newLead: "Commencez par le texte dans une langue. Vous pourrez ensuite ajouter des langues, des questions pour les signataires et les réglages ; la pétition reste un brouillon jusqu’à ce que vous l’envoyiez pour relecture.",
    create: "Créer le brouillon",
    slugHint: "Lettres minuscules, chiffres et tirets. Elle devient /petitions/votre-identifiant et ne peut plus changer après publication.",
    defaultLocale: "Langue principale",
    title: "Titre",
    target: "Destinataire",
    targetHint: "Qui peut décider du changement, par ex. la ministre de la Santé.",
    ask: "Ce que vous demandez",
    askHint: "Une ou deux phrases : la demande que les signataires soutiennent.",
    body: "Texte (Markdown)",
    bodyHint: "Markdown : **gras**, *italique*, [lien](https://…), listes avec -, titres avec ##. Les scripts et les images sont retirés.",
    languages: "Langues",
    submittedAt: "Envoyée le",
    deliveredAt: "Remise le",
    outcomeNote: "Note publique",
    outcomeNoteOptional: "Note publique (facultative)",
    outcomeNoteHint: "Visible par les sympathisants : ce qui s’est passé, la suite.",
    statsLink: "Statistiques et signatures",
    publicPage: "Ouvrir la page publique",
    pendingNotice: "En attente de relecture : la pétition ne peut pas être modifiée avant la décision de la modération.",
    rejectedNotice: "La modération n’a pas approuvé cette pétition. Son message :",
    hiddenNotice: "La modération a masqué cette pétition au public. Son message :",
    statusHeading: "Publication",
    submit: "Envoyer pour relecture",
    submitHint: "La modération relit chaque pétition avant sa publication. Vous recevrez la décision par e-mail.",
    close: "Clore la pétition",
    deliverHeading: "Marquer comme remise",
    deliveredOn: "Date de remise",
    deliver: "Marquer comme remise",
    wonHeading: "Marquer comme gagnée",
    markWon: "Marquer comme gagnée",
    tabs: {
      label: "Pages de la pétition",
      overview: "Aperçu",
      text: "Texte",
      fields: "Questions",
      settings: "Réglages",
      preview: "Prévisualisation",
      revisions: "Historique"
    },
    textTitle: "Texte de « {{title}} »",
    lockedNotice: "La pétition est en cours de relecture et ne peut pas être modifiée pour le moment.",
    revisionNotice_one: "Cette pétition compte {{count}} signature : toute modification du texte doit être justifiée et figure dans son historique.",
    revisionNotice_other: "Cette pétition compte {{count}} signatures : toute modification du texte doit être justifiée et figure dans son historique.",
    reasonRequired: "Motif de la modification",
    reasonOptional: "Motif de la modification (facultatif)",
    reasonHint: "Conservé dans l’historique de la pétition, avec le texte avant et après.",
    saveLanguage: "Enregistrer ({{language}})",
    removeLanguage: "Supprimer cette langue ({{language}})"
  },
  settings: {
    title: "Réglages de « {{title}} »",
    slugFixed: "Adresse web (définitive après publication) :",
    defaultLocaleHint: "Affichée aux visiteurs dont la langue n’a pas de traduction.",
    goalMode: "Objectif",
    goal_automatic: "Automatique (le palier suivant au-dessus du nombre de signatures)",
    goal_fixed: "Fixe",
    goalModeHint: "Avec un objectif automatique, le nombre ci-dessous est l’objectif minimal affiché.",
    goal: "Objectif (signatures)",
    paper: "Signatures recueillies sur papier",
    paperHint: "Ajoutées au décompte en ligne.",
    paperNote: "Note sur les signatures papier (où et quand elles ont été recueillies)",
    opensAt: "Ouverture le (facultatif)",
    closesAt: "Clôture le (facultatif)",
    utcHint: "Date et heure en UTC.",
    domains: "Domaines de messagerie vérifiés",
    domainsHint: "Les signataires qui confirment depuis ces domaines sont indiqués comme vérifiés, par ex. police.example. Séparez-les par des virgules ou des retours à la ligne.",
    collectPostcode: "Demander le code postal aux signataires",
    explainers: "Fiches explicatives associées"
  },
  signerFields: {
    title: "Questions aux signataires de « {{title}} »",
    heading: "Questions aux signataires",
    lead: "En plus du nom, de l’e-mail et du pays, vous pouvez demander aux signataires qui ils sont, par ex. leur profession ou leur service.",
    none: "Aucune question supplémentaire.",
    labelsOnly: "La pétition est publiée : seule la formulation des questions et des options peut changer.",
    question: "Question {{number}} ({{key}})",
    addHeading: "Ajouter une question",
    key: "Clé",
    keyHint: "Lettres minuscules, chiffres et _ ; commence par une lettre, par ex. service. Utilisée dans les exports.",
    kind: "Type de réponse",
    kinds: {
      text: "Texte court",
      choice: "Une option parmi plusieurs",
      yesno: "Oui ou non"
    },
    required: "Réponse obligatoire",
    requiredShort: "obligatoire",
    isPublic: "Afficher la réponse sur la liste publique des signataires",
    isPublicHint: "Uniquement pour les réponses en texte court, et pour les signataires qui choisissent d’afficher leur nom.",
    publicShort: "publique",
    labels: "Question",
    labelIn: "Question ({{language}})",
    options: "Options",
    optionsHint: "Pour « une option parmi plusieurs » uniquement : au moins deux. Remplissez une ligne vide pour ajouter une option ; videz une ligne pour la supprimer.",
    optionsLockedHint: "Les options sont fixées ; leur formulation peut changer.",
    optionValue: "Option {{number}} : valeur",
    optionLabelIn: "Option {{number}} ({{language}})",
    save: "Enregistrer la question",
    add: "Ajouter la question",
    moveUp: "Monter",
    moveDown: "Descendre",
    delete: "Supprimer"
  },
  preview: {
    label: "Prévisualisation",
    explain: "voici la pétition telle que le public la verra. Statut : {{status}}. La signature est désactivée ici.",
    back: "Retour à la pétition",
    formOk: "Le formulaire accepte ces réponses. Rien n’a été enregistré."
  },
  revisions: {
    title: "Historique de « {{title}} »",
    lead: "Chaque modification du texte après publication, avec le texte avant et après.",
    none: "Aucune modification depuis la publication.",
    heading: "{{date}} — {{language}}",
    meta_one: "Par {{editor}}, alors que la pétition comptait {{formatted}} signature.",
    meta_other: "Par {{editor}}, alors que la pétition comptait {{formatted}} signatures.",
    unknownEditor: "un ancien membre",
    reason: "Motif :",
    noReason: "aucun",
    before: "Avant",
    after: "Après",
    fields: {
      title: "Titre",
      target: "Destinataire",
      ask: "Ce que vous demandez",
      bodyMarkdown: "Texte"
    }
  },
  admin: {
    title: "Modération",
    explainersLink: "Modifier les fiches explicatives",
    queue: "En attente de relecture",
    queueEmpty: "Rien à relire.",
    published: "Pétitions publiques et masquées",
    publishedLead: "Ouvrez une pétition pour la masquer (ou la rendre de nouveau visible), avec un motif.",
    publishedEmpty: "Aucune.",
    organisation: "Organisation",
    campaign: "Campagne",
    reviewTitle: "Relecture : {{title}}",
    openPreview: "La voir comme le public",
    lastReason: "Dernier message de la modération :",
    decisionHeading: "Décision",
    reason: "Motif ou message",
    reasonHint: "Obligatoire pour refuser, masquer ou rendre visible ; envoyé aux propriétaires et éditeur·rices de l’organisation.",
    actions: {
      approve: "Approuver et publier",
      reject: "Refuser",
      hide: "Masquer au public",
      unhide: "Rendre visible"
    }
  },
  explainers: {
    title: "Fiches explicatives",
    lead: "Les fiches explicatives de la plateforme. Les modifications d’une fiche publiée sont visibles dès l’enregistrement.",
    explainer: "Fiche",
    status: {
      draft: "Non publiée",
      published: "Publiée"
    },
    editTitle: "Modifier : {{title}}",
    publicPage: "Ouvrir la page publique",
    publish: "Publier",
    unpublish: "Dépublier",
    titleField: "Titre",
    summary: "Résumé",
    preview: "Prévisualiser",
    previewHeading: "Prévisualisation (non enregistrée)"
  },
  errors: {
    required: "Veuillez remplir ce champ.",
    tooLong: "C’est trop long.",
    slug: "Utilisez uniquement des lettres minuscules, des chiffres et des tirets simples.",
    slugTaken: "Cette adresse est déjà prise. Choisissez-en une autre.",
    slugReserved: "Ce mot est réservé. Choisissez-en un autre.",
    locale: "Saisissez un code de langue valable (par ex. en, fr, pt-BR) qui n’est pas déjà présent.",
    email: "Veuillez saisir une adresse e-mail valable.",
    url: "Saisissez une adresse web complète commençant par https://",
    country: "Veuillez choisir un pays dans la liste.",
    choice: "Veuillez choisir l’une des options.",
    number: "Saisissez un nombre entier (0 ou plus).",
    date: "Saisissez une date valable.",
    futureDate: "La date ne peut pas être dans le futur.",
    closesBeforeOpens: "La date de clôture doit suivre la date d’ouverture.",
    goalRequired: "Un objectif fixe nécessite un nombre.",
    domain: "Saisissez des domaines comme police.example, séparés par des virgules ou des retours à la ligne.",
    tooMany: "Trop d’éléments.",
    fieldKey: "Utilisez des lettres minuscules, des chiffres et _, en commençant par une lettre (40 au plus).",
    fieldKeyTaken: "Une autre question utilise déjà cette clé.",
    optionsNeeded: "Une question à choix nécessite au moins deux options.",
    optionValue: "Utilisez des lettres minuscules, des chiffres, - et _ (40 au plus).",
    optionDuplicate: "Deux options ont la même valeur.",
    labelRequired: "Rédigez-le dans la langue principale de la pétition.",
    titleRequired: "Une langue avec un résumé doit aussi avoir un titre.",
    translationNeeded: "Donnez un titre dans au moins une langue.",
    reasonRequired: "Veuillez indiquer pourquoi vous faites cette modification.",
    notEditable: "Ce n’est pas modifiable dans le statut actuel de la pétition.",
    wrongStatus: "Ce n’est pas possible dans le statut actuel de la pétition (quelqu’un vient peut-être de le changer). Rechargez la page.",
    lastOwner: "Une organisation doit avoir au moins un·e propriétaire : nommez d’abord quelqu’un d’autre propriétaire.",
    emailNotVerified: "Confirmez votre adresse e-mail avant de créer une organisation.",
    notMember: "Cette personne n’est pas membre de l’organisation.",
    alreadyMember: "Cette personne est déjà membre.",
    notFound: "Cet élément n’existe plus. Rechargez la page.",
    defaultLocale: "La langue principale doit avoir un texte : ajoutez d’abord un texte dans cette langue."
  }
};
const supporterEmail = {
  nav: "E-mails aux sympathisants",
  kinds: {
    update: "Nouvelles",
    milestone: "Étape franchie",
    "carry-over": "Invitation à une nouvelle pétition",
    outcome: "Issue de la pétition"
  },
  statuses: {
    draft: "Brouillon",
    scheduled: "Programmé",
    sending: "En cours d’envoi",
    sent: "Envoyé",
    cancelled: "Annulé"
  },
  index: {
    title: "E-mails aux sympathisants",
    lead: "Écrivez aux sympathisants qui ont demandé des nouvelles. Seules les personnes qui ont coché « tenez-moi informé·e », confirmé leur signature et ne se sont pas désabonnées reçoivent ces e-mails.",
    write: "Écrire des nouvelles",
    target: "Envoyer aux sympathisants de",
    wholeCampaign: "Toute la campagne « {{title}} »",
    petition: "La pétition « {{title}} »",
    start: "Commencer à écrire",
    carryOver: "Inviter les sympathisants à une nouvelle pétition",
    carryOverLead: "Un seul e-mail aux sympathisants d’une campagne qui l’ont accepté et n’ont pas encore signé, avec un lien vers la pétition. Personne n’est inscrit automatiquement.",
    carryOverTarget: "Pétition à laquelle les inviter",
    carryOverStart: "Écrire l’invitation",
    messages: "Messages",
    none: "Aucun message pour l’instant.",
    subject: "Objet",
    kind: "Type",
    status: "État",
    recipients: "Destinataires",
    created: "Créé",
    untitled: "(pas encore d’objet)",
    noTargets: "Vous pouvez consulter les résultats ici. Les éditeurs et les propriétaires d’une organisation peuvent écrire à ses sympathisants.",
    errors: {
      target: "Veuillez choisir à qui écrire."
    }
  },
  compose: {
    title: "Écrire aux sympathisants",
    about: "Au sujet de : {{title}}",
    invitationTo: "Invitation à signer : {{title}}",
    subject: "Objet",
    body: "Message",
    bodyHint: "Markdown : **gras**, *italique*, [un lien](https://example.org), listes avec « - », titres avec « ## ».",
    bodyOptionalHint: "Facultatif : quelques mots de votre part avant l’invitation. Le Markdown fonctionne.",
    audience: "Destinataires",
    scope: "Qui",
    scopePetition: "Les sympathisants de cette pétition",
    scopeCampaign: "Les sympathisants de toute la campagne « {{title}} »",
    countries: "Pays (aucun coché : tous)",
    languages: "Langues (aucune cochée : toutes)",
    verifiedOnly: "Seulement les signataires vérifiés ({{count}})",
    option: "{{label}} ({{count}})",
    count_one: "Cet e-mail partira à {{count}} personne.",
    count_other: "Cet e-mail partira à {{count}} personnes.",
    countNote: "Ce nombre est exact pour les destinataires enregistrés ci-dessus. Enregistrez après avoir changé les destinataires pour voir le nouveau nombre.",
    preview: "Aperçu",
    previewFrame: "Aperçu de l’e-mail tel qu’un sympathisant le verra",
    previewText: "Version texte",
    save: "Enregistrer et prévisualiser",
    test: "M’envoyer un test",
    sendNow_one: "Envoyer maintenant à {{count}} personne",
    sendNow_other: "Envoyer maintenant à {{count}} personnes",
    schedule: "Programmer",
    sendAt: "Envoyer le (UTC)",
    scheduleButton: "Programmer l’envoi",
    saved: "Enregistré. L’aperçu et le nombre de destinataires sont à jour.",
    tested: "Un test a été envoyé à {{email}}.",
    errors: {
      subject: "Veuillez écrire un objet.",
      body: "Veuillez écrire un message.",
      tooLong: "C’est trop long.",
      sendAt: "Veuillez indiquer une date et une heure à venir (dans l’année).",
      countChanged_one: "Les destinataires ont changé : il y a maintenant {{count}} personne. Vérifiez et renvoyez.",
      countChanged_other: "Les destinataires ont changé : il y a maintenant {{count}} personnes. Vérifiez et renvoyez.",
      noRecipients: "Personne ne correspond à ces critères.",
      notDraft: "Ce message a déjà été programmé ou envoyé.",
      empty: "Veuillez d’abord écrire un objet et un message."
    }
  },
  message: {
    back: "Tous les messages",
    status: "État",
    kind: "Type",
    audience: "Destinataires",
    scheduledFor: "Programmé pour",
    sentAt: "Terminé",
    progress: "Avancement",
    progressLabel: "{{done}} sur {{total}} traités",
    refreshing: "Cette page se met à jour toute seule pendant l’envoi.",
    stats: "Résultats",
    sent: "Envoyés",
    delivered: "Distribués",
    bounced: "Rejetés",
    complained: "Signalés comme indésirables",
    unsubscribed: "Désabonnés depuis",
    failed: "Échecs",
    suppressed: "Non envoyés (désabonnés ou bloqués)",
    waiting: "En attente",
    cancel: "Annuler cet envoi",
    cancelled: "L’envoi a été annulé.",
    sentNow: "Le message est en route.",
    scheduled: "Le message est programmé.",
    edit: "Modifier le brouillon",
    cannotCancel: "Cet envoi a déjà commencé et ne peut plus être annulé.",
    audiencePetition: "Les sympathisants de la pétition « {{title}} »",
    audienceCampaign: "Les sympathisants de la campagne « {{title}} »",
    audienceInvite: "Les sympathisants de « {{campaign}} » qui n’ont pas signé « {{title}} »",
    filters: "Filtres : {{filters}}",
    verifiedOnly: "signataires vérifiés seulement"
  },
  unsubscribe: {
    title: "Se désabonner",
    lead: "Vous recevez des e-mails de {{organisation}} au sujet de « {{campaign}} » parce que vous avez demandé des nouvelles en signant.",
    campaign: "Me désabonner de « {{campaign}} »",
    everything: "Me désabonner de tout",
    everythingHint: "Plus aucune nouvelle d’aucune campagne de ce site. Vous recevrez toujours l’e-mail de confirmation si vous signez une pétition.",
    preferences: "Choisir campagne par campagne",
    doneCampaign: "Vous êtes désabonné·e de « {{campaign}} ». Vous ne recevrez plus ses nouvelles.",
    doneEverything: "Vous êtes désabonné·e de tout. Vous ne recevrez plus de nouvelles d’aucune campagne.",
    already: "Vous n’êtes pas abonné·e aux nouvelles de cette campagne.",
    invalidTitle: "Ce lien n’est pas valable",
    invalid: "Le lien de désabonnement est incomplet ou a été modifié. Utilisez le lien de l’e-mail tel quel, ou demandez un lien vers vos données pour changer vos préférences.",
    myData: "Voir, télécharger ou effacer vos données"
  },
  preferences: {
    title: "Préférences d’e-mail",
    lead: "Les campagnes dans lesquelles vous avez signé. Choisissez celles qui peuvent vous envoyer des nouvelles.",
    subscribed: "Vous recevez les nouvelles",
    unsubscribed: "Pas de nouvelles",
    subscribe: "Recevoir les nouvelles de « {{campaign}} »",
    unsubscribe: "Ne plus recevoir les nouvelles de « {{campaign}} »",
    saved: "Vos préférences sont enregistrées.",
    campaign: "Campagne",
    organisation: "Organisation",
    state: "Nouvelles",
    change: "Modifier"
  },
  myData: {
    title: "Vos données",
    lead: "Saisissez l’adresse e-mail avec laquelle vous avez signé. Si nous conservons quelque chose à son sujet, nous vous enverrons un lien pour le voir, en télécharger une copie ou l’effacer.",
    email: "Adresse e-mail",
    submit: "M’envoyer un lien",
    sent: "Si nous conservons des données sur cette adresse, un lien est en route. Il est valable 24 heures.",
    rateLimited: "Trop de demandes pour cette adresse. Veuillez réessayer dans une heure.",
    errors: {
      email: "Veuillez saisir une adresse e-mail valide."
    },
    manageTitle: "Vos données",
    manageLead: "Voici tout ce que nous conservons sur votre adresse.",
    signatures: "Vos signatures",
    petition: "Pétition",
    signedAt: "Signée le",
    status: "État",
    updates: "Nouvelles",
    none: "Nous ne conservons plus aucune donnée sur cette adresse.",
    download: "Télécharger une copie (JSON)",
    eraseHeading: "Effacer vos données",
    eraseLead: "Votre nom, votre adresse, votre code postal et vos réponses sont retirés de chaque signature. Vos signatures continuent de compter, mais plus rien ne les relie à vous. C’est irréversible.",
    eraseConfirm: "Je comprends que c’est irréversible",
    eraseButton: "Effacer mes données",
    erased: "Vos données ont été effacées. Vos signatures comptent toujours, de façon anonyme.",
    eraseRequired: "Veuillez cocher la case pour confirmer.",
    invalidTitle: "Ce lien n’est pas valable",
    invalid: "Le lien est incomplet ou a été modifié. Demandez-en un nouveau.",
    expiredTitle: "Ce lien a expiré",
    expired: "Les liens sont valables 24 heures. Demandez-en un nouveau.",
    again: "Demander un nouveau lien",
    yes: "Oui",
    no: "Non",
    states: {
      pending: "Non confirmée",
      confirmed: "Confirmée",
      flagged: "En attente de vérification",
      invalidated: "Non comptée"
    }
  }
};
const fr = {
  meta: {
    siteName: "Voix de la réduction des risques",
    tagline: "Des faits, des pétitions et des campagnes pour la réduction des risques"
  },
  nav: {
    skipToContent: "Aller au contenu principal",
    home: "Accueil",
    explainers: "Comprendre",
    petitions: "Pétitions",
    primary: "Menu principal",
    language: "Langue",
    organisers: "Espace organisateurs"
  },
  home: {
    title: "La réduction des risques sauve des vies. Signez.",
    lead: "Réduire les risques, c’est aller à la rencontre des personnes là où elles en sont : du matériel d’injection stérile, des médicaments comme la méthadone et la buprénorphine, la naloxone contre les overdoses, le soutien par les pairs et des lois justes. Découvrez comment cela fonctionne, puis soutenez celles et ceux qui le rendent possible.",
    learnHeading: "Comprendre la réduction des risques",
    learnAll: "Toutes les fiches",
    petitionsHeading: "Pétitions ouvertes",
    noPetitions: "Aucune pétition n’est ouverte pour le moment.",
    signatures_one: "{{formatted}} signature",
    signatures_other: "{{formatted}} signatures"
  },
  explainers: {
    indexTitle: "Comprendre la réduction des risques",
    indexLead: "Des explications courtes et sourcées sur les services et les politiques qui protègent la vie et la santé des personnes qui consomment des drogues.",
    sources: "Sources",
    lastUpdated: "Mis à jour le {{date}}",
    backToIndex: "Toutes les fiches",
    notTranslated: "Cette page n’est pas encore disponible dans votre langue ; elle est affichée en {{language}}.",
    related: "Pétitions liées"
  },
  petition: {
    to: "À : {{target}}",
    signatures_one: "{{formatted}} signature",
    signatures_other: "{{formatted}} signatures",
    countries_one: "dans {{count}} pays",
    countries_other: "dans {{count}} pays",
    goal: "Objectif : {{goal}}",
    status: {
      draft: "Brouillon",
      pending: "En attente de validation",
      open: "Ouverte aux signatures",
      closed: "Close",
      delivered: "Remise",
      won: "Gagnée",
      rejected: "Refusée",
      hidden: "Masquée"
    },
    learnMore: "En savoir plus",
    signingSoon: "La signature ouvrira bientôt.",
    deliveredOn: "Remise le {{date}}.",
    counterLabel: "Nombre de signatures",
    verified_one: "{{formatted}} signature vérifiée",
    verified_other: "{{formatted}} signatures vérifiées",
    verifiedExplained: "Les signatures vérifiées ont été confirmées depuis une adresse en : {{domains}}.",
    paper: "dont {{formatted}} recueillies sur papier",
    goalProgress: "{{count}} sur {{goal}} vers l’objectif",
    closedNotice: "Cette pétition est close et n’accepte plus de signatures. Merci à toutes celles et ceux qui l’ont signée.",
    deliveredNotice: "Cette pétition a été remise à son destinataire.",
    wonNotice: "Cette pétition a gagné !",
    byCountryHeading: "D’où viennent les signataires",
    countryColumn: "Pays",
    signaturesColumn: "Signatures",
    mapTitle: "Carte des signatures par pays",
    mapDescription: "Les pays sont colorés selon le nombre de signatures confirmées.",
    mapLegend: "Légende",
    chartTitle: "Signatures au fil du temps",
    chartDescription: "Signatures confirmées cumulées, heure par heure.",
    chartEmpty: "Le graphique apparaîtra avec les premières signatures.",
    wallHeading: "Qui a signé",
    wallLead: "Les signataires qui ont choisi d’afficher leur nom.",
    wallEmpty: "Aucun nom public pour l’instant.",
    wallVerified: "vérifiée",
    wallNewer: "Plus récents",
    wallOlder: "Plus anciens",
    embedHeading: "Ajoutez cette pétition à votre site",
    embedLead: "Copiez ce code dans votre page : il affiche le compteur et le formulaire.",
    embedCode: "Code d’intégration",
    openData: "Données ouvertes :"
  },
  sign: {
    heading: "Signer la pétition",
    name: "Nom complet",
    email: "Adresse e-mail",
    emailHint: "Nous vous envoyons un lien pour confirmer votre signature.",
    country: "Pays",
    chooseCountry: "Choisissez votre pays",
    postcode: "Code postal (facultatif)",
    yes: "Oui",
    no: "Non",
    optional: "(facultatif)",
    chooseOne: "Choisissez",
    updates: "Tenez-moi informé·e de cette campagne par e-mail. Je peux me désinscrire à tout moment.",
    showName: "Afficher mon nom, et les informations données ci-dessus, sur la liste publique des signataires.",
    privacy: "Votre adresse e-mail sert uniquement à confirmer votre signature et, si vous cochez la case, à vous envoyer des nouvelles. Elle n’est jamais affichée publiquement.",
    honeypot: "Laissez ce champ vide",
    submit: "Signer",
    errorSummary: "Veuillez corriger les champs signalés.",
    errors: {
      required: "Veuillez remplir ce champ.",
      tooLong: "Ce texte est trop long.",
      email: "Veuillez saisir une adresse e-mail valide.",
      country: "Veuillez choisir un pays dans la liste.",
      choice: "Veuillez choisir une des options."
    },
    closed: "Cette pétition n’accepte pas de signatures.",
    notOpenYet: "Cette pétition n’est pas encore ouverte aux signatures."
  },
  signed: {
    title: "Consultez vos e-mails",
    created: "Merci ! Nous vous avons envoyé un e-mail. Ouvrez le lien qu’il contient pour confirmer votre signature : elle ne compte qu’une fois confirmée.",
    resent: "Vous avez déjà signé cette pétition. Nous vous avons renvoyé le lien de confirmation : vérifiez votre boîte de réception et vos spams.",
    resendLimit: "Vous avez déjà signé et nous vous avons envoyé le lien de confirmation plusieurs fois. Cherchez-le dans votre boîte de réception et vos spams.",
    alreadyConfirmed: "Vous avez déjà signé et confirmé cette pétition. Merci !",
    back: "Retour à la pétition"
  },
  confirm: {
    title: "Merci d’avoir signé",
    confirmed: "Votre signature est confirmée.",
    alreadyConfirmed: "Votre signature était déjà confirmée.",
    number: "Vous êtes la signature n° {{number}}.",
    shareHeading: "Partagez la pétition",
    shareLead: "Chaque partage apporte de nouvelles signatures. Envoyez-la à vos collègues et à vos proches.",
    shareText: "J’ai signé : {{title}}",
    copyLink: "Lien de la pétition",
    expiredTitle: "Ce lien a expiré",
    expired: "Les liens de confirmation sont valables 7 jours. Signez à nouveau avec la même adresse e-mail pour recevoir un nouveau lien.",
    invalidTitle: "Ce lien n’est pas valide",
    invalid: "Le lien est peut-être incomplet ou a été remplacé par un plus récent. Utilisez le dernier e-mail reçu, ou signez à nouveau.",
    relatedHeading: "En savoir plus"
  },
  language: {
    en: "English",
    fr: "Français"
  },
  footer: {
    about: "Une plateforme libre pour le plaidoyer en faveur de la réduction des risques.",
    license: "Logiciel libre sous licence AGPL-3.0 ou ultérieure."
  },
  errors: {
    notFoundTitle: "Page introuvable",
    notFoundBody: "Nous n’avons pas trouvé cette page. Elle a peut-être été déplacée ou supprimée.",
    errorTitle: "Une erreur est survenue",
    errorBody: "Veuillez réessayer dans un instant. Si le problème persiste, prévenez les organisateurs.",
    forbiddenTitle: "Vous n’avez pas accès à cette page",
    forbiddenBody: "Votre rôle dans cette organisation ne le permet pas. Demandez à un·e propriétaire de l’organisation si vous en avez besoin.",
    unavailableTitle: "Service momentanément indisponible",
    unavailableBody: "Le service est surchargé ou redémarre. Réessayez dans quelques secondes.",
    goHome: "Retour à l’accueil"
  },
  outbox: {
    title: "Boîte d’envoi locale",
    lead: "Aucune clé d’API Resend n’est configurée : les e-mails sont conservés ici au lieu d’être envoyés.",
    empty: "Aucun message pour l’instant.",
    to: "Destinataire",
    subject: "Objet",
    sentAt: "Créé le",
    htmlVersion: "Version HTML",
    textVersion: "Version texte",
    back: "Retour à la boîte d’envoi"
  },
  account,
  organiser,
  dashboard,
  supporterEmail
};
const SUPPORTED_LOCALES = ["en", "fr"];
const DEFAULT_LOCALE = "en";
const LOCALE_COOKIE = "lng";
const LOCALE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;
function isLocale(value) {
  return typeof value === "string" && SUPPORTED_LOCALES.includes(value);
}
function textDirection(_locale) {
  return "ltr";
}
const i18nOptions = {
  supportedLngs: [...SUPPORTED_LOCALES],
  fallbackLng: DEFAULT_LOCALE,
  defaultNS: "common",
  ns: ["common"],
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false
};
const resources = { en: { common: en }, fr: { common: fr } };
const localeCookie = createCookie(LOCALE_COOKIE, {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: LOCALE_COOKIE_MAX_AGE_S
});
const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...SUPPORTED_LOCALES],
    fallbackLanguage: DEFAULT_LOCALE,
    cookie: localeCookie,
    searchParamKey: "lng",
    order: ["searchParams", "cookie", "header"]
  },
  i18next: { ...i18nOptions, resources }
});
async function detectLocale(request) {
  const locale = await i18nServer.getLocale(request);
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
async function rememberLocaleHeader(request, locale) {
  const requested = new URL(request.url).searchParams.get("lng");
  if (!isLocale(requested) || requested !== locale) return null;
  return localeCookie.serialize(locale);
}
async function getFixedT(locale) {
  return i18nServer.getFixedT(locale, "common");
}
function createI18nInstance(locale) {
  const instance = createInstance();
  void instance.init({ ...i18nOptions, lng: locale, resources });
  return instance;
}
const streamTimeout = 5e3;
const requestsHitByOutage = /* @__PURE__ */ new WeakSet();
async function handleRequest(request, responseStatusCode, responseHeaders, routerContext, loadContext) {
  if (requestsHitByOutage.has(request)) {
    responseStatusCode = 503;
    responseHeaders.set("Retry-After", String(RETRY_AFTER_S));
  }
  const locale = await detectLocale(request);
  const i18n = createI18nInstance(locale);
  const nonce = loadContext.cspNonce;
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || routerContext.isSpaMode;
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      /* @__PURE__ */ jsx(I18nextProvider, { i18n, children: /* @__PURE__ */ jsx(ServerRouter, { context: routerContext, url: request.url, nonce }) }),
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body2 = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          responseHeaders.append("Vary", "Accept-Language, Cookie");
          if (!responseHeaders.has("Cache-Control")) responseHeaders.set("Cache-Control", "private, no-cache");
          resolve(
            new Response(createReadableStreamFromReadable(body2), { headers: responseHeaders, status: responseStatusCode })
          );
          pipe(body2);
        },
        onShellError(error) {
          reject(error);
        },
        onError(error) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        }
      }
    );
    setTimeout(abort, streamTimeout + 1e3);
  });
}
function handleError(error, { request }) {
  if (request.signal.aborted) return;
  if (isDatabaseUnavailable(error)) {
    requestsHitByOutage.add(request);
    console.error(`Database unavailable while serving ${new URL(request.url).pathname}`);
    return;
  }
  console.error(error);
}
const entryServer = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: handleRequest,
  handleError,
  streamTimeout
}, Symbol.toStringTag, { value: "Module" }));
const stylesheet = "/assets/app-DUHYCmYR.css";
const links$7 = () => [{
  rel: "stylesheet",
  href: stylesheet
}, {
  rel: "icon",
  href: "/favicon.svg",
  type: "image/svg+xml"
}];
async function loader$$({
  request
}) {
  const locale = await detectLocale(request);
  const cookie = await rememberLocaleHeader(request, locale);
  return data({
    locale
  }, cookie ? {
    headers: {
      "Set-Cookie": cookie
    }
  } : void 0);
}
function useWantsHydration() {
  const matches = useMatches();
  return matches.some((match) => match.handle?.hydrate);
}
function LanguageSwitcher({
  locale
}) {
  const {
    t
  } = useTranslation();
  const location = useLocation();
  return /* @__PURE__ */ jsx("nav", {
    "aria-label": t("nav.language"),
    className: "language-switcher",
    children: /* @__PURE__ */ jsx("ul", {
      children: SUPPORTED_LOCALES.map((lng) => {
        const params = new URLSearchParams(location.search);
        params.set("lng", lng);
        return /* @__PURE__ */ jsx("li", {
          children: lng === locale ? /* @__PURE__ */ jsx("span", {
            "aria-current": "true",
            lang: lng,
            children: t(`language.${lng}`)
          }) : /* @__PURE__ */ jsx("a", {
            href: `${location.pathname}?${params}`,
            lang: lng,
            hrefLang: lng,
            children: t(`language.${lng}`)
          })
        }, lng);
      })
    })
  });
}
function Layout({
  children
}) {
  const rootData = useRouteLoaderData("root");
  const locale = rootData?.locale ?? DEFAULT_LOCALE;
  const {
    t
  } = useTranslation();
  const hydrate = useWantsHydration();
  const bare = useMatches().some((match) => match.handle?.bare);
  return /* @__PURE__ */ jsxs("html", {
    lang: locale,
    dir: textDirection(),
    children: [/* @__PURE__ */ jsxs("head", {
      children: [/* @__PURE__ */ jsx("meta", {
        charSet: "utf-8"
      }), /* @__PURE__ */ jsx("meta", {
        name: "viewport",
        content: "width=device-width, initial-scale=1"
      }), /* @__PURE__ */ jsx(Meta, {}), /* @__PURE__ */ jsx(Links, {})]
    }), /* @__PURE__ */ jsxs("body", {
      className: bare ? "bare" : void 0,
      children: [bare ? null : /* @__PURE__ */ jsxs(Fragment, {
        children: [/* @__PURE__ */ jsx("a", {
          className: "skip-link",
          href: "#main",
          children: t("nav.skipToContent")
        }), /* @__PURE__ */ jsx("header", {
          className: "site-header",
          children: /* @__PURE__ */ jsxs("div", {
            className: "wrap header-inner",
            children: [/* @__PURE__ */ jsx(Link, {
              to: "/",
              className: "brand",
              children: t("meta.siteName")
            }), /* @__PURE__ */ jsx("nav", {
              "aria-label": t("nav.primary"),
              children: /* @__PURE__ */ jsxs("ul", {
                className: "nav-list",
                children: [/* @__PURE__ */ jsx("li", {
                  children: /* @__PURE__ */ jsx(NavLink, {
                    to: "/explainers",
                    children: t("nav.explainers")
                  })
                }), /* @__PURE__ */ jsx("li", {
                  children: /* @__PURE__ */ jsx("a", {
                    href: "/#petitions",
                    children: t("nav.petitions")
                  })
                })]
              })
            }), /* @__PURE__ */ jsx(LanguageSwitcher, {
              locale
            })]
          })
        })]
      }), /* @__PURE__ */ jsx("main", {
        id: "main",
        tabIndex: -1,
        className: "wrap",
        children
      }), bare ? null : /* @__PURE__ */ jsx("footer", {
        className: "site-footer",
        children: /* @__PURE__ */ jsxs("div", {
          className: "wrap",
          children: [/* @__PURE__ */ jsx("p", {
            children: t("footer.about")
          }), /* @__PURE__ */ jsx("p", {
            children: t("footer.license")
          })]
        })
      }), hydrate ? /* @__PURE__ */ jsxs(Fragment, {
        children: [/* @__PURE__ */ jsx(ScrollRestoration, {}), /* @__PURE__ */ jsx(Scripts, {})]
      }) : null]
    })]
  });
}
const root = UNSAFE_withComponentProps(function App() {
  return /* @__PURE__ */ jsx(Outlet, {});
});
const ErrorBoundary = UNSAFE_withErrorBoundaryProps(function ErrorBoundary2({
  error
}) {
  const {
    t
  } = useTranslation();
  let title = t("errors.errorTitle");
  let body2 = t("errors.errorBody");
  if (isRouteErrorResponse(error) && error.status === 404) {
    title = t("errors.notFoundTitle");
    body2 = t("errors.notFoundBody");
  } else if (isRouteErrorResponse(error) && error.status === 403) {
    title = t("errors.forbiddenTitle");
    body2 = t("errors.forbiddenBody");
  } else if (isRouteErrorResponse(error) && error.status === 503 || isDatabaseUnavailable(error)) {
    title = t("errors.unavailableTitle");
    body2 = t("errors.unavailableBody");
  }
  return /* @__PURE__ */ jsxs("article", {
    className: "error-page",
    children: [/* @__PURE__ */ jsx("title", {
      children: title
    }), /* @__PURE__ */ jsx("h1", {
      children: title
    }), /* @__PURE__ */ jsx("p", {
      children: body2
    }), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: "/",
        children: t("errors.goHome")
      })
    }), null]
  });
});
const route0 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  ErrorBoundary,
  Layout,
  default: root,
  links: links$7,
  loader: loader$$
}, Symbol.toStringTag, { value: "Module" }));
function PageTitle({ title, description }) {
  const { t } = useTranslation();
  const site = t("meta.siteName");
  return /* @__PURE__ */ jsxs(Fragment, { children: [
    /* @__PURE__ */ jsx("title", { children: title ? `${title} · ${site}` : `${site} — ${t("meta.tagline")}` }),
    description ? /* @__PURE__ */ jsx("meta", { name: "description", content: description }) : null
  ] });
}
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
const localeCheck = (column) => sql.raw(`${column} ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'`);
const slugCheck = (column) => sql.raw(`${column} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`);
const organisations = pgTable(
  "organisations",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    country: text("country"),
    website: text("website"),
    createdAt: createdAt()
  },
  (t) => [uniqueIndex("organisations_slug_key").on(t.slug), check("organisations_slug_format", slugCheck("slug"))]
);
const users = pgTable(
  "users",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    isAdmin: boolean("is_admin").notNull().default(false),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    /** Base32 TOTP secret once two-factor sign-in is enabled. */
    totpSecret: text("totp_secret"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    /** The last TOTP time step accepted, so a code cannot be replayed. */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    createdAt: createdAt()
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)]
);
const memberships = pgTable(
  "memberships",
  {
    organisationId: uuid$1("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid$1("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    createdAt: createdAt()
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.userId] }),
    check("memberships_role_valid", sql`${t.role} in ('owner', 'editor', 'viewer')`),
    index$2("memberships_user_idx").on(t.userId)
  ]
);
const campaigns = pgTable(
  "campaigns",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    organisationId: uuid$1("organisation_id").notNull().references(() => organisations.id, { onDelete: "restrict" }),
    slug: text("slug").notNull(),
    status: text("status").notNull().default("draft"),
    createdAt: createdAt(),
    updatedAt: updatedAt()
  },
  (t) => [
    uniqueIndex("campaigns_slug_key").on(t.slug),
    check("campaigns_slug_format", slugCheck("slug")),
    check("campaigns_status_valid", sql`${t.status} in ('draft', 'active', 'archived')`),
    index$2("campaigns_organisation_idx").on(t.organisationId)
  ]
);
const campaignTranslations = pgTable(
  "campaign_translations",
  {
    campaignId: uuid$1("campaign_id").notNull().references(() => campaigns.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default("")
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.locale] }), check("campaign_translations_locale", localeCheck("locale"))]
);
const explainers$1 = pgTable(
  "explainers",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    position: integer("position").notNull().default(0),
    status: text("status").notNull().default("draft"),
    campaignId: uuid$1("campaign_id").references(() => campaigns.id, { onDelete: "set null" }),
    sources: jsonb("sources").$type().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt()
  },
  (t) => [
    uniqueIndex("explainers_slug_key").on(t.slug),
    check("explainers_slug_format", slugCheck("slug")),
    check("explainers_status_valid", sql`${t.status} in ('draft', 'published')`)
  ]
);
const explainerTranslations = pgTable(
  "explainer_translations",
  {
    explainerId: uuid$1("explainer_id").notNull().references(() => explainers$1.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
    updatedAt: updatedAt()
  },
  (t) => [
    primaryKey({ columns: [t.explainerId, t.locale] }),
    check("explainer_translations_locale", localeCheck("locale"))
  ]
);
const petitions = pgTable(
  "petitions",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    campaignId: uuid$1("campaign_id").notNull().references(() => campaigns.id, { onDelete: "restrict" }),
    slug: text("slug").notNull(),
    status: text("status").notNull().default("draft"),
    defaultLocale: text("default_locale").notNull().default("en"),
    goal: integer("goal"),
    goalFixed: boolean("goal_fixed").notNull().default(false),
    paperSignatures: integer("paper_signatures").notNull().default(0),
    paperSignaturesNote: text("paper_signatures_note"),
    opensAt: timestamp("opens_at", { withTimezone: true }),
    closesAt: timestamp("closes_at", { withTimezone: true }),
    /** Email domains whose confirmed signers are marked as verified (e.g. a police service's domain). */
    verifiedDomains: text("verified_domains").array().notNull().default(sql`'{}'::text[]`),
    collectPostcode: boolean("collect_postcode").notNull().default(false),
    createdBy: uuid$1("created_by").references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    reviewedBy: uuid$1("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    rejectionReason: text("rejection_reason"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    outcomeNote: text("outcome_note"),
    createdAt: createdAt(),
    updatedAt: updatedAt()
  },
  (t) => [
    uniqueIndex("petitions_slug_key").on(t.slug),
    check("petitions_slug_format", slugCheck("slug")),
    check(
      "petitions_status_valid",
      sql`${t.status} in ('draft', 'pending', 'open', 'closed', 'delivered', 'won', 'rejected', 'hidden')`
    ),
    check("petitions_goal_positive", sql`${t.goal} is null or ${t.goal} > 0`),
    check("petitions_paper_nonnegative", sql`${t.paperSignatures} >= 0`),
    index$2("petitions_campaign_idx").on(t.campaignId)
  ]
);
const petitionTranslations = pgTable(
  "petition_translations",
  {
    petitionId: uuid$1("petition_id").notNull().references(() => petitions.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    target: text("target").notNull(),
    ask: text("ask").notNull(),
    bodyMarkdown: text("body_markdown").notNull()
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.locale] }), check("petition_translations_locale", localeCheck("locale"))]
);
const petitionExplainers = pgTable(
  "petition_explainers",
  {
    petitionId: uuid$1("petition_id").notNull().references(() => petitions.id, { onDelete: "cascade" }),
    explainerId: uuid$1("explainer_id").notNull().references(() => explainers$1.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0)
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.explainerId] })]
);
const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    idempotencyKey: text("idempotency_key").notNull(),
    fromAddress: text("from_address").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    headers: jsonb("headers").$type().notNull().default({}),
    createdAt: createdAt()
  },
  (t) => [
    uniqueIndex("outbox_messages_idempotency_key").on(t.idempotencyKey),
    index$2("outbox_messages_created_idx").on(t.createdAt)
  ]
);
const petitionFields$1 = pgTable(
  "petition_fields",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    petitionId: uuid$1("petition_id").notNull().references(() => petitions.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    kind: text("kind").$type().notNull(),
    required: boolean("required").notNull().default(false),
    /** Shown beside the signer's name on the public wall (e.g. agency, role). */
    isPublic: boolean("is_public").notNull().default(false),
    position: integer("position").notNull().default(0),
    labels: jsonb("labels").$type().notNull(),
    options: jsonb("options").$type().notNull().default([])
  },
  (t) => [
    uniqueIndex("petition_fields_key").on(t.petitionId, t.key),
    check("petition_fields_key_format", sql.raw(`key ~ '^[a-z][a-z0-9_]{0,39}$'`)),
    check("petition_fields_kind_valid", sql`${t.kind} in ('text', 'choice', 'yesno')`)
  ]
);
pgSequence("signature_confirm_seq");
const signatures = pgTable(
  "signatures",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    petitionId: uuid$1("petition_id").notNull().references(() => petitions.id, { onDelete: "cascade" }),
    status: text("status").$type().notNull().default("pending"),
    fullName: text("full_name").notNull(),
    email: text("email").notNull(),
    /** Lower-cased, +tag removed, Gmail dots removed: one signature per person per petition. */
    canonicalEmail: text("canonical_email").notNull(),
    country: text("country").notNull(),
    postcode: text("postcode"),
    locale: text("locale").notNull(),
    customFields: jsonb("custom_fields").$type().notNull().default({}),
    showName: boolean("show_name").notNull().default(false),
    updatesOptIn: boolean("updates_opt_in").notNull().default(false),
    consentVersion: text("consent_version").notNull(),
    consentText: text("consent_text").notNull(),
    source: text("source"),
    utm: jsonb("utm").$type().notNull().default({}),
    channel: text("channel").notNull().default("web"),
    /** Keyed hash of the signer's IP: enough to spot bursts, useless to identify anyone. */
    ipHash: text("ip_hash"),
    flagReason: text("flag_reason"),
    /** Whether the signature came from, and was confirmed at, one of the petition's verified domains. */
    verified: boolean("verified").notNull().default(false),
    confirmTokenHash: text("confirm_token_hash"),
    confirmTokenExpiresAt: timestamp("confirm_token_expires_at", { withTimezone: true }),
    confirmationSends: integer("confirmation_sends").notNull().default(1),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    confirmSeq: bigint("confirm_seq", { mode: "number" }),
    /** Set by the counting job: whether this row is included in the count tables. */
    counted: boolean("counted").notNull().default(false),
    reviewedBy: uuid$1("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    /** Set when the signer erased their data: the row still counts, but holds nothing personal. */
    anonymisedAt: timestamp("anonymised_at", { withTimezone: true }),
    createdAt: createdAt()
  },
  (t) => [
    uniqueIndex("signatures_one_per_person").on(t.petitionId, t.canonicalEmail),
    check("signatures_status_valid", sql`${t.status} in ('pending', 'confirmed', 'flagged', 'invalidated')`),
    check("signatures_country_format", sql.raw(`country ~ '^[A-Z]{2}$'`)),
    check("signatures_confirmation_sends", sql`${t.confirmationSends} between 1 and 3`),
    check("signatures_confirmed_has_time", sql`${t.status} <> 'confirmed' or ${t.confirmedAt} is not null`),
    // The counting job's work list: rows whose inclusion in the counts is out of date.
    index$2("signatures_uncounted").on(t.confirmSeq).where(sql`(${t.status} = 'confirmed') <> ${t.counted}`),
    index$2("signatures_wall").on(t.petitionId, t.confirmedAt.desc()).where(sql`${t.status} = 'confirmed' and ${t.showName}`),
    index$2("signatures_petition_seq").on(t.petitionId, t.confirmSeq).where(sql`${t.status} = 'confirmed'`),
    index$2("signatures_petition_created").on(t.petitionId, t.createdAt.desc()),
    index$2("signatures_petition_status").on(t.petitionId, t.status),
    index$2("signatures_canonical_email").on(t.canonicalEmail)
  ]
);
const petitionCounts = pgTable("petition_counts", {
  petitionId: uuid$1("petition_id").primaryKey().references(() => petitions.id, { onDelete: "cascade" }),
  total: integer("total").notNull().default(0),
  verified: integer("verified").notNull().default(0),
  updatedAt: updatedAt()
});
pgTable(
  "petition_country_counts",
  {
    petitionId: uuid$1("petition_id").notNull().references(() => petitions.id, { onDelete: "cascade" }),
    country: text("country").notNull(),
    total: integer("total").notNull().default(0)
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.country] })]
);
const petitionHourlyCounts = pgTable(
  "petition_hourly_counts",
  {
    petitionId: uuid$1("petition_id").notNull().references(() => petitions.id, { onDelete: "cascade" }),
    hour: timestamp("hour", { withTimezone: true }).notNull(),
    total: integer("total").notNull().default(0)
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.hour] })]
);
pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    hits: integer("hits").notNull().default(0)
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index$2("rate_limits_window_idx").on(t.windowStart)]
);
const appSecrets = pgTable("app_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: createdAt()
});
const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid$1("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    secretHash: text("secret_hash").notNull(),
    /** False until the second factor is given, for users who have one. */
    twoFactorVerified: boolean("two_factor_verified").notNull().default(false),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull()
  },
  (t) => [index$2("sessions_user_idx").on(t.userId), index$2("sessions_expires_idx").on(t.expiresAt)]
);
const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    userId: uuid$1("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose").$type().notNull(),
    secretHash: text("secret_hash").notNull(),
    /** The address being switched to, for change-email tokens. */
    newEmail: text("new_email"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt()
  },
  (t) => [
    index$2("account_tokens_user_idx").on(t.userId, t.purpose),
    check("account_tokens_purpose_valid", sql`${t.purpose} in ('verify-email', 'reset-password', 'change-email')`)
  ]
);
const invitations = pgTable(
  "invitations",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    organisationId: uuid$1("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role").notNull(),
    invitedBy: uuid$1("invited_by").references(() => users.id, { onDelete: "set null" }),
    secretHash: text("secret_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid$1("accepted_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt()
  },
  (t) => [
    check("invitations_role_valid", sql`${t.role} in ('owner', 'editor', 'viewer')`),
    index$2("invitations_organisation_idx").on(t.organisationId)
  ]
);
const petitionRevisions$1 = pgTable(
  "petition_revisions",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    petitionId: uuid$1("petition_id").notNull().references(() => petitions.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    editorId: uuid$1("editor_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason"),
    signatureCount: integer("signature_count").notNull(),
    before: jsonb("before").$type().notNull(),
    after: jsonb("after").$type().notNull(),
    createdAt: createdAt()
  },
  (t) => [index$2("petition_revisions_petition_idx").on(t.petitionId, t.createdAt)]
);
const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: uuid$1("actor_id").references(() => users.id, { onDelete: "set null" }),
    organisationId: uuid$1("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    details: jsonb("details").$type().notNull().default({}),
    createdAt: createdAt()
  },
  (t) => [index$2("audit_log_organisation_idx").on(t.organisationId, t.createdAt), index$2("audit_log_subject_idx").on(t.subjectType, t.subjectId)]
);
const emailMessages$1 = pgTable(
  "email_messages",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    organisationId: uuid$1("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    campaignId: uuid$1("campaign_id").references(() => campaigns.id, { onDelete: "cascade" }),
    petitionId: uuid$1("petition_id").references(() => petitions.id, { onDelete: "cascade" }),
    kind: text("kind").$type().notNull(),
    subject: text("subject").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
    /** Who receives it: { petitionId?, campaignId?, countries?, locales?, verifiedOnly? }. */
    audience: jsonb("audience").$type().notNull().default({}),
    status: text("status").$type().notNull().default("draft"),
    scheduledAt: timestamp("scheduled_at", { withTimezone: true }),
    recipientCount: integer("recipient_count"),
    createdBy: uuid$1("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true })
  },
  (t) => [
    check("email_messages_kind_valid", sql`${t.kind} in ('update', 'milestone', 'carry-over', 'outcome')`),
    check("email_messages_status_valid", sql`${t.status} in ('draft', 'scheduled', 'sending', 'sent', 'cancelled')`),
    index$2("email_messages_organisation_idx").on(t.organisationId, t.createdAt)
  ]
);
pgTable(
  "email_deliveries",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    messageId: uuid$1("message_id").references(() => emailMessages$1.id, { onDelete: "cascade" }),
    /** For transactional mail (confirmations): what the delivery is about, e.g. `confirm-signature/<id>/1`. */
    transactionalKey: text("transactional_key"),
    recipient: text("recipient").notNull(),
    signatureId: uuid$1("signature_id").references(() => signatures.id, { onDelete: "set null" }),
    locale: text("locale").notNull().default("en"),
    status: text("status").$type().notNull().default("queued"),
    /** Deliveries sent in one Resend batch share this; it is also the batch's idempotency key. */
    batchKey: text("batch_key"),
    resendId: text("resend_id"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    updatedAt: updatedAt()
  },
  (t) => [
    uniqueIndex("email_deliveries_message_recipient").on(t.messageId, t.recipient),
    uniqueIndex("email_deliveries_transactional_key").on(t.transactionalKey),
    uniqueIndex("email_deliveries_resend_id").on(t.resendId),
    index$2("email_deliveries_queue").on(t.createdAt).where(sql`${t.status} = 'queued'`),
    index$2("email_deliveries_batch").on(t.batchKey),
    check(
      "email_deliveries_status_valid",
      sql`${t.status} in ('queued', 'sending', 'sent', 'delivered', 'bounced', 'complained', 'failed', 'suppressed')`
    )
  ]
);
const suppressions = pgTable("suppressions", {
  canonicalEmail: text("canonical_email").primaryKey(),
  reason: text("reason").notNull(),
  createdAt: createdAt()
});
pgTable("webhook_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow()
});
const marked = new Marked({ gfm: true, breaks: false, async: false });
const SANITIZE_OPTIONS = {
  allowedTags: [
    "p",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "a",
    "blockquote",
    "code",
    "pre",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "del"
  ],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["align"], td: ["align"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: {
    // The page title is the only h1; headings inside a body start one level down.
    h1: "h2",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => {
      const external = /^https?:/i.test(attribs.href ?? "");
      return {
        tagName,
        attribs: external ? { ...attribs, rel: "noopener noreferrer nofollow" } : attribs
      };
    }
  },
  // Scripts and styles are dropped together with their content, not turned into text.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object"]
};
function renderMarkdown(markdown) {
  const html = marked.parse(markdown);
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}
function pickTranslation$1(rows, locale) {
  return rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === DEFAULT_LOCALE) ?? rows[0];
}
async function listPublishedExplainers(db, locale) {
  const rows = await db.select({
    id: explainers$1.id,
    slug: explainers$1.slug,
    locale: explainerTranslations.locale,
    title: explainerTranslations.title,
    summary: explainerTranslations.summary
  }).from(explainers$1).innerJoin(explainerTranslations, eq(explainerTranslations.explainerId, explainers$1.id)).where(and(eq(explainers$1.status, "published"), inArray(explainerTranslations.locale, [locale, DEFAULT_LOCALE]))).orderBy(asc(explainers$1.position), asc(explainers$1.slug));
  const byId = /* @__PURE__ */ new Map();
  for (const row of rows) byId.set(row.id, [...byId.get(row.id) ?? [], row]);
  return [...byId.values()].map((group) => {
    const chosen = pickTranslation$1(group, locale);
    return { slug: chosen.slug, title: chosen.title, summary: chosen.summary, locale: chosen.locale };
  });
}
async function getPublishedExplainer(db, slug, locale) {
  const rows = await db.select({
    slug: explainers$1.slug,
    sources: explainers$1.sources,
    locale: explainerTranslations.locale,
    title: explainerTranslations.title,
    summary: explainerTranslations.summary,
    bodyMarkdown: explainerTranslations.bodyMarkdown,
    updatedAt: explainerTranslations.updatedAt
  }).from(explainers$1).innerJoin(explainerTranslations, eq(explainerTranslations.explainerId, explainers$1.id)).where(and(eq(explainers$1.slug, slug), eq(explainers$1.status, "published")));
  const chosen = pickTranslation$1(rows, locale);
  if (!chosen) return null;
  return {
    slug: chosen.slug,
    title: chosen.title,
    summary: chosen.summary,
    locale: chosen.locale,
    html: renderMarkdown(chosen.bodyMarkdown),
    sources: chosen.sources,
    updatedAt: chosen.updatedAt,
    isFallback: chosen.locale !== locale
  };
}
function formatNumber(value, locale) {
  return new Intl.NumberFormat(locale).format(value);
}
function formatDate(value, locale) {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(value));
}
const COUNT_INTERVAL_MS = 500;
async function getPetitionCounts(db, petitionId, paper) {
  const [row] = await db.execute(sql`
    select c.total, c.verified, c.updated_at,
      (select count(*)::int from petition_country_counts where petition_id = ${petitionId} and total > 0) as countries
    from (select 1) one left join petition_counts c on c.petition_id = ${petitionId}`);
  const online = Number(row?.total ?? 0);
  return {
    signatureCount: online + paper,
    online,
    paper,
    verified: Number(row?.verified ?? 0),
    countryCount: Number(row?.countries ?? 0),
    updatedAt: row?.updated_at ? new Date(row.updated_at) : null
  };
}
async function getCountryCounts(db, petitionId) {
  return db.execute(sql`
    select country, total from petition_country_counts where petition_id = ${petitionId} and total > 0
    order by total desc, country`).then((rows) => rows.map((r) => ({ country: r.country, total: Number(r.total) })));
}
async function getHourlyCounts(db, petitionId) {
  const rows = await db.select({ hour: petitionHourlyCounts.hour, total: petitionHourlyCounts.total }).from(petitionHourlyCounts).where(eq(petitionHourlyCounts.petitionId, petitionId)).orderBy(petitionHourlyCounts.hour);
  return rows.filter((r) => r.total !== 0).map((r) => ({ at: r.hour, count: r.total }));
}
const GOAL_LADDER = [100, 500, 1e3, 5e3, 1e4, 5e4, 1e5, 5e5, 1e6];
function currentGoal(total, goal, goalFixed) {
  if (goalFixed && goal) return goal;
  const floor = goal ?? 0;
  const rung = GOAL_LADDER.find((g) => g > total && g >= floor);
  if (rung) return rung;
  let next = GOAL_LADDER.at(-1);
  while (next <= total) next *= 2;
  return next;
}
const GMAIL_DOMAINS = /* @__PURE__ */ new Set(["gmail.com", "googlemail.com"]);
function canonicalEmail(email2) {
  const trimmed = email2.trim().toLowerCase();
  const at = trimmed.lastIndexOf("@");
  if (at < 1) return trimmed;
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1).replace(/\.$/, "");
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replace(/\./g, "");
    domain = "gmail.com";
  }
  return `${local}@${domain}`;
}
function emailDomain(email2) {
  return email2.trim().toLowerCase().split("@").pop().replace(/\.$/, "");
}
function domainMatches(domain, allowed) {
  return allowed.some((a) => {
    const base = a.trim().toLowerCase().replace(/^@/, "");
    return base.length > 0 && (domain === base || domain.endsWith(`.${base}`));
  });
}
const DISPOSABLE_DOMAINS = /* @__PURE__ */ new Set([
  "10minutemail.com",
  "20minutemail.com",
  "33mail.com",
  "anonbox.net",
  "burnermail.io",
  "discard.email",
  "dispostable.com",
  "emailondeck.com",
  "fakeinbox.com",
  "getairmail.com",
  "getnada.com",
  "guerrillamail.biz",
  "guerrillamail.com",
  "guerrillamail.de",
  "guerrillamail.net",
  "guerrillamail.org",
  "guerrillamailblock.com",
  "harakirimail.com",
  "inboxkitten.com",
  "incognitomail.org",
  "mailcatch.com",
  "maildrop.cc",
  "mailinator.com",
  "mailinator.net",
  "mailnesia.com",
  "mintemail.com",
  "moakt.com",
  "mohmal.com",
  "mytemp.email",
  "sharklasers.com",
  "spam4.me",
  "spamgourmet.com",
  "temp-mail.io",
  "temp-mail.org",
  "tempail.com",
  "tempmail.com",
  "tempmail.net",
  "tempmailo.com",
  "tempr.email",
  "throwawaymail.com",
  "trashmail.com",
  "trashmail.de",
  "yopmail.com",
  "yopmail.fr",
  "yopmail.net"
]);
function isDisposableDomain(domain) {
  return DISPOSABLE_DOMAINS.has(domain.toLowerCase());
}
const body = { backgroundColor: "#f6f7f4", fontFamily: "Arial, Helvetica, sans-serif", color: "#1b1f1d", margin: 0 };
const container = { backgroundColor: "#ffffff", margin: "24px auto", padding: "24px", maxWidth: "560px", borderRadius: "6px" };
const footerStyle = { fontSize: "12px", color: "#5b635f", lineHeight: "18px" };
const footerLink = { color: "#5b635f", textDecoration: "underline" };
function EmailLayout({ locale, preview, footer, unsubscribe: unsubscribe2, children }) {
  return /* @__PURE__ */ jsxs(Html, { lang: locale, children: [
    /* @__PURE__ */ jsx(Head, {}),
    /* @__PURE__ */ jsx(Preview, { children: preview }),
    /* @__PURE__ */ jsx(Body, { style: body, children: /* @__PURE__ */ jsxs(Container, { style: container, children: [
      /* @__PURE__ */ jsx(Section, { children }),
      /* @__PURE__ */ jsx(Hr, {}),
      /* @__PURE__ */ jsx(Text, { style: footerStyle, children: footer }),
      unsubscribe2 ? /* @__PURE__ */ jsxs(Text, { style: footerStyle, children: [
        /* @__PURE__ */ jsx(Link$1, { href: unsubscribe2.url, style: footerLink, children: unsubscribe2.label }),
        " · ",
        /* @__PURE__ */ jsx(Link$1, { href: unsubscribe2.preferencesUrl, style: footerLink, children: unsubscribe2.preferencesLabel })
      ] }) : null
    ] }) })
  ] });
}
const messages$1 = {
  en: {
    invitation: {
      subject: "You are invited to join {{organisation}}",
      preview: "Join {{organisation}} and help run its campaigns.",
      body: "{{inviter}} invites you to join {{organisation}} on {{site}}.",
      roles: {
        owner: "You are invited as an owner: you will manage members, campaigns and petitions.",
        editor: "You are invited as an editor: you will edit campaigns and petitions and write to supporters.",
        viewer: "You are invited as a viewer: you will see petitions and their statistics."
      },
      button: "Accept the invitation",
      fallback: "If the button does not work, copy this link into your browser:",
      expiry: "The link works once, for {{days}} days. You will be asked to sign in or create an account. If you did not expect this invitation, ignore this email."
    },
    petitionDecision: {
      subject: {
        approve: "Your petition is published: {{petition}}",
        reject: "Your petition needs changes: {{petition}}",
        hide: "Your petition has been hidden: {{petition}}",
        unhide: "Your petition is visible again: {{petition}}"
      },
      body: {
        approve: "Good news: “{{petition}}” has been approved and is now open for signatures.",
        reject: "“{{petition}}” was not approved. You can edit it and submit it again.",
        hide: "A moderator has hidden “{{petition}}”: it is no longer shown to the public.",
        unhide: "A moderator has made “{{petition}}” visible to the public again."
      },
      reasonHeading: "The moderator's note:",
      publicLink: "Public page:",
      button: "Open the petition in your dashboard"
    },
    footer: "You receive this email because of an action on {{site}}.",
    confirmSignature: {
      subject: "Please confirm your signature: {{petition}}",
      preview: "One click to make your signature count.",
      greeting: "Hello {{name}},",
      body: "Thank you for signing “{{petition}}”. Your signature counts only once you confirm that this address is yours.",
      button: "Confirm my signature",
      fallback: "If the button does not work, copy this link into your browser:",
      expiry: "The link works for {{days}} days. If you did not sign, ignore this email and nothing will happen."
    },
    account: {
      greeting: "Hello {{name}},",
      fallback: "If the button does not work, copy this link into your browser:",
      verifyEmail: {
        subject: "Confirm your email address for {{site}}",
        preview: "One click to confirm your organiser account.",
        body: "Thank you for creating an organiser account. Please confirm that this email address is yours.",
        button: "Confirm my email address",
        expiry: "The link works for {{hours}} hours and only once. If you did not create an account, ignore this email."
      },
      accountExists: {
        subject: "Someone tried to create an account with your address on {{site}}",
        preview: "You already have an account: no new one was created.",
        body: "Someone, perhaps you, tried to create an organiser account with this email address. You already have an account, so nothing was created and nothing changed.",
        signIn: "To use your account, sign in:",
        forgot: "If you have forgotten your password, you can choose a new one:",
        ignore: "If it was not you, you can ignore this email: your account is safe."
      },
      resetPassword: {
        subject: "Choose a new password for {{site}}",
        preview: "A link to choose a new password.",
        body: "We received a request to reset the password of your organiser account. Open this link to choose a new one.",
        button: "Choose a new password",
        expiry: "The link works for {{minutes}} minutes and only once. Choosing a new password signs you out everywhere.",
        ignore: "If you did not ask for this, ignore this email: your password does not change."
      },
      changeEmail: {
        subject: "Confirm your new email address for {{site}}",
        preview: "Confirm the new address for your organiser account.",
        body: "You asked to use {{email}} for your organiser account. Open this link to confirm that this address is yours; the change happens only then.",
        button: "Confirm my new address",
        expiry: "The link works for {{hours}} hours and only once. If you did not ask for this, ignore this email and nothing will change."
      },
      emailChanged: {
        subject: "The email address of your {{site}} account was changed",
        preview: "Your account now uses a new email address.",
        body: "The email address of your organiser account was changed to {{email}}. From now on, sign-in links and notices go to that address.",
        warning: "If you did not make this change, someone may have access to your account: contact the administrators of this platform at once."
      }
    }
  },
  fr: {
    invitation: {
      subject: "Vous êtes invité·e à rejoindre {{organisation}}",
      preview: "Rejoignez {{organisation}} et participez à ses campagnes.",
      body: "{{inviter}} vous invite à rejoindre {{organisation}} sur {{site}}.",
      roles: {
        owner: "Vous êtes invité·e en tant que propriétaire : vous gérerez les membres, les campagnes et les pétitions.",
        editor: "Vous êtes invité·e en tant qu’éditeur·rice : vous modifierez les campagnes et les pétitions et écrirez aux sympathisants.",
        viewer: "Vous êtes invité·e en tant qu’observateur·rice : vous verrez les pétitions et leurs statistiques."
      },
      button: "Accepter l’invitation",
      fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
      expiry: "Le lien ne sert qu’une fois et reste valable {{days}} jours. Il vous sera demandé de vous connecter ou de créer un compte. Si vous n’attendiez pas cette invitation, ignorez cet e-mail."
    },
    petitionDecision: {
      subject: {
        approve: "Votre pétition est publiée : {{petition}}",
        reject: "Votre pétition doit être modifiée : {{petition}}",
        hide: "Votre pétition a été masquée : {{petition}}",
        unhide: "Votre pétition est de nouveau visible : {{petition}}"
      },
      body: {
        approve: "Bonne nouvelle : « {{petition}} » a été approuvée et est maintenant ouverte aux signatures.",
        reject: "« {{petition}} » n’a pas été approuvée. Vous pouvez la modifier et la soumettre à nouveau.",
        hide: "Un·e modérateur·rice a masqué « {{petition}} » : elle n’est plus visible du public.",
        unhide: "Un·e modérateur·rice a rendu « {{petition}} » de nouveau visible du public."
      },
      reasonHeading: "Le mot de la modération :",
      publicLink: "Page publique :",
      button: "Ouvrir la pétition dans votre tableau de bord"
    },
    footer: "Vous recevez cet e-mail à la suite d’une action sur {{site}}.",
    confirmSignature: {
      subject: "Confirmez votre signature : {{petition}}",
      preview: "Un clic pour que votre signature compte.",
      greeting: "Bonjour {{name}},",
      body: "Merci d’avoir signé « {{petition}} ». Votre signature ne sera comptée qu’après avoir confirmé que cette adresse est bien la vôtre.",
      button: "Confirmer ma signature",
      fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
      expiry: "Le lien est valable {{days}} jours. Si vous n’avez pas signé, ignorez cet e-mail : rien ne se passera."
    },
    account: {
      greeting: "Bonjour {{name}},",
      fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
      verifyEmail: {
        subject: "Confirmez votre adresse e-mail sur {{site}}",
        preview: "Un clic pour confirmer votre compte organisateur.",
        body: "Merci d’avoir créé un compte organisateur. Merci de confirmer que cette adresse e-mail est bien la vôtre.",
        button: "Confirmer mon adresse e-mail",
        expiry: "Le lien est valable {{hours}} heures, une seule fois. Si vous n’avez pas créé de compte, ignorez cet e-mail."
      },
      accountExists: {
        subject: "Quelqu’un a essayé de créer un compte avec votre adresse sur {{site}}",
        preview: "Vous avez déjà un compte : aucun nouveau compte n’a été créé.",
        body: "Quelqu’un, peut-être vous, a essayé de créer un compte organisateur avec cette adresse e-mail. Vous avez déjà un compte : rien n’a été créé ni modifié.",
        signIn: "Pour utiliser votre compte, connectez-vous :",
        forgot: "Si vous avez oublié votre mot de passe, vous pouvez en choisir un nouveau :",
        ignore: "Si ce n’était pas vous, vous pouvez ignorer cet e-mail : votre compte ne risque rien."
      },
      resetPassword: {
        subject: "Choisissez un nouveau mot de passe sur {{site}}",
        preview: "Un lien pour choisir un nouveau mot de passe.",
        body: "Nous avons reçu une demande de réinitialisation du mot de passe de votre compte organisateur. Ouvrez ce lien pour en choisir un nouveau.",
        button: "Choisir un nouveau mot de passe",
        expiry: "Le lien est valable {{minutes}} minutes, une seule fois. Choisir un nouveau mot de passe vous déconnecte partout.",
        ignore: "Si vous n’avez rien demandé, ignorez cet e-mail : votre mot de passe ne change pas."
      },
      changeEmail: {
        subject: "Confirmez votre nouvelle adresse e-mail sur {{site}}",
        preview: "Confirmez la nouvelle adresse de votre compte organisateur.",
        body: "Vous avez demandé à utiliser {{email}} pour votre compte organisateur. Ouvrez ce lien pour confirmer que cette adresse est bien la vôtre : le changement n’a lieu qu’à ce moment-là.",
        button: "Confirmer ma nouvelle adresse",
        expiry: "Le lien est valable {{hours}} heures, une seule fois. Si vous n’avez rien demandé, ignorez cet e-mail : rien ne changera."
      },
      emailChanged: {
        subject: "L’adresse e-mail de votre compte {{site}} a été modifiée",
        preview: "Votre compte utilise désormais une nouvelle adresse e-mail.",
        body: "L’adresse e-mail de votre compte organisateur a été remplacée par {{email}}. Les liens de connexion et les avis seront désormais envoyés à cette adresse.",
        warning: "Si vous n’êtes pas à l’origine de ce changement, quelqu’un a peut-être accès à votre compte : prévenez immédiatement les administrateurs de la plateforme."
      }
    }
  }
};
const byLocale$1 = messages$1;
function emailMessages(locale) {
  return byLocale$1[locale] ?? messages$1.en;
}
function fill(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (match, key) => key in values ? String(values[key]) : match);
}
function invitationSubject(props) {
  return fill(emailMessages(props.locale).invitation.subject, { organisation: props.organisationName });
}
const button$5 = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };
function InvitationEmail(props) {
  const m = emailMessages(props.locale).invitation;
  return /* @__PURE__ */ jsxs(EmailLayout, { locale: props.locale, preview: fill(m.preview, { organisation: props.organisationName }), footer: fill(emailMessages(props.locale).footer, { site: props.siteName }), children: [
    /* @__PURE__ */ jsx(Text, { children: fill(m.body, { inviter: props.inviterName, organisation: props.organisationName, site: props.siteName }) }),
    /* @__PURE__ */ jsx(Text, { children: m.roles[props.role] }),
    /* @__PURE__ */ jsx(Button, { href: props.acceptUrl, style: button$5, children: m.button }),
    /* @__PURE__ */ jsx(Text, { children: m.fallback }),
    /* @__PURE__ */ jsx(Text, { children: /* @__PURE__ */ jsx(Link$1, { href: props.acceptUrl, children: props.acceptUrl }) }),
    /* @__PURE__ */ jsx(Text, { children: fill(m.expiry, { days: props.expiresInDays }) })
  ] });
}
InvitationEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  organisationName: "Demo Harm Reduction Network",
  inviterName: "Aminata Diallo",
  role: "editor",
  acceptUrl: "http://localhost:3000/invitations/00000000-0000-0000-0000-000000000000.secret",
  expiresInDays: 7
};
function petitionDecisionSubject(props) {
  return fill(emailMessages(props.locale).petitionDecision.subject[props.decision], { petition: props.petitionTitle });
}
const button$4 = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };
function PetitionDecisionEmail(props) {
  const m = emailMessages(props.locale).petitionDecision;
  const isPublic = props.decision === "approve" || props.decision === "unhide";
  return /* @__PURE__ */ jsxs(EmailLayout, { locale: props.locale, preview: fill(m.subject[props.decision], { petition: props.petitionTitle }), footer: fill(emailMessages(props.locale).footer, { site: props.siteName }), children: [
    /* @__PURE__ */ jsx(Text, { children: fill(m.body[props.decision], { petition: props.petitionTitle }) }),
    props.reason ? /* @__PURE__ */ jsxs(Fragment, { children: [
      /* @__PURE__ */ jsx(Text, { children: m.reasonHeading }),
      /* @__PURE__ */ jsx(Text, { children: props.reason })
    ] }) : null,
    isPublic ? /* @__PURE__ */ jsxs(Text, { children: [
      m.publicLink,
      " ",
      /* @__PURE__ */ jsx(Link$1, { href: props.publicUrl, children: props.publicUrl })
    ] }) : null,
    /* @__PURE__ */ jsx(Button, { href: props.manageUrl, style: button$4, children: m.button }),
    /* @__PURE__ */ jsx(Text, { children: /* @__PURE__ */ jsx(Link$1, { href: props.manageUrl, children: props.manageUrl }) })
  ] });
}
PetitionDecisionEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  petitionTitle: "Police officers for harm reduction",
  decision: "reject",
  reason: "Please name the minister you are addressing.",
  manageUrl: "http://localhost:3000/dashboard/orgs/demo-harm-reduction-network/petitions/00000000-0000-0000-0000-000000000000",
  publicUrl: "http://localhost:3000/petitions/police-for-harm-reduction"
};
function confirmSignatureSubject(props) {
  return fill(emailMessages(props.locale).confirmSignature.subject, { petition: props.petitionTitle });
}
const button$3 = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };
function ConfirmSignatureEmail(props) {
  const m = emailMessages(props.locale);
  return /* @__PURE__ */ jsxs(EmailLayout, { locale: props.locale, preview: m.confirmSignature.preview, footer: fill(m.footer, { site: props.siteName }), children: [
    /* @__PURE__ */ jsx(Text, { children: fill(m.confirmSignature.greeting, { name: props.signerName }) }),
    /* @__PURE__ */ jsx(Text, { children: fill(m.confirmSignature.body, { petition: props.petitionTitle }) }),
    /* @__PURE__ */ jsx(Button, { href: props.confirmUrl, style: button$3, children: m.confirmSignature.button }),
    /* @__PURE__ */ jsx(Text, { children: m.confirmSignature.fallback }),
    /* @__PURE__ */ jsx(Text, { children: /* @__PURE__ */ jsx(Link$1, { href: props.confirmUrl, children: props.confirmUrl }) }),
    /* @__PURE__ */ jsx(Text, { children: fill(m.confirmSignature.expiry, { days: props.expiresInDays }) })
  ] });
}
ConfirmSignatureEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  signerName: "Aminata Diallo",
  petitionTitle: "Police officers for harm reduction",
  confirmUrl: "http://localhost:3000/petitions/police-for-harm-reduction/confirm/abc.def",
  expiresInDays: 7
};
const button$2 = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };
function changeEmailSubject(props) {
  return fill(emailMessages(props.locale).account.changeEmail.subject, { site: props.siteName });
}
function ChangeEmailEmail(props) {
  const m = emailMessages(props.locale);
  const c = m.account.changeEmail;
  return /* @__PURE__ */ jsxs(EmailLayout, { locale: props.locale, preview: c.preview, footer: fill(m.footer, { site: props.siteName }), children: [
    /* @__PURE__ */ jsx(Text, { children: fill(m.account.greeting, { name: props.displayName }) }),
    /* @__PURE__ */ jsx(Text, { children: fill(c.body, { email: props.newEmail }) }),
    /* @__PURE__ */ jsx(Button, { href: props.confirmUrl, style: button$2, children: c.button }),
    /* @__PURE__ */ jsx(Text, { children: m.account.fallback }),
    /* @__PURE__ */ jsx(Text, { children: /* @__PURE__ */ jsx(Link$1, { href: props.confirmUrl, children: props.confirmUrl }) }),
    /* @__PURE__ */ jsx(Text, { children: fill(c.expiry, { hours: props.expiresInHours }) })
  ] });
}
ChangeEmailEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  displayName: "Aminata Diallo",
  newEmail: "aminata@new.example.org",
  confirmUrl: "http://localhost:3000/change-email/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.abcdefghijklmnopqrstuvwxyz0",
  expiresInHours: 24
};
function emailChangedSubject(props) {
  return fill(emailMessages(props.locale).account.emailChanged.subject, { site: props.siteName });
}
function EmailChangedEmail(props) {
  const m = emailMessages(props.locale);
  const c = m.account.emailChanged;
  return /* @__PURE__ */ jsxs(EmailLayout, { locale: props.locale, preview: c.preview, footer: fill(m.footer, { site: props.siteName }), children: [
    /* @__PURE__ */ jsx(Text, { children: fill(m.account.greeting, { name: props.displayName }) }),
    /* @__PURE__ */ jsx(Text, { children: fill(c.body, { email: props.newEmail }) }),
    /* @__PURE__ */ jsx(Text, { children: c.warning })
  ] });
}
EmailChangedEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  displayName: "Aminata Diallo",
  newEmail: "aminata@new.example.org"
};
const button$1 = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };
function resetPasswordSubject(props) {
  return fill(emailMessages(props.locale).account.resetPassword.subject, { site: props.siteName });
}
function ResetPasswordEmail(props) {
  const m = emailMessages(props.locale);
  const r = m.account.resetPassword;
  return /* @__PURE__ */ jsxs(EmailLayout, { locale: props.locale, preview: r.preview, footer: fill(m.footer, { site: props.siteName }), children: [
    /* @__PURE__ */ jsx(Text, { children: fill(m.account.greeting, { name: props.displayName }) }),
    /* @__PURE__ */ jsx(Text, { children: r.body }),
    /* @__PURE__ */ jsx(Button, { href: props.resetUrl, style: button$1, children: r.button }),
    /* @__PURE__ */ jsx(Text, { children: m.account.fallback }),
    /* @__PURE__ */ jsx(Text, { children: /* @__PURE__ */ jsx(Link$1, { href: props.resetUrl, children: props.resetUrl }) }),
    /* @__PURE__ */ jsx(Text, { children: fill(r.expiry, { minutes: props.expiresInMinutes }) }),
    /* @__PURE__ */ jsx(Text, { children: r.ignore })
  ] });
}
ResetPasswordEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  displayName: "Aminata Diallo",
  resetUrl: "http://localhost:3000/reset-password/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.abcdefghijklmnopqrstuvwxyz0",
  expiresInMinutes: 60
};
const button = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };
function verifyEmailSubject(props) {
  return fill(emailMessages(props.locale).account.verifyEmail.subject, { site: props.siteName });
}
function VerifyEmailEmail(props) {
  const m = emailMessages(props.locale);
  const v = m.account.verifyEmail;
  return /* @__PURE__ */ jsxs(EmailLayout, { locale: props.locale, preview: v.preview, footer: fill(m.footer, { site: props.siteName }), children: [
    /* @__PURE__ */ jsx(Text, { children: fill(m.account.greeting, { name: props.displayName }) }),
    /* @__PURE__ */ jsx(Text, { children: v.body }),
    /* @__PURE__ */ jsx(Button, { href: props.verifyUrl, style: button, children: v.button }),
    /* @__PURE__ */ jsx(Text, { children: m.account.fallback }),
    /* @__PURE__ */ jsx(Text, { children: /* @__PURE__ */ jsx(Link$1, { href: props.verifyUrl, children: props.verifyUrl }) }),
    /* @__PURE__ */ jsx(Text, { children: fill(v.expiry, { hours: props.expiresInHours }) })
  ] });
}
VerifyEmailEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  displayName: "Aminata Diallo",
  verifyUrl: "http://localhost:3000/verify-email/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.abcdefghijklmnopqrstuvwxyz0",
  expiresInHours: 24
};
function accountExistsSubject(props) {
  return fill(emailMessages(props.locale).account.accountExists.subject, { site: props.siteName });
}
function AccountExistsEmail(props) {
  const m = emailMessages(props.locale);
  const a = m.account.accountExists;
  return /* @__PURE__ */ jsxs(EmailLayout, { locale: props.locale, preview: a.preview, footer: fill(m.footer, { site: props.siteName }), children: [
    /* @__PURE__ */ jsx(Text, { children: fill(m.account.greeting, { name: props.displayName }) }),
    /* @__PURE__ */ jsx(Text, { children: a.body }),
    /* @__PURE__ */ jsxs(Text, { children: [
      a.signIn,
      " ",
      /* @__PURE__ */ jsx(Link$1, { href: props.loginUrl, children: props.loginUrl })
    ] }),
    /* @__PURE__ */ jsxs(Text, { children: [
      a.forgot,
      " ",
      /* @__PURE__ */ jsx(Link$1, { href: props.forgotPasswordUrl, children: props.forgotPasswordUrl })
    ] }),
    /* @__PURE__ */ jsx(Text, { children: a.ignore })
  ] });
}
AccountExistsEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  displayName: "Aminata Diallo",
  loginUrl: "http://localhost:3000/login",
  forgotPasswordUrl: "http://localhost:3000/forgot-password"
};
const messages = {
  en: {
    greeting: "Hello {{name}},",
    greetingAnonymous: "Hello,",
    fallback: "If the button does not work, copy this link into your browser:",
    bulk: {
      reason: "You receive this because you asked for updates about “{{campaign}}” when you signed.",
      unsubscribe: "Unsubscribe",
      preferences: "Email preferences"
    },
    thanksShare: {
      subject: "Thank you for signing: {{petition}}",
      preview: "Your signature is confirmed. Help it grow by sharing the petition.",
      body: "Your signature on “{{petition}}” is confirmed and counts. Thank you!",
      share: "Petitions win when people pass them on. Please share it with colleagues and friends:",
      button: "Open the petition",
      shareEmail: "Email"
    },
    milestone: {
      subject: "“{{petition}}” has passed {{count}} signatures",
      preview: "A milestone for the petition you signed.",
      body: "The petition you signed, “{{petition}}”, has just passed {{count}} signatures. Thank you for being part of it.",
      next: "Every new signature makes the case stronger. Please share it once more:",
      button: "See the petition",
      orgSubject: "Milestone: “{{petition}}” has {{count}} signatures",
      orgBody: "Your petition “{{petition}}” has just passed {{count}} signatures. Its consenting signers have been told.",
      orgButton: "Open the dashboard"
    },
    update: {
      intro: "An update from {{organisation}} about “{{campaign}}”.",
      button: "See the petition"
    },
    outcome: {
      closedSubject: "“{{petition}}” is now closed",
      closedBody: "The petition “{{petition}}” has closed with {{count}} signatures. Thank you for signing it. We will let you know what happens next.",
      deliveredSubject: "“{{petition}}” has been delivered",
      deliveredBody: "The petition “{{petition}}”, with {{count}} signatures, has been delivered to {{target}}.",
      wonSubject: "We won: “{{petition}}”",
      wonBody: "The petition “{{petition}}” has won. {{count}} people signed it, and you were one of them. Thank you!",
      note: "A word from the organisers:",
      button: "See the petition"
    },
    carryOver: {
      intro: "You signed a petition in the campaign “{{campaign}}”. There is a new one:",
      button: "Read the petition",
      optIn: "We have not added your name: it counts only if you choose to sign."
    },
    myDataLink: {
      subject: "Your data on {{site}}",
      preview: "A link to see, download or erase what we hold about you.",
      body: "Someone, hopefully you, asked for the data we hold about this address on {{site}}. Open the link to see it, download a copy or erase it.",
      button: "See my data",
      expiry: "The link works for {{hours}} hours. If you did not ask, ignore this email: nothing will change."
    }
  },
  fr: {
    greeting: "Bonjour {{name}},",
    greetingAnonymous: "Bonjour,",
    fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
    bulk: {
      reason: "Vous recevez ce message parce que vous avez demandé des nouvelles de « {{campaign}} » en signant.",
      unsubscribe: "Se désabonner",
      preferences: "Préférences d’e-mail"
    },
    thanksShare: {
      subject: "Merci d’avoir signé : {{petition}}",
      preview: "Votre signature est confirmée. Aidez la pétition à grandir en la partageant.",
      body: "Votre signature de « {{petition}} » est confirmée et comptée. Merci !",
      share: "Une pétition gagne quand on la fait circuler. Partagez-la avec vos collègues et vos proches :",
      button: "Ouvrir la pétition",
      shareEmail: "E-mail"
    },
    milestone: {
      subject: "« {{petition}} » a dépassé {{count}} signatures",
      preview: "Une étape franchie pour la pétition que vous avez signée.",
      body: "La pétition que vous avez signée, « {{petition}} », vient de dépasser {{count}} signatures. Merci d’en faire partie.",
      next: "Chaque nouvelle signature renforce notre demande. Partagez-la encore une fois :",
      button: "Voir la pétition",
      orgSubject: "Étape franchie : « {{petition}} » compte {{count}} signatures",
      orgBody: "Votre pétition « {{petition}} » vient de dépasser {{count}} signatures. Ses signataires qui l’ont accepté en ont été informés.",
      orgButton: "Ouvrir le tableau de bord"
    },
    update: {
      intro: "Des nouvelles de {{organisation}} au sujet de « {{campaign}} ».",
      button: "Voir la pétition"
    },
    outcome: {
      closedSubject: "« {{petition}} » est close",
      closedBody: "La pétition « {{petition}} » est close avec {{count}} signatures. Merci de l’avoir signée. Nous vous tiendrons au courant de la suite.",
      deliveredSubject: "« {{petition}} » a été remise",
      deliveredBody: "La pétition « {{petition}} », forte de {{count}} signatures, a été remise à {{target}}.",
      wonSubject: "Victoire : « {{petition}} »",
      wonBody: "La pétition « {{petition}} » a gagné. {{count}} personnes l’ont signée, dont vous. Merci !",
      note: "Un mot des organisateurs :",
      button: "Voir la pétition"
    },
    carryOver: {
      intro: "Vous avez signé une pétition de la campagne « {{campaign}} ». En voici une nouvelle :",
      button: "Lire la pétition",
      optIn: "Nous n’avons pas ajouté votre nom : il ne compte que si vous choisissez de signer."
    },
    myDataLink: {
      subject: "Vos données sur {{site}}",
      preview: "Un lien pour voir, télécharger ou effacer ce que nous conservons sur vous.",
      body: "Quelqu’un, vous sans doute, a demandé les données que nous conservons sur cette adresse sur {{site}}. Ouvrez le lien pour les voir, en télécharger une copie ou les effacer.",
      button: "Voir mes données",
      expiry: "Le lien est valable {{hours}} heures. Si vous n’avez rien demandé, ignorez cet e-mail : rien ne changera."
    }
  }
};
const byLocale = messages;
function supporterMessages(locale) {
  return byLocale[locale] ?? messages.en;
}
function bulkFooter(locale, links2) {
  if (!links2.unsubscribeUrl || !links2.preferencesUrl) return void 0;
  const m = supporterMessages(locale).bulk;
  return { url: links2.unsubscribeUrl, label: m.unsubscribe, preferencesUrl: links2.preferencesUrl, preferencesLabel: m.preferences };
}
function bulkReason(locale, campaign) {
  return fill(supporterMessages(locale).bulk.reason, { campaign });
}
const buttonStyle = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };
const quoteStyle = { borderLeft: "4px solid #d3d9d4", paddingLeft: "12px", color: "#4f5753" };
function carryOverSubject(props) {
  return props.subject;
}
function CarryOverEmail(props) {
  const s = supporterMessages(props.locale);
  return /* @__PURE__ */ jsxs(
    EmailLayout,
    {
      locale: props.locale,
      preview: props.petitionTitle,
      footer: bulkReason(props.locale, props.campaignTitle),
      unsubscribe: bulkFooter(props.locale, props),
      children: [
        /* @__PURE__ */ jsx(Text, { children: props.signerName ? fill(s.greeting, { name: props.signerName }) : s.greetingAnonymous }),
        props.bodyHtml ? /* @__PURE__ */ jsx("div", { dangerouslySetInnerHTML: { __html: props.bodyHtml } }) : null,
        /* @__PURE__ */ jsx(Text, { children: fill(s.carryOver.intro, { campaign: props.campaignTitle }) }),
        /* @__PURE__ */ jsx(Text, { children: /* @__PURE__ */ jsx("strong", { children: props.petitionTitle }) }),
        /* @__PURE__ */ jsx(Text, { style: quoteStyle, children: props.petitionAsk }),
        /* @__PURE__ */ jsx(Button, { href: props.petitionUrl, style: buttonStyle, children: s.carryOver.button }),
        /* @__PURE__ */ jsx(Text, { children: s.carryOver.optIn })
      ]
    }
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
  preferencesUrl: "http://localhost:3000/email-preferences/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.preview"
};
function ShareRow({ url, title, emailLabel }) {
  const u = encodeURIComponent(url);
  const both = encodeURIComponent(`${title} ${url}`);
  const links2 = [
    { name: "WhatsApp", href: `https://wa.me/?text=${both}` },
    { name: "Telegram", href: `https://t.me/share/url?url=${u}&text=${encodeURIComponent(title)}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "X", href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(title)}` },
    { name: emailLabel, href: `mailto:?subject=${encodeURIComponent(title)}&body=${both}` }
  ];
  return /* @__PURE__ */ jsx(Text, { children: links2.map((link, i) => /* @__PURE__ */ jsxs("span", { children: [
    i > 0 ? " · " : null,
    /* @__PURE__ */ jsx(Link$1, { href: link.href, children: link.name })
  ] }, link.name)) });
}
function milestoneSubject(props) {
  const m = supporterMessages(props.locale).milestone;
  return fill(props.audience === "signer" ? m.subject : m.orgSubject, { petition: props.petitionTitle, count: props.count });
}
function MilestoneEmail(props) {
  const s = supporterMessages(props.locale);
  const m = s.milestone;
  const values = { petition: props.petitionTitle, count: props.count };
  const footer = props.audience === "signer" ? bulkReason(props.locale, props.campaignTitle) : fill(emailMessages(props.locale).footer, { site: props.siteName });
  return /* @__PURE__ */ jsxs(EmailLayout, { locale: props.locale, preview: m.preview, footer, unsubscribe: bulkFooter(props.locale, props), children: [
    /* @__PURE__ */ jsx(Text, { children: props.signerName ? fill(s.greeting, { name: props.signerName }) : s.greetingAnonymous }),
    props.audience === "signer" ? /* @__PURE__ */ jsxs(Fragment, { children: [
      /* @__PURE__ */ jsx(Text, { children: fill(m.body, values) }),
      /* @__PURE__ */ jsx(Text, { children: m.next }),
      /* @__PURE__ */ jsx(ShareRow, { url: props.petitionUrl, title: props.petitionTitle, emailLabel: s.thanksShare.shareEmail }),
      /* @__PURE__ */ jsx(Button, { href: props.petitionUrl, style: buttonStyle, children: m.button })
    ] }) : /* @__PURE__ */ jsxs(Fragment, { children: [
      /* @__PURE__ */ jsx(Text, { children: fill(m.orgBody, values) }),
      /* @__PURE__ */ jsx(Button, { href: props.dashboardUrl, style: buttonStyle, children: m.orgButton })
    ] })
  ] });
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
  preferencesUrl: "http://localhost:3000/email-preferences/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.preview"
};
function myDataLinkSubject(props) {
  return fill(supporterMessages(props.locale).myDataLink.subject, { site: props.siteName });
}
function MyDataLinkEmail(props) {
  const s = supporterMessages(props.locale);
  const m = s.myDataLink;
  return /* @__PURE__ */ jsxs(EmailLayout, { locale: props.locale, preview: m.preview, footer: fill(emailMessages(props.locale).footer, { site: props.siteName }), children: [
    /* @__PURE__ */ jsx(Text, { children: s.greetingAnonymous }),
    /* @__PURE__ */ jsx(Text, { children: fill(m.body, { site: props.siteName }) }),
    /* @__PURE__ */ jsx(Button, { href: props.manageUrl, style: buttonStyle, children: m.button }),
    /* @__PURE__ */ jsx(Text, { children: s.fallback }),
    /* @__PURE__ */ jsx(Text, { children: /* @__PURE__ */ jsx(Link$1, { href: props.manageUrl, children: props.manageUrl }) }),
    /* @__PURE__ */ jsx(Text, { children: fill(m.expiry, { hours: props.expiresInHours }) })
  ] });
}
MyDataLinkEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  manageUrl: "http://localhost:3000/my-data/preview-token",
  expiresInHours: 24
};
function petitionOutcomeSubject(props) {
  const o = supporterMessages(props.locale).outcome;
  return fill(o[`${props.outcome}Subject`], { petition: props.petitionTitle });
}
function PetitionOutcomeEmail(props) {
  const s = supporterMessages(props.locale);
  const o = s.outcome;
  return /* @__PURE__ */ jsxs(
    EmailLayout,
    {
      locale: props.locale,
      preview: petitionOutcomeSubject(props),
      footer: bulkReason(props.locale, props.campaignTitle),
      unsubscribe: bulkFooter(props.locale, props),
      children: [
        /* @__PURE__ */ jsx(Text, { children: props.signerName ? fill(s.greeting, { name: props.signerName }) : s.greetingAnonymous }),
        /* @__PURE__ */ jsx(Text, { children: fill(o[`${props.outcome}Body`], { petition: props.petitionTitle, count: props.count, target: props.target }) }),
        props.note ? /* @__PURE__ */ jsxs(Fragment, { children: [
          /* @__PURE__ */ jsx(Text, { children: o.note }),
          /* @__PURE__ */ jsx(Text, { style: quoteStyle, children: props.note })
        ] }) : null,
        /* @__PURE__ */ jsx(Button, { href: props.petitionUrl, style: buttonStyle, children: o.button })
      ]
    }
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
  preferencesUrl: "http://localhost:3000/email-preferences/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.preview"
};
function supporterUpdateSubject(props) {
  return props.subject;
}
function SupporterUpdateEmail(props) {
  const s = supporterMessages(props.locale);
  return /* @__PURE__ */ jsxs(
    EmailLayout,
    {
      locale: props.locale,
      preview: fill(s.update.intro, { organisation: props.organisationName, campaign: props.campaignTitle }),
      footer: bulkReason(props.locale, props.campaignTitle),
      unsubscribe: bulkFooter(props.locale, props),
      children: [
        /* @__PURE__ */ jsx(Text, { children: props.signerName ? fill(s.greeting, { name: props.signerName }) : s.greetingAnonymous }),
        /* @__PURE__ */ jsx("div", { dangerouslySetInnerHTML: { __html: props.bodyHtml } }),
        props.petitionUrl ? /* @__PURE__ */ jsx(Button, { href: props.petitionUrl, style: buttonStyle, children: s.update.button }) : null
      ]
    }
  );
}
SupporterUpdateEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  subject: "We met the minister",
  organisationName: "Demo Harm Reduction Network",
  campaignTitle: "Law enforcement for harm reduction",
  signerName: "Aminata Diallo",
  bodyHtml: "<p>Thanks to <strong>2,400 officers</strong> from 31 countries, the minister received us on Tuesday.</p><h2>What happens next</h2><ul><li>A working group on needle and syringe programmes</li><li>A review of naloxone rules for patrol officers</li></ul><p>We will write again when the group reports.</p>",
  petitionUrl: "http://localhost:3000/petitions/police-for-harm-reduction",
  unsubscribeUrl: "http://localhost:3000/unsubscribe/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.preview",
  preferencesUrl: "http://localhost:3000/email-preferences/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.preview"
};
function thanksShareSubject(props) {
  return fill(supporterMessages(props.locale).thanksShare.subject, { petition: props.petitionTitle });
}
function ThanksShareEmail(props) {
  const s = supporterMessages(props.locale);
  return /* @__PURE__ */ jsxs(EmailLayout, { locale: props.locale, preview: s.thanksShare.preview, footer: fill(emailMessages(props.locale).footer, { site: props.siteName }), children: [
    /* @__PURE__ */ jsx(Text, { children: props.signerName ? fill(s.greeting, { name: props.signerName }) : s.greetingAnonymous }),
    /* @__PURE__ */ jsx(Text, { children: fill(s.thanksShare.body, { petition: props.petitionTitle }) }),
    /* @__PURE__ */ jsx(Text, { children: s.thanksShare.share }),
    /* @__PURE__ */ jsx(ShareRow, { url: props.petitionUrl, title: props.petitionTitle, emailLabel: s.thanksShare.shareEmail }),
    /* @__PURE__ */ jsx(Button, { href: props.petitionUrl, style: buttonStyle, children: s.thanksShare.button }),
    /* @__PURE__ */ jsx(Text, { children: s.fallback }),
    /* @__PURE__ */ jsx(Text, { children: /* @__PURE__ */ jsx(Link$1, { href: props.petitionUrl, children: props.petitionUrl }) })
  ] });
}
ThanksShareEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  signerName: "Aminata Diallo",
  petitionTitle: "Police officers for harm reduction",
  petitionUrl: "http://localhost:3000/petitions/police-for-harm-reduction"
};
function define(component, subject) {
  return { component, subject, previewProps: component.PreviewProps };
}
const templates = {
  "confirm-signature": define(ConfirmSignatureEmail, confirmSignatureSubject),
  invitation: define(InvitationEmail, invitationSubject),
  "petition-decision": define(PetitionDecisionEmail, petitionDecisionSubject),
  "verify-email": define(VerifyEmailEmail, verifyEmailSubject),
  "account-exists": define(AccountExistsEmail, accountExistsSubject),
  "reset-password": define(ResetPasswordEmail, resetPasswordSubject),
  "change-email": define(ChangeEmailEmail, changeEmailSubject),
  "email-changed": define(EmailChangedEmail, emailChangedSubject),
  "thanks-share": define(ThanksShareEmail, thanksShareSubject),
  milestone: define(MilestoneEmail, milestoneSubject),
  "supporter-update": define(SupporterUpdateEmail, supporterUpdateSubject),
  "petition-outcome": define(PetitionOutcomeEmail, petitionOutcomeSubject),
  "carry-over": define(CarryOverEmail, carryOverSubject),
  "my-data-link": define(MyDataLinkEmail, myDataLinkSubject)
};
async function renderEmail(name, props) {
  const template = templates[name];
  const element = createElement(template.component, props);
  const [html, text2] = await Promise.all([render$1(element), render$1(element, { plainText: true })]);
  return { subject: template.subject(props), html, text: text2 };
}
async function getOrCreateSecret(db, name) {
  await db.insert(appSecrets).values({ name, value: randomBytes(32).toString("base64url") }).onConflictDoNothing({ target: appSecrets.name });
  const [row] = await db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, name));
  return row.value;
}
function hashIp(key, ip) {
  return createHmac("sha256", key).update(ip).digest("base64url").slice(0, 22);
}
const UNSUBSCRIBE_KEY = "unsubscribe-link-key";
const MAC_LENGTH = 32;
const TOKEN_FORMAT$2 = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{32})$/;
const secretCache = /* @__PURE__ */ new WeakMap();
function cachedSecret(db, name) {
  let byName = secretCache.get(db);
  if (!byName) secretCache.set(db, byName = /* @__PURE__ */ new Map());
  let value = byName.get(name);
  if (!value) {
    value = getOrCreateSecret(db, name);
    value.catch(() => byName.delete(name));
    byName.set(name, value);
  }
  return value;
}
function mac(key, signatureId) {
  return createHmac("sha256", key).update(`unsubscribe/${signatureId}`).digest("base64url").slice(0, MAC_LENGTH);
}
async function verifyUnsubscribeToken(db, token) {
  const match = TOKEN_FORMAT$2.exec(token);
  if (!match) return null;
  const [, signatureId, given] = match;
  const expected = Buffer.from(mac(await cachedSecret(db, UNSUBSCRIBE_KEY), signatureId));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? signatureId : null;
}
function pickTitle(rows, locale) {
  return (rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === "en") ?? rows[0])?.title ?? "";
}
async function findUnsubscribeSubject(db, token, locale) {
  const signatureId = await verifyUnsubscribeToken(db, token);
  if (!signatureId) return null;
  const [row] = await db.select({
    canonicalEmail: signatures.canonicalEmail,
    anonymisedAt: signatures.anonymisedAt,
    campaignId: petitions.campaignId,
    organisationName: organisations.name
  }).from(signatures).innerJoin(petitions, eq(petitions.id, signatures.petitionId)).innerJoin(campaigns, eq(campaigns.id, petitions.campaignId)).innerJoin(organisations, eq(organisations.id, campaigns.organisationId)).where(eq(signatures.id, signatureId));
  if (!row || row.anonymisedAt) return null;
  const [titles, [subscribed], [suppressed]] = await Promise.all([
    db.select({ locale: campaignTranslations.locale, title: campaignTranslations.title }).from(campaignTranslations).where(eq(campaignTranslations.campaignId, row.campaignId)),
    db.execute(sql`
      select exists (select 1 from signatures s join petitions p on p.id = s.petition_id
        where s.canonical_email = ${row.canonicalEmail} and p.campaign_id = ${row.campaignId} and s.updates_opt_in) as any`),
    db.select({ reason: suppressions.reason }).from(suppressions).where(eq(suppressions.canonicalEmail, row.canonicalEmail))
  ]);
  return {
    signatureId,
    canonicalEmail: row.canonicalEmail,
    campaignId: row.campaignId,
    campaignTitle: pickTitle(titles, locale),
    organisationName: row.organisationName,
    subscribedToCampaign: Boolean(subscribed?.any),
    unsubscribedFromEverything: suppressed !== void 0
  };
}
async function withdrawConsent(tx, canonical, campaignId) {
  await tx.execute(sql`
    update signatures s set updates_opt_in = false
    where s.canonical_email = ${canonical} and s.updates_opt_in
      ${campaignId ? sql`and s.petition_id in (select id from petitions where campaign_id = ${campaignId})` : sql``}`);
}
async function unsubscribe$1(db, token, scope) {
  const signatureId = await verifyUnsubscribeToken(db, token);
  if (!signatureId) return false;
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ canonicalEmail: signatures.canonicalEmail, campaignId: petitions.campaignId }).from(signatures).innerJoin(petitions, eq(petitions.id, signatures.petitionId)).where(and(eq(signatures.id, signatureId), isNull(signatures.anonymisedAt)));
    if (!row) return;
    await withdrawConsent(tx, row.canonicalEmail, scope === "campaign" ? row.campaignId : null);
    if (scope === "everything") {
      await tx.insert(suppressions).values({ canonicalEmail: row.canonicalEmail, reason: "unsubscribed" }).onConflictDoNothing();
    }
  });
  return true;
}
async function listPreferences(db, token, locale) {
  const subject = await findUnsubscribeSubject(db, token, locale);
  if (!subject) return null;
  const rows = await db.execute(sql`
    select p.campaign_id, o.name as organisation_name, bool_or(s.updates_opt_in) as subscribed
    from signatures s join petitions p on p.id = s.petition_id join campaigns c on c.id = p.campaign_id
    join organisations o on o.id = c.organisation_id
    where s.canonical_email = ${subject.canonicalEmail} and s.anonymised_at is null
    group by p.campaign_id, o.name order by o.name`);
  const ids = rows.map((r) => r.campaign_id);
  const titles = ids.length ? await db.select().from(campaignTranslations).where(inArray(campaignTranslations.campaignId, ids)) : [];
  return {
    subject,
    campaigns: rows.map((r) => ({
      campaignId: r.campaign_id,
      organisationName: r.organisation_name,
      title: pickTitle(titles.filter((t) => t.campaignId === r.campaign_id), locale),
      subscribed: r.subscribed && !subject.unsubscribedFromEverything
    }))
  };
}
async function setCampaignPreference(db, token, campaignId, subscribed) {
  const signatureId = await verifyUnsubscribeToken(db, token);
  if (!signatureId) return false;
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ canonicalEmail: signatures.canonicalEmail }).from(signatures).where(and(eq(signatures.id, signatureId), isNull(signatures.anonymisedAt)));
    if (!row) return false;
    const [signed] = await tx.execute(sql`
      select count(*)::int as n from signatures s join petitions p on p.id = s.petition_id
      where s.canonical_email = ${row.canonicalEmail} and p.campaign_id = ${campaignId} and s.anonymised_at is null`);
    if (!signed || Number(signed.n) === 0) return false;
    if (subscribed) {
      await tx.execute(sql`
        update signatures set updates_opt_in = true
        where canonical_email = ${row.canonicalEmail} and anonymised_at is null
          and petition_id in (select id from petitions where campaign_id = ${campaignId})`);
      await tx.delete(suppressions).where(and(eq(suppressions.canonicalEmail, row.canonicalEmail), eq(suppressions.reason, "unsubscribed")));
    } else {
      await withdrawConsent(tx, row.canonicalEmail, campaignId);
    }
    return true;
  });
}
const CONFIRM_LINK_KEY = "confirm-link-key";
function deriveConfirmationSecret(key, signatureId, sendNumber) {
  return createHmac("sha256", key).update(`confirm-signature/${signatureId}/${sendNumber}`).digest("base64url");
}
async function confirmationLinkKey(tx) {
  const read = async () => (await tx.execute(sql`select value from ${appSecrets} where name = ${CONFIRM_LINK_KEY}`))[0]?.value;
  const existing = await read();
  if (existing) return existing;
  const fresh = randomBytes(32).toString("base64url");
  await tx.execute(sql`insert into ${appSecrets} (name, value) values (${CONFIRM_LINK_KEY}, ${fresh}) on conflict (name) do nothing`);
  return await read();
}
function pick$1(rows, locale, fallback = DEFAULT_LOCALE) {
  return rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === fallback) ?? rows[0];
}
const siteNames = /* @__PURE__ */ new Map();
function siteName(locale) {
  const key = isLocale(locale) ? locale : DEFAULT_LOCALE;
  let name = siteNames.get(key);
  if (!name) siteNames.set(key, name = getFixedT(key).then((t) => t("meta.siteName")));
  return name;
}
async function loadPetitions(db, ids) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return /* @__PURE__ */ new Map();
  const [rows, texts] = await Promise.all([
    db.select().from(petitions).where(inArray(petitions.id, unique)),
    db.select().from(petitionTranslations).where(inArray(petitionTranslations.petitionId, unique))
  ]);
  return new Map(
    rows.map((p) => [
      p.id,
      {
        id: p.id,
        slug: p.slug,
        defaultLocale: p.defaultLocale,
        campaignId: p.campaignId,
        outcomeNote: p.outcomeNote,
        translations: texts.filter((t) => t.petitionId === p.id)
      }
    ])
  );
}
function petitionText$1(petition2, locale) {
  return pick$1(petition2.translations, locale, petition2.defaultLocale) ?? { locale, title: petition2.slug, ask: "", target: "" };
}
async function loadCampaignTitles(db, ids) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return /* @__PURE__ */ new Map();
  const rows = await db.select().from(campaignTranslations).where(inArray(campaignTranslations.campaignId, unique));
  const map = /* @__PURE__ */ new Map();
  for (const row of rows) map.set(row.campaignId, [...map.get(row.campaignId) ?? [], row]);
  return map;
}
async function loadMessages(db, ids) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { messages: /* @__PURE__ */ new Map(), campaignTitles: /* @__PURE__ */ new Map() };
  const rows = await db.select({ message: emailMessages$1, organisationName: organisations.name }).from(emailMessages$1).innerJoin(organisations, eq(organisations.id, emailMessages$1.organisationId)).where(inArray(emailMessages$1.id, unique));
  const audienceOf = (m) => m.audience;
  const petitionIds = rows.flatMap((r) => [r.message.petitionId, audienceOf(r.message).targetPetitionId].filter((x) => Boolean(x)));
  const petitionInfo = await loadPetitions(db, petitionIds);
  const campaignIds = rows.map((r) => r.message.campaignId ?? petitionInfo.get(r.message.petitionId ?? "")?.campaignId).filter((x) => Boolean(x));
  const campaignTitles = await loadCampaignTitles(db, campaignIds);
  const messages2 = /* @__PURE__ */ new Map();
  for (const { message: message2, organisationName } of rows) {
    const petition2 = message2.petitionId ? petitionInfo.get(message2.petitionId) ?? null : null;
    const audience = audienceOf(message2);
    messages2.set(message2.id, {
      id: message2.id,
      kind: message2.kind,
      subject: message2.subject,
      bodyMarkdown: message2.bodyMarkdown,
      bodyHtml: message2.bodyMarkdown.trim() ? renderMarkdown(message2.bodyMarkdown) : "",
      audience,
      organisationName,
      campaignId: message2.campaignId ?? petition2?.campaignId ?? null,
      petition: petition2,
      target: audience.targetPetitionId ? petitionInfo.get(audience.targetPetitionId) ?? null : null
    });
  }
  return { messages: messages2, campaignTitles };
}
async function messageTemplate(context, campaignTitles, recipient, appUrl) {
  const locale = recipient.locale;
  const base = {
    locale,
    siteName: await siteName(locale),
    signerName: recipient.signerName,
    unsubscribeUrl: recipient.unsubscribeUrl,
    preferencesUrl: recipient.preferencesUrl,
    campaignTitle: pick$1(campaignTitles.get(context.campaignId ?? "") ?? [], locale)?.title ?? ""
  };
  const petitionUrl = (p) => `${appUrl}/petitions/${p.slug}`;
  switch (context.kind) {
    case "update":
      return {
        template: "supporter-update",
        props: {
          ...base,
          subject: context.subject,
          organisationName: context.organisationName,
          bodyHtml: context.bodyHtml,
          petitionUrl: context.petition ? petitionUrl(context.petition) : null
        }
      };
    case "carry-over": {
      const target = context.target;
      if (!target) throw new Error(`Carry-over message ${context.id} has no target petition`);
      const text2 = petitionText$1(target, locale);
      return {
        template: "carry-over",
        props: {
          ...base,
          subject: context.subject,
          bodyHtml: context.bodyHtml,
          petitionTitle: text2.title,
          petitionAsk: text2.ask,
          petitionUrl: petitionUrl(target)
        }
      };
    }
    case "milestone": {
      const petition2 = context.petition;
      return {
        template: "milestone",
        props: {
          ...base,
          audience: recipient.isOrganisation ? "organisation" : "signer",
          petitionTitle: petitionText$1(petition2, locale).title,
          petitionUrl: petitionUrl(petition2),
          dashboardUrl: `${appUrl}/dashboard`,
          count: formatNumber(context.audience.milestone ?? 0, locale)
        }
      };
    }
    case "outcome": {
      const petition2 = context.petition;
      const text2 = petitionText$1(petition2, locale);
      return {
        template: "petition-outcome",
        props: {
          ...base,
          outcome: context.audience.outcome ?? "closed",
          petitionTitle: text2.title,
          target: text2.target,
          petitionUrl: petitionUrl(petition2),
          count: formatNumber(context.audience.count ?? 0, locale),
          note: petition2.outcomeNote
        }
      };
    }
  }
}
async function render(choice) {
  return renderEmail(choice.template, choice.props);
}
async function renderMessageFor(db, messageId, recipient, appUrl) {
  const { messages: messages2, campaignTitles } = await loadMessages(db, [messageId]);
  const context = messages2.get(messageId);
  if (!context) return null;
  const choice = await messageTemplate(context, campaignTitles, recipient, appUrl);
  return { ...choice, email: await render(choice) };
}
sql`(message_id is not null or transactional_key like 'confirm-signature/%' or transactional_key like 'thanks-share/%')`;
async function queueTransactionalDelivery(tx, delivery) {
  const inserted = await tx.execute(sql`
    insert into email_deliveries (transactional_key, recipient, signature_id, locale)
    values (${delivery.key}, ${delivery.recipient}, ${delivery.signatureId}, ${delivery.locale})
    on conflict (transactional_key) do nothing returning id`);
  if (inserted.length === 0) return false;
  await wakeDrain(tx);
  return true;
}
async function wakeDrain(tx, options = {}) {
  await tx.execute(sql`select graphile_worker.add_job(
    identifier => 'send-deliveries'::text, payload => '{}'::json,
    run_at => ${options.runAt?.toISOString() ?? null}::timestamptz, max_attempts => 5::int)`);
}
const PER_ADDRESS_RULE = /(^|-)ip(-|$)/;
function effectiveLimit(rule) {
  if (!PER_ADDRESS_RULE.test(rule.name)) return rule.limit;
  const factor = Number(process.env.IP_RATE_LIMIT_FACTOR ?? 1);
  return Number.isFinite(factor) && factor >= 1 ? rule.limit * factor : rule.limit;
}
async function hitRateLimit(db, key, rule) {
  const [row] = await db.execute(sql`
    insert into rate_limits (key, window_start, hits)
    values (${`${rule.name}:${key}`}, to_timestamp(floor(extract(epoch from now()) * 1000 / ${rule.windowMs}) * ${rule.windowMs} / 1000.0), 1)
    on conflict (key, window_start) do update set hits = rate_limits.hits + 1
    returning hits`);
  const hits = Number(row.hits);
  return { hits, exceeded: hits > effectiveLimit(rule) };
}
const CONFIRM_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1e3;
const MAX_CONFIRMATION_SENDS = 3;
const CONSENT_VERSION = "2026-11-24";
const SIGNING_RATE_RULES = [
  { name: "sign-ip-minute", windowMs: 6e4, limit: 20 },
  { name: "sign-ip-day", windowMs: 24 * 60 * 60 * 1e3, limit: 300 }
];
function petitionAvailability(petition2, now = /* @__PURE__ */ new Date()) {
  if (petition2.status !== "open") return "closed";
  if (petition2.opensAt && petition2.opensAt > now) return "not-open-yet";
  if (petition2.closesAt && petition2.closesAt <= now) return "closed";
  return "open";
}
function hashToken(secret) {
  return createHash("sha256").update(secret).digest("hex");
}
function newConfirmToken(signatureId) {
  const secret = randomBytes(24).toString("base64url");
  return { token: `${signatureId}.${secret}`, hash: hashToken(secret), expiresAt: new Date(Date.now() + CONFIRM_TOKEN_TTL_MS) };
}
async function queueConfirmationEmail(tx, _petition, _meta, signature, _randomToken, sendNumber) {
  const secret = deriveConfirmationSecret(await confirmationLinkKey(tx), signature.id, sendNumber);
  await tx.execute(sql`update ${signatures} set confirm_token_hash = ${hashToken(secret)} where id = ${signature.id}`);
  await queueTransactionalDelivery(tx, {
    key: `confirm-signature/${signature.id}/${sendNumber}`,
    recipient: signature.email,
    signatureId: signature.id,
    locale: signature.locale
  });
}
async function flagReasons(db, input, ipHash) {
  const reasons = [];
  if (isDisposableDomain(emailDomain(input.email))) reasons.push("disposable-domain");
  if (ipHash) {
    for (const rule of SIGNING_RATE_RULES) {
      if ((await hitRateLimit(db, ipHash, rule)).exceeded) reasons.push(rule.name);
    }
  }
  return reasons;
}
async function signPetition(db, petition2, input, meta) {
  const availability = petitionAvailability(petition2);
  if (availability !== "open") return { outcome: availability };
  if (input.website) return { outcome: "created" };
  const reasons = await flagReasons(db, input, meta.ipHash);
  const canonical = canonicalEmail(input.email);
  const id = randomUUID();
  const { token, hash: hash2, expiresAt } = newConfirmToken(id);
  return db.transaction(async (tx) => {
    const inserted = await tx.insert(signatures).values({
      id,
      petitionId: petition2.id,
      status: reasons.length > 0 ? "flagged" : "pending",
      flagReason: reasons.length > 0 ? reasons.join(",") : null,
      fullName: input.name,
      email: input.email,
      canonicalEmail: canonical,
      country: input.country,
      postcode: input.postcode ?? null,
      locale: meta.locale,
      customFields: input.customFields,
      showName: input.showName,
      updatesOptIn: input.updates,
      consentVersion: CONSENT_VERSION,
      consentText: meta.consentText,
      source: input.source ?? null,
      utm: input.utm,
      channel: meta.channel,
      ipHash: meta.ipHash,
      confirmTokenHash: hash2,
      confirmTokenExpiresAt: expiresAt
    }).onConflictDoNothing({ target: [signatures.petitionId, signatures.canonicalEmail] }).returning({ id: signatures.id });
    if (inserted.length === 1) {
      await queueConfirmationEmail(tx, petition2, meta, { id, fullName: input.name, email: input.email, locale: meta.locale }, token, 1);
      return { outcome: "created", signatureId: id };
    }
    const [existing] = await tx.select().from(signatures).where(and(eq(signatures.petitionId, petition2.id), eq(signatures.canonicalEmail, canonical))).for("update");
    if (!existing || existing.status === "invalidated") return { outcome: "already-confirmed" };
    if (existing.confirmedAt) return { outcome: "already-confirmed" };
    if (existing.confirmationSends >= MAX_CONFIRMATION_SENDS) return { outcome: "resend-limit" };
    const renewed = newConfirmToken(existing.id);
    const sendNumber = existing.confirmationSends + 1;
    await tx.update(signatures).set({ confirmTokenHash: renewed.hash, confirmTokenExpiresAt: renewed.expiresAt, confirmationSends: sendNumber }).where(eq(signatures.id, existing.id));
    await queueConfirmationEmail(tx, petition2, meta, existing, renewed.token, sendNumber);
    return { outcome: "resent", signatureId: existing.id };
  });
}
const TOKEN_FORMAT$1 = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{16,64})$/;
async function confirmSignature(db, petitionId, token) {
  const match = TOKEN_FORMAT$1.exec(token);
  if (!match) return { outcome: "invalid" };
  const [, id, secret] = match;
  const [row] = await db.select({
    id: signatures.id,
    petitionId: signatures.petitionId,
    status: signatures.status,
    email: signatures.email,
    hash: signatures.confirmTokenHash,
    expiresAt: signatures.confirmTokenExpiresAt,
    confirmedAt: signatures.confirmedAt,
    confirmSeq: signatures.confirmSeq,
    verified: signatures.verified,
    verifiedDomains: petitions.verifiedDomains
  }).from(signatures).innerJoin(petitions, eq(petitions.id, signatures.petitionId)).where(and(eq(signatures.id, id), eq(signatures.petitionId, petitionId)));
  if (!row?.hash || row.status === "invalidated") return { outcome: "invalid" };
  const expected = Buffer.from(row.hash, "hex");
  const actual = Buffer.from(hashToken(secret), "hex");
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { outcome: "invalid" };
  const view = (r) => ({
    id: r.id,
    petitionId: r.petitionId,
    status: r.status,
    confirmSeq: r.confirmSeq,
    verified: r.verified
  });
  if (row.confirmedAt) return { outcome: "already-confirmed", signature: view(row) };
  if (!row.expiresAt || row.expiresAt <= /* @__PURE__ */ new Date()) return { outcome: "expired" };
  const verified = domainMatches(emailDomain(row.email), row.verifiedDomains);
  const [updated] = await db.update(signatures).set({
    confirmedAt: sql`now()`,
    confirmSeq: sql`nextval('signature_confirm_seq')`,
    // A flagged signature stays held for review even once its address is proven.
    status: sql`case when ${signatures.status} = 'flagged' then 'flagged' else 'confirmed' end`,
    verified
  }).where(and(eq(signatures.id, id), sql`${signatures.confirmedAt} is null`)).returning({
    id: signatures.id,
    petitionId: signatures.petitionId,
    status: signatures.status,
    confirmSeq: signatures.confirmSeq,
    verified: signatures.verified
  });
  if (!updated) {
    const again = await confirmSignature(db, petitionId, token);
    return { ...again, outcome: again.outcome === "confirmed" ? "already-confirmed" : again.outcome };
  }
  return { outcome: "confirmed", signature: view(updated) };
}
async function signerNumber(db, signature) {
  const [row] = await db.execute(sql`
    select coalesce((select total from ${petitionCounts} where petition_id = ${signature.petitionId}), 0)
      + (select paper_signatures from ${petitions} where id = ${signature.petitionId})
      + (select count(*) from ${signatures}
          where (status = 'confirmed') <> counted and status = 'confirmed' and petition_id = ${signature.petitionId}
            and confirm_seq <= ${signature.confirmSeq ?? 0})
      + ${signature.status === "flagged" ? 1 : 0} as n`);
  return Number(row.n);
}
const PUBLIC_STATUSES$1 = ["open", "closed", "delivered", "won"];
const WALL_PAGE_SIZE = 20;
function pick(rows, locale, fallback) {
  return rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === fallback) ?? rows[0];
}
async function listOpenPetitions(db, locale) {
  const rows = await db.select({
    id: petitions.id,
    slug: petitions.slug,
    defaultLocale: petitions.defaultLocale,
    paperSignatures: petitions.paperSignatures,
    locale: petitionTranslations.locale,
    title: petitionTranslations.title,
    ask: petitionTranslations.ask,
    online: sql`coalesce((select total from petition_counts where petition_id = ${petitions.id}), 0)`
  }).from(petitions).innerJoin(petitionTranslations, eq(petitionTranslations.petitionId, petitions.id)).where(eq(petitions.status, "open")).orderBy(desc(petitions.createdAt));
  const groups = /* @__PURE__ */ new Map();
  for (const row of rows) groups.set(row.id, [...groups.get(row.id) ?? [], row]);
  return [...groups.values()].map((group) => {
    const chosen = pick(group, locale, group[0].defaultLocale);
    return { slug: chosen.slug, title: chosen.title, ask: chosen.ask, signatureCount: Number(chosen.online) + chosen.paperSignatures };
  });
}
async function petitionViewFromRow(db, petition2, locale, availability = petitionAvailability(petition2)) {
  const [translations, fields] = await Promise.all([
    db.select().from(petitionTranslations).where(eq(petitionTranslations.petitionId, petition2.id)),
    db.select().from(petitionFields$1).where(eq(petitionFields$1.petitionId, petition2.id)).orderBy(asc(petitionFields$1.position))
  ]);
  const text2 = pick(translations, locale, petition2.defaultLocale);
  if (!text2) return null;
  return {
    id: petition2.id,
    slug: petition2.slug,
    status: petition2.status,
    availability,
    opensAt: petition2.opensAt,
    closesAt: petition2.closesAt,
    locale: text2.locale,
    title: text2.title,
    target: text2.target,
    ask: text2.ask,
    bodyMarkdown: text2.bodyMarkdown,
    goal: petition2.goal,
    goalFixed: petition2.goalFixed,
    paperSignatures: petition2.paperSignatures,
    paperSignaturesNote: petition2.paperSignaturesNote,
    verifiedDomains: petition2.verifiedDomains,
    collectPostcode: petition2.collectPostcode,
    deliveredAt: petition2.deliveredAt,
    outcomeNote: petition2.outcomeNote,
    fields: fields.map((f) => ({ key: f.key, kind: f.kind, required: f.required, isPublic: f.isPublic, labels: f.labels, options: f.options }))
  };
}
async function findPublicPetition(db, slug, locale) {
  const petition2 = await db.query.petitions.findFirst({
    where: and(eq(petitions.slug, slug), inArray(petitions.status, [...PUBLIC_STATUSES$1]))
  });
  return petition2 ? petitionViewFromRow(db, petition2, locale) : null;
}
async function relatedExplainers(db, petitionId, locale) {
  const rows = await db.select({ id: explainers$1.id, slug: explainers$1.slug, locale: explainerTranslations.locale, title: explainerTranslations.title }).from(petitionExplainers).innerJoin(explainers$1, eq(explainers$1.id, petitionExplainers.explainerId)).innerJoin(explainerTranslations, eq(explainerTranslations.explainerId, explainers$1.id)).where(
    and(
      eq(petitionExplainers.petitionId, petitionId),
      eq(explainers$1.status, "published"),
      inArray(explainerTranslations.locale, [locale, DEFAULT_LOCALE])
    )
  ).orderBy(asc(petitionExplainers.position));
  const byId = /* @__PURE__ */ new Map();
  for (const row of rows) byId.set(row.id, [...byId.get(row.id) ?? [], row]);
  return [...byId.values()].map((g) => {
    const chosen = pick(g, locale, DEFAULT_LOCALE);
    return { slug: chosen.slug, title: chosen.title };
  });
}
async function getPetitionStats(db, petition2) {
  const [counts, countries, hourly] = await Promise.all([
    getPetitionCounts(db, petition2.id, petition2.paperSignatures),
    getCountryCounts(db, petition2.id),
    getHourlyCounts(db, petition2.id)
  ]);
  return { ...counts, goal: currentGoal(counts.signatureCount, petition2.goal, petition2.goalFixed), countries, hourly };
}
async function listWall(db, petition2, page) {
  const publicKeys = petition2.fields.filter((f) => f.isPublic && f.kind === "text").map((f) => f.key);
  const rows = await db.select({ name: signatures.fullName, country: signatures.country, custom: signatures.customFields, verified: signatures.verified }).from(signatures).where(and(eq(signatures.petitionId, petition2.id), eq(signatures.status, "confirmed"), eq(signatures.showName, true))).orderBy(desc(signatures.confirmedAt), desc(signatures.id)).limit(WALL_PAGE_SIZE + 1).offset((page - 1) * WALL_PAGE_SIZE);
  return {
    entries: rows.slice(0, WALL_PAGE_SIZE).map((r) => ({
      name: r.name,
      country: r.country,
      details: publicKeys.map((k) => r.custom[k]).filter((v) => Boolean(v)),
      verified: r.verified
    })),
    hasNext: rows.length > WALL_PAGE_SIZE
  };
}
function renderPetitionBody(petition2) {
  return renderMarkdown(petition2.bodyMarkdown);
}
async function getCountSnapshot(db, slug) {
  const [row] = await db.execute(sql`
    select p.paper_signatures as paper, p.goal, p.goal_fixed, coalesce(c.total, 0) as total, c.updated_at,
      (select count(*)::int from petition_country_counts cc where cc.petition_id = p.id and cc.total > 0) as countries
    from petitions p left join petition_counts c on c.petition_id = p.id
    where p.slug = ${slug} and p.status in ('open', 'closed', 'delivered', 'won')`);
  if (!row) return null;
  const signatureCount = Number(row.total) + Number(row.paper);
  return {
    signatureCount,
    countryCount: Number(row.countries),
    goal: currentGoal(signatureCount, row.goal, row.goal_fixed),
    updatedAt: (row.updated_at ? new Date(row.updated_at) : /* @__PURE__ */ new Date(0)).toISOString()
  };
}
async function loader$_({
  request,
  context
}) {
  const locale = await detectLocale(request);
  const [explainers2, petitions2] = await Promise.all([listPublishedExplainers(context.db, locale), listOpenPetitions(context.db, locale)]);
  return {
    locale,
    explainers: explainers2,
    petitions: petitions2
  };
}
const home = UNSAFE_withComponentProps(function Home({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  const {
    locale,
    explainers: explainers2,
    petitions: petitions2
  } = loaderData;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      description: t("home.lead")
    }), /* @__PURE__ */ jsxs("section", {
      className: "hero",
      children: [/* @__PURE__ */ jsx("h1", {
        children: t("home.title")
      }), /* @__PURE__ */ jsx("p", {
        className: "lead",
        children: t("home.lead")
      })]
    }), /* @__PURE__ */ jsxs("section", {
      id: "petitions",
      "aria-labelledby": "petitions-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "petitions-heading",
        children: t("home.petitionsHeading")
      }), petitions2.length === 0 ? /* @__PURE__ */ jsx("p", {
        children: t("home.noPetitions")
      }) : /* @__PURE__ */ jsx("ul", {
        className: "card-list",
        children: petitions2.map((petition2) => /* @__PURE__ */ jsxs("li", {
          className: "card",
          children: [/* @__PURE__ */ jsx("h3", {
            children: /* @__PURE__ */ jsx(Link, {
              to: `/petitions/${petition2.slug}`,
              children: petition2.title
            })
          }), /* @__PURE__ */ jsx("p", {
            children: petition2.ask
          }), /* @__PURE__ */ jsx("p", {
            className: "count",
            children: t("home.signatures", {
              count: petition2.signatureCount,
              formatted: formatNumber(petition2.signatureCount, locale)
            })
          })]
        }, petition2.slug))
      })]
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "learn-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "learn-heading",
        children: t("home.learnHeading")
      }), /* @__PURE__ */ jsx("ul", {
        className: "card-list",
        children: explainers2.map((explainer2) => /* @__PURE__ */ jsxs("li", {
          className: "card",
          children: [/* @__PURE__ */ jsx("h3", {
            children: /* @__PURE__ */ jsx(Link, {
              to: `/explainers/${explainer2.slug}`,
              children: explainer2.title
            })
          }), /* @__PURE__ */ jsx("p", {
            children: explainer2.summary
          })]
        }, explainer2.slug))
      }), /* @__PURE__ */ jsx("p", {
        children: /* @__PURE__ */ jsx(Link, {
          to: "/explainers",
          children: t("home.learnAll")
        })
      })]
    })]
  });
});
const route1 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: home,
  loader: loader$_
}, Symbol.toStringTag, { value: "Module" }));
async function loader$Z({
  request,
  context
}) {
  const locale = await detectLocale(request);
  return {
    explainers: await listPublishedExplainers(context.db, locale)
  };
}
const explainersIndex = UNSAFE_withComponentProps(function ExplainersIndex({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("explainers.indexTitle"),
      description: t("explainers.indexLead")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("explainers.indexTitle")
    }), /* @__PURE__ */ jsx("p", {
      className: "lead",
      children: t("explainers.indexLead")
    }), /* @__PURE__ */ jsx("ol", {
      className: "card-list",
      children: loaderData.explainers.map((explainer2) => /* @__PURE__ */ jsxs("li", {
        className: "card",
        lang: explainer2.locale,
        children: [/* @__PURE__ */ jsx("h2", {
          children: /* @__PURE__ */ jsx(Link, {
            to: `/explainers/${explainer2.slug}`,
            children: explainer2.title
          })
        }), /* @__PURE__ */ jsx("p", {
          children: explainer2.summary
        })]
      }, explainer2.slug))
    })]
  });
});
const route2 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: explainersIndex,
  loader: loader$Z
}, Symbol.toStringTag, { value: "Module" }));
async function loader$Y({
  request,
  params,
  context
}) {
  const locale = await detectLocale(request);
  const explainer2 = await getPublishedExplainer(context.db, params.slug, locale);
  if (!explainer2) throw new Response("Not found", {
    status: 404
  });
  return {
    locale,
    explainer: explainer2
  };
}
const explainer = UNSAFE_withComponentProps(function Explainer({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  const {
    locale,
    explainer: explainer2
  } = loaderData;
  return /* @__PURE__ */ jsxs("article", {
    className: "explainer",
    lang: explainer2.locale,
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: explainer2.title,
      description: explainer2.summary
    }), /* @__PURE__ */ jsx("p", {
      className: "breadcrumb",
      children: /* @__PURE__ */ jsx(Link, {
        to: "/explainers",
        children: t("explainers.backToIndex")
      })
    }), /* @__PURE__ */ jsx("h1", {
      children: explainer2.title
    }), explainer2.isFallback ? /* @__PURE__ */ jsx("p", {
      className: "notice",
      lang: locale,
      children: t("explainers.notTranslated", {
        language: t(`language.${explainer2.locale}`, explainer2.locale)
      })
    }) : null, /* @__PURE__ */ jsx("p", {
      className: "lead",
      children: explainer2.summary
    }), /* @__PURE__ */ jsx("div", {
      className: "prose",
      dangerouslySetInnerHTML: {
        __html: explainer2.html
      }
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "sources-heading",
      className: "sources",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "sources-heading",
        children: t("explainers.sources")
      }), /* @__PURE__ */ jsx("ol", {
        children: explainer2.sources.map((source) => /* @__PURE__ */ jsxs("li", {
          children: [source.publisher, ", ", source.url ? /* @__PURE__ */ jsx("a", {
            href: source.url,
            children: source.title
          }) : /* @__PURE__ */ jsx("cite", {
            children: source.title
          }), source.year ? ` (${source.year})` : null]
        }, `${source.publisher}-${source.title}`))
      }), /* @__PURE__ */ jsx("p", {
        className: "muted",
        lang: locale,
        children: t("explainers.lastUpdated", {
          date: formatDate(explainer2.updatedAt, locale)
        })
      })]
    })]
  });
});
const route3 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: explainer,
  loader: loader$Y
}, Symbol.toStringTag, { value: "Module" }));
function PetitionCounter({ stats, locale, countUrl, verifiedDomains }) {
  const { t } = useTranslation();
  return /* @__PURE__ */ jsxs("section", { className: "counter", "aria-label": t("petition.counterLabel"), "data-count-url": countUrl, children: [
    /* @__PURE__ */ jsxs("p", { className: "count", "aria-live": "polite", children: [
      /* @__PURE__ */ jsx(
        "strong",
        {
          "data-count": "signatureCount",
          "data-one": t("petition.signatures", { count: 1, formatted: "{n}" }),
          "data-other": t("petition.signatures", { count: 2, formatted: "{n}" }),
          children: t("petition.signatures", { count: stats.signatureCount, formatted: formatNumber(stats.signatureCount, locale) })
        }
      ),
      " ",
      /* @__PURE__ */ jsx(
        "span",
        {
          "data-count": "countryCount",
          "data-one": t("petition.countries", { count: 1 }).replace("1", "{n}"),
          "data-other": t("petition.countries", { count: 2 }).replace("2", "{n}"),
          children: t("petition.countries", { count: stats.countryCount })
        }
      )
    ] }),
    /* @__PURE__ */ jsx("progress", { max: stats.goal, value: Math.min(stats.signatureCount, stats.goal), "aria-label": t("petition.goal", { goal: formatNumber(stats.goal, locale) }) }),
    /* @__PURE__ */ jsxs("p", { className: "muted", children: [
      t("petition.goalProgress", { count: formatNumber(stats.signatureCount, locale), goal: formatNumber(stats.goal, locale) }),
      stats.paper > 0 ? ` · ${t("petition.paper", { formatted: formatNumber(stats.paper, locale) })}` : null
    ] }),
    verifiedDomains.length > 0 ? /* @__PURE__ */ jsxs("p", { className: "verified-count", children: [
      /* @__PURE__ */ jsx("span", { className: "verified-mark", "aria-hidden": "true", children: "✓" }),
      " ",
      t("petition.verified", { count: stats.verified, formatted: formatNumber(stats.verified, locale) }),
      /* @__PURE__ */ jsxs("span", { className: "muted", children: [
        " — ",
        t("petition.verifiedExplained", { domains: verifiedDomains.join(", ") })
      ] })
    ] }) : null
  ] });
}
function PetitionStatsSection({ slug, locale, countries, mapSvg, mapLegend: mapLegend2, chartSvg, wall }) {
  const { t } = useTranslation();
  return /* @__PURE__ */ jsxs(Fragment, { children: [
    /* @__PURE__ */ jsxs("section", { "aria-labelledby": "countries-heading", children: [
      /* @__PURE__ */ jsx("h2", { id: "countries-heading", children: t("petition.byCountryHeading") }),
      /* @__PURE__ */ jsxs("figure", { className: "world-map-figure", children: [
        /* @__PURE__ */ jsx("div", { dangerouslySetInnerHTML: { __html: mapSvg } }),
        /* @__PURE__ */ jsxs("figcaption", { children: [
          /* @__PURE__ */ jsx("span", { className: "visually-hidden", children: t("petition.mapLegend") }),
          /* @__PURE__ */ jsx("ul", { className: "map-legend", children: mapLegend2.filter((entry2) => entry2.bucket > 0).map((entry2) => /* @__PURE__ */ jsxs("li", { children: [
            /* @__PURE__ */ jsx("span", { className: `map-swatch ${entry2.className}`, "aria-hidden": "true" }),
            entry2.max === null ? `${formatNumber(entry2.min, locale)}+` : `${formatNumber(entry2.min, locale)}–${formatNumber(entry2.max, locale)}`
          ] }, entry2.bucket)) })
        ] })
      ] }),
      countries.length > 0 ? /* @__PURE__ */ jsxs("table", { className: "data-table country-table", children: [
        /* @__PURE__ */ jsx("thead", { children: /* @__PURE__ */ jsxs("tr", { children: [
          /* @__PURE__ */ jsx("th", { scope: "col", children: t("petition.countryColumn") }),
          /* @__PURE__ */ jsx("th", { scope: "col", className: "num", children: t("petition.signaturesColumn") })
        ] }) }),
        /* @__PURE__ */ jsx("tbody", { children: countries.map((c) => /* @__PURE__ */ jsxs("tr", { children: [
          /* @__PURE__ */ jsx("td", { children: c.name }),
          /* @__PURE__ */ jsx("td", { className: "num", children: formatNumber(c.total, locale) })
        ] }, c.country)) })
      ] }) : null
    ] }),
    /* @__PURE__ */ jsxs("section", { "aria-labelledby": "chart-heading", children: [
      /* @__PURE__ */ jsx("h2", { id: "chart-heading", children: t("petition.chartTitle") }),
      /* @__PURE__ */ jsx("div", { className: "chart", dangerouslySetInnerHTML: { __html: chartSvg } })
    ] }),
    /* @__PURE__ */ jsxs("section", { "aria-labelledby": "wall-heading", id: "wall", children: [
      /* @__PURE__ */ jsx("h2", { id: "wall-heading", children: t("petition.wallHeading") }),
      /* @__PURE__ */ jsx("p", { className: "muted", children: t("petition.wallLead") }),
      wall.entries.length === 0 ? /* @__PURE__ */ jsx("p", { children: t("petition.wallEmpty") }) : /* @__PURE__ */ jsx("ul", { className: "wall", children: wall.entries.map((entry2, i) => /* @__PURE__ */ jsxs("li", { children: [
        /* @__PURE__ */ jsx("strong", { children: entry2.name }),
        entry2.verified ? /* @__PURE__ */ jsxs("span", { className: "verified-badge", children: [
          " ✓ ",
          t("petition.wallVerified")
        ] }) : null,
        /* @__PURE__ */ jsx("br", {}),
        /* @__PURE__ */ jsx("span", { className: "muted", children: [...entry2.details, entry2.countryName].join(" · ") })
      ] }, `${wall.page}-${i}`)) }),
      /* @__PURE__ */ jsxs("nav", { className: "pager", "aria-label": t("petition.wallHeading"), children: [
        wall.page > 1 ? /* @__PURE__ */ jsx(Link, { to: `/petitions/${slug}?wall=${wall.page - 1}#wall`, rel: "prev", children: t("petition.wallNewer") }) : null,
        wall.hasNext ? /* @__PURE__ */ jsx(Link, { to: `/petitions/${slug}?wall=${wall.page + 1}#wall`, rel: "next", children: t("petition.wallOlder") }) : null
      ] })
    ] })
  ] });
}
function ShareLinks({ url, title }) {
  const { t } = useTranslation();
  const text2 = t("confirm.shareText", { title });
  const u = encodeURIComponent(url);
  const both = encodeURIComponent(`${text2} ${url}`);
  const links2 = [
    { name: "WhatsApp", href: `https://wa.me/?text=${both}` },
    { name: "Telegram", href: `https://t.me/share/url?url=${u}&text=${encodeURIComponent(text2)}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "X", href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(text2)}` },
    { name: "Email", href: `mailto:?subject=${encodeURIComponent(title)}&body=${both}` }
  ];
  return /* @__PURE__ */ jsxs("div", { className: "share", children: [
    /* @__PURE__ */ jsx("ul", { className: "share-links", children: links2.map((link) => /* @__PURE__ */ jsx("li", { children: /* @__PURE__ */ jsx("a", { href: link.href, rel: "noopener noreferrer", target: "_blank", children: link.name }) }, link.name)) }),
    /* @__PURE__ */ jsx("label", { htmlFor: "share-url", children: t("confirm.copyLink") }),
    /* @__PURE__ */ jsx("input", { id: "share-url", type: "text", readOnly: true, value: url, className: "copy-field" })
  ] });
}
const NUMERIC_CODES = {
  AD: "020",
  AE: "784",
  AF: "004",
  AG: "028",
  AI: "660",
  AL: "008",
  AM: "051",
  AO: "024",
  AQ: "010",
  AR: "032",
  AS: "016",
  AT: "040",
  AU: "036",
  AW: "533",
  AX: "248",
  AZ: "031",
  BA: "070",
  BB: "052",
  BD: "050",
  BE: "056",
  BF: "854",
  BG: "100",
  BH: "048",
  BI: "108",
  BJ: "204",
  BL: "652",
  BM: "060",
  BN: "096",
  BO: "068",
  BQ: "535",
  BR: "076",
  BS: "044",
  BT: "064",
  BV: "074",
  BW: "072",
  BY: "112",
  BZ: "084",
  CA: "124",
  CC: "166",
  CD: "180",
  CF: "140",
  CG: "178",
  CH: "756",
  CI: "384",
  CK: "184",
  CL: "152",
  CM: "120",
  CN: "156",
  CO: "170",
  CR: "188",
  CU: "192",
  CV: "132",
  CW: "531",
  CX: "162",
  CY: "196",
  CZ: "203",
  DE: "276",
  DJ: "262",
  DK: "208",
  DM: "212",
  DO: "214",
  DZ: "012",
  EC: "218",
  EE: "233",
  EG: "818",
  EH: "732",
  ER: "232",
  ES: "724",
  ET: "231",
  FI: "246",
  FJ: "242",
  FK: "238",
  FM: "583",
  FO: "234",
  FR: "250",
  GA: "266",
  GB: "826",
  GD: "308",
  GE: "268",
  GF: "254",
  GG: "831",
  GH: "288",
  GI: "292",
  GL: "304",
  GM: "270",
  GN: "324",
  GP: "312",
  GQ: "226",
  GR: "300",
  GS: "239",
  GT: "320",
  GU: "316",
  GW: "624",
  GY: "328",
  HK: "344",
  HM: "334",
  HN: "340",
  HR: "191",
  HT: "332",
  HU: "348",
  ID: "360",
  IE: "372",
  IL: "376",
  IM: "833",
  IN: "356",
  IO: "086",
  IQ: "368",
  IR: "364",
  IS: "352",
  IT: "380",
  JE: "832",
  JM: "388",
  JO: "400",
  JP: "392",
  KE: "404",
  KG: "417",
  KH: "116",
  KI: "296",
  KM: "174",
  KN: "659",
  KP: "408",
  KR: "410",
  KW: "414",
  KY: "136",
  KZ: "398",
  LA: "418",
  LB: "422",
  LC: "662",
  LI: "438",
  LK: "144",
  LR: "430",
  LS: "426",
  LT: "440",
  LU: "442",
  LV: "428",
  LY: "434",
  MA: "504",
  MC: "492",
  MD: "498",
  ME: "499",
  MF: "663",
  MG: "450",
  MH: "584",
  MK: "807",
  ML: "466",
  MM: "104",
  MN: "496",
  MO: "446",
  MP: "580",
  MQ: "474",
  MR: "478",
  MS: "500",
  MT: "470",
  MU: "480",
  MV: "462",
  MW: "454",
  MX: "484",
  MY: "458",
  MZ: "508",
  NA: "516",
  NC: "540",
  NE: "562",
  NF: "574",
  NG: "566",
  NI: "558",
  NL: "528",
  NO: "578",
  NP: "524",
  NR: "520",
  NU: "570",
  NZ: "554",
  OM: "512",
  PA: "591",
  PE: "604",
  PF: "258",
  PG: "598",
  PH: "608",
  PK: "586",
  PL: "616",
  PM: "666",
  PN: "612",
  PR: "630",
  PS: "275",
  PT: "620",
  PW: "585",
  PY: "600",
  QA: "634",
  RE: "638",
  RO: "642",
  RS: "688",
  RU: "643",
  RW: "646",
  SA: "682",
  SB: "090",
  SC: "690",
  SD: "729",
  SE: "752",
  SG: "702",
  SH: "654",
  SI: "705",
  SJ: "744",
  SK: "703",
  SL: "694",
  SM: "674",
  SN: "686",
  SO: "706",
  SR: "740",
  SS: "728",
  ST: "678",
  SV: "222",
  SX: "534",
  SY: "760",
  SZ: "748",
  TC: "796",
  TD: "148",
  TF: "260",
  TG: "768",
  TH: "764",
  TJ: "762",
  TK: "772",
  TL: "626",
  TM: "795",
  TN: "788",
  TO: "776",
  TR: "792",
  TT: "780",
  TV: "798",
  TW: "158",
  TZ: "834",
  UA: "804",
  UG: "800",
  UM: "581",
  US: "840",
  UY: "858",
  UZ: "860",
  VA: "336",
  VC: "670",
  VE: "862",
  VG: "092",
  VI: "850",
  VN: "704",
  VU: "548",
  WF: "876",
  WS: "882",
  YE: "887",
  YT: "175",
  ZA: "710",
  ZM: "894",
  ZW: "716"
};
const COUNTRY_CODES = Object.freeze(Object.keys(NUMERIC_CODES).sort());
function isCountryCode(value) {
  return typeof value === "string" && Object.hasOwn(NUMERIC_CODES, value);
}
function numericCodeFor(code) {
  return NUMERIC_CODES[code];
}
const localeCache = /* @__PURE__ */ new Map();
const LOCALE_CACHE_LIMIT = 32;
function localeData(locale) {
  let data2 = localeCache.get(locale);
  if (!data2) {
    if (localeCache.size >= LOCALE_CACHE_LIMIT) localeCache.clear();
    data2 = { names: new Intl.DisplayNames(locale, { type: "region", fallback: "code" }) };
    localeCache.set(locale, data2);
  }
  return data2;
}
function countryName(code, locale) {
  return localeData(locale).names.of(code) ?? code;
}
function countryOptions(locale) {
  const data2 = localeData(locale);
  if (!data2.options) {
    const collator = new Intl.Collator(locale);
    data2.options = COUNTRY_CODES.map((code) => ({ code, name: data2.names.of(code) ?? code })).sort(
      (a, b) => collator.compare(a.name, b.name)
    );
  }
  return data2.options.slice();
}
const NAME_MAX = 200;
const EMAIL_MAX = 254;
const POSTCODE_MAX = 20;
const CUSTOM_TEXT_MAX = 300;
const TRACKING_MAX = 200;
const UTM_KEYS = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"];
const customFieldName = (key) => `f_${key}`;
const M$1 = {
  required: "sign.errors.required",
  tooLong: "sign.errors.tooLong",
  email: "sign.errors.email",
  country: "sign.errors.country",
  choice: "sign.errors.choice"
};
const optionalTracking = z.string().trim().max(TRACKING_MAX).optional();
function createSignFormSchema(options) {
  const custom = {};
  for (const field of options.fields) {
    let schema;
    if (field.kind === "text") {
      schema = z.string({ error: M$1.required }).trim().min(1, M$1.required).max(CUSTOM_TEXT_MAX, M$1.tooLong);
    } else {
      const values = field.kind === "yesno" ? ["yes", "no"] : field.options.map((o) => o.value);
      schema = z.string({ error: M$1.required }).refine((v) => values.includes(v), M$1.choice);
    }
    custom[customFieldName(field.key)] = field.required ? schema : schema.optional();
  }
  return z.object({
    name: z.string({ error: M$1.required }).trim().min(1, M$1.required).max(NAME_MAX, M$1.tooLong),
    email: z.string({ error: M$1.required }).trim().max(EMAIL_MAX, M$1.tooLong).pipe(z.email(M$1.email)),
    country: z.string({ error: M$1.required }).refine(isCountryCode, M$1.country),
    postcode: options.collectPostcode ? z.string().trim().max(POSTCODE_MAX, M$1.tooLong).optional() : z.any().transform(() => void 0),
    updates: z.boolean().default(false),
    showName: z.boolean().default(false),
    /** Honeypot: hidden from people, filled in by bots. */
    website: z.string().max(500).optional(),
    source: optionalTracking,
    ...Object.fromEntries(UTM_KEYS.map((k) => [k, optionalTracking])),
    ...custom
  });
}
function toSignatureInput(value, fields) {
  const utm = {};
  for (const key of UTM_KEYS) if (typeof value[key] === "string" && value[key]) utm[key] = value[key];
  const customFields = {};
  for (const field of fields) {
    const v = value[customFieldName(field.key)];
    if (typeof v === "string" && v !== "") customFields[field.key] = v;
  }
  return {
    name: value.name,
    email: value.email,
    country: value.country,
    postcode: value.postcode || void 0,
    updates: value.updates === true,
    showName: value.showName === true,
    website: value.website || void 0,
    source: value.source || void 0,
    utm,
    customFields
  };
}
function label(labels, locale) {
  return labels[locale] ?? labels.en ?? Object.values(labels)[0] ?? "";
}
function FieldError$2({ id, errors }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return /* @__PURE__ */ jsx("p", { id, className: "field-error", children: t(errors[0]) });
}
function SignForm(props) {
  const { t } = useTranslation();
  const schema = createSignFormSchema(props);
  const [form, fields] = useForm({
    id: props.idPrefix ?? "sign",
    lastResult: props.lastResult,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema })
  });
  const described = (field, hint) => [field.errors?.length ? field.errorId : null, hint].filter(Boolean).join(" ") || void 0;
  return /* @__PURE__ */ jsxs(Form, { method: "post", action: props.action, className: "sign-form", ...getFormProps(form), children: [
    Object.keys(form.allErrors).length > 0 ? /* @__PURE__ */ jsx("p", { className: "form-error", role: "alert", children: t("sign.errorSummary") }) : null,
    /* @__PURE__ */ jsxs("div", { className: "field", children: [
      /* @__PURE__ */ jsx("label", { htmlFor: fields.name.id, children: t("sign.name") }),
      /* @__PURE__ */ jsx("input", { ...getInputProps(fields.name, { type: "text" }), autoComplete: "name", "aria-describedby": described(fields.name) }),
      /* @__PURE__ */ jsx(FieldError$2, { id: fields.name.errorId, errors: fields.name.errors })
    ] }),
    /* @__PURE__ */ jsxs("div", { className: "field", children: [
      /* @__PURE__ */ jsx("label", { htmlFor: fields.email.id, children: t("sign.email") }),
      /* @__PURE__ */ jsx(
        "input",
        {
          ...getInputProps(fields.email, { type: "email" }),
          autoComplete: "email",
          inputMode: "email",
          "aria-describedby": described(fields.email, `${fields.email.id}-hint`)
        }
      ),
      /* @__PURE__ */ jsx("p", { id: `${fields.email.id}-hint`, className: "hint", children: t("sign.emailHint") }),
      /* @__PURE__ */ jsx(FieldError$2, { id: fields.email.errorId, errors: fields.email.errors })
    ] }),
    /* @__PURE__ */ jsxs("div", { className: "field", children: [
      /* @__PURE__ */ jsx("label", { htmlFor: fields.country.id, children: t("sign.country") }),
      /* @__PURE__ */ jsxs("select", { ...getSelectProps(fields.country), autoComplete: "country", "aria-describedby": described(fields.country), children: [
        /* @__PURE__ */ jsx("option", { value: "", children: t("sign.chooseCountry") }),
        props.countries.map((c) => /* @__PURE__ */ jsx("option", { value: c.code, children: c.name }, c.code))
      ] }),
      /* @__PURE__ */ jsx(FieldError$2, { id: fields.country.errorId, errors: fields.country.errors })
    ] }),
    props.collectPostcode ? /* @__PURE__ */ jsxs("div", { className: "field", children: [
      /* @__PURE__ */ jsx("label", { htmlFor: fields.postcode.id, children: t("sign.postcode") }),
      /* @__PURE__ */ jsx("input", { ...getInputProps(fields.postcode, { type: "text" }), autoComplete: "postal-code", "aria-describedby": described(fields.postcode) }),
      /* @__PURE__ */ jsx(FieldError$2, { id: fields.postcode.errorId, errors: fields.postcode.errors })
    ] }) : null,
    props.fields.map((field) => {
      const meta = fields[customFieldName(field.key)];
      const text2 = `${label(field.labels, props.locale)}${field.required ? "" : ` ${t("sign.optional")}`}`;
      if (field.kind === "text") {
        return /* @__PURE__ */ jsxs("div", { className: "field", children: [
          /* @__PURE__ */ jsx("label", { htmlFor: meta.id, children: text2 }),
          /* @__PURE__ */ jsx("input", { ...getInputProps(meta, { type: "text" }), "aria-describedby": described(meta) }),
          /* @__PURE__ */ jsx(FieldError$2, { id: meta.errorId, errors: meta.errors })
        ] }, field.key);
      }
      const options = field.kind === "yesno" ? [
        { value: "yes", text: t("sign.yes") },
        { value: "no", text: t("sign.no") }
      ] : field.options.map((o) => ({ value: o.value, text: label(o.labels, props.locale) }));
      return /* @__PURE__ */ jsxs("fieldset", { className: "field", "aria-describedby": described(meta), children: [
        /* @__PURE__ */ jsx("legend", { children: text2 }),
        options.map((option) => /* @__PURE__ */ jsxs("label", { className: "choice", children: [
          /* @__PURE__ */ jsx(
            "input",
            {
              type: "radio",
              name: meta.name,
              value: option.value,
              defaultChecked: meta.initialValue === option.value,
              required: field.required
            }
          ),
          " ",
          option.text
        ] }, option.value)),
        /* @__PURE__ */ jsx(FieldError$2, { id: meta.errorId, errors: meta.errors })
      ] }, field.key);
    }),
    /* @__PURE__ */ jsxs("div", { className: "field checkbox", children: [
      /* @__PURE__ */ jsx("input", { ...getInputProps(fields.updates, { type: "checkbox" }) }),
      /* @__PURE__ */ jsx("label", { htmlFor: fields.updates.id, children: t("sign.updates") })
    ] }),
    /* @__PURE__ */ jsxs("div", { className: "field checkbox", children: [
      /* @__PURE__ */ jsx("input", { ...getInputProps(fields.showName, { type: "checkbox" }) }),
      /* @__PURE__ */ jsx("label", { htmlFor: fields.showName.id, children: t("sign.showName") })
    ] }),
    /* @__PURE__ */ jsxs("div", { className: "honeypot", "aria-hidden": "true", children: [
      /* @__PURE__ */ jsx("label", { htmlFor: `${form.id}-website`, children: t("sign.honeypot") }),
      /* @__PURE__ */ jsx("input", { id: `${form.id}-website`, name: "website", type: "text", tabIndex: -1, autoComplete: "off", defaultValue: "" })
    ] }),
    ["source", ...UTM_KEYS].map(
      (key) => props.tracking[key] ? /* @__PURE__ */ jsx("input", { type: "hidden", name: key, value: props.tracking[key] }, key) : null
    ),
    /* @__PURE__ */ jsx("p", { className: "hint", children: t("sign.privacy") }),
    /* @__PURE__ */ jsx("button", { type: "submit", className: "button-primary", children: t("sign.submit") })
  ] });
}
function escapeXml(text2) {
  return text2.replace(new RegExp("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]", "g"), "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
const BUCKET_MINIMUMS = [1, 10, 100, 1e3, 1e4];
const mapLegend = Object.freeze([
  { bucket: 0, className: "map-b0", min: 0, max: 0 },
  ...BUCKET_MINIMUMS.map((min, index2) => {
    const next = BUCKET_MINIMUMS[index2 + 1];
    return { bucket: index2 + 1, className: `map-b${index2 + 1}`, min, max: next === void 0 ? null : next - 1 };
  })
]);
function mapBucket(count) {
  if (!(count >= 1)) return 0;
  let bucket = 0;
  for (const min of BUCKET_MINIMUMS) if (count >= min) bucket++;
  return bucket;
}
const DOT_POSITIONS = {
  AD: [1.6, 42.5],
  AG: [-61.8, 17.1],
  AI: [-63.1, 18.2],
  AS: [-170.7, -14.3],
  AW: [-70, 12.5],
  AX: [19.9, 60.2],
  BB: [-59.6, 13.2],
  BH: [50.5, 26.1],
  BL: [-62.8, 17.9],
  BM: [-64.8, 32.3],
  BQ: [-68.3, 12.2],
  BV: [3.4, -54.4],
  CC: [96.9, -12.2],
  CK: [-159.8, -21.2],
  CV: [-23.6, 15.1],
  CW: [-69, 12.2],
  CX: [105.7, -10.5],
  DM: [-61.4, 15.4],
  FM: [158.2, 6.9],
  FO: [-7, 62.1],
  GD: [-61.7, 12.1],
  GF: [-53.1, 3.9],
  GG: [-2.6, 49.5],
  GI: [-5.3, 36.1],
  GP: [-61.6, 16.2],
  GS: [-36.7, -54.4],
  GU: [144.8, 13.4],
  HK: [114.2, 22.4],
  HM: [73.5, -53.1],
  IM: [-4.5, 54.2],
  IO: [72.4, -7.4],
  JE: [-2.1, 49.2],
  KI: [173, 1.4],
  KM: [43.3, -11.7],
  KN: [-62.8, 17.3],
  KY: [-81.3, 19.3],
  LC: [-61, 13.9],
  LI: [9.5, 47.1],
  MC: [7.4, 43.7],
  MF: [-63.1, 18.1],
  MH: [171.2, 7.1],
  MO: [113.6, 22.1],
  MP: [145.7, 15.2],
  MQ: [-61, 14.6],
  MS: [-62.2, 16.7],
  MT: [14.4, 35.9],
  MU: [57.6, -20.3],
  MV: [73.5, 4.2],
  NF: [168, -29],
  NR: [166.9, -0.5],
  NU: [-169.9, -19],
  PF: [-149.4, -17.7],
  PM: [-56.3, 47],
  PN: [-128.3, -24.4],
  PW: [134.6, 7.5],
  RE: [55.5, -21.1],
  SC: [55.5, -4.7],
  SG: [103.8, 1.4],
  SH: [-5.7, -16],
  SJ: [16, 78.5],
  SM: [12.4, 43.9],
  ST: [6.6, 0.2],
  SX: [-63.1, 18],
  TC: [-71.7, 21.8],
  TK: [-171.9, -9.2],
  TO: [-175.2, -21.2],
  TV: [179.2, -8.5],
  UM: [-162.1, 5.9],
  VA: [12.5, 41.9],
  VC: [-61.2, 13.3],
  VG: [-64.6, 18.4],
  VI: [-64.8, 17.7],
  WF: [-176.2, -13.3],
  WS: [-172.4, -13.6],
  YT: [45.2, -12.8]
};
const DEFAULT_WIDTH$1 = 640;
const DOT_RADIUS = 3;
const PADDING = DOT_RADIUS + 1;
const ANTARCTICA = "010";
const SIMPLIFY_DEGREES = 0.1;
let cachedFeatures;
const projectedByWidth = /* @__PURE__ */ new Map();
function loadFeatures() {
  if (!cachedFeatures) {
    const topology = createRequire(import.meta.url)("world-atlas/countries-110m.json");
    cachedFeatures = feature(simplifyArcs(topology, SIMPLIFY_DEGREES), topology.objects.countries);
  }
  return cachedFeatures;
}
function perpendicularDistance(p, a, b) {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(px - ax, py - ay);
  return Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
}
function simplifyArcs(topology, tolerance) {
  const transform = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const absolute = arc.map(([dx = 0, dy = 0]) => {
      if (!transform) return [dx, dy];
      x += dx;
      y += dy;
      return [x, y];
    });
    const degrees = transform ? absolute.map(([qx = 0, qy = 0]) => [qx * transform.scale[0] + transform.translate[0], qy * transform.scale[1] + transform.translate[1]]) : absolute;
    const keep = new Array(arc.length).fill(false);
    keep[0] = true;
    keep[arc.length - 1] = true;
    const stack = [[0, arc.length - 1]];
    while (stack.length > 0) {
      const [start, end] = stack.pop();
      let farthest = -1;
      let distance = tolerance;
      for (let i = start + 1; i < end; i++) {
        const d = perpendicularDistance(degrees[i], degrees[start], degrees[end]);
        if (d > distance) {
          distance = d;
          farthest = i;
        }
      }
      if (farthest !== -1) {
        keep[farthest] = true;
        stack.push([start, farthest], [farthest, end]);
      }
    }
    const kept = absolute.filter((_, i) => keep[i]);
    if (!transform) return kept;
    let previousX = 0;
    let previousY = 0;
    return kept.map(([qx = 0, qy = 0]) => {
      const delta = [qx - previousX, qy - previousY];
      previousX = qx;
      previousY = qy;
      return delta;
    });
  });
  return { ...topology, arcs };
}
function tenths$1(value) {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 10);
  const fraction = abs % 10;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? "" : whole}.${fraction}`;
}
function joinNumbers(numbers) {
  let out = "";
  let previous = "";
  for (const n of numbers) {
    const separator = previous === "" || n.startsWith("-") || n.startsWith(".") && previous.includes(".") ? "" : " ";
    out += separator + n;
    previous = n;
  }
  return out;
}
class CompactPathWriter {
  out = "";
  ring = [];
  x = 0;
  y = 0;
  started = false;
  beginPath() {
  }
  arc() {
  }
  moveTo(x, y) {
    this.flush(false);
    this.ring = [[Math.round(x * 10), Math.round(y * 10)]];
  }
  lineTo(x, y) {
    const point = [Math.round(x * 10), Math.round(y * 10)];
    const last = this.ring[this.ring.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) this.ring.push(point);
  }
  closePath() {
    this.flush(true);
  }
  result() {
    this.flush(false);
    return this.out;
  }
  flush(closed) {
    const ring = this.ring;
    this.ring = [];
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
    if (!first || ring.length < (closed ? 3 : 2)) return;
    this.out += this.started ? `m${joinNumbers([tenths$1(first[0] - this.x), tenths$1(first[1] - this.y)])}` : `M${joinNumbers([tenths$1(first[0]), tenths$1(first[1])])}`;
    this.started = true;
    const deltas = [];
    let [x, y] = first;
    for (const [px, py] of ring.slice(1)) {
      deltas.push(tenths$1(px - x), tenths$1(py - y));
      x = px;
      y = py;
    }
    this.out += `l${joinNumbers(deltas)}`;
    if (closed) {
      this.out += "z";
      [x, y] = first;
    }
    this.x = x;
    this.y = y;
  }
}
function project(width) {
  const cached = projectedByWidth.get(width);
  if (cached) return cached;
  const land = loadFeatures().features.filter((country) => country.id !== ANTARCTICA);
  const dotCodes = COUNTRY_CODES.filter((code) => DOT_POSITIONS[code]);
  const dotPoints = {
    type: "Feature",
    properties: {},
    geometry: { type: "MultiPoint", coordinates: dotCodes.map((code) => [...DOT_POSITIONS[code]]) }
  };
  const projection = geoNaturalEarth1().fitWidth(width - 2 * PADDING, {
    type: "FeatureCollection",
    features: [...land, dotPoints]
  });
  const [tx, ty] = projection.translate();
  projection.translate([tx + PADDING, ty + PADDING]);
  const byNumeric = new Map(COUNTRY_CODES.map((code) => [numericCodeFor(code), code]));
  const shapes = [];
  let bottom = 0;
  for (const country of land) {
    const writer = new CompactPathWriter();
    geoPath(projection, writer)(country);
    const d = writer.result();
    if (d === "") continue;
    bottom = Math.max(bottom, geoPath(projection).bounds(country)[1][1]);
    shapes.push({ code: byNumeric.get(String(country.id)) ?? null, d });
  }
  const dots = dotCodes.flatMap((code) => {
    const point = projection([...DOT_POSITIONS[code]]);
    if (!point) return [];
    bottom = Math.max(bottom, point[1]);
    return [{ code, x: tenths$1(Math.round(point[0] * 10)), y: tenths$1(Math.round(point[1] * 10)) }];
  });
  const projected = { width, height: Math.ceil(bottom + PADDING), shapes, dots };
  projectedByWidth.set(width, projected);
  return projected;
}
function renderWorldMapSvg(counts, options) {
  const requested = Math.round(options.width ?? DEFAULT_WIDTH$1);
  const width = Number.isFinite(requested) && requested >= 100 ? Math.min(requested, 4e3) : DEFAULT_WIDTH$1;
  const locale = options.locale ?? "en";
  const idPrefix = escapeXml(options.idPrefix ?? "world-map");
  const map = project(width);
  const signatures2 = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(counts)) {
    const code = key.toUpperCase();
    if (isCountryCode(code) && typeof value === "number" && value > 0 && Number.isFinite(value)) {
      signatures2.set(code, (signatures2.get(code) ?? 0) + value);
    }
  }
  const countFor = (code) => signatures2.get(code) ?? 0;
  const tooltip = (code, count) => `<title>${escapeXml(`${countryName(code, locale)}: ${formatNumber(count, locale)}`)}</title>`;
  let body2 = "";
  for (const shape of map.shapes) {
    const count = shape.code ? countFor(shape.code) : 0;
    const bucket = mapBucket(count);
    body2 += shape.code && bucket > 0 ? `<path class="map-b${bucket}" d="${shape.d}">${tooltip(shape.code, count)}</path>` : `<path class="map-b0" d="${shape.d}"/>`;
  }
  let dots = "";
  for (const dot of map.dots) {
    const count = countFor(dot.code);
    if (count === 0) continue;
    dots += `<circle class="map-b${mapBucket(count)}" cx="${dot.x}" cy="${dot.y}" r="${DOT_RADIUS}">${tooltip(dot.code, count)}</circle>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" class="world-map" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}" role="img" aria-labelledby="${idPrefix}-title" aria-describedby="${idPrefix}-desc"><title id="${idPrefix}-title">${escapeXml(options.title)}</title><desc id="${idPrefix}-desc">${escapeXml(options.description)}</desc><g class="map-land">${body2}</g>` + (dots === "" ? "" : `<g class="map-dots">${dots}</g>`) + `</svg>`;
}
const HOUR_MS$2 = 60 * 60 * 1e3;
const DEFAULT_WIDTH = 400;
const DEFAULT_HEIGHT = 160;
const TOP = 22;
const BOTTOM = 24;
const SIDE = 1;
const COLUMN = 2;
function tenths(value) {
  const text2 = String(value / 10);
  return text2.replace(/^(-?)0\./, "$1.");
}
function pathData(vertices) {
  const [first, ...rest] = vertices;
  if (!first) return "";
  let [x, y] = first;
  const deltas = [];
  for (const [px, py] of rest) {
    deltas.push(tenths(px - x), tenths(py - y));
    x = px;
    y = py;
  }
  return `M${joinNumbers([tenths(first[0]), tenths(first[1])])}${deltas.length > 0 ? `l${joinNumbers(deltas)}` : ""}`;
}
function clampSize(value, fallback, min) {
  const rounded = Math.round(value ?? fallback);
  return Number.isFinite(rounded) && rounded >= min ? Math.min(rounded, 4e3) : fallback;
}
function dateLabels(start, end, locale) {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const [from, to] = [day.format(start), day.format(end)];
  if (from !== to) return [from, to];
  const hour = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return [hour.format(start), hour.format(end)];
}
function renderTimeSeriesSvg(points, options) {
  const width = clampSize(options.width, DEFAULT_WIDTH, 100);
  const height = clampSize(options.height, DEFAULT_HEIGHT, TOP + BOTTOM + 20);
  const idPrefix = escapeXml(options.idPrefix ?? "signatures-chart");
  const left = SIDE;
  const right = width - SIDE;
  const top = TOP;
  const bottom = height - BOTTOM;
  const byHour = /* @__PURE__ */ new Map();
  for (const point of points) {
    const at = point.at instanceof Date ? point.at.getTime() : Number.NaN;
    if (!Number.isFinite(at) || !(point.count >= 0) || !Number.isFinite(point.count)) continue;
    byHour.set(at, (byHour.get(at) ?? 0) + point.count);
  }
  const buckets = [...byHour].sort(([a], [b]) => a - b);
  const open = `<svg xmlns="http://www.w3.org/2000/svg" class="time-series" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${idPrefix}-title" aria-describedby="${idPrefix}-desc"><title id="${idPrefix}-title">${escapeXml(options.title)}</title><desc id="${idPrefix}-desc">${escapeXml(options.description)}</desc>`;
  const baseline = `<line class="ts-axis" x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}"/>`;
  if (buckets.length < 2 || buckets.every(([, count]) => count === 0)) {
    const label2 = options.emptyLabel ? `<text class="ts-label ts-middle" x="${width / 2}" y="${Math.round((top + bottom) / 2)}">${escapeXml(options.emptyLabel)}</text>` : "";
    return `${open}${baseline}${label2}</svg>`;
  }
  const start = buckets[0][0];
  const end = buckets[buckets.length - 1][0] + HOUR_MS$2;
  const total = buckets.reduce((sum, [, count]) => sum + count, 0);
  const xScale = (right - left) / (end - start);
  const yScale = (bottom - top) / total;
  const vertex = (at, cumulative2) => [
    Math.round((left + (at - start) * xScale) * 10),
    Math.round((bottom - cumulative2 * yScale) * 10)
  ];
  const steps = [vertex(start, 0)];
  let cumulative = 0;
  for (const [at, count] of buckets) {
    steps.push(vertex(at, cumulative));
    cumulative += count;
    steps.push(vertex(at + HOUR_MS$2, cumulative));
  }
  const columnOf = (x) => Math.floor(x / (COLUMN * 10));
  const thinned = [];
  for (let i = 0; i < steps.length; i++) {
    const current = steps[i];
    const previous = steps[i - 1];
    const next = steps[i + 1];
    const firstInColumn = !previous || columnOf(previous[0]) !== columnOf(current[0]);
    const lastInColumn = !next || columnOf(next[0]) !== columnOf(current[0]);
    if (firstInColumn || lastInColumn) thinned.push(current);
  }
  const vertices = [];
  for (const point of thinned) {
    const last = vertices[vertices.length - 1];
    const beforeLast = vertices[vertices.length - 2];
    if (last && last[0] === point[0] && last[1] === point[1]) continue;
    if (last && beforeLast && (beforeLast[0] === last[0] && last[0] === point[0] || beforeLast[1] === last[1] && last[1] === point[1])) {
      vertices[vertices.length - 1] = point;
      continue;
    }
    vertices.push(point);
  }
  const line = pathData(vertices);
  const [from, to] = dateLabels(start, end, options.locale);
  return open + `<line class="ts-grid" x1="${left}" y1="${top}" x2="${right}" y2="${top}"/><path class="ts-area" d="${line}V${bottom}H${left}z"/><path class="ts-line" d="${line}"/>` + baseline + `<text class="ts-label" x="${left}" y="${top - 6}">${escapeXml(formatNumber(total, options.locale))}</text><text class="ts-label" x="${left}" y="${height - 6}">${escapeXml(from)}</text><text class="ts-label ts-end" x="${right}" y="${height - 6}">${escapeXml(to)}</text></svg>`;
}
const MAX_WALL_PAGE = 1e4;
async function loadPetitionPage(context, slug, locale, url) {
  const petition2 = await findPublicPetition(context.db, slug, locale);
  return petition2 ? buildPetitionPage(context, petition2, locale, url) : null;
}
async function buildPetitionPage(context, petition2, locale, url) {
  const wallPage = Math.min(MAX_WALL_PAGE, Math.max(1, Number.parseInt(url.searchParams.get("wall") ?? "1", 10) || 1));
  const [stats, wall, related, t] = await Promise.all([
    getPetitionStats(context.db, petition2),
    listWall(context.db, petition2, wallPage),
    relatedExplainers(context.db, petition2.id, locale),
    getFixedT(locale)
  ]);
  const tracking = {};
  for (const key of ["source", ...UTM_KEYS]) {
    const value = url.searchParams.get(key);
    if (value) tracking[key] = value.slice(0, 200);
  }
  const counts = Object.fromEntries(stats.countries.map((c) => [c.country, c.total]));
  const hourly = stats.hourly.length > 0 ? [...stats.hourly, { at: /* @__PURE__ */ new Date(), count: 0 }] : stats.hourly;
  const petitionUrl = `${context.env.APP_URL}/petitions/${petition2.slug}`;
  return {
    petition: { ...petition2, html: renderPetitionBody(petition2) },
    stats: {
      signatureCount: stats.signatureCount,
      countryCount: stats.countryCount,
      verified: stats.verified,
      paper: stats.paper,
      goal: stats.goal
    },
    countries: stats.countries.map((c) => ({ ...c, name: isCountryCode(c.country) ? countryName(c.country, locale) : c.country })),
    mapSvg: renderWorldMapSvg(counts, { title: t("petition.mapTitle"), description: t("petition.mapDescription"), locale }),
    mapLegend,
    chartSvg: renderTimeSeriesSvg(hourly, {
      title: t("petition.chartTitle"),
      description: t("petition.chartDescription"),
      emptyLabel: t("petition.chartEmpty"),
      locale
    }),
    wall: {
      page: wallPage,
      hasNext: wall.hasNext,
      entries: wall.entries.map((e) => ({ ...e, countryName: isCountryCode(e.country) ? countryName(e.country, locale) : e.country }))
    },
    related,
    countryList: countryOptions(locale),
    tracking,
    petitionUrl,
    embedUrl: `${context.env.APP_URL}/embed/petitions/${petition2.slug}`
  };
}
function consentText(t) {
  return `${t("sign.privacy")}
${t("sign.updates")}
${t("sign.showName")}`;
}
async function handleSignForm(request, context, petition2, locale, channel) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: createSignFormSchema(petition2) });
  if (submission.status !== "success") return { ok: false, reply: submission.reply() };
  const t = await getFixedT(locale);
  const { outcome } = await signPetition(context.db, petition2, toSignatureInput(submission.value, petition2.fields), {
    locale,
    channel,
    ipHash: context.clientIp ? hashIp(context.ipHashKey, context.clientIp) : null,
    consentText: consentText(t),
    appUrl: context.env.APP_URL,
    siteName: t("meta.siteName")
  });
  return { ok: true, outcome };
}
function outcomeMessageKey(outcome) {
  switch (outcome) {
    case "created":
      return "signed.created";
    case "resent":
      return "signed.resent";
    case "resend-limit":
      return "signed.resendLimit";
    case "already-confirmed":
      return "signed.alreadyConfirmed";
    case "not-open-yet":
      return "sign.notOpenYet";
    case "closed":
      return "sign.closed";
  }
}
const SIGN_OUTCOMES = ["created", "resent", "resend-limit", "already-confirmed", "closed", "not-open-yet"];
async function loader$X({
  request,
  params,
  context
}) {
  const locale = await detectLocale(request);
  const page = await loadPetitionPage(context, params.slug, locale, new URL(request.url));
  if (!page) throw new Response("Not found", {
    status: 404
  });
  return {
    locale,
    ...page
  };
}
async function action$B({
  request,
  params,
  context
}) {
  const locale = await detectLocale(request);
  const petition2 = await findPublicPetition(context.db, params.slug, locale);
  if (!petition2) throw new Response("Not found", {
    status: 404
  });
  const result = await handleSignForm(request, context, petition2, locale, "web");
  if (!result.ok) return data({
    result: result.reply
  }, {
    status: 400
  });
  return redirect(`/petitions/${petition2.slug}/signed?outcome=${result.outcome}`, 303);
}
const petition = UNSAFE_withComponentProps(function Petition({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    locale,
    petition: petition2,
    stats
  } = loaderData;
  const notice = petition2.status === "won" ? "petition.wonNotice" : petition2.status === "delivered" ? "petition.deliveredNotice" : petition2.availability === "closed" ? "petition.closedNotice" : null;
  return /* @__PURE__ */ jsxs("article", {
    className: "petition",
    lang: petition2.locale,
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: petition2.title,
      description: petition2.ask
    }), /* @__PURE__ */ jsx("p", {
      className: "status-badge",
      lang: locale,
      children: t(`petition.status.${petition2.status}`)
    }), /* @__PURE__ */ jsx("h1", {
      children: petition2.title
    }), /* @__PURE__ */ jsx("p", {
      className: "target",
      children: t("petition.to", {
        target: petition2.target
      })
    }), /* @__PURE__ */ jsx("p", {
      className: "lead",
      children: petition2.ask
    }), /* @__PURE__ */ jsxs("div", {
      lang: locale,
      children: [/* @__PURE__ */ jsx(PetitionCounter, {
        stats,
        locale,
        countUrl: `/petitions/${petition2.slug}/count.json`,
        verifiedDomains: petition2.verifiedDomains
      }), notice ? /* @__PURE__ */ jsxs("div", {
        className: "notice",
        children: [/* @__PURE__ */ jsxs("p", {
          children: [t(notice), petition2.deliveredAt ? ` ${t("petition.deliveredOn", {
            date: formatDate(petition2.deliveredAt, locale)
          })}` : null]
        }), petition2.outcomeNote && (petition2.status === "delivered" || petition2.status === "won") ? /* @__PURE__ */ jsx("p", {
          lang: petition2.locale,
          children: petition2.outcomeNote
        }) : null]
      }) : null, petition2.availability === "open" ? /* @__PURE__ */ jsxs("section", {
        "aria-labelledby": "sign-heading",
        className: "sign-box",
        children: [/* @__PURE__ */ jsx("h2", {
          id: "sign-heading",
          children: t("sign.heading")
        }), /* @__PURE__ */ jsx(SignForm, {
          fields: petition2.fields,
          collectPostcode: petition2.collectPostcode,
          locale,
          countries: loaderData.countryList,
          tracking: loaderData.tracking,
          lastResult: actionData?.result
        })]
      }) : petition2.availability === "not-open-yet" ? /* @__PURE__ */ jsx("p", {
        className: "notice",
        children: t("sign.notOpenYet")
      }) : null]
    }), /* @__PURE__ */ jsx("div", {
      className: "prose",
      dangerouslySetInnerHTML: {
        __html: petition2.html
      }
    }), /* @__PURE__ */ jsxs("div", {
      lang: locale,
      children: [/* @__PURE__ */ jsx(PetitionStatsSection, {
        slug: petition2.slug,
        locale,
        countries: loaderData.countries,
        mapSvg: loaderData.mapSvg,
        mapLegend: loaderData.mapLegend,
        chartSvg: loaderData.chartSvg,
        wall: loaderData.wall
      }), /* @__PURE__ */ jsxs("section", {
        "aria-labelledby": "share-heading",
        children: [/* @__PURE__ */ jsx("h2", {
          id: "share-heading",
          children: t("confirm.shareHeading")
        }), /* @__PURE__ */ jsx(ShareLinks, {
          url: loaderData.petitionUrl,
          title: petition2.title
        })]
      }), loaderData.related.length > 0 ? /* @__PURE__ */ jsxs("section", {
        "aria-labelledby": "related-heading",
        children: [/* @__PURE__ */ jsx("h2", {
          id: "related-heading",
          children: t("petition.learnMore")
        }), /* @__PURE__ */ jsx("ul", {
          children: loaderData.related.map((explainer2) => /* @__PURE__ */ jsx("li", {
            children: /* @__PURE__ */ jsx(Link, {
              to: `/explainers/${explainer2.slug}`,
              children: explainer2.title
            })
          }, explainer2.slug))
        })]
      }) : null, /* @__PURE__ */ jsxs("section", {
        "aria-labelledby": "embed-heading",
        children: [/* @__PURE__ */ jsx("h2", {
          id: "embed-heading",
          children: t("petition.embedHeading")
        }), /* @__PURE__ */ jsx("p", {
          children: t("petition.embedLead")
        }), /* @__PURE__ */ jsx("label", {
          htmlFor: "embed-code",
          children: t("petition.embedCode")
        }), /* @__PURE__ */ jsx("textarea", {
          id: "embed-code",
          readOnly: true,
          rows: 3,
          className: "copy-field",
          value: `<iframe src="${loaderData.embedUrl}" title="${petition2.title.replace(/"/g, "&quot;")}" width="100%" height="720" style="border:0;max-width:480px" loading="lazy"></iframe>`
        })]
      }), /* @__PURE__ */ jsxs("p", {
        className: "muted",
        children: [t("petition.openData"), " ", /* @__PURE__ */ jsx("a", {
          href: `/petitions/${petition2.slug}.json`,
          children: "JSON"
        }), " · ", /* @__PURE__ */ jsx("a", {
          href: `/petitions/${petition2.slug}.csv`,
          children: "CSV"
        })]
      })]
    }), /* @__PURE__ */ jsx("script", {
      src: "/counter.js",
      defer: true
    })]
  });
});
const route4 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$B,
  default: petition,
  loader: loader$X
}, Symbol.toStringTag, { value: "Module" }));
async function loader$W({
  request,
  params,
  context
}) {
  const locale = await detectLocale(request);
  const petition2 = await findPublicPetition(context.db, params.slug, locale);
  if (!petition2) throw new Response("Not found", {
    status: 404
  });
  const raw = new URL(request.url).searchParams.get("outcome");
  const outcome = SIGN_OUTCOMES.includes(raw) ? raw : "created";
  return {
    slug: petition2.slug,
    title: petition2.title,
    messageKey: outcomeMessageKey(outcome),
    embedded: new URL(request.url).searchParams.has("embed")
  };
}
const petitionSigned = UNSAFE_withComponentProps(function PetitionSigned({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("signed.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("signed.title")
    }), /* @__PURE__ */ jsx("p", {
      className: "lead",
      role: "status",
      children: t(loaderData.messageKey)
    }), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: loaderData.embedded ? `/embed/petitions/${loaderData.slug}` : `/petitions/${loaderData.slug}`,
        children: t("signed.back")
      })
    })]
  });
});
const route5 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: petitionSigned,
  loader: loader$W
}, Symbol.toStringTag, { value: "Module" }));
async function loader$V({
  request,
  params,
  context
}) {
  const locale = await detectLocale(request);
  const petition2 = await findPublicPetition(context.db, params.slug, locale);
  if (!petition2) throw new Response("Not found", {
    status: 404
  });
  const result = await confirmSignature(context.db, petition2.id, params.token);
  const headers2 = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer"
  };
  if (!result.signature) {
    return data({
      ok: false,
      outcome: result.outcome,
      slug: petition2.slug
    }, {
      status: result.outcome === "expired" ? 410 : 404,
      headers: headers2
    });
  }
  const [number, related] = await Promise.all([signerNumber(context.db, result.signature), relatedExplainers(context.db, petition2.id, locale)]);
  return data({
    ok: true,
    outcome: result.outcome,
    slug: petition2.slug,
    title: petition2.title,
    number: formatNumber(number, locale),
    url: `${context.env.APP_URL}/petitions/${petition2.slug}`,
    related
  }, {
    headers: headers2
  });
}
const petitionConfirm = UNSAFE_withComponentProps(function PetitionConfirm({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  if (!loaderData.ok) {
    const expired = loaderData.outcome === "expired";
    const title = t(expired ? "confirm.expiredTitle" : "confirm.invalidTitle");
    return /* @__PURE__ */ jsxs(Fragment, {
      children: [/* @__PURE__ */ jsx(PageTitle, {
        title
      }), /* @__PURE__ */ jsx("h1", {
        children: title
      }), /* @__PURE__ */ jsx("p", {
        children: t(expired ? "confirm.expired" : "confirm.invalid")
      }), /* @__PURE__ */ jsx("p", {
        children: /* @__PURE__ */ jsx(Link, {
          to: `/petitions/${loaderData.slug}`,
          children: t("signed.back")
        })
      })]
    });
  }
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("confirm.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("confirm.title")
    }), /* @__PURE__ */ jsxs("p", {
      className: "lead",
      role: "status",
      children: [t(loaderData.outcome === "confirmed" ? "confirm.confirmed" : "confirm.alreadyConfirmed"), " ", /* @__PURE__ */ jsx("strong", {
        children: t("confirm.number", {
          number: loaderData.number
        })
      })]
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "share-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "share-heading",
        children: t("confirm.shareHeading")
      }), /* @__PURE__ */ jsx("p", {
        children: t("confirm.shareLead")
      }), /* @__PURE__ */ jsx(ShareLinks, {
        url: loaderData.url,
        title: loaderData.title
      })]
    }), loaderData.related.length > 0 ? /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "related-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "related-heading",
        children: t("confirm.relatedHeading")
      }), /* @__PURE__ */ jsx("ul", {
        children: loaderData.related.map((e) => /* @__PURE__ */ jsx("li", {
          children: /* @__PURE__ */ jsx(Link, {
            to: `/explainers/${e.slug}`,
            children: e.title
          })
        }, e.slug))
      })]
    }) : null, /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: `/petitions/${loaderData.slug}`,
        children: t("signed.back")
      })
    })]
  });
});
const route6 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: petitionConfirm,
  loader: loader$V
}, Symbol.toStringTag, { value: "Module" }));
async function withOutageResponse(handler) {
  try {
    return await handler();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return Response.json(
      { error: "unavailable", message: "The service is briefly unavailable. Please retry shortly." },
      { status: 503, headers: { "Retry-After": String(RETRY_AFTER_S), "Cache-Control": "no-store" } }
    );
  }
}
const COUNT_CACHE_CONTROL = `public, max-age=${Math.ceil(COUNT_INTERVAL_MS / 1e3)}, stale-while-revalidate=30, stale-if-error=600`;
async function loader$U({
  params,
  context
}) {
  return withOutageResponse(async () => {
    const snapshot = await getCountSnapshot(context.db, params.slug);
    if (!snapshot) return Response.json({
      error: "not_found",
      message: "No such petition."
    }, {
      status: 404
    });
    return Response.json(snapshot, {
      headers: {
        "Cache-Control": COUNT_CACHE_CONTROL,
        "Access-Control-Allow-Origin": "*"
      }
    });
  });
}
const route7 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  loader: loader$U
}, Symbol.toStringTag, { value: "Module" }));
const handle$1 = {
  bare: true
};
async function loader$T({
  request,
  params,
  context
}) {
  const locale = await detectLocale(request);
  const petition2 = await findPublicPetition(context.db, params.slug, locale);
  if (!petition2) throw new Response("Not found", {
    status: 404
  });
  const counts = await getPetitionCounts(context.db, petition2.id, petition2.paperSignatures);
  return {
    locale,
    petition: petition2,
    stats: {
      ...counts,
      goal: currentGoal(counts.signatureCount, petition2.goal, petition2.goalFixed)
    },
    countries: countryOptions(locale),
    url: `${context.env.APP_URL}/petitions/${petition2.slug}`
  };
}
async function action$A({
  request,
  params,
  context
}) {
  const locale = await detectLocale(request);
  const petition2 = await findPublicPetition(context.db, params.slug, locale);
  if (!petition2) throw new Response("Not found", {
    status: 404
  });
  const result = await handleSignForm(request, context, petition2, locale, "embed");
  if (!result.ok) return data({
    result: result.reply,
    messageKey: null
  }, {
    status: 400
  });
  return {
    result: null,
    messageKey: outcomeMessageKey(result.outcome)
  };
}
const embedPetition = UNSAFE_withComponentProps(function EmbedPetition({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    petition: petition2,
    locale
  } = loaderData;
  return /* @__PURE__ */ jsxs("div", {
    className: "embed",
    children: [/* @__PURE__ */ jsx("title", {
      children: petition2.title
    }), /* @__PURE__ */ jsx("h1", {
      className: "embed-title",
      children: /* @__PURE__ */ jsx("a", {
        href: loaderData.url,
        target: "_blank",
        rel: "noopener",
        children: petition2.title
      })
    }), /* @__PURE__ */ jsx("p", {
      children: petition2.ask
    }), /* @__PURE__ */ jsx(PetitionCounter, {
      stats: loaderData.stats,
      locale,
      countUrl: `/petitions/${petition2.slug}/count.json`,
      verifiedDomains: petition2.verifiedDomains
    }), actionData?.messageKey ? /* @__PURE__ */ jsx("p", {
      className: "notice",
      role: "status",
      children: t(actionData.messageKey)
    }) : petition2.availability === "open" ? /* @__PURE__ */ jsx(SignForm, {
      fields: petition2.fields,
      collectPostcode: petition2.collectPostcode,
      locale,
      countries: loaderData.countries,
      tracking: {
        source: "embed"
      },
      lastResult: actionData?.result,
      idPrefix: "embed-sign"
    }) : /* @__PURE__ */ jsx("p", {
      className: "notice",
      children: t("sign.closed")
    }), /* @__PURE__ */ jsx("script", {
      src: "/counter.js",
      defer: true
    })]
  });
});
const route8 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$A,
  default: embedPetition,
  handle: handle$1,
  loader: loader$T
}, Symbol.toStringTag, { value: "Module" }));
const ApiBodySchema = z.object({
  person: z.object({
    given_name: z.string().max(200).optional(),
    family_name: z.string().max(200).optional(),
    email_addresses: z.array(z.object({ address: z.string().max(320) })).min(1).max(5),
    postal_addresses: z.array(z.object({ postal_code: z.string().max(40).optional(), country: z.string().max(10).optional() })).max(5).optional()
  }),
  add_tags: z.array(z.string().max(100)).max(20).optional(),
  custom_fields: z.record(z.string().max(64), z.union([z.string().max(1e3), z.number(), z.boolean()])).optional()
});
const FIELD_PATHS = {
  name: "person.given_name",
  email: "person.email_addresses[0].address",
  country: "person.postal_addresses[0].country",
  postcode: "person.postal_addresses[0].postal_code"
};
function formatPath(path2) {
  return path2.map((p, i) => typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`).join("");
}
function fail$1(status, error, message2, fields) {
  return { status, body: { error, message: message2, ...fields ? { fields } : {} } };
}
async function recordSignatureFromApi(request, context, slug) {
  const t = await getFixedT(DEFAULT_LOCALE);
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    return fail$1(415, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");
  }
  let raw;
  try {
    raw = await request.json();
  } catch {
    return fail$1(400, "invalid_json", "The body is not valid JSON.");
  }
  const petition2 = await findPublicPetition(context.db, slug, DEFAULT_LOCALE);
  if (!petition2) return fail$1(404, "not_found", "No such petition.");
  const body2 = ApiBodySchema.safeParse(raw);
  if (!body2.success) {
    const fields = {};
    for (const issue of body2.error.issues) fields[formatPath(issue.path) || "body"] ??= issue.message;
    return fail$1(422, "validation_failed", "Some fields are missing or invalid.", fields);
  }
  const { person, custom_fields: custom = {}, add_tags: tags = [] } = body2.data;
  const postal = person.postal_addresses?.[0];
  const flat = {
    name: [person.given_name, person.family_name].filter(Boolean).join(" "),
    email: person.email_addresses[0].address,
    country: postal?.country?.toUpperCase(),
    postcode: postal?.postal_code,
    source: tags.length > 0 ? tags.join(",").slice(0, 200) : "api"
  };
  for (const field of petition2.fields) {
    const value = custom[field.key];
    if (value !== void 0) flat[customFieldName(field.key)] = field.kind === "yesno" && typeof value === "boolean" ? value ? "yes" : "no" : String(value);
  }
  const parsed = createSignFormSchema(petition2).safeParse(flat);
  if (!parsed.success) {
    const fields = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      const path2 = FIELD_PATHS[key] ?? (key.startsWith("f_") ? `custom_fields.${key.slice(2)}` : key);
      fields[path2] ??= t(issue.message);
    }
    return fail$1(422, "validation_failed", "Some fields are missing or invalid.", fields);
  }
  const result = await signPetition(context.db, petition2, toSignatureInput(parsed.data, petition2.fields), {
    locale: DEFAULT_LOCALE,
    channel: "api",
    ipHash: context.clientIp ? hashIp(context.ipHashKey, context.clientIp) : null,
    consentText: consentText(t),
    appUrl: context.env.APP_URL,
    siteName: t("meta.siteName")
  });
  if (result.outcome === "closed" || result.outcome === "not-open-yet") {
    return fail$1(409, "petition_closed", result.outcome === "closed" ? "This petition is closed." : "This petition is not open yet.");
  }
  return {
    status: 202,
    body: {
      identifiers: result.signatureId ? [`harm-reduction:${result.signatureId}`] : [],
      status: result.outcome === "already-confirmed" ? "confirmed" : "pending",
      outcome: result.outcome,
      message: t(result.outcome === "created" ? "signed.created" : result.outcome === "resent" ? "signed.resent" : result.outcome === "resend-limit" ? "signed.resendLimit" : "signed.alreadyConfirmed"),
      petition: { slug: petition2.slug, title: petition2.title },
      _links: { "osdi:petition": { href: `${context.env.APP_URL}/petitions/${petition2.slug}` } }
    }
  };
}
async function action$z({
  request,
  params,
  context
}) {
  if (request.method !== "POST") return Response.json({
    error: "method_not_allowed",
    message: "Use POST."
  }, {
    status: 405,
    headers: {
      Allow: "POST"
    }
  });
  return withOutageResponse(async () => {
    const {
      status,
      body: body2
    } = await recordSignatureFromApi(request, context, params.slug);
    return Response.json(body2, {
      status
    });
  });
}
function loader$S() {
  return Response.json({
    error: "method_not_allowed",
    message: "Use POST to record a signature."
  }, {
    status: 405,
    headers: {
      Allow: "POST"
    }
  });
}
const route9 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$z,
  loader: loader$S
}, Symbol.toStringTag, { value: "Module" }));
const OUTBOX_PAGE_SIZE = 100;
async function listOutboxMessages(db) {
  return db.select({
    id: outboxMessages.id,
    toAddress: outboxMessages.toAddress,
    subject: outboxMessages.subject,
    createdAt: outboxMessages.createdAt
  }).from(outboxMessages).orderBy(desc(outboxMessages.createdAt)).limit(OUTBOX_PAGE_SIZE);
}
async function getOutboxMessage(db, id) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return await db.query.outboxMessages.findFirst({ where: eq(outboxMessages.id, id) }) ?? null;
}
async function loader$R({
  request,
  context
}) {
  if (context.mailer.transport !== "outbox") throw new Response("Not found", {
    status: 404
  });
  const locale = await detectLocale(request);
  return {
    locale,
    messages: await listOutboxMessages(context.db)
  };
}
const devOutbox = UNSAFE_withComponentProps(function DevOutbox({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("outbox.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("outbox.title")
    }), /* @__PURE__ */ jsx("p", {
      className: "notice",
      children: t("outbox.lead")
    }), loaderData.messages.length === 0 ? /* @__PURE__ */ jsx("p", {
      children: t("outbox.empty")
    }) : /* @__PURE__ */ jsxs("table", {
      className: "data-table",
      children: [/* @__PURE__ */ jsx("thead", {
        children: /* @__PURE__ */ jsxs("tr", {
          children: [/* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("outbox.sentAt")
          }), /* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("outbox.to")
          }), /* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("outbox.subject")
          })]
        })
      }), /* @__PURE__ */ jsx("tbody", {
        children: loaderData.messages.map((message2) => /* @__PURE__ */ jsxs("tr", {
          children: [/* @__PURE__ */ jsx("td", {
            children: new Intl.DateTimeFormat(loaderData.locale, {
              dateStyle: "short",
              timeStyle: "medium"
            }).format(new Date(message2.createdAt))
          }), /* @__PURE__ */ jsx("td", {
            children: message2.toAddress
          }), /* @__PURE__ */ jsx("td", {
            children: /* @__PURE__ */ jsx(Link, {
              to: `/dev/outbox/${message2.id}`,
              children: message2.subject
            })
          })]
        }, message2.id))
      })]
    })]
  });
});
const route10 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: devOutbox,
  loader: loader$R
}, Symbol.toStringTag, { value: "Module" }));
async function loader$Q({
  params,
  context
}) {
  if (context.mailer.transport !== "outbox") throw new Response("Not found", {
    status: 404
  });
  const message2 = await getOutboxMessage(context.db, params.id);
  if (!message2) throw new Response("Not found", {
    status: 404
  });
  return {
    message: message2
  };
}
const devOutboxMessage = UNSAFE_withComponentProps(function DevOutboxMessage({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  const {
    message: message2
  } = loaderData;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: message2.subject
    }), /* @__PURE__ */ jsx("p", {
      className: "breadcrumb",
      children: /* @__PURE__ */ jsx(Link, {
        to: "/dev/outbox",
        children: t("outbox.back")
      })
    }), /* @__PURE__ */ jsx("h1", {
      children: message2.subject
    }), /* @__PURE__ */ jsxs("dl", {
      className: "meta-list",
      children: [/* @__PURE__ */ jsx("dt", {
        children: t("outbox.to")
      }), /* @__PURE__ */ jsx("dd", {
        children: message2.toAddress
      }), Object.entries(message2.headers).map(([name, value]) => /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: name
        }), /* @__PURE__ */ jsx("dd", {
          children: value
        })]
      }, name))]
    }), /* @__PURE__ */ jsx("h2", {
      children: t("outbox.htmlVersion")
    }), /* @__PURE__ */ jsx("iframe", {
      title: t("outbox.htmlVersion"),
      src: `/dev/outbox/${message2.id}/html`,
      sandbox: "",
      className: "email-frame"
    }), /* @__PURE__ */ jsx("h2", {
      children: t("outbox.textVersion")
    }), /* @__PURE__ */ jsx("pre", {
      className: "email-text",
      children: message2.text
    })]
  });
});
const route11 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: devOutboxMessage,
  loader: loader$Q
}, Symbol.toStringTag, { value: "Module" }));
async function loader$P({
  params,
  context
}) {
  if (context.mailer.transport !== "outbox") throw new Response("Not found", {
    status: 404
  });
  const message2 = await getOutboxMessage(context.db, params.id);
  if (!message2) throw new Response("Not found", {
    status: 404
  });
  return new Response(message2.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      // Email HTML is full of inline styles; it is shown sandboxed, with no scripts, inside our own page only.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; sandbox; frame-ancestors 'self'",
      "Cache-Control": "no-store"
    }
  });
}
const route12 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  loader: loader$P
}, Symbol.toStringTag, { value: "Module" }));
path.join(path.dirname(fileURLToPath(import.meta.url)), "content", "explainers");
async function hashPassword(password2) {
  return hash(password2, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
}
async function verifyPassword(hash2, password2) {
  try {
    return await verify(hash2, password2);
  } catch {
    return false;
  }
}
let dummyHash;
async function verifyAgainstDummy(password2) {
  dummyHash ??= hashPassword("dummy password that nobody has");
  await verifyPassword(await dummyHash, password2);
  return false;
}
function newSecret() {
  return randomBytes(20).toString("base64url");
}
function hashSecret(secret) {
  return createHash("sha256").update(secret).digest("hex");
}
function secretMatches(secret, storedHash) {
  const expected = Buffer.from(storedHash, "hex");
  const actual = Buffer.from(hashSecret(secret), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
const TOKEN_FORMAT = /^([A-Za-z0-9-]{8,64})\.([A-Za-z0-9_-]{16,128})$/;
function parseToken(token) {
  const match = TOKEN_FORMAT.exec(token);
  return match ? { id: match[1], secret: match[2] } : null;
}
const SESSION_IDLE_TTL_MS = 7 * 24 * 60 * 60 * 1e3;
const SESSION_ABSOLUTE_TTL_MS = 30 * 24 * 60 * 60 * 1e3;
const SESSION_TOUCH_INTERVAL_MS = 60 * 60 * 1e3;
function sessionCookie(secure) {
  return createCookie(secure ? "__Host-session" : "session", {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: SESSION_ABSOLUTE_TTL_MS / 1e3
  });
}
async function createSession(db, userId, options) {
  const id = randomBytes(15).toString("base64url").replace(/_/g, "-");
  const secret = newSecret();
  await db.insert(sessions).values({
    id,
    userId,
    secretHash: hashSecret(secret),
    twoFactorVerified: options.twoFactorVerified,
    expiresAt: new Date(Date.now() + SESSION_ABSOLUTE_TTL_MS)
  });
  return `${id}.${secret}`;
}
async function validateSessionToken(db, token, now = /* @__PURE__ */ new Date()) {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const [row] = await db.select({
    id: sessions.id,
    secretHash: sessions.secretHash,
    twoFactorVerified: sessions.twoFactorVerified,
    lastSeenAt: sessions.lastSeenAt,
    expiresAt: sessions.expiresAt,
    userId: users.id,
    email: users.email,
    displayName: users.displayName,
    isAdmin: users.isAdmin,
    emailVerifiedAt: users.emailVerifiedAt,
    totpEnabledAt: users.totpEnabledAt
  }).from(sessions).innerJoin(users, eq(users.id, sessions.userId)).where(eq(sessions.id, parsed.id));
  if (!row || !secretMatches(parsed.secret, row.secretHash)) return null;
  if (row.expiresAt <= now || row.lastSeenAt.getTime() + SESSION_IDLE_TTL_MS <= now.getTime()) {
    await db.delete(sessions).where(eq(sessions.id, row.id));
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.id));
  }
  return {
    id: row.id,
    twoFactorVerified: row.twoFactorVerified,
    user: {
      id: row.userId,
      email: row.email,
      displayName: row.displayName,
      isAdmin: row.isAdmin,
      emailVerified: row.emailVerifiedAt !== null,
      totpEnabled: row.totpEnabledAt !== null
    }
  };
}
async function markSessionTwoFactorVerified(db, sessionId) {
  await db.update(sessions).set({ twoFactorVerified: true }).where(eq(sessions.id, sessionId));
}
async function invalidateSession(db, sessionId) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}
async function invalidateUserSessions(db, userId, exceptSessionId) {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), exceptSessionId ? sql`${sessions.id} <> ${exceptSessionId}` : void 0));
}
const LOGIN_RATE_RULES = {
  account: { name: "login-account", windowMs: 15 * 60 * 1e3, limit: 5 },
  ip: { name: "login-ip", windowMs: 15 * 60 * 1e3, limit: 30 }
};
function cookieFor(context) {
  return sessionCookie(context.env.isProduction && context.env.APP_URL.startsWith("https://"));
}
async function getSession(request, context) {
  const token = await cookieFor(context).parse(request.headers.get("Cookie"));
  if (typeof token !== "string") return null;
  return validateSessionToken(context.db, token);
}
function loginRedirect(request) {
  const url = new URL(request.url);
  throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
}
async function requireUser(request, context) {
  const session = await getSession(request, context);
  if (!session) loginRedirect(request);
  if (session.user.totpEnabled && !session.twoFactorVerified) {
    const url = new URL(request.url);
    throw redirect(`/login/two-factor?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return { ...session.user, sessionId: session.id };
}
async function requireAdmin(request, context) {
  const user = await requireUser(request, context);
  if (!user.isAdmin) throw new Response("Forbidden", { status: 403 });
  if (!user.totpEnabled) throw redirect("/account/two-factor?required=admin");
  return user;
}
function safeRedirectPath(value, fallback = "/dashboard") {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}
async function authenticate(db, email2, password2, ipHash) {
  const accountKey = email2.trim().toLowerCase();
  const [byAccount, byIp] = await Promise.all([
    hitRateLimit(db, accountKey, LOGIN_RATE_RULES.account),
    ipHash ? hitRateLimit(db, ipHash, LOGIN_RATE_RULES.ip) : Promise.resolve({ exceeded: false })
  ]);
  if (byAccount.exceeded || byIp.exceeded) return { ok: false, reason: "rate-limited" };
  const [user] = await db.select({ id: users.id, passwordHash: users.passwordHash, totpEnabledAt: users.totpEnabledAt }).from(users).where(eq(sql`lower(${users.email})`, accountKey));
  if (!user) {
    await verifyAgainstDummy(password2);
    return { ok: false, reason: "invalid" };
  }
  if (!await verifyPassword(user.passwordHash, password2)) return { ok: false, reason: "invalid" };
  return { ok: true, userId: user.id, needsTwoFactor: user.totpEnabledAt !== null };
}
async function startSession(context, userId, twoFactorVerified) {
  const token = await createSession(context.db, userId, { twoFactorVerified });
  return cookieFor(context).serialize(token);
}
async function endSession(request, context) {
  const session = await getSession(request, context);
  if (session) await invalidateSession(context.db, session.id);
  return cookieFor(context).serialize("", { maxAge: 0 });
}
function clientIpHash(context) {
  return context.clientIp ? hashIp(context.ipHashKey, context.clientIp) : null;
}
const LoginSchema = z.object({
  email: z.string({
    error: "account.errors.required"
  }).trim().max(254).pipe(z.email("account.errors.email")),
  password: z.string({
    error: "account.errors.required"
  }).max(256),
  redirectTo: z.string().max(500).optional()
});
const LOGIN_NOTICES = {
  "signed-out-everywhere": "account.login.notice.signedOutEverywhere",
  "email-changed": "account.login.notice.emailChanged"
};
async function loader$O({
  request,
  context
}) {
  const session = await getSession(request, context);
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  if (session?.twoFactorVerified || session && !session.user.totpEnabled) throw redirect(redirectTo);
  const notice = LOGIN_NOTICES[new URL(request.url).searchParams.get("notice") ?? ""] ?? null;
  return {
    redirectTo,
    notice
  };
}
async function action$y({
  request,
  context
}) {
  const submission = parseWithZod(await request.formData(), {
    schema: LoginSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply({
      hideFields: ["password"]
    })
  }, {
    status: 400
  });
  const {
    email: email2,
    password: password2,
    redirectTo
  } = submission.value;
  const result = await authenticate(context.db, email2, password2, clientIpHash(context));
  if (!result.ok) {
    const message2 = result.reason === "rate-limited" ? "account.login.rateLimited" : "account.login.invalid";
    return data({
      result: submission.reply({
        formErrors: [message2],
        hideFields: ["password"]
      })
    }, {
      status: result.reason === "rate-limited" ? 429 : 400
    });
  }
  const cookie = await startSession(context, result.userId, !result.needsTwoFactor);
  const target = safeRedirectPath(redirectTo);
  const next = result.needsTwoFactor ? `/login/two-factor?redirectTo=${encodeURIComponent(target)}` : target;
  return redirect(next, {
    headers: {
      "Set-Cookie": cookie
    }
  });
}
const login = UNSAFE_withComponentProps(function Login({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const [form, fields] = useForm({
    id: "login",
    lastResult: actionData?.result,
    onValidate: ({
      formData
    }) => parseWithZod(formData, {
      schema: LoginSchema
    }),
    shouldValidate: "onBlur"
  });
  return /* @__PURE__ */ jsxs("div", {
    className: "narrow",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("account.login.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("account.login.title")
    }), loaderData.notice ? /* @__PURE__ */ jsx("p", {
      className: "notice",
      role: "status",
      children: t(loaderData.notice)
    }) : null, /* @__PURE__ */ jsxs(Form, {
      method: "post",
      ...getFormProps(form),
      className: "stack-form",
      children: [form.errors?.length ? /* @__PURE__ */ jsx("p", {
        className: "form-error",
        role: "alert",
        id: form.errorId,
        children: t(form.errors[0])
      }) : null, /* @__PURE__ */ jsx("input", {
        type: "hidden",
        name: "redirectTo",
        value: loaderData.redirectTo
      }), /* @__PURE__ */ jsxs("div", {
        className: "field",
        children: [/* @__PURE__ */ jsx("label", {
          htmlFor: fields.email.id,
          children: t("account.login.email")
        }), /* @__PURE__ */ jsx("input", {
          ...getInputProps(fields.email, {
            type: "email"
          }),
          autoComplete: "username"
        }), fields.email.errors ? /* @__PURE__ */ jsx("p", {
          className: "field-error",
          id: fields.email.errorId,
          children: t(fields.email.errors[0])
        }) : null]
      }), /* @__PURE__ */ jsxs("div", {
        className: "field",
        children: [/* @__PURE__ */ jsx("label", {
          htmlFor: fields.password.id,
          children: t("account.login.password")
        }), /* @__PURE__ */ jsx("input", {
          ...getInputProps(fields.password, {
            type: "password"
          }),
          autoComplete: "current-password"
        }), fields.password.errors ? /* @__PURE__ */ jsx("p", {
          className: "field-error",
          id: fields.password.errorId,
          children: t(fields.password.errors[0])
        }) : null]
      }), /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-primary",
        children: t("account.login.submit")
      })]
    }), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: "/forgot-password",
        children: t("account.login.forgot")
      })
    }), /* @__PURE__ */ jsxs("p", {
      children: [t("account.login.noAccount"), " ", /* @__PURE__ */ jsx(Link, {
        to: "/signup",
        children: t("account.login.signUp")
      })]
    })]
  });
});
const route13 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$y,
  default: login,
  loader: loader$O
}, Symbol.toStringTag, { value: "Module" }));
async function recordAudit(db, entry2) {
  await db.insert(auditLog).values({
    actorId: entry2.actorId,
    organisationId: entry2.organisationId ?? null,
    action: entry2.action,
    subjectType: entry2.subjectType,
    subjectId: entry2.subjectId ?? null,
    details: entry2.details ?? {}
  });
}
const TOTP_PERIOD_S = 30;
const TOTP_DIGITS = 6;
const TOTP_DRIFT_STEPS = 1;
const TOTP_SECRET_BYTES = 20;
const TOTP_RATE_RULES = {
  short: { name: "totp-user", windowMs: 15 * 60 * 1e3, limit: 5 },
  day: { name: "totp-user-day", windowMs: 24 * 60 * 60 * 1e3, limit: 20 }
};
function totpStep(now) {
  return Math.floor(now.getTime() / (TOTP_PERIOD_S * 1e3));
}
function normaliseTotpCode(code) {
  return code.replace(/\s+/g, "");
}
function matchTotpStep(secret, code, now, lastStep) {
  const otp = normaliseTotpCode(code);
  if (!/^\d+$/.test(otp)) return null;
  const key = decodeBase32IgnorePadding(secret);
  const current = totpStep(now);
  for (let step = current - TOTP_DRIFT_STEPS; step <= current + TOTP_DRIFT_STEPS; step++) {
    if (lastStep !== null && step <= lastStep) continue;
    if (verifyHOTP(key, BigInt(step), TOTP_DIGITS, otp)) return step;
  }
  return null;
}
async function totpRateLimited(db, userId) {
  const [short, day] = await Promise.all([hitRateLimit(db, userId, TOTP_RATE_RULES.short), hitRateLimit(db, userId, TOTP_RATE_RULES.day)]);
  return short.exceeded || day.exceeded;
}
async function getTwoFactorSetup(db, userId, issuer) {
  const secret = encodeBase32UpperCaseNoPadding(randomBytes(TOTP_SECRET_BYTES));
  await db.update(users).set({ totpSecret: secret }).where(and(eq(users.id, userId), isNull(users.totpSecret), isNull(users.totpEnabledAt)));
  const [user] = await db.select({ email: users.email, totpSecret: users.totpSecret, totpEnabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
  if (!user) throw new Error(`user ${userId} vanished`);
  if (user.totpEnabledAt) return { enabled: true, secret: null, uri: null };
  const stored = user.totpSecret;
  return { enabled: false, secret: stored, uri: createTOTPKeyURI(issuer, user.email, decodeBase32IgnorePadding(stored), TOTP_PERIOD_S, TOTP_DIGITS) };
}
async function enableTwoFactor(db, input, now = /* @__PURE__ */ new Date()) {
  if (await totpRateLimited(db, input.userId)) return "rate-limited";
  const [user] = await db.select({ passwordHash: users.passwordHash, emailVerifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, input.userId));
  if (!user || !await verifyPassword(user.passwordHash, input.password)) return "wrong-password";
  if (!user.emailVerifiedAt) return "unverified-email";
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep }).from(users).where(eq(users.id, input.userId)).for("update");
    if (row.enabledAt) return "already-enabled";
    const step = row.secret ? matchTotpStep(row.secret, input.code, now, row.lastStep) : null;
    if (step === null) return "invalid-code";
    await tx.update(users).set({ totpEnabledAt: now, totpLastStep: step }).where(eq(users.id, input.userId));
    await markSessionTwoFactorVerified(tx, input.sessionId);
    await tx.update(sessions).set({ twoFactorVerified: false }).where(and(eq(sessions.userId, input.userId), sql`${sessions.id} <> ${input.sessionId}`));
    await recordAudit(tx, { actorId: input.userId, action: "account.two-factor-enabled", subjectType: "user", subjectId: input.userId });
    return "enabled";
  });
}
async function disableTwoFactor(db, input, now = /* @__PURE__ */ new Date()) {
  if (await totpRateLimited(db, input.userId)) return "rate-limited";
  const [user] = await db.select({ passwordHash: users.passwordHash, isAdmin: users.isAdmin }).from(users).where(eq(users.id, input.userId));
  if (!user) return "wrong-password";
  if (user.isAdmin) return "admin-required";
  if (!await verifyPassword(user.passwordHash, input.password)) return "wrong-password";
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep }).from(users).where(eq(users.id, input.userId)).for("update");
    if (!row.enabledAt || !row.secret) return "not-enabled";
    if (matchTotpStep(row.secret, input.code, now, row.lastStep) === null) return "invalid-code";
    await tx.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(users.id, input.userId));
    await recordAudit(tx, { actorId: input.userId, action: "account.two-factor-disabled", subjectType: "user", subjectId: input.userId });
    return "disabled";
  });
}
async function verifyTwoFactorLogin(db, input, now = /* @__PURE__ */ new Date()) {
  if (await totpRateLimited(db, input.userId)) return "rate-limited";
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep }).from(users).where(eq(users.id, input.userId)).for("update");
    if (!row?.enabledAt || !row.secret) return "not-enabled";
    const step = matchTotpStep(row.secret, input.code, now, row.lastStep);
    if (step === null) return "invalid-code";
    await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, input.userId));
    await markSessionTwoFactorVerified(tx, input.sessionId);
    return "verified";
  });
}
function FormField({ meta, label: label2, type, autoComplete, hint, inputMode }) {
  const { t } = useTranslation();
  const hintId = hint ? `${meta.id}-hint` : void 0;
  const { key, ...inputProps } = getInputProps(meta, { type, ariaDescribedBy: hintId });
  return /* @__PURE__ */ jsxs("div", { className: "field", children: [
    /* @__PURE__ */ jsx("label", { htmlFor: meta.id, children: label2 }),
    /* @__PURE__ */ jsx("input", { ...inputProps, autoComplete, inputMode }, key),
    hint ? /* @__PURE__ */ jsx("p", { className: "hint", id: hintId, children: hint }) : null,
    meta.errors ? /* @__PURE__ */ jsx("p", { className: "field-error", id: meta.errorId, children: t(meta.errors[0]) }) : null
  ] });
}
function FormError$1({ errors, id }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return /* @__PURE__ */ jsx("p", { className: "form-error", role: "alert", id, children: t(errors[0]) });
}
const EmailField = z.string({ error: "account.errors.required" }).trim().max(254, "account.errors.email").pipe(z.email("account.errors.email"));
const NewPasswordField = z.string({ error: "account.errors.required" }).min(12, "account.errors.passwordTooShort").max(256, "account.errors.passwordTooLong");
const CurrentPasswordField = z.string({ error: "account.errors.required" }).max(256, "account.errors.passwordTooLong");
const TotpCodeField = z.string({ error: "account.errors.required" }).transform((code) => code.replace(/\s+/g, "")).pipe(z.string().regex(/^\d{6}$/, "account.errors.code"));
const TwoFactorLoginSchema = z.object({
  code: TotpCodeField,
  redirectTo: z.string().max(500).optional()
});
async function requirePendingSession(request, context, redirectTo) {
  const session = await getSession(request, context);
  if (!session) throw redirect(`/login?redirectTo=${encodeURIComponent(redirectTo)}`);
  if (!session.user.totpEnabled || session.twoFactorVerified) throw redirect(redirectTo);
  return session;
}
async function loader$N({
  request,
  context
}) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  await requirePendingSession(request, context, redirectTo);
  return {
    redirectTo
  };
}
async function action$x({
  request,
  context
}) {
  const submission = parseWithZod(await request.formData(), {
    schema: TwoFactorLoginSchema
  });
  const redirectTo = safeRedirectPath(submission.payload.redirectTo);
  const session = await requirePendingSession(request, context, redirectTo);
  if (submission.status !== "success") return data({
    result: submission.reply({
      hideFields: ["code"]
    })
  }, {
    status: 400
  });
  const outcome = await verifyTwoFactorLogin(context.db, {
    userId: session.user.id,
    sessionId: session.id,
    code: submission.value.code
  });
  if (outcome === "verified" || outcome === "not-enabled") return redirect(redirectTo);
  if (outcome === "rate-limited") {
    return data({
      result: submission.reply({
        formErrors: ["account.errors.rateLimited"],
        hideFields: ["code"]
      })
    }, {
      status: 429
    });
  }
  return data({
    result: submission.reply({
      fieldErrors: {
        code: ["account.errors.invalidCode"]
      },
      hideFields: ["code"]
    })
  }, {
    status: 400
  });
}
const loginTwoFactor = UNSAFE_withComponentProps(function LoginTwoFactor({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const [form, fields] = useForm({
    id: "login-two-factor",
    lastResult: actionData?.result,
    onValidate: ({
      formData
    }) => parseWithZod(formData, {
      schema: TwoFactorLoginSchema
    }),
    shouldValidate: "onBlur"
  });
  return /* @__PURE__ */ jsxs("div", {
    className: "narrow",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("account.twoFactorLogin.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("account.twoFactorLogin.title")
    }), /* @__PURE__ */ jsx("p", {
      children: t("account.twoFactorLogin.lead")
    }), /* @__PURE__ */ jsxs(Form, {
      method: "post",
      ...getFormProps(form),
      className: "stack-form",
      children: [/* @__PURE__ */ jsx(FormError$1, {
        errors: form.errors,
        id: form.errorId
      }), /* @__PURE__ */ jsx("input", {
        type: "hidden",
        name: "redirectTo",
        value: loaderData.redirectTo
      }), /* @__PURE__ */ jsx(FormField, {
        meta: fields.code,
        label: t("account.twoFactorLogin.code"),
        type: "text",
        autoComplete: "one-time-code",
        inputMode: "numeric"
      }), /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-primary",
        children: t("account.twoFactorLogin.submit")
      })]
    }), /* @__PURE__ */ jsx(Form, {
      method: "post",
      action: "/logout",
      children: /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-link",
        children: t("account.twoFactorLogin.cancel")
      })
    })]
  });
});
const route14 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$x,
  default: loginTwoFactor,
  loader: loader$N
}, Symbol.toStringTag, { value: "Module" }));
async function action$w({
  request,
  context
}) {
  return redirect("/login", {
    headers: {
      "Set-Cookie": await endSession(request, context)
    }
  });
}
function loader$M() {
  return redirect("/");
}
const route15 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$w,
  loader: loader$M
}, Symbol.toStringTag, { value: "Module" }));
function audienceFrom(audience) {
  const scope = audience.scope === "petition" && audience.petitionId ? sql`s.petition_id = ${audience.petitionId}` : sql`s.petition_id in (select id from petitions where campaign_id = ${audience.campaignId ?? null})`;
  const list = (values) => sql.join(values.map((v) => sql`${v}`), sql`, `);
  return sql`
    from signatures s
    where ${scope}
      and s.status = 'confirmed' and s.updates_opt_in and s.anonymised_at is null
      and not exists (select 1 from suppressions x where x.canonical_email = s.canonical_email)
      ${audience.countries?.length ? sql`and s.country in (${list(audience.countries)})` : sql``}
      ${audience.locales?.length ? sql`and s.locale in (${list(audience.locales)})` : sql``}
      ${audience.verifiedOnly ? sql`and s.verified` : sql``}
      ${audience.targetPetitionId ? sql`and not exists (select 1 from signatures t where t.petition_id = ${audience.targetPetitionId} and t.canonical_email = s.canonical_email)` : sql``}`;
}
async function countAudience(db, audience) {
  const [row] = await db.execute(sql`select count(distinct s.canonical_email)::int as n ${audienceFrom(audience)}`);
  return Number(row?.n ?? 0);
}
async function audienceFacets(db, audience) {
  const base = audienceFrom({ ...audience, countries: [], locales: [], verifiedOnly: false });
  const [countries, locales, verified] = await Promise.all([
    db.execute(sql`select s.country as value, count(distinct s.canonical_email)::int as n ${base} group by s.country order by n desc, s.country`),
    db.execute(sql`select s.locale as value, count(distinct s.canonical_email)::int as n ${base} group by s.locale order by n desc, s.locale`),
    db.execute(sql`select count(distinct s.canonical_email)::int as n ${base} and s.verified`)
  ]);
  return {
    countries: countries.map((r) => ({ value: r.value, count: Number(r.n) })),
    locales: locales.map((r) => ({ value: r.value, count: Number(r.n) })),
    verified: Number(verified[0]?.n ?? 0)
  };
}
const optionalString = z.string().trim().transform((value) => value === "" ? void 0 : value).optional();
const booleanFlag = z.enum(["true", "false", "1", "0", ""]).optional().transform((value) => value === "true" || value === "1");
z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3e3),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: optionalString.pipe(
    z.string().regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://").optional()
  ),
  DATA_DIR: z.string().default(".data"),
  APP_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  RESEND_API_KEY: optionalString,
  RESEND_BASE_URL: optionalString.pipe(z.url().optional()),
  RESEND_WEBHOOK_SECRET: optionalString,
  EMAIL_FROM: z.string().default("Harm Reduction Petitions <petitions@localhost>"),
  /** Resend API requests per second, shared by every worker process (Resend's default team limit is 2). */
  EMAIL_REQUESTS_PER_SECOND: z.coerce.number().positive().max(100).default(2),
  SEED_ADMIN_EMAIL: z.email().default("admin@example.org"),
  SEED_ADMIN_PASSWORD: optionalString.pipe(
    z.string().min(12, "must be at least 12 characters").optional()
  ),
  /** Set to false on web processes when separate `npm run worker` processes do the jobs. */
  RUN_WORKER: z.enum(["true", "false"]).default("true").transform((value) => value === "true"),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(64 * 1024),
  TRUST_PROXY: booleanFlag,
  /** Multiplies every per-address rate limit (many signers behind one address). */
  IP_RATE_LIMIT_FACTOR: z.coerce.number().int().min(1).max(1e4).default(1),
  LOG_QUERIES: booleanFlag
}).transform((env) => ({
  ...env,
  APP_URL: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
  isProduction: env.NODE_ENV === "production",
  isDevelopment: env.NODE_ENV === "development"
}));
new Logger((scope) => (level, message2, meta) => {
  if (level !== "error" && level !== "warning") return;
  const where = scope.taskIdentifier ? ` [${scope.taskIdentifier}${scope.jobId ? `#${scope.jobId}` : ""}]` : "";
  console.error(`worker ${level}${where}: ${message2}${meta?.error ? ` ${String(meta.error)}` : ""}`);
});
async function enqueueJob(db, task, payload, options = {}) {
  await db.execute(sql`select graphile_worker.add_job(
    identifier => ${task}::text,
    payload => ${JSON.stringify(payload)}::json,
    queue_name => ${options.queueName ?? null}::text,
    run_at => ${options.runAt?.toISOString() ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? 10}::int,
    job_key => ${options.jobKey ?? null}::text
  )`);
}
async function removeJob(db, jobKey) {
  await db.execute(sql`select graphile_worker.remove_job(${jobKey}::text)`);
}
const HOUR_MS$1 = 60 * 60 * 1e3;
const ACCOUNT_TOKEN_TTL_MS = {
  "verify-email": 24 * HOUR_MS$1,
  "reset-password": 1 * HOUR_MS$1,
  "change-email": 24 * HOUR_MS$1
};
const ACCOUNT_RATE_RULES = {
  signupIp: { name: "signup-ip", windowMs: HOUR_MS$1, limit: 20 },
  /** "Someone tried to sign up with your address" notices, per address: no mail-bombing through the form. */
  signupNotice: { name: "signup-notice", windowMs: 24 * HOUR_MS$1, limit: 3 },
  resetAccount: { name: "reset-account", windowMs: HOUR_MS$1, limit: 3 },
  resetIp: { name: "reset-ip", windowMs: HOUR_MS$1, limit: 20 },
  resendVerification: { name: "verify-resend", windowMs: HOUR_MS$1, limit: 3 },
  /** Password checks on the account pages: a stolen session must not become a password oracle. */
  passwordCheck: { name: "account-password", windowMs: 15 * 60 * 1e3, limit: 10 }
};
const UUID$5 = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
async function accountMailMeta(request, context) {
  const locale = await detectLocale(request);
  const t = await getFixedT(locale);
  return { locale, appUrl: context.env.APP_URL, siteName: t("meta.siteName") };
}
const emailKey = (email2) => email2.trim().toLowerCase();
function isUniqueViolation$1(error, constraint) {
  for (let e = error; e instanceof Error; e = e.cause) {
    const pg = e;
    if (pg.code === "23505") return pg.constraint_name === constraint;
  }
  return false;
}
async function issueAccountToken(tx, userId, purpose, options = {}) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  await tx.delete(accountTokens).where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
  const tokenId = randomUUID();
  const secret = newSecret();
  await tx.insert(accountTokens).values({
    id: tokenId,
    userId,
    purpose,
    secretHash: hashSecret(secret),
    newEmail: options.newEmail ?? null,
    expiresAt: new Date(now.getTime() + ACCOUNT_TOKEN_TTL_MS[purpose])
  });
  return { tokenId, token: `${tokenId}.${secret}` };
}
async function checkToken(db, token, purpose, now, lock) {
  const parsed = parseToken(token);
  if (!parsed || !UUID$5.test(parsed.id)) return { ok: false, reason: "invalid" };
  const query = db.select().from(accountTokens).where(eq(accountTokens.id, parsed.id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row || row.purpose !== purpose || !secretMatches(parsed.secret, row.secretHash)) return { ok: false, reason: "invalid" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt <= now) return { ok: false, reason: "expired" };
  return { ok: true, tokenId: row.id, userId: row.userId, newEmail: row.newEmail };
}
function inspectAccountToken(db, token, purpose, now = /* @__PURE__ */ new Date()) {
  return checkToken(db, token, purpose, now, false);
}
async function consumeAccountToken(tx, token, purpose, now = /* @__PURE__ */ new Date()) {
  const check2 = await checkToken(tx, token, purpose, now, true);
  if (check2.ok) await tx.update(accountTokens).set({ usedAt: now }).where(eq(accountTokens.id, check2.tokenId));
  return check2;
}
async function queueVerificationEmail(tx, user, meta, now) {
  const { tokenId, token } = await issueAccountToken(tx, user.id, "verify-email", { now });
  await enqueueJob(tx, "send-email", {
    template: "verify-email",
    to: user.email,
    idempotencyKey: `verify-email/${tokenId}`,
    props: {
      locale: meta.locale,
      siteName: meta.siteName,
      displayName: user.displayName,
      verifyUrl: `${meta.appUrl}/verify-email/${token}`,
      expiresInHours: ACCOUNT_TOKEN_TTL_MS["verify-email"] / HOUR_MS$1
    }
  });
}
async function signUp(db, input, meta, now = /* @__PURE__ */ new Date()) {
  if (meta.ipHash && (await hitRateLimit(db, meta.ipHash, ACCOUNT_RATE_RULES.signupIp)).exceeded) return { outcome: "rate-limited" };
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx.insert(users).values({ email: input.email.trim(), displayName: input.displayName, passwordHash }).returning({ id: users.id, email: users.email, displayName: users.displayName });
      await queueVerificationEmail(tx, user, meta, now);
      await recordAudit(tx, { actorId: user.id, action: "account.signed-up", subjectType: "user", subjectId: user.id });
      return { outcome: "created", userId: user.id };
    });
  } catch (error) {
    if (!isUniqueViolation$1(error, "users_email_key")) throw error;
  }
  await notifyExistingAccount(db, input.email, meta);
  return { outcome: "existing" };
}
async function notifyExistingAccount(db, email2, meta) {
  if ((await hitRateLimit(db, emailKey(email2), ACCOUNT_RATE_RULES.signupNotice)).exceeded) return;
  const [owner] = await db.select({ id: users.id, email: users.email, displayName: users.displayName }).from(users).where(eq(sql`lower(${users.email})`, emailKey(email2)));
  if (!owner) return;
  await enqueueJob(db, "send-email", {
    template: "account-exists",
    to: owner.email,
    idempotencyKey: `account-exists/${owner.id}/${randomUUID()}`,
    props: {
      locale: meta.locale,
      siteName: meta.siteName,
      displayName: owner.displayName,
      loginUrl: `${meta.appUrl}/login`,
      forgotPasswordUrl: `${meta.appUrl}/forgot-password`
    }
  });
}
async function verifyEmail$1(db, token, now = /* @__PURE__ */ new Date()) {
  return db.transaction(async (tx) => {
    const check2 = await consumeAccountToken(tx, token, "verify-email", now);
    if (!check2.ok) return check2;
    await tx.update(users).set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()}::timestamptz)` }).where(eq(users.id, check2.userId));
    await recordAudit(tx, { actorId: check2.userId, action: "account.email-verified", subjectType: "user", subjectId: check2.userId });
    return { ok: true, userId: check2.userId };
  });
}
async function resendVerification(db, userId, meta, now = /* @__PURE__ */ new Date()) {
  if ((await hitRateLimit(db, userId, ACCOUNT_RATE_RULES.resendVerification)).exceeded) return "rate-limited";
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, email: users.email, displayName: users.displayName, verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId)).for("update");
    if (!user) throw new Error(`user ${userId} vanished`);
    if (user.verifiedAt) return "already-verified";
    await queueVerificationEmail(tx, user, meta, now);
    return "sent";
  });
}
async function requestPasswordReset(db, email2, meta, now = /* @__PURE__ */ new Date()) {
  if (meta.ipHash && (await hitRateLimit(db, meta.ipHash, ACCOUNT_RATE_RULES.resetIp)).exceeded) return "rate-limited";
  if ((await hitRateLimit(db, emailKey(email2), ACCOUNT_RATE_RULES.resetAccount)).exceeded) return "accepted";
  const [user] = await db.select({ id: users.id, email: users.email, displayName: users.displayName }).from(users).where(eq(sql`lower(${users.email})`, emailKey(email2)));
  if (!user) return "accepted";
  await db.transaction(async (tx) => {
    const { tokenId, token } = await issueAccountToken(tx, user.id, "reset-password", { now });
    await enqueueJob(tx, "send-email", {
      template: "reset-password",
      to: user.email,
      idempotencyKey: `reset-password/${tokenId}`,
      props: {
        locale: meta.locale,
        siteName: meta.siteName,
        displayName: user.displayName,
        resetUrl: `${meta.appUrl}/reset-password/${token}`,
        expiresInMinutes: ACCOUNT_TOKEN_TTL_MS["reset-password"] / 6e4
      }
    });
  });
  return "accepted";
}
async function resetPassword$1(db, token, newPassword, now = /* @__PURE__ */ new Date()) {
  const peek = await inspectAccountToken(db, token, "reset-password", now);
  if (!peek.ok) return peek;
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    const check2 = await consumeAccountToken(tx, token, "reset-password", now);
    if (!check2.ok) return check2;
    await tx.delete(accountTokens).where(and(eq(accountTokens.userId, check2.userId), eq(accountTokens.purpose, "reset-password"), isNull(accountTokens.usedAt)));
    const [user] = await tx.update(users).set({
      passwordHash,
      passwordChangedAt: now,
      // The link arrived at the address, which proves it as well as a verification link would.
      emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()}::timestamptz)`
    }).where(eq(users.id, check2.userId)).returning({ totpEnabledAt: users.totpEnabledAt });
    await invalidateUserSessions(tx, check2.userId);
    await recordAudit(tx, { actorId: check2.userId, action: "account.password-reset", subjectType: "user", subjectId: check2.userId });
    return { ok: true, userId: check2.userId, needsTwoFactor: user.totpEnabledAt !== null };
  });
}
async function checkCurrentPassword(db, userId, password2) {
  if ((await hitRateLimit(db, userId, ACCOUNT_RATE_RULES.passwordCheck)).exceeded) return "rate-limited";
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user || !await verifyPassword(user.passwordHash, password2)) return "wrong-password";
  return "ok";
}
async function changePassword(db, input, now = /* @__PURE__ */ new Date()) {
  const checked = await checkCurrentPassword(db, input.userId, input.currentPassword);
  if (checked !== "ok") return checked;
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: now }).where(eq(users.id, input.userId));
    await invalidateUserSessions(tx, input.userId, input.sessionId);
    await tx.delete(accountTokens).where(and(eq(accountTokens.userId, input.userId), eq(accountTokens.purpose, "reset-password"), isNull(accountTokens.usedAt)));
    await recordAudit(tx, { actorId: input.userId, action: "account.password-changed", subjectType: "user", subjectId: input.userId });
  });
  return "changed";
}
async function requestEmailChange(db, input, meta, now = /* @__PURE__ */ new Date()) {
  const checked = await checkCurrentPassword(db, input.userId, input.password);
  if (checked !== "ok") return checked;
  const newEmail = input.newEmail.trim();
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email, displayName: users.displayName }).from(users).where(eq(users.id, input.userId));
    if (emailKey(user.email) === emailKey(newEmail)) return "same-email";
    const { tokenId, token } = await issueAccountToken(tx, input.userId, "change-email", { newEmail, now });
    await enqueueJob(tx, "send-email", {
      template: "change-email",
      to: newEmail,
      idempotencyKey: `change-email/${tokenId}`,
      props: {
        locale: meta.locale,
        siteName: meta.siteName,
        displayName: user.displayName,
        newEmail,
        confirmUrl: `${meta.appUrl}/change-email/${token}`,
        expiresInHours: ACCOUNT_TOKEN_TTL_MS["change-email"] / HOUR_MS$1
      }
    });
    await recordAudit(tx, { actorId: input.userId, action: "account.email-change-requested", subjectType: "user", subjectId: input.userId });
    return "sent";
  });
}
async function confirmEmailChange(db, token, meta, now = /* @__PURE__ */ new Date()) {
  try {
    return await db.transaction(async (tx) => {
      const check2 = await consumeAccountToken(tx, token, "change-email", now);
      if (!check2.ok) return check2;
      const newEmail = check2.newEmail;
      const [before] = await tx.select({ email: users.email, displayName: users.displayName }).from(users).where(eq(users.id, check2.userId)).for("update");
      await tx.update(users).set({ email: newEmail, emailVerifiedAt: now }).where(eq(users.id, check2.userId));
      await tx.delete(accountTokens).where(and(eq(accountTokens.userId, check2.userId), isNull(accountTokens.usedAt), inArray(accountTokens.purpose, ["verify-email", "reset-password", "change-email"])));
      await enqueueJob(tx, "send-email", {
        template: "email-changed",
        to: before.email,
        idempotencyKey: `email-changed/${check2.tokenId}`,
        props: { locale: meta.locale, siteName: meta.siteName, displayName: before.displayName, newEmail }
      });
      await recordAudit(tx, { actorId: check2.userId, action: "account.email-changed", subjectType: "user", subjectId: check2.userId });
      return { ok: true, userId: check2.userId, newEmail };
    });
  } catch (error) {
    if (isUniqueViolation$1(error, "users_email_key")) return { ok: false, reason: "taken" };
    throw error;
  }
}
async function signOutEverywhere(db, userId) {
  await db.transaction(async (tx) => {
    await invalidateUserSessions(tx, userId);
    await recordAudit(tx, { actorId: userId, action: "account.signed-out-everywhere", subjectType: "user", subjectId: userId });
  });
}
const SignupSchema = z.object({
  displayName: z.string({
    error: "account.errors.required"
  }).trim().min(1, "account.errors.required").max(100, "account.errors.tooLong"),
  email: EmailField,
  password: NewPasswordField,
  redirectTo: z.string().max(500).optional()
});
async function loader$L({
  request,
  context
}) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  if (await getSession(request, context)) throw redirect(redirectTo);
  return {
    redirectTo
  };
}
async function action$v({
  request,
  context
}) {
  const submission = parseWithZod(await request.formData(), {
    schema: SignupSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply({
      hideFields: ["password"]
    })
  }, {
    status: 400
  });
  const {
    redirectTo,
    ...input
  } = submission.value;
  const meta = await accountMailMeta(request, context);
  const result = await signUp(context.db, input, {
    ...meta,
    ipHash: clientIpHash(context)
  });
  if (result.outcome === "rate-limited") {
    return data({
      result: submission.reply({
        formErrors: ["account.signup.rateLimited"],
        hideFields: ["password"]
      })
    }, {
      status: 429
    });
  }
  const next = `/signup/check-email?redirectTo=${encodeURIComponent(safeRedirectPath(redirectTo))}`;
  if (result.outcome === "existing") return redirect(next);
  return redirect(next, {
    headers: {
      "Set-Cookie": await startSession(context, result.userId, true)
    }
  });
}
const signup = UNSAFE_withComponentProps(function Signup({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const [form, fields] = useForm({
    id: "signup",
    lastResult: actionData?.result,
    onValidate: ({
      formData
    }) => parseWithZod(formData, {
      schema: SignupSchema
    }),
    shouldValidate: "onBlur"
  });
  return /* @__PURE__ */ jsxs("div", {
    className: "narrow",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("account.signup.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("account.signup.title")
    }), /* @__PURE__ */ jsx("p", {
      children: t("account.signup.lead")
    }), /* @__PURE__ */ jsxs(Form, {
      method: "post",
      ...getFormProps(form),
      className: "stack-form",
      children: [/* @__PURE__ */ jsx(FormError$1, {
        errors: form.errors,
        id: form.errorId
      }), /* @__PURE__ */ jsx("input", {
        type: "hidden",
        name: "redirectTo",
        value: loaderData.redirectTo
      }), /* @__PURE__ */ jsx(FormField, {
        meta: fields.displayName,
        label: t("account.signup.displayName"),
        type: "text",
        autoComplete: "name",
        hint: t("account.signup.displayNameHint")
      }), /* @__PURE__ */ jsx(FormField, {
        meta: fields.email,
        label: t("account.signup.email"),
        type: "email",
        autoComplete: "email"
      }), /* @__PURE__ */ jsx(FormField, {
        meta: fields.password,
        label: t("account.signup.password"),
        type: "password",
        autoComplete: "new-password",
        hint: t("account.passwordHint")
      }), /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-primary",
        children: t("account.signup.submit")
      })]
    }), /* @__PURE__ */ jsxs("p", {
      children: [t("account.signup.haveAccount"), " ", /* @__PURE__ */ jsx(Link, {
        to: "/login",
        children: t("account.signup.signIn")
      })]
    })]
  });
});
const route16 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$v,
  default: signup,
  loader: loader$L
}, Symbol.toStringTag, { value: "Module" }));
function loader$K({
  request
}) {
  return {
    next: safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"))
  };
}
const signupSent = UNSAFE_withComponentProps(function SignupSent({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  return /* @__PURE__ */ jsxs("div", {
    className: "narrow",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("account.signupSent.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("account.signupSent.title")
    }), /* @__PURE__ */ jsx("p", {
      className: "lead",
      role: "status",
      children: t("account.signupSent.body")
    }), /* @__PURE__ */ jsx("p", {
      children: t("account.signupSent.spam")
    }), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: loaderData.next,
        children: t("account.signupSent.continue")
      })
    })]
  });
});
const route17 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: signupSent,
  loader: loader$K
}, Symbol.toStringTag, { value: "Module" }));
function linkProblemStatus(reason) {
  return reason === "invalid" ? 404 : 410;
}
const SECRET_URL_HEADERS = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };
function LinkProblemPage({ reason, next, nextLabel }) {
  const { t } = useTranslation();
  const title = t(`account.link.${reason}Title`);
  return /* @__PURE__ */ jsxs("div", { className: "narrow", children: [
    /* @__PURE__ */ jsx(PageTitle, { title }),
    /* @__PURE__ */ jsx("h1", { children: title }),
    /* @__PURE__ */ jsx("p", { children: t(`account.link.${reason}`) }),
    /* @__PURE__ */ jsx("p", { children: /* @__PURE__ */ jsx(Link, { to: next, children: nextLabel }) })
  ] });
}
async function loader$J({
  params,
  context
}) {
  const result = await verifyEmail$1(context.db, params.token);
  if (!result.ok) return data({
    ok: false,
    reason: result.reason
  }, {
    status: linkProblemStatus(result.reason),
    headers: SECRET_URL_HEADERS
  });
  return data({
    ok: true
  }, {
    headers: SECRET_URL_HEADERS
  });
}
const verifyEmail = UNSAFE_withComponentProps(function VerifyEmail({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  if (!loaderData.ok) return /* @__PURE__ */ jsx(LinkProblemPage, {
    reason: loaderData.reason,
    next: "/account",
    nextLabel: t("account.verifyEmail.requestNew")
  });
  return /* @__PURE__ */ jsxs("div", {
    className: "narrow",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("account.verifyEmail.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("account.verifyEmail.title")
    }), /* @__PURE__ */ jsx("p", {
      className: "lead",
      role: "status",
      children: t("account.verifyEmail.body")
    }), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: "/account",
        children: t("account.verifyEmail.toAccount")
      })
    })]
  });
});
const route18 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: verifyEmail,
  loader: loader$J
}, Symbol.toStringTag, { value: "Module" }));
const ForgotPasswordSchema = z.object({
  email: EmailField
});
function loader$I({
  request
}) {
  return {
    sent: new URL(request.url).searchParams.get("sent") === "1"
  };
}
async function action$u({
  request,
  context
}) {
  const submission = parseWithZod(await request.formData(), {
    schema: ForgotPasswordSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply()
  }, {
    status: 400
  });
  const meta = await accountMailMeta(request, context);
  const outcome = await requestPasswordReset(context.db, submission.value.email, {
    ...meta,
    ipHash: clientIpHash(context)
  });
  if (outcome === "rate-limited") return data({
    result: submission.reply({
      formErrors: ["account.forgot.rateLimited"]
    })
  }, {
    status: 429
  });
  return redirect("/forgot-password?sent=1");
}
const forgotPassword = UNSAFE_withComponentProps(function ForgotPassword({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const [form, fields] = useForm({
    id: "forgot-password",
    lastResult: actionData?.result,
    onValidate: ({
      formData
    }) => parseWithZod(formData, {
      schema: ForgotPasswordSchema
    }),
    shouldValidate: "onBlur"
  });
  if (loaderData.sent) {
    return /* @__PURE__ */ jsxs("div", {
      className: "narrow",
      children: [/* @__PURE__ */ jsx(PageTitle, {
        title: t("account.forgot.sentTitle")
      }), /* @__PURE__ */ jsx("h1", {
        children: t("account.forgot.sentTitle")
      }), /* @__PURE__ */ jsx("p", {
        className: "lead",
        role: "status",
        children: t("account.forgot.sent")
      }), /* @__PURE__ */ jsx("p", {
        children: t("account.forgot.spam")
      }), /* @__PURE__ */ jsx("p", {
        children: /* @__PURE__ */ jsx(Link, {
          to: "/login",
          children: t("account.forgot.back")
        })
      })]
    });
  }
  return /* @__PURE__ */ jsxs("div", {
    className: "narrow",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("account.forgot.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("account.forgot.title")
    }), /* @__PURE__ */ jsx("p", {
      children: t("account.forgot.lead")
    }), /* @__PURE__ */ jsxs(Form, {
      method: "post",
      ...getFormProps(form),
      className: "stack-form",
      children: [/* @__PURE__ */ jsx(FormError$1, {
        errors: form.errors,
        id: form.errorId
      }), /* @__PURE__ */ jsx(FormField, {
        meta: fields.email,
        label: t("account.forgot.email"),
        type: "email",
        autoComplete: "username"
      }), /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-primary",
        children: t("account.forgot.submit")
      })]
    }), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: "/login",
        children: t("account.forgot.back")
      })
    })]
  });
});
const route19 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$u,
  default: forgotPassword,
  loader: loader$I
}, Symbol.toStringTag, { value: "Module" }));
const ResetPasswordSchema = z.object({
  password: NewPasswordField
});
async function loader$H({
  params,
  context
}) {
  const check2 = await inspectAccountToken(context.db, params.token, "reset-password");
  if (!check2.ok) return data({
    ok: false,
    reason: check2.reason
  }, {
    status: linkProblemStatus(check2.reason),
    headers: SECRET_URL_HEADERS
  });
  return data({
    ok: true
  }, {
    headers: SECRET_URL_HEADERS
  });
}
async function action$t({
  request,
  params,
  context
}) {
  const submission = parseWithZod(await request.formData(), {
    schema: ResetPasswordSchema
  });
  if (submission.status !== "success") return data({
    ok: true,
    result: submission.reply({
      hideFields: ["password"]
    })
  }, {
    status: 400
  });
  const result = await resetPassword$1(context.db, params.token, submission.value.password);
  if (!result.ok) return data({
    ok: false,
    reason: result.reason
  }, {
    status: linkProblemStatus(result.reason),
    headers: SECRET_URL_HEADERS
  });
  const cookie = await startSession(context, result.userId, !result.needsTwoFactor);
  return redirect(result.needsTwoFactor ? "/login/two-factor?redirectTo=%2Fdashboard" : "/dashboard", {
    headers: {
      "Set-Cookie": cookie
    }
  });
}
const resetPassword = UNSAFE_withComponentProps(function ResetPassword({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const [form, fields] = useForm({
    id: "reset-password",
    lastResult: actionData?.ok ? actionData.result : void 0,
    onValidate: ({
      formData
    }) => parseWithZod(formData, {
      schema: ResetPasswordSchema
    }),
    shouldValidate: "onBlur"
  });
  const problem = actionData && !actionData.ok ? actionData.reason : !loaderData.ok ? loaderData.reason : null;
  if (problem) return /* @__PURE__ */ jsx(LinkProblemPage, {
    reason: problem,
    next: "/forgot-password",
    nextLabel: t("account.reset.requestNew")
  });
  return /* @__PURE__ */ jsxs("div", {
    className: "narrow",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("account.reset.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("account.reset.title")
    }), /* @__PURE__ */ jsx("p", {
      children: t("account.reset.lead")
    }), /* @__PURE__ */ jsxs(Form, {
      method: "post",
      ...getFormProps(form),
      className: "stack-form",
      children: [/* @__PURE__ */ jsx(FormField, {
        meta: fields.password,
        label: t("account.reset.password"),
        type: "password",
        autoComplete: "new-password",
        hint: t("account.passwordHint")
      }), /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-primary",
        children: t("account.reset.submit")
      })]
    })]
  });
});
const route20 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$t,
  default: resetPassword,
  loader: loader$H
}, Symbol.toStringTag, { value: "Module" }));
async function loader$G({
  params,
  context
}) {
  const check2 = await inspectAccountToken(context.db, params.token, "change-email");
  if (!check2.ok) return data({
    ok: false,
    reason: check2.reason
  }, {
    status: linkProblemStatus(check2.reason),
    headers: SECRET_URL_HEADERS
  });
  return data({
    ok: true,
    newEmail: check2.newEmail
  }, {
    headers: SECRET_URL_HEADERS
  });
}
async function action$s({
  request,
  params,
  context
}) {
  const result = await confirmEmailChange(context.db, params.token, await accountMailMeta(request, context));
  if (result.ok) {
    const session = await getSession(request, context);
    return redirect(session?.user.id === result.userId ? "/account?done=email-changed" : "/login?notice=email-changed");
  }
  if (result.reason === "taken") return data({
    taken: true
  }, {
    status: 409,
    headers: SECRET_URL_HEADERS
  });
  return data({
    taken: false,
    reason: result.reason
  }, {
    status: linkProblemStatus(result.reason),
    headers: SECRET_URL_HEADERS
  });
}
const changeEmailConfirm = UNSAFE_withComponentProps(function ChangeEmailConfirm({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  if (actionData?.taken) {
    return /* @__PURE__ */ jsxs("div", {
      className: "narrow",
      children: [/* @__PURE__ */ jsx(PageTitle, {
        title: t("account.changeEmailConfirm.takenTitle")
      }), /* @__PURE__ */ jsx("h1", {
        children: t("account.changeEmailConfirm.takenTitle")
      }), /* @__PURE__ */ jsx("p", {
        children: t("account.changeEmailConfirm.taken")
      }), /* @__PURE__ */ jsx("p", {
        children: /* @__PURE__ */ jsx(Link, {
          to: "/account/email",
          children: t("account.changeEmailConfirm.toAccount")
        })
      })]
    });
  }
  const problem = actionData ? actionData.reason : !loaderData.ok ? loaderData.reason : null;
  if (problem || !loaderData.ok) {
    return /* @__PURE__ */ jsx(LinkProblemPage, {
      reason: problem ?? "invalid",
      next: "/account/email",
      nextLabel: t("account.changeEmailConfirm.toAccount")
    });
  }
  return /* @__PURE__ */ jsxs("div", {
    className: "narrow",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("account.changeEmailConfirm.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("account.changeEmailConfirm.title")
    }), /* @__PURE__ */ jsx("p", {
      children: t("account.changeEmailConfirm.lead", {
        email: loaderData.newEmail
      })
    }), /* @__PURE__ */ jsx(Form, {
      method: "post",
      children: /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-primary",
        children: t("account.changeEmailConfirm.submit")
      })
    })]
  });
});
const route21 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$s,
  default: changeEmailConfirm,
  loader: loader$G
}, Symbol.toStringTag, { value: "Module" }));
function Notice$1({ message: message2 }) {
  if (!message2) return null;
  return /* @__PURE__ */ jsx("p", { className: "notice", role: "status", children: message2 });
}
function FormError({ message: message2, id }) {
  if (!message2) return null;
  return /* @__PURE__ */ jsx("p", { className: "form-error", role: "alert", id, children: message2 });
}
function FieldError$1({ errors, id }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return /* @__PURE__ */ jsx("p", { className: "field-error", id, children: t(errors[0]) });
}
const PRIVATE_PAGE_HEADERS = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };
const UnsubscribeSchema = z.object({
  scope: z.enum(["campaign", "everything"])
});
async function loader$F({
  request,
  params,
  context
}) {
  const locale = await detectLocale(request);
  const subject = await findUnsubscribeSubject(context.db, params.token, locale);
  if (!subject) return data({
    ok: false
  }, {
    status: 400,
    headers: PRIVATE_PAGE_HEADERS
  });
  const done = new URL(request.url).searchParams.get("done");
  return data({
    ok: true,
    token: params.token,
    campaign: subject.campaignTitle,
    organisation: subject.organisationName,
    subscribed: subject.subscribedToCampaign && !subject.unsubscribedFromEverything,
    done: done === "campaign" || done === "everything" ? done : null
  }, {
    headers: PRIVATE_PAGE_HEADERS
  });
}
async function action$r({
  request,
  params,
  context
}) {
  const formData = await request.formData();
  if (formData.get("List-Unsubscribe") === "One-Click") {
    const ok = await unsubscribe$1(context.db, params.token, "campaign");
    return new Response(ok ? "Unsubscribed\n" : "Invalid unsubscribe link\n", {
      status: ok ? 200 : 400,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store"
      }
    });
  }
  const submission = parseWithZod(formData, {
    schema: UnsubscribeSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply()
  }, {
    status: 400
  });
  if (!await unsubscribe$1(context.db, params.token, submission.value.scope)) throw new Response("Invalid unsubscribe link", {
    status: 400
  });
  return redirect(`/unsubscribe/${params.token}?done=${submission.value.scope}`, 303);
}
const unsubscribe = UNSAFE_withComponentProps(function Unsubscribe({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  if (!loaderData.ok) {
    return /* @__PURE__ */ jsxs("div", {
      className: "narrow",
      children: [/* @__PURE__ */ jsx(PageTitle, {
        title: t("supporterEmail.unsubscribe.invalidTitle")
      }), /* @__PURE__ */ jsx("h1", {
        children: t("supporterEmail.unsubscribe.invalidTitle")
      }), /* @__PURE__ */ jsx("p", {
        children: t("supporterEmail.unsubscribe.invalid")
      }), /* @__PURE__ */ jsx("p", {
        children: /* @__PURE__ */ jsx(Link, {
          to: "/my-data",
          children: t("supporterEmail.unsubscribe.myData")
        })
      })]
    });
  }
  const values = {
    campaign: loaderData.campaign,
    organisation: loaderData.organisation
  };
  return /* @__PURE__ */ jsxs("div", {
    className: "narrow",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("supporterEmail.unsubscribe.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("supporterEmail.unsubscribe.title")
    }), /* @__PURE__ */ jsx(Notice$1, {
      message: loaderData.done === "campaign" ? t("supporterEmail.unsubscribe.doneCampaign", values) : loaderData.done === "everything" ? t("supporterEmail.unsubscribe.doneEverything") : null
    }), /* @__PURE__ */ jsx("p", {
      children: t("supporterEmail.unsubscribe.lead", values)
    }), loaderData.subscribed ? null : /* @__PURE__ */ jsx("p", {
      children: t("supporterEmail.unsubscribe.already")
    }), /* @__PURE__ */ jsxs(Form, {
      method: "post",
      className: "stack-form",
      children: [loaderData.subscribed ? /* @__PURE__ */ jsx("p", {
        children: /* @__PURE__ */ jsx("button", {
          type: "submit",
          name: "scope",
          value: "campaign",
          className: "button-primary",
          children: t("supporterEmail.unsubscribe.campaign", values)
        })
      }) : null, /* @__PURE__ */ jsx("p", {
        children: /* @__PURE__ */ jsx("button", {
          type: "submit",
          name: "scope",
          value: "everything",
          className: "button-secondary",
          "aria-describedby": "everything-hint",
          children: t("supporterEmail.unsubscribe.everything")
        })
      }), /* @__PURE__ */ jsx("p", {
        className: "hint",
        id: "everything-hint",
        children: t("supporterEmail.unsubscribe.everythingHint")
      })]
    }), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: `/email-preferences/${loaderData.token}`,
        children: t("supporterEmail.unsubscribe.preferences")
      })
    }), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: "/my-data",
        children: t("supporterEmail.unsubscribe.myData")
      })
    })]
  });
});
const route22 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$r,
  default: unsubscribe,
  loader: loader$F
}, Symbol.toStringTag, { value: "Module" }));
const PreferenceSchema = z.object({
  campaignId: z.uuid(),
  subscribed: z.enum(["true", "false"]).transform((v) => v === "true")
});
async function loader$E({
  request,
  params,
  context
}) {
  const locale = await detectLocale(request);
  const preferences2 = await listPreferences(context.db, params.token, locale);
  if (!preferences2) return data({
    ok: false
  }, {
    status: 400,
    headers: PRIVATE_PAGE_HEADERS
  });
  const saved = new URL(request.url).searchParams.has("saved");
  return data({
    ok: true,
    campaigns: preferences2.campaigns,
    saved
  }, {
    headers: PRIVATE_PAGE_HEADERS
  });
}
async function action$q({
  request,
  params,
  context
}) {
  const submission = parseWithZod(await request.formData(), {
    schema: PreferenceSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply()
  }, {
    status: 400
  });
  const ok = await setCampaignPreference(context.db, params.token, submission.value.campaignId, submission.value.subscribed);
  if (!ok) throw new Response("Invalid link or campaign", {
    status: 400
  });
  return redirect(`/email-preferences/${params.token}?saved`, 303);
}
const preferences = UNSAFE_withComponentProps(function Preferences({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  if (!loaderData.ok) {
    return /* @__PURE__ */ jsxs("div", {
      className: "narrow",
      children: [/* @__PURE__ */ jsx(PageTitle, {
        title: t("supporterEmail.unsubscribe.invalidTitle")
      }), /* @__PURE__ */ jsx("h1", {
        children: t("supporterEmail.unsubscribe.invalidTitle")
      }), /* @__PURE__ */ jsx("p", {
        children: t("supporterEmail.unsubscribe.invalid")
      })]
    });
  }
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("supporterEmail.preferences.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("supporterEmail.preferences.title")
    }), /* @__PURE__ */ jsx(Notice$1, {
      message: loaderData.saved ? t("supporterEmail.preferences.saved") : null
    }), /* @__PURE__ */ jsx("p", {
      children: t("supporterEmail.preferences.lead")
    }), /* @__PURE__ */ jsxs("table", {
      className: "data-table",
      children: [/* @__PURE__ */ jsx("thead", {
        children: /* @__PURE__ */ jsxs("tr", {
          children: [/* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("supporterEmail.preferences.campaign")
          }), /* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("supporterEmail.preferences.organisation")
          }), /* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("supporterEmail.preferences.state")
          }), /* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("supporterEmail.preferences.change")
          })]
        })
      }), /* @__PURE__ */ jsx("tbody", {
        children: loaderData.campaigns.map((c) => /* @__PURE__ */ jsxs("tr", {
          children: [/* @__PURE__ */ jsx("td", {
            children: c.title
          }), /* @__PURE__ */ jsx("td", {
            children: c.organisationName
          }), /* @__PURE__ */ jsx("td", {
            children: t(c.subscribed ? "supporterEmail.preferences.subscribed" : "supporterEmail.preferences.unsubscribed")
          }), /* @__PURE__ */ jsx("td", {
            children: /* @__PURE__ */ jsxs(Form, {
              method: "post",
              children: [/* @__PURE__ */ jsx("input", {
                type: "hidden",
                name: "campaignId",
                value: c.campaignId
              }), /* @__PURE__ */ jsx("input", {
                type: "hidden",
                name: "subscribed",
                value: c.subscribed ? "false" : "true"
              }), /* @__PURE__ */ jsx("button", {
                type: "submit",
                className: "button-link",
                children: t(c.subscribed ? "supporterEmail.preferences.unsubscribe" : "supporterEmail.preferences.subscribe", {
                  campaign: c.title
                })
              })]
            })
          })]
        }, c.campaignId))
      })]
    }), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: "/my-data",
        children: t("supporterEmail.unsubscribe.myData")
      })
    })]
  });
});
const route23 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$q,
  default: preferences,
  loader: loader$E
}, Symbol.toStringTag, { value: "Module" }));
const STATUS_RANK = { queued: 0, sending: 1, sent: 2, delivered: 3, bounced: 4, complained: 5 };
const EVENT_STATUS = {
  "email.sent": "sent",
  "email.delivered": "delivered",
  "email.bounced": "bounced",
  "email.complained": "complained"
};
function verifyWebhook(secret, rawBody, headers2) {
  if (!secret || !headers2.id || !headers2.timestamp || !headers2.signature) return null;
  const resend = new Resend("re_webhook_verification_only");
  try {
    const event = resend.webhooks.verify({
      payload: rawBody,
      headers: { id: headers2.id, timestamp: headers2.timestamp, signature: headers2.signature },
      webhookSecret: secret
    });
    return event && typeof event.type === "string" ? event : null;
  } catch {
    return null;
  }
}
async function processWebhookEvent(db, eventId, event) {
  return db.transaction(async (tx) => {
    const recorded = await tx.execute(sql`insert into webhook_events (id, type) values (${eventId}, ${event.type}) on conflict (id) do nothing returning id`);
    if (recorded.length === 0) return { status: 200, message: "duplicate" };
    const status = EVENT_STATUS[event.type];
    if (!status) return { status: 200, message: "ignored" };
    const emailId = event.data?.email_id;
    if (emailId) {
      const lower = Object.entries(STATUS_RANK).filter(([, rank]) => rank < STATUS_RANK[status]).map(([name]) => name);
      await tx.execute(sql`
        update email_deliveries set status = ${status}, updated_at = now()
        where resend_id = ${emailId} and status in (${sql.join(lower.map((s) => sql`${s}`), sql`, `)})`);
    }
    const hard = event.type === "email.bounced" ? !/^(transient|undetermined)$/i.test(event.data?.bounce?.type ?? "") : event.type === "email.complained";
    if (hard) {
      const to = event.data?.to;
      const addresses = (Array.isArray(to) ? to : to ? [to] : []).map(canonicalEmail);
      for (const address of addresses) {
        await tx.execute(sql`
          insert into suppressions (canonical_email, reason) values (${address}, ${status})
          on conflict (canonical_email) do update set reason = excluded.reason where suppressions.reason = 'unsubscribed'`);
      }
    }
    return { status: 200, message: "processed" };
  });
}
async function handleResendWebhook(db, secret, rawBody, headers2) {
  const event = verifyWebhook(secret, rawBody, headers2);
  if (!event) return { status: 400, message: "Invalid or stale webhook signature" };
  return processWebhookEvent(db, headers2.id, event);
}
function loader$D() {
  return new Response("Method Not Allowed", {
    status: 405,
    headers: {
      Allow: "POST"
    }
  });
}
async function action$p({
  request,
  context
}) {
  if (request.method !== "POST") return loader$D();
  const rawBody = await request.text();
  const result = await handleResendWebhook(context.db, context.env.RESEND_WEBHOOK_SECRET, rawBody, {
    id: request.headers.get("svix-id"),
    timestamp: request.headers.get("svix-timestamp"),
    signature: request.headers.get("svix-signature")
  });
  return Response.json({
    result: result.message
  }, {
    status: result.status,
    headers: {
      "Cache-Control": "no-store"
    }
  });
}
const route24 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$p,
  loader: loader$D
}, Symbol.toStringTag, { value: "Module" }));
const MY_DATA_LINK_TTL_MS = 24 * 60 * 60 * 1e3;
const HOUR_MS = 60 * 60 * 1e3;
const MY_DATA_RATE_RULES = {
  address: { name: "my-data-address", windowMs: 60 * 60 * 1e3, limit: 3 },
  ip: { name: "my-data-ip", windowMs: 60 * 60 * 1e3, limit: 20 }
};
const LINK_KEY = "supporter-data-link-key";
const ERASURE_KEY = "erasure-hash-key";
async function linkKey(db) {
  return Buffer.from(await cachedSecret(db, LINK_KEY), "base64url");
}
async function sealDataToken(db, canonical, now = Date.now()) {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", await linkKey(db), iv);
  const body2 = Buffer.concat([cipher.update(JSON.stringify({ e: canonical, x: now + MY_DATA_LINK_TTL_MS }), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body2]).toString("base64url");
}
async function openDataToken(db, token, now = Date.now()) {
  if (!/^[A-Za-z0-9_-]{40,400}$/.test(token)) return { ok: false, reason: "invalid" };
  const raw = Buffer.from(token, "base64url");
  try {
    const decipher = createDecipheriv("aes-256-gcm", await linkKey(db), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const payload = JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8"));
    if (typeof payload.e !== "string" || typeof payload.x !== "number") return { ok: false, reason: "invalid" };
    if (payload.x <= now) return { ok: false, reason: "expired" };
    return { ok: true, canonicalEmail: payload.e };
  } catch {
    return { ok: false, reason: "invalid" };
  }
}
async function requestDataLink(db, email2, meta) {
  const canonical = canonicalEmail(email2);
  const [byAddress, byIp] = await Promise.all([
    hitRateLimit(db, canonical, MY_DATA_RATE_RULES.address),
    meta.ipHash ? hitRateLimit(db, meta.ipHash, MY_DATA_RATE_RULES.ip) : Promise.resolve({ exceeded: false })
  ]);
  if (byAddress.exceeded || byIp.exceeded) return { ok: false, reason: "rate-limited" };
  const [row] = await db.execute(sql`
    select email from signatures where canonical_email = ${canonical} and anonymised_at is null order by created_at desc limit 1`);
  if (!row) return { ok: true };
  const token = await sealDataToken(db, canonical);
  await enqueueJob(db, "send-email", {
    template: "my-data-link",
    // The address they typed now: it is theirs (same canonical form) and it is where they look.
    to: email2.trim(),
    idempotencyKey: `my-data/${randomUUID()}`,
    props: { locale: meta.locale, siteName: meta.siteName, manageUrl: `${meta.appUrl}/my-data/${token}`, expiresInHours: MY_DATA_LINK_TTL_MS / HOUR_MS }
  });
  return { ok: true };
}
async function listSupporterSignatures(db, canonical) {
  const rows = await db.execute(sql`
    select p.slug, coalesce(
        (select title from petition_translations t where t.petition_id = p.id and t.locale = s.locale),
        (select title from petition_translations t where t.petition_id = p.id and t.locale = p.default_locale)) as title,
      s.full_name, s.email, s.country, s.postcode, s.locale, s.status, s.verified, s.show_name, s.updates_opt_in,
      s.consent_version, s.consent_text, s.custom_fields, s.source, s.utm, s.channel, s.created_at, s.confirmed_at
    from signatures s join petitions p on p.id = s.petition_id
    where s.canonical_email = ${canonical} and s.anonymised_at is null
    order by s.created_at`);
  const iso2 = (value) => value === null ? null : new Date(value).toISOString();
  return rows.map((r) => ({
    petitionSlug: r.slug,
    petitionTitle: r.title ?? r.slug,
    fullName: r.full_name,
    email: r.email,
    country: r.country,
    postcode: r.postcode,
    locale: r.locale,
    status: r.status,
    verified: r.verified,
    showName: r.show_name,
    updatesOptIn: r.updates_opt_in,
    consentVersion: r.consent_version,
    consentText: r.consent_text,
    customFields: r.custom_fields,
    source: r.source,
    utm: r.utm,
    channel: r.channel,
    signedAt: iso2(r.created_at),
    confirmedAt: iso2(r.confirmed_at)
  }));
}
async function exportSupporterData(db, canonical) {
  const [signatures2, emails, suppression] = await Promise.all([
    listSupporterSignatures(db, canonical),
    db.execute(sql`
      select coalesce(m.kind, split_part(d.transactional_key, '/', 1)) as kind, d.status, d.sent_at
      from email_deliveries d left join email_messages m on m.id = d.message_id
      where d.recipient in (select email from signatures where canonical_email = ${canonical})
      order by d.created_at`),
    db.execute(sql`select reason, created_at from suppressions where canonical_email = ${canonical}`)
  ]);
  return {
    exportedAt: (/* @__PURE__ */ new Date()).toISOString(),
    email: canonical,
    signatures: signatures2,
    emailsSent: emails.map((e) => ({ kind: e.kind, status: e.status, sentAt: e.sent_at === null ? null : new Date(e.sent_at).toISOString() })),
    suppression: suppression[0] ? { reason: suppression[0].reason, since: new Date(suppression[0].created_at).toISOString() } : null
  };
}
async function erasedCanonicalEmail(db, canonical) {
  return `erased-${createHmac("sha256", await cachedSecret(db, ERASURE_KEY)).update(canonical).digest("base64url").slice(0, 32)}`;
}
async function eraseSupporterData(db, canonical) {
  const hashed = await erasedCanonicalEmail(db, canonical);
  const placeholder = `${hashed}@erased.invalid`;
  return db.transaction(async (tx) => {
    const addresses = (await tx.execute(sql`select distinct email from signatures where canonical_email = ${canonical}`)).map((r) => r.email);
    if (addresses.length === 0) return 0;
    const list = sql.join(addresses.map((a) => sql`${a}`), sql`, `);
    const erased = await tx.execute(sql`
      update signatures set full_name = '', email = ${placeholder}, canonical_email = ${hashed}, postcode = null,
        custom_fields = '{}'::jsonb, utm = '{}'::jsonb, ip_hash = null, source = null, show_name = false, updates_opt_in = false,
        confirm_token_hash = null, confirm_token_expires_at = null, anonymised_at = now()
      where canonical_email = ${canonical}
      returning id`);
    await tx.execute(sql`
      update email_deliveries set recipient = ${placeholder}, updated_at = now(),
        status = case when status = 'queued' then 'suppressed' else status end,
        last_error = case when status = 'queued' then 'erased' else last_error end
      where recipient in (${list})`);
    await tx.execute(sql`delete from outbox_messages where to_address in (${list})`);
    return erased.length;
  });
}
const MyDataSchema = z.object({
  email: z.string({
    error: "supporterEmail.myData.errors.email"
  }).trim().max(254).pipe(z.email("supporterEmail.myData.errors.email"))
});
async function loader$C({
  request
}) {
  return {
    sent: new URL(request.url).searchParams.has("sent")
  };
}
async function action$o({
  request,
  context
}) {
  const submission = parseWithZod(await request.formData(), {
    schema: MyDataSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply()
  }, {
    status: 400
  });
  const locale = await detectLocale(request);
  const t = await getFixedT(locale);
  const result = await requestDataLink(context.db, submission.value.email, {
    locale,
    siteName: t("meta.siteName"),
    appUrl: context.env.APP_URL,
    ipHash: clientIpHash(context)
  });
  if (!result.ok) return data({
    result: submission.reply({
      formErrors: ["supporterEmail.myData.rateLimited"]
    })
  }, {
    status: 429
  });
  return redirect("/my-data?sent", 303);
}
const myData = UNSAFE_withComponentProps(function MyData({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const [form, fields] = useForm({
    id: "my-data",
    lastResult: actionData?.result,
    shouldValidate: "onBlur"
  });
  return /* @__PURE__ */ jsxs("div", {
    className: "narrow",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("supporterEmail.myData.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("supporterEmail.myData.title")
    }), /* @__PURE__ */ jsx(Notice$1, {
      message: loaderData.sent ? t("supporterEmail.myData.sent") : null
    }), /* @__PURE__ */ jsx("p", {
      children: t("supporterEmail.myData.lead")
    }), /* @__PURE__ */ jsxs(Form, {
      method: "post",
      ...getFormProps(form),
      className: "stack-form",
      children: [/* @__PURE__ */ jsx(FormError, {
        message: form.errors?.[0] ? t(form.errors[0]) : null,
        id: form.errorId
      }), /* @__PURE__ */ jsxs("div", {
        className: "field",
        children: [/* @__PURE__ */ jsx("label", {
          htmlFor: fields.email.id,
          children: t("supporterEmail.myData.email")
        }), /* @__PURE__ */ jsx("input", {
          ...getInputProps(fields.email, {
            type: "email"
          }),
          autoComplete: "email"
        }), /* @__PURE__ */ jsx(FieldError$1, {
          errors: fields.email.errors,
          id: fields.email.errorId
        })]
      }), /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-primary",
        children: t("supporterEmail.myData.submit")
      })]
    })]
  });
});
const route25 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$o,
  default: myData,
  loader: loader$C
}, Symbol.toStringTag, { value: "Module" }));
const EraseSchema = z.object({
  confirm: z.literal("yes", {
    error: "supporterEmail.myData.eraseRequired"
  })
});
async function loader$B({
  request,
  params,
  context
}) {
  const [check2, locale] = await Promise.all([openDataToken(context.db, params.token), detectLocale(request)]);
  if (!check2.ok) return data({
    ok: false,
    reason: check2.reason
  }, {
    status: check2.reason === "expired" ? 410 : 400,
    headers: PRIVATE_PAGE_HEADERS
  });
  const signatures2 = await listSupporterSignatures(context.db, check2.canonicalEmail);
  const erased = new URL(request.url).searchParams.has("erased");
  return data({
    ok: true,
    token: params.token,
    locale,
    erased,
    signatures: signatures2
  }, {
    headers: PRIVATE_PAGE_HEADERS
  });
}
async function action$n({
  request,
  params,
  context
}) {
  const check2 = await openDataToken(context.db, params.token);
  if (!check2.ok) throw new Response("This link is not valid", {
    status: check2.reason === "expired" ? 410 : 400
  });
  const submission = parseWithZod(await request.formData(), {
    schema: EraseSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply()
  }, {
    status: 400
  });
  await eraseSupporterData(context.db, check2.canonicalEmail);
  return redirect(`/my-data/${params.token}?erased`, 303);
}
const myDataManage = UNSAFE_withComponentProps(function MyDataManage({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  if (!loaderData.ok) {
    const expired = loaderData.reason === "expired";
    const title = t(expired ? "supporterEmail.myData.expiredTitle" : "supporterEmail.myData.invalidTitle");
    return /* @__PURE__ */ jsxs("div", {
      className: "narrow",
      children: [/* @__PURE__ */ jsx(PageTitle, {
        title
      }), /* @__PURE__ */ jsx("h1", {
        children: title
      }), /* @__PURE__ */ jsx("p", {
        children: t(expired ? "supporterEmail.myData.expired" : "supporterEmail.myData.invalid")
      }), /* @__PURE__ */ jsx("p", {
        children: /* @__PURE__ */ jsx(Link, {
          to: "/my-data",
          children: t("supporterEmail.myData.again")
        })
      })]
    });
  }
  const {
    signatures: signatures2,
    locale
  } = loaderData;
  const confirmErrors = actionData?.result?.error?.confirm ?? void 0;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("supporterEmail.myData.manageTitle")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("supporterEmail.myData.manageTitle")
    }), /* @__PURE__ */ jsx(Notice$1, {
      message: loaderData.erased ? t("supporterEmail.myData.erased") : null
    }), signatures2.length === 0 ? /* @__PURE__ */ jsx("p", {
      children: t("supporterEmail.myData.none")
    }) : /* @__PURE__ */ jsxs(Fragment, {
      children: [/* @__PURE__ */ jsx("p", {
        children: t("supporterEmail.myData.manageLead")
      }), /* @__PURE__ */ jsx("h2", {
        children: t("supporterEmail.myData.signatures")
      }), /* @__PURE__ */ jsxs("table", {
        className: "data-table",
        children: [/* @__PURE__ */ jsx("thead", {
          children: /* @__PURE__ */ jsxs("tr", {
            children: [/* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("supporterEmail.myData.petition")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("supporterEmail.myData.signedAt")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("supporterEmail.myData.status")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("supporterEmail.myData.updates")
            })]
          })
        }), /* @__PURE__ */ jsx("tbody", {
          children: signatures2.map((s) => /* @__PURE__ */ jsxs("tr", {
            children: [/* @__PURE__ */ jsx("td", {
              children: /* @__PURE__ */ jsx(Link, {
                to: `/petitions/${s.petitionSlug}`,
                children: s.petitionTitle
              })
            }), /* @__PURE__ */ jsx("td", {
              children: formatDate(s.signedAt, locale)
            }), /* @__PURE__ */ jsx("td", {
              children: t(`supporterEmail.myData.states.${s.status}`)
            }), /* @__PURE__ */ jsx("td", {
              children: t(s.updatesOptIn ? "supporterEmail.myData.yes" : "supporterEmail.myData.no")
            })]
          }, `${s.petitionSlug}-${s.signedAt}`))
        })]
      }), /* @__PURE__ */ jsx("p", {
        children: /* @__PURE__ */ jsx("a", {
          href: `/my-data/${loaderData.token}/download`,
          download: true,
          children: t("supporterEmail.myData.download")
        })
      }), /* @__PURE__ */ jsxs("section", {
        "aria-labelledby": "erase-heading",
        children: [/* @__PURE__ */ jsx("h2", {
          id: "erase-heading",
          children: t("supporterEmail.myData.eraseHeading")
        }), /* @__PURE__ */ jsx("p", {
          children: t("supporterEmail.myData.eraseLead")
        }), /* @__PURE__ */ jsxs(Form, {
          method: "post",
          className: "stack-form",
          children: [/* @__PURE__ */ jsxs("div", {
            className: "field checkbox",
            children: [/* @__PURE__ */ jsx("input", {
              type: "checkbox",
              id: "erase-confirm",
              name: "confirm",
              value: "yes",
              "aria-invalid": confirmErrors ? true : void 0,
              "aria-describedby": confirmErrors ? "erase-confirm-error" : void 0
            }), /* @__PURE__ */ jsx("label", {
              htmlFor: "erase-confirm",
              children: t("supporterEmail.myData.eraseConfirm")
            })]
          }), /* @__PURE__ */ jsx(FieldError$1, {
            errors: confirmErrors,
            id: "erase-confirm-error"
          }), /* @__PURE__ */ jsx("button", {
            type: "submit",
            className: "button-danger",
            children: t("supporterEmail.myData.eraseButton")
          })]
        })]
      })]
    })]
  });
});
const route26 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$n,
  default: myDataManage,
  loader: loader$B
}, Symbol.toStringTag, { value: "Module" }));
async function loader$A({
  params,
  context
}) {
  const check2 = await openDataToken(context.db, params.token);
  if (!check2.ok) throw new Response("This link is not valid", {
    status: check2.reason === "expired" ? 410 : 400
  });
  const body2 = JSON.stringify(await exportSupporterData(context.db, check2.canonicalEmail), null, 2);
  return new Response(body2, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="my-data.json"',
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer"
    }
  });
}
const route27 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  loader: loader$A
}, Symbol.toStringTag, { value: "Module" }));
async function loader$z({
  request,
  context
}) {
  const user = await requireUser(request, context);
  return {
    user: {
      displayName: user.displayName,
      email: user.email,
      isAdmin: user.isAdmin
    }
  };
}
const layout = UNSAFE_withComponentProps(function DashboardLayout({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx("nav", {
      "aria-label": t("dashboard.nav.label"),
      className: "dashboard-nav",
      children: /* @__PURE__ */ jsxs("ul", {
        children: [/* @__PURE__ */ jsx("li", {
          children: /* @__PURE__ */ jsx(NavLink, {
            to: "/dashboard",
            end: true,
            children: t("dashboard.nav.home")
          })
        }), /* @__PURE__ */ jsx("li", {
          children: /* @__PURE__ */ jsx(NavLink, {
            to: "/dashboard/email",
            children: t("supporterEmail.nav")
          })
        }), /* @__PURE__ */ jsx("li", {
          children: /* @__PURE__ */ jsx(NavLink, {
            to: "/account",
            children: t("dashboard.nav.account")
          })
        }), loaderData.user.isAdmin ? /* @__PURE__ */ jsx("li", {
          children: /* @__PURE__ */ jsx(NavLink, {
            to: "/admin",
            children: t("dashboard.nav.admin")
          })
        }) : null, /* @__PURE__ */ jsx("li", {
          children: /* @__PURE__ */ jsx(Form, {
            method: "post",
            action: "/logout",
            children: /* @__PURE__ */ jsx("button", {
              type: "submit",
              className: "button-link",
              children: t("account.logout")
            })
          })
        })]
      })
    }), /* @__PURE__ */ jsx(Outlet, {})]
  });
});
const route28 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: layout,
  loader: loader$z
}, Symbol.toStringTag, { value: "Module" }));
const RANK = { viewer: 1, editor: 2, owner: 3 };
function roleAllows(role, minimum) {
  return role !== null && RANK[role] >= RANK[minimum];
}
async function getOrgRole(db, userId, organisationId) {
  const [row] = await db.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
  return row?.role ?? null;
}
async function requireOrgRole(db, user, organisationId, minimum) {
  const role = await getOrgRole(db, user.id, organisationId);
  if (roleAllows(role, minimum)) return role;
  if (user.isAdmin) return "admin";
  if (role === null) throw new Response("Not found", { status: 404 });
  throw new Response("Forbidden", { status: 403 });
}
async function requirePetitionRole(db, user, petitionId, minimum) {
  if (!/^[0-9a-f-]{36}$/i.test(petitionId)) throw new Response("Not found", { status: 404 });
  const [row] = await db.select({ petitionId: petitions.id, organisationId: campaigns.organisationId, campaignId: campaigns.id }).from(petitions).innerJoin(campaigns, eq(campaigns.id, petitions.campaignId)).where(eq(petitions.id, petitionId));
  if (!row) throw new Response("Not found", { status: 404 });
  const role = await requireOrgRole(db, user, row.organisationId, minimum);
  return { ...row, role };
}
async function requireCampaignRole(db, user, campaignId, minimum) {
  if (!/^[0-9a-f-]{36}$/i.test(campaignId)) throw new Response("Not found", { status: 404 });
  const [row] = await db.select({ campaignId: campaigns.id, organisationId: campaigns.organisationId }).from(campaigns).where(eq(campaigns.id, campaignId));
  if (!row) throw new Response("Not found", { status: 404 });
  const role = await requireOrgRole(db, user, row.organisationId, minimum);
  return { ...row, role };
}
const ORG_NAME_MAX = 120;
const SLUG_MAX = 80;
const TITLE_MAX = 200;
const SUMMARY_MAX = 600;
const TARGET_MAX = 200;
const ASK_MAX = 1e3;
const BODY_MAX = 3e4;
const REASON_MAX = 1e3;
const NOTE_MAX = 2e3;
const LABEL_MAX = 300;
const MAX_FIELDS = 20;
const MAX_OPTIONS = 30;
const MAX_DOMAINS = 50;
const MAX_LOCALES = 20;
const GOAL_MAX = 1e8;
const E = {
  required: "organiser.errors.required",
  tooLong: "organiser.errors.tooLong",
  slug: "organiser.errors.slug",
  slugTaken: "organiser.errors.slugTaken",
  slugReserved: "organiser.errors.slugReserved",
  locale: "organiser.errors.locale",
  email: "organiser.errors.email",
  url: "organiser.errors.url",
  country: "organiser.errors.country",
  choice: "organiser.errors.choice",
  number: "organiser.errors.number",
  date: "organiser.errors.date",
  closesBeforeOpens: "organiser.errors.closesBeforeOpens",
  goalRequired: "organiser.errors.goalRequired",
  domain: "organiser.errors.domain",
  tooMany: "organiser.errors.tooMany",
  fieldKey: "organiser.errors.fieldKey",
  fieldKeyTaken: "organiser.errors.fieldKeyTaken",
  optionsNeeded: "organiser.errors.optionsNeeded",
  optionValue: "organiser.errors.optionValue",
  optionDuplicate: "organiser.errors.optionDuplicate",
  labelRequired: "organiser.errors.labelRequired",
  titleRequired: "organiser.errors.titleRequired",
  translationNeeded: "organiser.errors.translationNeeded",
  reasonRequired: "organiser.errors.reasonRequired",
  notEditable: "organiser.errors.notEditable",
  wrongStatus: "organiser.errors.wrongStatus",
  lastOwner: "organiser.errors.lastOwner",
  emailNotVerified: "organiser.errors.emailNotVerified",
  notMember: "organiser.errors.notMember",
  alreadyMember: "organiser.errors.alreadyMember",
  notFound: "organiser.errors.notFound",
  defaultLocale: "organiser.errors.defaultLocale",
  futureDate: "organiser.errors.futureDate"
};
const fail = (message2, field) => ({ ok: false, message: message2, field });
const requiredText = (max) => z.string({ error: E.required }).trim().min(1, E.required).max(max, E.tooLong);
const optionalText = (max) => z.string().trim().max(max, E.tooLong).optional();
const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
const OPTION_VALUE_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const DOMAIN_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const slugSchema = z.string({ error: E.required }).trim().toLowerCase().max(SLUG_MAX, E.tooLong).regex(SLUG_PATTERN, E.slug);
function canonicalLocale(value) {
  try {
    const [tag] = Intl.getCanonicalLocales(value.trim());
    return tag && LOCALE_PATTERN.test(tag) ? tag : null;
  } catch {
    return null;
  }
}
const localeSchema = z.string({ error: E.required }).trim().max(35, E.locale).transform((value, ctx) => {
  const tag = canonicalLocale(value);
  if (!tag) {
    ctx.addIssue({ code: "custom", message: E.locale });
    return z.NEVER;
  }
  return tag;
});
const uuid = z.string({ error: E.required }).regex(/^[0-9a-f-]{36}$/i, E.required);
const roleSchema = z.enum(["owner", "editor", "viewer"], { error: E.choice });
const CreateOrganisationSchema = z.object({
  name: requiredText(ORG_NAME_MAX),
  slug: slugSchema,
  country: z.string().trim().toUpperCase().refine((value) => isCountryCode(value), E.country).optional(),
  website: z.url({ protocol: /^https?$/, error: E.url }).max(300, E.tooLong).optional()
});
const ChangeRoleSchema = z.object({ intent: z.literal("role"), userId: uuid, role: roleSchema });
const RemoveMemberSchema = z.object({ intent: z.literal("remove"), userId: uuid });
const InviteSchema = z.object({
  intent: z.literal("invite"),
  email: z.string({ error: E.required }).trim().max(254, E.tooLong).pipe(z.email(E.email)),
  role: roleSchema
});
const RevokeInvitationSchema = z.object({ intent: z.literal("revoke"), invitationId: uuid });
const CampaignTranslationSchema = z.object({
  locale: localeSchema,
  title: optionalText(TITLE_MAX),
  summary: optionalText(SUMMARY_MAX)
});
const CampaignSchema = z.object({
  slug: slugSchema,
  status: z.enum(["draft", "active", "archived"], { error: E.choice }).optional(),
  translations: z.array(CampaignTranslationSchema).max(MAX_LOCALES, E.tooMany)
}).superRefine((value, ctx) => {
  const seen = /* @__PURE__ */ new Set();
  let filled = 0;
  value.translations.forEach((t, index2) => {
    if (!t.title && !t.summary) return;
    if (!t.title) ctx.addIssue({ code: "custom", path: ["translations", index2, "title"], message: E.titleRequired });
    if (seen.has(t.locale)) ctx.addIssue({ code: "custom", path: ["translations", index2, "locale"], message: E.locale });
    seen.add(t.locale);
    filled++;
  });
  if (filled === 0) ctx.addIssue({ code: "custom", path: ["translations"], message: E.translationNeeded });
}).transform((value) => ({
  ...value,
  translations: value.translations.filter((t) => t.title).map((t) => ({ locale: t.locale, title: t.title, summary: t.summary ?? "" }))
}));
const PetitionTextSchema = z.object({
  locale: localeSchema,
  title: requiredText(TITLE_MAX),
  target: requiredText(TARGET_MAX),
  ask: requiredText(ASK_MAX),
  bodyMarkdown: requiredText(BODY_MAX),
  /** Required by the lib once a published petition has enough signatures. */
  reason: optionalText(REASON_MAX)
});
const CreatePetitionSchema = PetitionTextSchema.omit({ reason: true, locale: true }).extend({
  slug: slugSchema,
  defaultLocale: localeSchema
});
const utcDateTime$1 = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, E.date).transform((value, ctx) => {
  const date = /* @__PURE__ */ new Date(`${value.length === 16 ? `${value}:00` : value}Z`);
  if (Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: "custom", message: E.date });
    return z.NEVER;
  }
  return date;
}).optional();
function parseDomainList(text2) {
  const items = text2.split(/[\s,;]+/).map((item) => item.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, "")).filter(Boolean);
  const domains = [...new Set(items)];
  return { domains: domains.filter((d) => DOMAIN_PATTERN.test(d)), invalid: domains.filter((d) => !DOMAIN_PATTERN.test(d)) };
}
const PetitionSettingsSchema = z.object({
  /** Only while the petition is a draft (or rejected): published links must keep working. */
  slug: slugSchema.optional(),
  defaultLocale: localeSchema,
  goalMode: z.enum(["automatic", "fixed"], { error: E.choice }),
  goal: z.number({ error: E.number }).int(E.number).min(1, E.number).max(GOAL_MAX, E.number).optional(),
  paperSignatures: z.number({ error: E.number }).int(E.number).min(0, E.number).max(GOAL_MAX, E.number).default(0),
  paperSignaturesNote: optionalText(NOTE_MAX),
  opensAt: utcDateTime$1,
  closesAt: utcDateTime$1,
  verifiedDomains: z.string().max(5e3, E.tooLong).optional().transform((value, ctx) => {
    const { domains, invalid } = parseDomainList(value ?? "");
    if (invalid.length > 0) ctx.addIssue({ code: "custom", message: E.domain });
    if (domains.length > MAX_DOMAINS) ctx.addIssue({ code: "custom", message: E.tooMany });
    return domains;
  }),
  collectPostcode: z.boolean().default(false),
  explainerIds: z.array(uuid).max(50, E.tooMany).default([])
}).superRefine((value, ctx) => {
  if (value.goalMode === "fixed" && !value.goal) ctx.addIssue({ code: "custom", path: ["goal"], message: E.goalRequired });
  if (value.opensAt && value.closesAt && value.closesAt <= value.opensAt) {
    ctx.addIssue({ code: "custom", path: ["closesAt"], message: E.closesBeforeOpens });
  }
});
const LabelSchema = z.object({ locale: localeSchema, text: optionalText(LABEL_MAX) });
const OptionSchema = z.object({
  value: z.string().trim().toLowerCase().max(40, E.tooLong).optional(),
  labels: z.array(LabelSchema).max(MAX_LOCALES, E.tooMany).default([])
});
const labelsToRecord = (labels) => Object.fromEntries(labels.filter((l) => l.text).map((l) => [l.locale, l.text]));
function createFieldSchema(defaultLocale) {
  return z.object({
    key: z.string({ error: E.required }).trim().toLowerCase().regex(FIELD_KEY_PATTERN, E.fieldKey),
    kind: z.enum(["text", "choice", "yesno"], { error: E.choice }),
    required: z.boolean().default(false),
    isPublic: z.boolean().default(false),
    labels: z.array(LabelSchema).max(MAX_LOCALES, E.tooMany).default([]),
    options: z.array(OptionSchema).max(MAX_OPTIONS, E.tooMany).default([])
  }).superRefine((value, ctx) => {
    const defaultIndex = value.labels.findIndex((l) => l.locale === defaultLocale);
    if (defaultIndex === -1 || !value.labels[defaultIndex].text) {
      ctx.addIssue({ code: "custom", path: ["labels", Math.max(defaultIndex, 0), "text"], message: E.labelRequired });
    }
    if (value.kind !== "choice") return;
    const seen = /* @__PURE__ */ new Set();
    let count = 0;
    value.options.forEach((option, index2) => {
      const hasLabel = option.labels.some((l) => l.text);
      if (!option.value && !hasLabel) return;
      count++;
      if (!option.value || !OPTION_VALUE_PATTERN.test(option.value)) {
        ctx.addIssue({ code: "custom", path: ["options", index2, "value"], message: E.optionValue });
      } else if (seen.has(option.value)) {
        ctx.addIssue({ code: "custom", path: ["options", index2, "value"], message: E.optionDuplicate });
      }
      if (option.value) seen.add(option.value);
      const labelIndex = option.labels.findIndex((l) => l.locale === defaultLocale);
      if (labelIndex === -1 || !option.labels[labelIndex].text) {
        ctx.addIssue({ code: "custom", path: ["options", index2, "labels", Math.max(labelIndex, 0), "text"], message: E.labelRequired });
      }
    });
    if (count < 2) ctx.addIssue({ code: "custom", path: ["options"], message: E.optionsNeeded });
  }).transform((value) => ({
    key: value.key,
    kind: value.kind,
    required: value.required,
    isPublic: value.isPublic,
    labels: labelsToRecord(value.labels),
    options: value.kind === "choice" ? value.options.filter((o) => o.value).map((o) => ({ value: o.value, labels: labelsToRecord(o.labels) })) : []
  }));
}
const FieldActionSchema = z.object({
  intent: z.enum(["delete", "up", "down"], { error: E.choice }),
  fieldId: uuid
});
const DeliverSchema = z.object({
  intent: z.literal("deliver"),
  deliveredOn: z.string({ error: E.required }).regex(/^\d{4}-\d{2}-\d{2}$/, E.date).transform((value, ctx) => {
    const date = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: E.date });
      return z.NEVER;
    }
    if (date.getTime() > Date.now() + 24 * 60 * 60 * 1e3) {
      ctx.addIssue({ code: "custom", message: E.futureDate });
      return z.NEVER;
    }
    return date;
  }),
  outcomeNote: requiredText(NOTE_MAX)
});
const WonSchema = z.object({ intent: z.literal("won"), outcomeNote: optionalText(NOTE_MAX) });
const ReasonSchema = z.object({
  intent: z.enum(["approve", "reject", "hide", "unhide"], { error: E.choice }),
  reason: optionalText(REASON_MAX)
});
const ExplainerTranslationSchema = z.object({
  intent: z.enum(["save", "preview"], { error: E.choice }),
  locale: localeSchema,
  title: requiredText(TITLE_MAX),
  summary: requiredText(SUMMARY_MAX),
  bodyMarkdown: requiredText(BODY_MAX)
});
function isUniqueViolation(error) {
  const e = error;
  if (!e || typeof e !== "object") return false;
  return e.code === "23505" || e.cause !== void 0 && e.cause !== error && isUniqueViolation(e.cause);
}
const RESERVED_ORG_SLUGS = /* @__PURE__ */ new Set(["new"]);
function pickTranslation(rows, locale, fallback = "en") {
  return rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === fallback) ?? rows[0];
}
async function listMyOrganisations(db, userId) {
  const rows = await db.select({ id: organisations.id, slug: organisations.slug, name: organisations.name, role: memberships.role }).from(memberships).innerJoin(organisations, eq(organisations.id, memberships.organisationId)).where(eq(memberships.userId, userId)).orderBy(asc(organisations.name));
  return rows.map((r) => ({ ...r, role: r.role }));
}
async function listPetitions(db, organisationIds, locale) {
  if (organisationIds.length === 0) return [];
  const rows = await db.select({
    id: petitions.id,
    slug: petitions.slug,
    status: petitions.status,
    defaultLocale: petitions.defaultLocale,
    campaignId: petitions.campaignId,
    organisationId: campaigns.organisationId,
    online: sql`coalesce(${petitionCounts.total}, 0)`,
    paper: petitions.paperSignatures
  }).from(petitions).innerJoin(campaigns, eq(campaigns.id, petitions.campaignId)).leftJoin(petitionCounts, eq(petitionCounts.petitionId, petitions.id)).where(inArray(campaigns.organisationId, organisationIds)).orderBy(desc(petitions.createdAt));
  const texts = rows.length ? await db.select({ petitionId: petitionTranslations.petitionId, locale: petitionTranslations.locale, title: petitionTranslations.title }).from(petitionTranslations).where(inArray(petitionTranslations.petitionId, rows.map((r) => r.id))) : [];
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    status: r.status,
    campaignId: r.campaignId,
    organisationId: r.organisationId,
    title: pickTranslation(texts.filter((t) => t.petitionId === r.id), locale, r.defaultLocale)?.title ?? r.slug,
    signatureCount: Number(r.online) + r.paper
  }));
}
async function getDashboard(db, userId, locale) {
  const orgs = await listMyOrganisations(db, userId);
  const items = await listPetitions(db, orgs.map((o) => o.id), locale);
  const [user] = await db.select({ verified: isNotNull(users.emailVerifiedAt) }).from(users).where(eq(users.id, userId));
  return {
    emailVerified: Boolean(user?.verified),
    organisations: orgs.map((org) => ({ ...org, petitions: items.filter((p) => p.organisationId === org.id) }))
  };
}
async function createOrganisation(db, actor, input) {
  if (RESERVED_ORG_SLUGS.has(input.slug)) return fail(E.slugReserved, "slug");
  const [user] = await db.select({ verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, actor.id));
  if (!user?.verifiedAt) return fail(E.emailNotVerified);
  return db.transaction(async (tx) => {
    const [org] = await tx.insert(organisations).values({ name: input.name, slug: input.slug, country: input.country ?? null, website: input.website ?? null }).onConflictDoNothing({ target: organisations.slug }).returning({ id: organisations.id, slug: organisations.slug });
    if (!org) return fail(E.slugTaken, "slug");
    await tx.insert(memberships).values({ organisationId: org.id, userId: actor.id, role: "owner" });
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId: org.id,
      action: "organisation.create",
      subjectType: "organisation",
      subjectId: org.id,
      details: { name: input.name, slug: input.slug }
    });
    return { ok: true, slug: org.slug, id: org.id };
  });
}
async function requireOrganisation(db, user, slug, minimum) {
  const [organisation] = await db.select({ id: organisations.id, slug: organisations.slug, name: organisations.name, country: organisations.country, website: organisations.website }).from(organisations).where(eq(organisations.slug, slug));
  if (!organisation) throw new Response("Not found", { status: 404 });
  const role = await requireOrgRole(db, user, organisation.id, minimum);
  return { organisation, role };
}
async function getOrganisationOverview(db, organisationId, locale) {
  const campaignRows = await db.select({ id: campaigns.id, slug: campaigns.slug, status: campaigns.status }).from(campaigns).where(eq(campaigns.organisationId, organisationId)).orderBy(desc(campaigns.createdAt));
  const campaignTexts = campaignRows.length ? await db.select().from(campaignTranslations).where(inArray(campaignTranslations.campaignId, campaignRows.map((c) => c.id))) : [];
  const petitionItems = await listPetitions(db, [organisationId], locale);
  return {
    campaigns: campaignRows.map((c) => ({
      ...c,
      title: pickTranslation(campaignTexts.filter((t) => t.campaignId === c.id), locale)?.title ?? c.slug,
      petitions: petitionItems.filter((p) => p.campaignId === c.id)
    })),
    members: await listMembers(db, organisationId)
  };
}
async function listMembers(db, organisationId) {
  const rows = await db.select({ userId: users.id, displayName: users.displayName, email: users.email, role: memberships.role }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(eq(memberships.organisationId, organisationId)).orderBy(asc(users.displayName));
  return rows.map((r) => ({ ...r, role: r.role }));
}
async function lockMemberships(tx, organisationId, userId) {
  await tx.execute(sql`select 1 from organisations where id = ${organisationId} for update`);
  const [target] = await tx.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  const [{ owners }] = await tx.select({ owners: sql`count(*)::int` }).from(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "owner")));
  return { target, owners };
}
async function changeMemberRole(db, actor, organisationId, userId, role) {
  return db.transaction(async (tx) => {
    const { target, owners } = await lockMemberships(tx, organisationId, userId);
    if (!target) return fail(E.notMember);
    if (target.role === role) return { ok: true };
    if (target.role === "owner" && owners <= 1) return fail(E.lastOwner);
    await tx.update(memberships).set({ role }).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId,
      action: "member.role",
      subjectType: "user",
      subjectId: userId,
      details: { from: target.role, to: role }
    });
    return { ok: true };
  });
}
async function removeMember(db, actor, organisationId, userId) {
  return db.transaction(async (tx) => {
    const { target, owners } = await lockMemberships(tx, organisationId, userId);
    if (!target) return fail(E.notMember);
    if (target.role === "owner" && owners <= 1) return fail(E.lastOwner);
    await tx.delete(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId,
      action: "member.remove",
      subjectType: "user",
      subjectId: userId,
      details: { role: target.role }
    });
    return { ok: true };
  });
}
const NOTICES = [
  "created",
  "saved",
  "submitted",
  "approved",
  "rejected",
  "hidden",
  "unhidden",
  "closed",
  "delivered",
  "won",
  "invited",
  "roleChanged",
  "removed",
  "revoked",
  "joined",
  "alreadyMember",
  "published",
  "unpublished"
];
function withNotice(path2, notice) {
  return `${path2}${path2.includes("?") ? "&" : "?"}notice=${notice}`;
}
function Notice() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const notice = params.get("notice");
  if (!notice || !NOTICES.includes(notice)) return null;
  return /* @__PURE__ */ jsx("p", { className: "notice success", role: "status", children: t(`organiser.notices.${notice}`) });
}
function Breadcrumbs({ items }) {
  const { t } = useTranslation();
  return /* @__PURE__ */ jsx("nav", { "aria-label": t("organiser.breadcrumbs"), className: "breadcrumb", children: /* @__PURE__ */ jsx("ol", { className: "crumbs", children: items.map((item) => /* @__PURE__ */ jsx("li", { children: /* @__PURE__ */ jsx(Link, { to: item.to, children: item.label }) }, item.to)) }) });
}
function StatusBadge({ status }) {
  const { t } = useTranslation();
  return /* @__PURE__ */ jsx("span", { className: `status-badge status-${status}`, children: t(`petition.status.${status}`) });
}
function PetitionTabs({ base, canEdit }) {
  const { t } = useTranslation();
  const tabs = [
    { to: base, label: t("organiser.petition.tabs.overview"), end: true },
    ...canEdit ? [
      { to: `${base}/text`, label: t("organiser.petition.tabs.text") },
      { to: `${base}/fields`, label: t("organiser.petition.tabs.fields") },
      { to: `${base}/settings`, label: t("organiser.petition.tabs.settings") }
    ] : [],
    { to: `${base}/preview`, label: t("organiser.petition.tabs.preview") },
    { to: `${base}/revisions`, label: t("organiser.petition.tabs.revisions") }
  ];
  return /* @__PURE__ */ jsx("nav", { "aria-label": t("organiser.petition.tabs.label"), className: "tabs", children: /* @__PURE__ */ jsx("ul", { children: tabs.map((tab) => /* @__PURE__ */ jsx("li", { children: /* @__PURE__ */ jsx(NavLink, { to: tab.to, end: tab.end, children: tab.label }) }, tab.to)) }) });
}
async function loader$y({
  request,
  context
}) {
  const user = await requireUser(request, context);
  const locale = await detectLocale(request);
  return {
    name: user.displayName,
    locale,
    ...await getDashboard(context.db, user.id, locale)
  };
}
const index$1 = UNSAFE_withComponentProps(function DashboardHome({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  const {
    organisations: organisations2,
    locale
  } = loaderData;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("dashboard.home.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("dashboard.home.title")
    }), /* @__PURE__ */ jsx(Notice, {}), /* @__PURE__ */ jsx("p", {
      className: "muted",
      children: t("dashboard.home.welcome", {
        name: loaderData.name
      })
    }), /* @__PURE__ */ jsx("h2", {
      children: t("dashboard.home.organisations")
    }), organisations2.length === 0 ? /* @__PURE__ */ jsx("p", {
      children: t("dashboard.home.none")
    }) : null, /* @__PURE__ */ jsx("ul", {
      className: "card-list",
      children: organisations2.map((org) => /* @__PURE__ */ jsxs("li", {
        className: "card",
        children: [/* @__PURE__ */ jsx("h3", {
          children: /* @__PURE__ */ jsx(Link, {
            to: `/dashboard/orgs/${org.slug}`,
            children: org.name
          })
        }), /* @__PURE__ */ jsx("p", {
          className: "muted",
          children: t(`dashboard.home.role.${org.role}`)
        }), org.petitions.length === 0 ? /* @__PURE__ */ jsx("p", {
          children: t("organiser.org.noPetitionsYet")
        }) : /* @__PURE__ */ jsx("ul", {
          className: "petition-list",
          children: org.petitions.map((p) => /* @__PURE__ */ jsxs("li", {
            children: [/* @__PURE__ */ jsx(Link, {
              to: `/dashboard/orgs/${org.slug}/petitions/${p.id}`,
              children: p.title
            }), " ", /* @__PURE__ */ jsx(StatusBadge, {
              status: p.status
            }), " ", /* @__PURE__ */ jsx("span", {
              className: "muted",
              children: t("home.signatures", {
                count: p.signatureCount,
                formatted: formatNumber(p.signatureCount, locale)
              })
            })]
          }, p.id))
        })]
      }, org.id))
    }), /* @__PURE__ */ jsx("h2", {
      children: t("organiser.orgNew.title")
    }), loaderData.emailVerified ? /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: "/dashboard/orgs/new",
        children: t("organiser.orgNew.link")
      })
    }) : /* @__PURE__ */ jsxs("p", {
      children: [t("organiser.orgNew.verifyFirst"), " ", /* @__PURE__ */ jsx(Link, {
        to: "/account",
        children: t("organiser.orgNew.verifyLink")
      })]
    })]
  });
});
const route29 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: index$1,
  loader: loader$y
}, Symbol.toStringTag, { value: "Module" }));
const AccountActionSchema = z.object({
  intent: z.enum(["resend-verification", "sign-out-everywhere"])
});
const DONE_MESSAGES = {
  "verification-sent": "account.settings.done.verificationSent",
  "already-verified": "account.settings.done.alreadyVerified",
  "password-changed": "account.settings.done.passwordChanged",
  "email-change-sent": "account.settings.done.emailChangeSent",
  "two-factor-enabled": "account.settings.done.twoFactorEnabled",
  "two-factor-disabled": "account.settings.done.twoFactorDisabled",
  "email-changed": "account.settings.done.emailChanged"
};
function isDone(value) {
  return value !== null && value in DONE_MESSAGES;
}
async function loader$x({
  request,
  context
}) {
  const user = await requireUser(request, context);
  const done = new URL(request.url).searchParams.get("done");
  return {
    user: {
      displayName: user.displayName,
      email: user.email,
      emailVerified: user.emailVerified,
      totpEnabled: user.totpEnabled
    },
    doneMessage: isDone(done) ? DONE_MESSAGES[done] : null
  };
}
async function action$m({
  request,
  context
}) {
  const user = await requireUser(request, context);
  const submission = parseWithZod(await request.formData(), {
    schema: AccountActionSchema
  });
  if (submission.status !== "success") return data({
    error: "account.errors.required"
  }, {
    status: 400
  });
  if (submission.value.intent === "sign-out-everywhere") {
    await signOutEverywhere(context.db, user.id);
    return redirect("/login?notice=signed-out-everywhere", {
      headers: {
        "Set-Cookie": await cookieFor(context).serialize("", {
          maxAge: 0
        })
      }
    });
  }
  const outcome = await resendVerification(context.db, user.id, await accountMailMeta(request, context));
  if (outcome === "rate-limited") return data({
    error: "account.settings.resendRateLimited"
  }, {
    status: 429
  });
  return redirect(`/account?done=${outcome === "sent" ? "verification-sent" : "already-verified"}`);
}
const settings = UNSAFE_withComponentProps(function AccountSettings({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    user,
    doneMessage
  } = loaderData;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("account.settings.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("account.settings.title")
    }), doneMessage ? /* @__PURE__ */ jsx("p", {
      className: "notice",
      role: "status",
      children: t(doneMessage)
    }) : null, actionData?.error ? /* @__PURE__ */ jsx("p", {
      className: "form-error",
      role: "alert",
      children: t(actionData.error)
    }) : null, /* @__PURE__ */ jsx("h2", {
      children: t("account.settings.detailsHeading")
    }), /* @__PURE__ */ jsxs("dl", {
      className: "meta-list",
      children: [/* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("account.settings.name")
        }), /* @__PURE__ */ jsx("dd", {
          children: user.displayName
        })]
      }), /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("account.settings.email")
        }), /* @__PURE__ */ jsx("dd", {
          children: user.email
        })]
      }), /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("account.settings.emailStatus")
        }), /* @__PURE__ */ jsx("dd", {
          children: t(user.emailVerified ? "account.settings.verified" : "account.settings.unverified")
        })]
      }), /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("account.settings.twoFactor")
        }), /* @__PURE__ */ jsx("dd", {
          children: t(user.totpEnabled ? "account.settings.twoFactorOn" : "account.settings.twoFactorOff")
        })]
      })]
    }), user.emailVerified ? null : /* @__PURE__ */ jsxs(Form, {
      method: "post",
      children: [/* @__PURE__ */ jsx("input", {
        type: "hidden",
        name: "intent",
        value: "resend-verification"
      }), /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-link",
        children: t("account.settings.resend")
      })]
    }), /* @__PURE__ */ jsx("h2", {
      children: t("account.settings.securityHeading")
    }), /* @__PURE__ */ jsxs("ul", {
      children: [/* @__PURE__ */ jsx("li", {
        children: /* @__PURE__ */ jsx(Link, {
          to: "/account/password",
          children: t("account.settings.changePassword")
        })
      }), /* @__PURE__ */ jsx("li", {
        children: /* @__PURE__ */ jsx(Link, {
          to: "/account/email",
          children: t("account.settings.changeEmail")
        })
      }), /* @__PURE__ */ jsx("li", {
        children: /* @__PURE__ */ jsx(Link, {
          to: "/account/two-factor",
          children: t("account.settings.manageTwoFactor")
        })
      })]
    }), /* @__PURE__ */ jsx("h2", {
      children: t("account.settings.sessionsHeading")
    }), /* @__PURE__ */ jsx("p", {
      children: t("account.settings.sessionsLead")
    }), /* @__PURE__ */ jsxs(Form, {
      method: "post",
      children: [/* @__PURE__ */ jsx("input", {
        type: "hidden",
        name: "intent",
        value: "sign-out-everywhere"
      }), /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-primary",
        children: t("account.settings.signOutEverywhere")
      })]
    })]
  });
});
const route30 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$m,
  default: settings,
  loader: loader$x
}, Symbol.toStringTag, { value: "Module" }));
const ChangePasswordSchema = z.object({
  currentPassword: CurrentPasswordField,
  newPassword: NewPasswordField
});
const HIDDEN$1 = ["currentPassword", "newPassword"];
async function loader$w({
  request,
  context
}) {
  await requireUser(request, context);
  return null;
}
async function action$l({
  request,
  context
}) {
  const user = await requireUser(request, context);
  const submission = parseWithZod(await request.formData(), {
    schema: ChangePasswordSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply({
      hideFields: HIDDEN$1
    })
  }, {
    status: 400
  });
  const outcome = await changePassword(context.db, {
    userId: user.id,
    sessionId: user.sessionId,
    ...submission.value
  });
  if (outcome === "changed") return redirect("/account?done=password-changed");
  if (outcome === "rate-limited") return data({
    result: submission.reply({
      formErrors: ["account.errors.rateLimited"],
      hideFields: HIDDEN$1
    })
  }, {
    status: 429
  });
  return data({
    result: submission.reply({
      fieldErrors: {
        currentPassword: ["account.errors.wrongPassword"]
      },
      hideFields: HIDDEN$1
    })
  }, {
    status: 400
  });
}
const password = UNSAFE_withComponentProps(function ChangePassword({
  actionData
}) {
  const {
    t
  } = useTranslation();
  const [form, fields] = useForm({
    id: "change-password",
    lastResult: actionData?.result,
    onValidate: ({
      formData
    }) => parseWithZod(formData, {
      schema: ChangePasswordSchema
    }),
    shouldValidate: "onBlur"
  });
  return /* @__PURE__ */ jsxs("div", {
    className: "narrow",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("account.password.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("account.password.title")
    }), /* @__PURE__ */ jsx("p", {
      children: t("account.password.lead")
    }), /* @__PURE__ */ jsxs(Form, {
      method: "post",
      ...getFormProps(form),
      className: "stack-form",
      children: [/* @__PURE__ */ jsx(FormError$1, {
        errors: form.errors,
        id: form.errorId
      }), /* @__PURE__ */ jsx(FormField, {
        meta: fields.currentPassword,
        label: t("account.password.current"),
        type: "password",
        autoComplete: "current-password"
      }), /* @__PURE__ */ jsx(FormField, {
        meta: fields.newPassword,
        label: t("account.password.new"),
        type: "password",
        autoComplete: "new-password",
        hint: t("account.passwordHint")
      }), /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-primary",
        children: t("account.password.submit")
      })]
    }), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: "/account",
        children: t("account.backToAccount")
      })
    })]
  });
});
const route31 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$l,
  default: password,
  loader: loader$w
}, Symbol.toStringTag, { value: "Module" }));
const ChangeEmailSchema = z.object({
  newEmail: EmailField,
  password: CurrentPasswordField
});
async function loader$v({
  request,
  context
}) {
  const user = await requireUser(request, context);
  return {
    email: user.email
  };
}
async function action$k({
  request,
  context
}) {
  const user = await requireUser(request, context);
  const submission = parseWithZod(await request.formData(), {
    schema: ChangeEmailSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply({
      hideFields: ["password"]
    })
  }, {
    status: 400
  });
  const {
    newEmail,
    password: password2
  } = submission.value;
  const outcome = await requestEmailChange(context.db, {
    userId: user.id,
    password: password2,
    newEmail
  }, await accountMailMeta(request, context));
  if (outcome === "sent") return redirect("/account?done=email-change-sent");
  const reply = (fieldErrors, formErrors = []) => submission.reply({
    fieldErrors,
    formErrors,
    hideFields: ["password"]
  });
  if (outcome === "rate-limited") return data({
    result: reply({}, ["account.errors.rateLimited"])
  }, {
    status: 429
  });
  if (outcome === "same-email") return data({
    result: reply({
      newEmail: ["account.email.sameEmail"]
    })
  }, {
    status: 400
  });
  return data({
    result: reply({
      password: ["account.errors.wrongPassword"]
    })
  }, {
    status: 400
  });
}
const email = UNSAFE_withComponentProps(function ChangeEmail({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const [form, fields] = useForm({
    id: "change-email",
    lastResult: actionData?.result,
    onValidate: ({
      formData
    }) => parseWithZod(formData, {
      schema: ChangeEmailSchema
    }),
    shouldValidate: "onBlur"
  });
  return /* @__PURE__ */ jsxs("div", {
    className: "narrow",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("account.email.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("account.email.title")
    }), /* @__PURE__ */ jsx("p", {
      children: t("account.email.lead")
    }), /* @__PURE__ */ jsx("dl", {
      className: "meta-list",
      children: /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("account.email.current")
        }), /* @__PURE__ */ jsx("dd", {
          children: loaderData.email
        })]
      })
    }), /* @__PURE__ */ jsxs(Form, {
      method: "post",
      ...getFormProps(form),
      className: "stack-form",
      children: [/* @__PURE__ */ jsx(FormError$1, {
        errors: form.errors,
        id: form.errorId
      }), /* @__PURE__ */ jsx(FormField, {
        meta: fields.newEmail,
        label: t("account.email.newEmail"),
        type: "email",
        autoComplete: "email"
      }), /* @__PURE__ */ jsx(FormField, {
        meta: fields.password,
        label: t("account.email.password"),
        type: "password",
        autoComplete: "current-password"
      }), /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-primary",
        children: t("account.email.submit")
      })]
    }), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: "/account",
        children: t("account.backToAccount")
      })
    })]
  });
});
const route32 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$k,
  default: email,
  loader: loader$v
}, Symbol.toStringTag, { value: "Module" }));
const TwoFactorSchema = z.object({
  intent: z.enum(["enable", "disable"]),
  code: TotpCodeField,
  password: CurrentPasswordField
});
const HIDDEN = ["code", "password"];
const ERRORS = {
  "wrong-password": {
    fieldErrors: {
      password: ["account.errors.wrongPassword"]
    }
  },
  "invalid-code": {
    fieldErrors: {
      code: ["account.errors.invalidCode"]
    }
  },
  "rate-limited": {
    formErrors: ["account.errors.rateLimited"]
  },
  "admin-required": {
    formErrors: ["account.twoFactor.adminCannotDisable"]
  },
  "unverified-email": {
    formErrors: ["account.twoFactor.verifyFirst"]
  }
};
async function loader$u({
  request,
  context
}) {
  const user = await requireUser(request, context);
  const {
    siteName: siteName2
  } = await accountMailMeta(request, context);
  const setup = await getTwoFactorSetup(context.db, user.id, siteName2);
  const requiredForAdmin = user.isAdmin && new URL(request.url).searchParams.get("required") === "admin";
  return {
    setup,
    isAdmin: user.isAdmin,
    emailVerified: user.emailVerified,
    requiredForAdmin
  };
}
async function action$j({
  request,
  context
}) {
  const user = await requireUser(request, context);
  const submission = parseWithZod(await request.formData(), {
    schema: TwoFactorSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply({
      hideFields: HIDDEN
    })
  }, {
    status: 400
  });
  const {
    intent,
    code,
    password: password2
  } = submission.value;
  const outcome = intent === "enable" ? await enableTwoFactor(context.db, {
    userId: user.id,
    sessionId: user.sessionId,
    password: password2,
    code
  }) : await disableTwoFactor(context.db, {
    userId: user.id,
    password: password2,
    code
  });
  if (outcome === "enabled" || outcome === "already-enabled") return redirect("/account?done=two-factor-enabled");
  if (outcome === "disabled" || outcome === "not-enabled") return redirect("/account?done=two-factor-disabled");
  const status = outcome === "rate-limited" ? 429 : outcome === "admin-required" ? 403 : 400;
  return data({
    result: submission.reply({
      ...ERRORS[outcome],
      hideFields: HIDDEN
    })
  }, {
    status
  });
}
function headers() {
  return {
    "Cache-Control": "no-store"
  };
}
const twoFactor = UNSAFE_withComponentProps(function TwoFactor({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    setup,
    isAdmin,
    emailVerified,
    requiredForAdmin
  } = loaderData;
  const [form, fields] = useForm({
    id: "two-factor",
    lastResult: actionData?.result,
    onValidate: ({
      formData
    }) => parseWithZod(formData, {
      schema: TwoFactorSchema
    }),
    shouldValidate: "onBlur"
  });
  const fieldsAndSubmit = (label2) => /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(FormError$1, {
      errors: form.errors,
      id: form.errorId
    }), /* @__PURE__ */ jsx(FormField, {
      meta: fields.code,
      label: t("account.twoFactor.code"),
      type: "text",
      autoComplete: "one-time-code",
      inputMode: "numeric"
    }), /* @__PURE__ */ jsx(FormField, {
      meta: fields.password,
      label: t("account.twoFactor.password"),
      type: "password",
      autoComplete: "current-password"
    }), /* @__PURE__ */ jsx("button", {
      type: "submit",
      className: "button-primary",
      children: label2
    })]
  });
  return /* @__PURE__ */ jsxs("div", {
    className: "narrow",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("account.twoFactor.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("account.twoFactor.title")
    }), requiredForAdmin && !setup.enabled ? /* @__PURE__ */ jsx("p", {
      className: "notice",
      role: "status",
      children: t("account.twoFactor.requiredAdmin")
    }) : null, /* @__PURE__ */ jsx("p", {
      children: t("account.twoFactor.lead")
    }), setup.enabled ? /* @__PURE__ */ jsxs(Fragment, {
      children: [/* @__PURE__ */ jsx("p", {
        className: "lead",
        children: t("account.twoFactor.on")
      }), /* @__PURE__ */ jsx("h2", {
        children: t("account.twoFactor.disableHeading")
      }), isAdmin ? /* @__PURE__ */ jsx("p", {
        children: t("account.twoFactor.adminCannotDisable")
      }) : /* @__PURE__ */ jsxs(Fragment, {
        children: [/* @__PURE__ */ jsx("p", {
          children: t("account.twoFactor.disableLead")
        }), /* @__PURE__ */ jsxs(Form, {
          method: "post",
          ...getFormProps(form),
          className: "stack-form",
          children: [/* @__PURE__ */ jsx("input", {
            type: "hidden",
            name: "intent",
            value: "disable"
          }), fieldsAndSubmit(t("account.twoFactor.disable"))]
        })]
      })]
    }) : !emailVerified ? /* @__PURE__ */ jsx("p", {
      className: "notice",
      children: t("account.twoFactor.verifyFirst")
    }) : /* @__PURE__ */ jsxs(Fragment, {
      children: [/* @__PURE__ */ jsx("h2", {
        children: t("account.twoFactor.setupHeading")
      }), /* @__PURE__ */ jsx("p", {
        children: t("account.twoFactor.step1")
      }), /* @__PURE__ */ jsx("dl", {
        className: "meta-list",
        children: /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("account.twoFactor.secret")
          }), /* @__PURE__ */ jsx("dd", {
            children: /* @__PURE__ */ jsx("code", {
              "data-testid": "totp-secret",
              children: setup.secret.match(/.{1,4}/g).join(" ")
            })
          })]
        })
      }), /* @__PURE__ */ jsx("p", {
        children: /* @__PURE__ */ jsx("a", {
          href: setup.uri,
          children: t("account.twoFactor.openInApp")
        })
      }), /* @__PURE__ */ jsx("p", {
        children: t("account.twoFactor.step2")
      }), /* @__PURE__ */ jsxs(Form, {
        method: "post",
        ...getFormProps(form),
        className: "stack-form",
        children: [/* @__PURE__ */ jsx("input", {
          type: "hidden",
          name: "intent",
          value: "enable"
        }), fieldsAndSubmit(t("account.twoFactor.enable"))]
      })]
    }), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: "/account",
        children: t("account.backToAccount")
      })
    })]
  });
});
const route33 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$j,
  default: twoFactor,
  headers,
  loader: loader$u
}, Symbol.toStringTag, { value: "Module" }));
function failureReply(submission, failure) {
  return submission.reply(failure.field ? { fieldErrors: { [failure.field]: [failure.message] } } : { formErrors: [failure.message] });
}
function FormErrors({ form }) {
  const { t } = useTranslation();
  if (!form.errors?.length) return null;
  return /* @__PURE__ */ jsx("p", { className: "form-error", role: "alert", id: form.errorId, children: t(form.errors[0]) });
}
function FieldError({ meta }) {
  const { t } = useTranslation();
  const errors = meta.errors;
  if (!errors?.length) return null;
  return /* @__PURE__ */ jsx("p", { className: "field-error", id: meta.errorId, children: t(errors[0]) });
}
const hintIdOf = (meta, hint) => hint ? `${meta.id}-hint` : void 0;
function Hint({ id, hint }) {
  return hint ? /* @__PURE__ */ jsx("p", { id, className: "hint", children: hint }) : null;
}
function TextInput({
  meta,
  label: label2,
  hint,
  type = "text",
  autoComplete,
  lang
}) {
  const hintId = hintIdOf(meta, hint);
  return /* @__PURE__ */ jsxs("div", { className: "field", children: [
    /* @__PURE__ */ jsx("label", { htmlFor: meta.id, children: label2 }),
    /* @__PURE__ */ jsx("input", { ...getInputProps(meta, { type, ariaDescribedBy: hintId }), autoComplete, lang }),
    /* @__PURE__ */ jsx(Hint, { id: hintId, hint }),
    /* @__PURE__ */ jsx(FieldError, { meta })
  ] });
}
function TextArea({ meta, label: label2, hint, rows = 4, lang }) {
  const hintId = hintIdOf(meta, hint);
  return /* @__PURE__ */ jsxs("div", { className: "field", children: [
    /* @__PURE__ */ jsx("label", { htmlFor: meta.id, children: label2 }),
    /* @__PURE__ */ jsx("textarea", { ...getTextareaProps(meta, { ariaDescribedBy: hintId }), rows, lang }),
    /* @__PURE__ */ jsx(Hint, { id: hintId, hint }),
    /* @__PURE__ */ jsx(FieldError, { meta })
  ] });
}
function Checkbox({ meta, label: label2, hint }) {
  const hintId = hintIdOf(meta, hint);
  return /* @__PURE__ */ jsxs("div", { className: "field checkbox", children: [
    /* @__PURE__ */ jsx("input", { ...getInputProps(meta, { type: "checkbox", ariaDescribedBy: hintId }) }),
    /* @__PURE__ */ jsxs("div", { children: [
      /* @__PURE__ */ jsx("label", { htmlFor: meta.id, children: label2 }),
      /* @__PURE__ */ jsx(Hint, { id: hintId, hint }),
      /* @__PURE__ */ jsx(FieldError, { meta })
    ] })
  ] });
}
function Select({ meta, label: label2, hint, options }) {
  const hintId = hintIdOf(meta, hint);
  return /* @__PURE__ */ jsxs("div", { className: "field", children: [
    /* @__PURE__ */ jsx("label", { htmlFor: meta.id, children: label2 }),
    /* @__PURE__ */ jsx("select", { ...getSelectProps(meta, { ariaDescribedBy: hintId }), children: options.map((o) => /* @__PURE__ */ jsx("option", { value: o.value, children: o.label }, o.value)) }),
    /* @__PURE__ */ jsx(Hint, { id: hintId, hint }),
    /* @__PURE__ */ jsx(FieldError, { meta })
  ] });
}
function languageName(tag, uiLocale) {
  try {
    const name = new Intl.DisplayNames([uiLocale], { type: "language", fallback: "none" }).of(tag);
    return name ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
function AddLanguageForm({ heading, error }) {
  const { t } = useTranslation();
  return /* @__PURE__ */ jsxs(Form, { method: "get", className: "stack-form add-language", children: [
    /* @__PURE__ */ jsx("h2", { children: heading }),
    /* @__PURE__ */ jsxs("div", { className: "field", children: [
      /* @__PURE__ */ jsx("label", { htmlFor: "add-lang", children: t("organiser.addLanguage.code") }),
      /* @__PURE__ */ jsx(
        "input",
        {
          id: "add-lang",
          name: "lang",
          type: "text",
          autoComplete: "off",
          "aria-describedby": error ? "add-lang-hint add-lang-error" : "add-lang-hint",
          "aria-invalid": error ? true : void 0
        }
      ),
      /* @__PURE__ */ jsx("p", { className: "hint", id: "add-lang-hint", children: t("organiser.addLanguage.hint") }),
      error ? /* @__PURE__ */ jsx("p", { className: "field-error", id: "add-lang-error", children: t(error) }) : null
    ] }),
    /* @__PURE__ */ jsx("button", { type: "submit", className: "button-secondary", children: t("organiser.addLanguage.submit") })
  ] });
}
async function loader$t({
  request,
  context
}) {
  const user = await requireUser(request, context);
  const locale = await detectLocale(request);
  return {
    emailVerified: user.emailVerified,
    countries: countryOptions(locale)
  };
}
async function action$i({
  request,
  context
}) {
  const user = await requireUser(request, context);
  const submission = parseWithZod(await request.formData(), {
    schema: CreateOrganisationSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply()
  }, {
    status: 400
  });
  const result = await createOrganisation(context.db, user, submission.value);
  if (!result.ok) return data({
    result: failureReply(submission, result)
  }, {
    status: result.message === E.emailNotVerified ? 403 : 400
  });
  return redirect(withNotice(`/dashboard/orgs/${result.slug}`, "created"), 303);
}
const orgNew = UNSAFE_withComponentProps(function NewOrganisation({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const [form, fields] = useForm({
    id: "new-organisation",
    lastResult: actionData?.result,
    shouldValidate: "onBlur"
  });
  return /* @__PURE__ */ jsxs("div", {
    className: "narrow-wide",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("organiser.orgNew.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("organiser.orgNew.title")
    }), !loaderData.emailVerified ? /* @__PURE__ */ jsxs("p", {
      className: "notice",
      children: [t("organiser.orgNew.verifyFirst"), " ", /* @__PURE__ */ jsx(Link, {
        to: "/account",
        children: t("organiser.orgNew.verifyLink")
      })]
    }) : null, /* @__PURE__ */ jsx("p", {
      children: t("organiser.orgNew.lead")
    }), /* @__PURE__ */ jsxs(Form, {
      method: "post",
      ...getFormProps(form),
      className: "stack-form",
      children: [/* @__PURE__ */ jsx(FormErrors, {
        form
      }), /* @__PURE__ */ jsx(TextInput, {
        meta: fields.name,
        label: t("organiser.orgNew.name"),
        autoComplete: "organization"
      }), /* @__PURE__ */ jsx(TextInput, {
        meta: fields.slug,
        label: t("organiser.fields.slug"),
        hint: t("organiser.fields.slugHint")
      }), /* @__PURE__ */ jsx(Select, {
        meta: fields.country,
        label: t("organiser.orgNew.country"),
        options: [{
          value: "",
          label: t("organiser.orgNew.noCountry")
        }, ...loaderData.countries.map((c) => ({
          value: c.code,
          label: c.name
        }))]
      }), /* @__PURE__ */ jsx(TextInput, {
        meta: fields.website,
        type: "url",
        label: t("organiser.orgNew.website"),
        hint: t("organiser.orgNew.websiteHint")
      }), /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-primary",
        children: t("organiser.orgNew.submit")
      })]
    })]
  });
});
const route34 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$i,
  default: orgNew,
  loader: loader$t
}, Symbol.toStringTag, { value: "Module" }));
async function loader$s({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation,
    role
  } = await requireOrganisation(context.db, user, params.orgSlug, "viewer");
  const locale = await detectLocale(request);
  const overview = await getOrganisationOverview(context.db, organisation.id, locale);
  const effective = role === "admin" ? "owner" : role;
  return {
    locale,
    organisation,
    role,
    canEdit: roleAllows(effective, "editor"),
    canManage: roleAllows(effective, "owner"),
    ...overview
  };
}
const orgOverview = UNSAFE_withComponentProps(function OrganisationOverview({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  const {
    organisation,
    campaigns: campaigns2,
    members,
    locale
  } = loaderData;
  const base = `/dashboard/orgs/${organisation.slug}`;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: organisation.name
    }), /* @__PURE__ */ jsx(Breadcrumbs, {
      items: [{
        to: "/dashboard",
        label: t("organiser.dashboard")
      }]
    }), /* @__PURE__ */ jsx("h1", {
      children: organisation.name
    }), /* @__PURE__ */ jsx(Notice, {}), /* @__PURE__ */ jsx("p", {
      className: "muted",
      children: t(`organiser.roles.${loaderData.role}`)
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "campaigns-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "campaigns-heading",
        children: t("organiser.org.campaigns")
      }), loaderData.canEdit ? /* @__PURE__ */ jsx("p", {
        children: /* @__PURE__ */ jsx(Link, {
          to: `${base}/campaigns/new`,
          children: t("organiser.org.newCampaign")
        })
      }) : null, campaigns2.length === 0 ? /* @__PURE__ */ jsx("p", {
        children: t("organiser.org.noCampaigns")
      }) : null, campaigns2.map((campaign) => /* @__PURE__ */ jsxs("article", {
        className: "card campaign-card",
        "aria-labelledby": `campaign-${campaign.id}`,
        children: [/* @__PURE__ */ jsx("h3", {
          id: `campaign-${campaign.id}`,
          children: loaderData.canEdit ? /* @__PURE__ */ jsx(Link, {
            to: `${base}/campaigns/${campaign.id}`,
            children: campaign.title
          }) : campaign.title
        }), /* @__PURE__ */ jsx("p", {
          className: "muted",
          children: t(`organiser.campaign.status.${campaign.status}`)
        }), campaign.petitions.length === 0 ? /* @__PURE__ */ jsx("p", {
          children: t("organiser.org.noPetitions")
        }) : /* @__PURE__ */ jsxs("table", {
          className: "data-table",
          children: [/* @__PURE__ */ jsx("caption", {
            className: "visually-hidden",
            children: t("organiser.org.petitionsOf", {
              campaign: campaign.title
            })
          }), /* @__PURE__ */ jsx("thead", {
            children: /* @__PURE__ */ jsxs("tr", {
              children: [/* @__PURE__ */ jsx("th", {
                scope: "col",
                children: t("organiser.org.petition")
              }), /* @__PURE__ */ jsx("th", {
                scope: "col",
                children: t("organiser.org.status")
              }), /* @__PURE__ */ jsx("th", {
                scope: "col",
                className: "num",
                children: t("organiser.org.signatures")
              })]
            })
          }), /* @__PURE__ */ jsx("tbody", {
            children: campaign.petitions.map((p) => /* @__PURE__ */ jsxs("tr", {
              children: [/* @__PURE__ */ jsx("td", {
                children: /* @__PURE__ */ jsx(Link, {
                  to: `${base}/petitions/${p.id}`,
                  children: p.title
                })
              }), /* @__PURE__ */ jsx("td", {
                children: /* @__PURE__ */ jsx(StatusBadge, {
                  status: p.status
                })
              }), /* @__PURE__ */ jsx("td", {
                className: "num",
                children: formatNumber(p.signatureCount, locale)
              })]
            }, p.id))
          })]
        }), loaderData.canEdit ? /* @__PURE__ */ jsx("p", {
          children: /* @__PURE__ */ jsx(Link, {
            to: `${base}/campaigns/${campaign.id}/petitions/new`,
            children: t("organiser.org.newPetition")
          })
        }) : null]
      }, campaign.id))]
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "members-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "members-heading",
        children: t("organiser.org.members")
      }), /* @__PURE__ */ jsx("ul", {
        children: members.map((m) => /* @__PURE__ */ jsxs("li", {
          children: [m.displayName, " — ", t(`organiser.roles.${m.role}`)]
        }, m.userId))
      }), loaderData.canManage ? /* @__PURE__ */ jsx("p", {
        children: /* @__PURE__ */ jsx(Link, {
          to: `${base}/members`,
          children: t("organiser.org.manageMembers")
        })
      }) : null]
    })]
  });
});
const route35 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: orgOverview,
  loader: loader$s
}, Symbol.toStringTag, { value: "Module" }));
const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1e3;
const UUID$4 = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
async function createInvitation(db, actor, organisation, input, meta, now = /* @__PURE__ */ new Date()) {
  const [member] = await db.select({ id: users.id }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(and(eq(memberships.organisationId, organisation.id), eq(sql`lower(${users.email})`, input.email.toLowerCase())));
  if (member) return fail(E.alreadyMember, "email");
  const secret = newSecret();
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(invitations).values({
      organisationId: organisation.id,
      email: input.email,
      role: input.role,
      invitedBy: actor.id,
      secretHash: hashSecret(secret),
      expiresAt: new Date(now.getTime() + INVITE_TTL_MS)
    }).returning({ id: invitations.id });
    const token = `${row.id}.${secret}`;
    await enqueueJob(tx, "send-email", {
      template: "invitation",
      to: input.email,
      idempotencyKey: `invitation/${row.id}`,
      props: {
        locale: meta.locale,
        siteName: meta.siteName,
        organisationName: organisation.name,
        inviterName: actor.displayName,
        role: input.role,
        acceptUrl: `${meta.appUrl}/invitations/${token}`,
        expiresInDays: INVITE_TTL_MS / (24 * 60 * 60 * 1e3)
      }
    });
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId: organisation.id,
      action: "member.invite",
      subjectType: "invitation",
      subjectId: row.id,
      details: { email: input.email, role: input.role }
    });
    return { ok: true, token };
  });
}
function stateOf(row, secret, now) {
  if (!row || !secretMatches(secret, row.secretHash)) return "invalid";
  if (row.acceptedAt) return "used";
  if (row.expiresAt <= now) return "expired";
  return "valid";
}
async function findInvitation(db, token) {
  const parsed = parseToken(token);
  if (!parsed || !UUID$4.test(parsed.id)) return null;
  const [row] = await db.select({
    id: invitations.id,
    organisationId: invitations.organisationId,
    role: invitations.role,
    secretHash: invitations.secretHash,
    expiresAt: invitations.expiresAt,
    acceptedAt: invitations.acceptedAt,
    name: organisations.name,
    slug: organisations.slug
  }).from(invitations).innerJoin(organisations, eq(organisations.id, invitations.organisationId)).where(eq(invitations.id, parsed.id));
  return row ? { row, secret: parsed.secret } : { row: void 0, secret: parsed.secret };
}
async function describeInvitation(db, token, now = /* @__PURE__ */ new Date()) {
  const found = await findInvitation(db, token);
  if (!found) return { state: "invalid" };
  const state = stateOf(found.row, found.secret, now);
  if (state === "invalid" || !found.row) return { state };
  return { state, organisation: { name: found.row.name, slug: found.row.slug }, role: found.row.role };
}
async function acceptInvitation(db, user, token, now = /* @__PURE__ */ new Date()) {
  const parsed = parseToken(token);
  if (!parsed || !UUID$4.test(parsed.id)) return { ok: false, reason: "invalid" };
  return db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from invitations where id = ${parsed.id} for update`);
    const found = await findInvitation(tx, token);
    const state = stateOf(found?.row, parsed.secret, now);
    if (state !== "valid" || !found?.row) return { ok: false, reason: state };
    const invitation = found.row;
    const [existing] = await tx.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.organisationId, invitation.organisationId), eq(memberships.userId, user.id)));
    if (existing) return { ok: false, reason: "already-member", slug: invitation.slug };
    await tx.insert(memberships).values({ organisationId: invitation.organisationId, userId: user.id, role: invitation.role });
    await tx.update(invitations).set({ acceptedAt: now, acceptedBy: user.id }).where(eq(invitations.id, invitation.id));
    await recordAudit(tx, {
      actorId: user.id,
      organisationId: invitation.organisationId,
      action: "member.join",
      subjectType: "invitation",
      subjectId: invitation.id,
      details: { role: invitation.role }
    });
    return { ok: true, slug: invitation.slug };
  });
}
async function listPendingInvitations(db, organisationId, now = /* @__PURE__ */ new Date()) {
  return db.select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt }).from(invitations).where(and(eq(invitations.organisationId, organisationId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now))).orderBy(asc(invitations.createdAt));
}
async function revokeInvitation(db, actor, organisationId, invitationId) {
  return db.transaction(async (tx) => {
    const deleted = await tx.delete(invitations).where(and(eq(invitations.id, invitationId), eq(invitations.organisationId, organisationId), isNull(invitations.acceptedAt))).returning({ email: invitations.email });
    if (deleted.length === 0) return fail(E.notFound);
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId,
      action: "member.revoke-invitation",
      subjectType: "invitation",
      subjectId: invitationId,
      details: { email: deleted[0].email }
    });
    return { ok: true };
  });
}
const ROLES = ["owner", "editor", "viewer"];
async function loader$r({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation
  } = await requireOrganisation(context.db, user, params.orgSlug, "owner");
  const [members, invitations2, locale] = await Promise.all([listMembers(context.db, organisation.id), listPendingInvitations(context.db, organisation.id), detectLocale(request)]);
  return {
    organisation,
    members,
    invitations: invitations2,
    locale,
    userId: user.id
  };
}
async function action$h({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation
  } = await requireOrganisation(context.db, user, params.orgSlug, "owner");
  const formData = await request.formData();
  const intent = formData.get("intent");
  const here = `/dashboard/orgs/${organisation.slug}/members`;
  const schema = intent === "role" ? ChangeRoleSchema : intent === "remove" ? RemoveMemberSchema : intent === "revoke" ? RevokeInvitationSchema : InviteSchema;
  const submission = parseWithZod(formData, {
    schema
  });
  const target = String(formData.get("userId") ?? formData.get("invitationId") ?? "invite");
  if (submission.status !== "success") return data({
    target,
    result: submission.reply()
  }, {
    status: 400
  });
  const value = submission.value;
  let result;
  if (value.intent === "role") result = await changeMemberRole(context.db, user, organisation.id, value.userId, value.role);
  else if (value.intent === "remove") result = await removeMember(context.db, user, organisation.id, value.userId);
  else if (value.intent === "revoke") result = await revokeInvitation(context.db, user, organisation.id, value.invitationId);
  else {
    const locale = await detectLocale(request);
    const t = await getFixedT(locale);
    result = await createInvitation(context.db, user, organisation, value, {
      appUrl: context.env.APP_URL,
      locale,
      siteName: t("meta.siteName")
    });
  }
  if (!result.ok) return data({
    target,
    result: failureReply(submission, result)
  }, {
    status: 400
  });
  if ((value.intent === "remove" || value.intent === "role") && value.userId === user.id && !(value.intent === "role" && value.role === "owner")) {
    return redirect(withNotice(value.intent === "remove" ? "/dashboard" : `/dashboard/orgs/${organisation.slug}`, value.intent === "remove" ? "removed" : "roleChanged"), 303);
  }
  const notice = value.intent === "role" ? "roleChanged" : value.intent === "remove" ? "removed" : value.intent === "revoke" ? "revoked" : "invited";
  return redirect(withNotice(here, notice), 303);
}
function RowError({
  result
}) {
  const {
    t
  } = useTranslation();
  const message2 = result?.error?.[""]?.[0] ?? Object.values(result?.error ?? {})[0]?.[0];
  return message2 ? /* @__PURE__ */ jsx("p", {
    className: "form-error",
    role: "alert",
    children: t(message2)
  }) : null;
}
const orgMembers = UNSAFE_withComponentProps(function Members({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    organisation,
    members,
    invitations: invitations2,
    locale
  } = loaderData;
  const inviteResult = actionData?.target === "invite" ? actionData.result : void 0;
  const [form, fields] = useForm({
    id: "invite",
    lastResult: inviteResult,
    defaultValue: {
      role: "editor",
      intent: "invite"
    }
  });
  const roleOptions = ROLES.map((r) => ({
    value: r,
    label: t(`organiser.roles.${r}`)
  }));
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("organiser.members.title", {
        organisation: organisation.name
      })
    }), /* @__PURE__ */ jsx(Breadcrumbs, {
      items: [{
        to: "/dashboard",
        label: t("organiser.dashboard")
      }, {
        to: `/dashboard/orgs/${organisation.slug}`,
        label: organisation.name
      }]
    }), /* @__PURE__ */ jsx("h1", {
      children: t("organiser.members.title", {
        organisation: organisation.name
      })
    }), /* @__PURE__ */ jsx(Notice, {}), /* @__PURE__ */ jsx("p", {
      className: "muted",
      children: t("organiser.members.rolesExplained")
    }), /* @__PURE__ */ jsxs("table", {
      className: "data-table",
      children: [/* @__PURE__ */ jsx("caption", {
        className: "visually-hidden",
        children: t("organiser.members.title", {
          organisation: organisation.name
        })
      }), /* @__PURE__ */ jsx("thead", {
        children: /* @__PURE__ */ jsxs("tr", {
          children: [/* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("organiser.members.name")
          }), /* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("organiser.members.role")
          }), /* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("organiser.members.remove")
          })]
        })
      }), /* @__PURE__ */ jsx("tbody", {
        children: members.map((m) => /* @__PURE__ */ jsxs("tr", {
          children: [/* @__PURE__ */ jsxs("td", {
            children: [m.displayName, /* @__PURE__ */ jsx("br", {}), /* @__PURE__ */ jsx("span", {
              className: "muted",
              children: m.email
            }), actionData?.target === m.userId ? /* @__PURE__ */ jsx(RowError, {
              result: actionData.result
            }) : null]
          }), /* @__PURE__ */ jsx("td", {
            children: /* @__PURE__ */ jsxs(Form, {
              method: "post",
              className: "inline-form",
              children: [/* @__PURE__ */ jsx("input", {
                type: "hidden",
                name: "intent",
                value: "role"
              }), /* @__PURE__ */ jsx("input", {
                type: "hidden",
                name: "userId",
                value: m.userId
              }), /* @__PURE__ */ jsx("label", {
                htmlFor: `role-${m.userId}`,
                className: "visually-hidden",
                children: t("organiser.members.roleOf", {
                  name: m.displayName
                })
              }), /* @__PURE__ */ jsx("select", {
                id: `role-${m.userId}`,
                name: "role",
                defaultValue: m.role,
                children: roleOptions.map((o) => /* @__PURE__ */ jsx("option", {
                  value: o.value,
                  children: o.label
                }, o.value))
              }), " ", /* @__PURE__ */ jsx("button", {
                type: "submit",
                className: "button-secondary",
                children: t("organiser.members.changeRole")
              })]
            })
          }), /* @__PURE__ */ jsx("td", {
            children: /* @__PURE__ */ jsxs(Form, {
              method: "post",
              className: "inline-form",
              children: [/* @__PURE__ */ jsx("input", {
                type: "hidden",
                name: "intent",
                value: "remove"
              }), /* @__PURE__ */ jsx("input", {
                type: "hidden",
                name: "userId",
                value: m.userId
              }), /* @__PURE__ */ jsxs("button", {
                type: "submit",
                className: "button-secondary",
                children: [t("organiser.members.remove"), " ", /* @__PURE__ */ jsx("span", {
                  className: "visually-hidden",
                  children: m.displayName
                })]
              })]
            })
          })]
        }, m.userId))
      })]
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "invite-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "invite-heading",
        children: t("organiser.members.inviteHeading")
      }), /* @__PURE__ */ jsx("p", {
        children: t("organiser.members.inviteLead")
      }), /* @__PURE__ */ jsxs(Form, {
        method: "post",
        ...getFormProps(form),
        className: "stack-form narrow",
        children: [/* @__PURE__ */ jsx(FormErrors, {
          form
        }), /* @__PURE__ */ jsx("input", {
          type: "hidden",
          name: "intent",
          value: "invite"
        }), /* @__PURE__ */ jsx(TextInput, {
          meta: fields.email,
          type: "email",
          label: t("organiser.members.email"),
          autoComplete: "off"
        }), /* @__PURE__ */ jsx(Select, {
          meta: fields.role,
          label: t("organiser.members.role"),
          options: roleOptions
        }), /* @__PURE__ */ jsx("button", {
          type: "submit",
          className: "button-primary",
          children: t("organiser.members.invite")
        })]
      })]
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "pending-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "pending-heading",
        children: t("organiser.members.pendingHeading")
      }), invitations2.length === 0 ? /* @__PURE__ */ jsx("p", {
        children: t("organiser.members.noPending")
      }) : /* @__PURE__ */ jsx("ul", {
        children: invitations2.map((inv) => /* @__PURE__ */ jsxs("li", {
          children: [inv.email, " — ", t(`organiser.roles.${inv.role}`), " — ", t("organiser.members.expires", {
            date: formatDate(inv.expiresAt, locale)
          }), " ", /* @__PURE__ */ jsxs(Form, {
            method: "post",
            className: "inline-form",
            children: [/* @__PURE__ */ jsx("input", {
              type: "hidden",
              name: "intent",
              value: "revoke"
            }), /* @__PURE__ */ jsx("input", {
              type: "hidden",
              name: "invitationId",
              value: inv.id
            }), /* @__PURE__ */ jsxs("button", {
              type: "submit",
              className: "button-link",
              children: [t("organiser.members.revoke"), " ", /* @__PURE__ */ jsx("span", {
                className: "visually-hidden",
                children: inv.email
              })]
            })]
          }), actionData?.target === inv.id ? /* @__PURE__ */ jsx(RowError, {
            result: actionData.result
          }) : null]
        }, inv.id))
      })]
    })]
  });
});
const route36 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$h,
  default: orgMembers,
  loader: loader$r
}, Symbol.toStringTag, { value: "Module" }));
async function createCampaign(db, actor, organisationId, input) {
  return db.transaction(async (tx) => {
    const [campaign] = await tx.insert(campaigns).values({ organisationId, slug: input.slug, status: input.status ?? "active" }).onConflictDoNothing({ target: campaigns.slug }).returning({ id: campaigns.id });
    if (!campaign) return fail(E.slugTaken, "slug");
    await tx.insert(campaignTranslations).values(input.translations.map((t) => ({ campaignId: campaign.id, ...t })));
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId,
      action: "campaign.create",
      subjectType: "campaign",
      subjectId: campaign.id,
      details: { slug: input.slug, locales: input.translations.map((t) => t.locale) }
    });
    return { ok: true, id: campaign.id };
  });
}
async function getCampaign(db, campaignId, locale) {
  const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) return null;
  const translations = await db.select().from(campaignTranslations).where(eq(campaignTranslations.campaignId, campaignId));
  return {
    id: campaign.id,
    organisationId: campaign.organisationId,
    slug: campaign.slug,
    status: campaign.status,
    title: pickTranslation(translations, locale)?.title ?? campaign.slug,
    translations: translations.map((t) => ({ locale: t.locale, title: t.title, summary: t.summary }))
  };
}
async function updateCampaign(db, actor, campaignId, input) {
  try {
    return await saveCampaign(db, actor, campaignId, input);
  } catch (error) {
    if (isUniqueViolation(error)) return fail(E.slugTaken, "slug");
    throw error;
  }
}
async function saveCampaign(db, actor, campaignId, input) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId)).for("update");
    if (!before) return fail(E.notFound);
    if (input.slug !== before.slug) {
      const [clash] = await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, input.slug));
      if (clash) return fail(E.slugTaken, "slug");
    }
    await tx.update(campaigns).set({ slug: input.slug, status: input.status ?? before.status, updatedAt: /* @__PURE__ */ new Date() }).where(eq(campaigns.id, campaignId));
    const locales = input.translations.map((t) => t.locale);
    await tx.delete(campaignTranslations).where(and(eq(campaignTranslations.campaignId, campaignId), notInArray(campaignTranslations.locale, locales)));
    for (const t of input.translations) {
      await tx.insert(campaignTranslations).values({ campaignId, ...t }).onConflictDoUpdate({ target: [campaignTranslations.campaignId, campaignTranslations.locale], set: { title: t.title, summary: t.summary } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId: before.organisationId,
      action: "campaign.edit",
      subjectType: "campaign",
      subjectId: campaignId,
      details: { slug: input.slug, status: input.status ?? before.status, locales }
    });
    return { ok: true };
  });
}
const ADD_LANGUAGE = "add-language";
function addLanguageReply(formData) {
  const existing = [...formData.entries()].filter(([key]) => /^translations\[\d+\]\.locale$/.test(key)).map(([, value]) => String(value));
  const count = existing.length;
  const locale = canonicalLocale(String(formData.get("newLocale") ?? ""));
  const error = !locale ? E.locale : existing.includes(locale) ? E.locale : count >= MAX_LOCALES ? E.tooMany : null;
  if (!error) formData.append(`translations[${count}].locale`, locale);
  formData.delete("newLocale");
  const submission = parseWithZod(formData, { schema: z.object({}) });
  return submission.reply(error ? { fieldErrors: { newLocale: [error] } } : void 0);
}
function CampaignForm({
  id,
  lastResult,
  defaultValue,
  showStatus,
  uiLocale,
  submitLabel
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm({ id, lastResult, defaultValue, shouldValidate: "onBlur" });
  const translations = fields.translations.getFieldList();
  return /* @__PURE__ */ jsxs(Form, { method: "post", ...getFormProps(form), className: "stack-form", children: [
    /* @__PURE__ */ jsx(FormErrors, { form }),
    /* @__PURE__ */ jsx(TextInput, { meta: fields.slug, label: t("organiser.fields.slug"), hint: t("organiser.fields.slugHint") }),
    showStatus ? /* @__PURE__ */ jsx(
      Select,
      {
        meta: fields.status,
        label: t("organiser.campaign.statusLabel"),
        options: ["draft", "active", "archived"].map((s) => ({ value: s, label: t(`organiser.campaign.status.${s}`) }))
      }
    ) : null,
    /* @__PURE__ */ jsx(FieldError, { meta: fields.translations }),
    translations.map((entry2) => {
      const f = entry2.getFieldset();
      const locale = String(f.locale.initialValue ?? "");
      return /* @__PURE__ */ jsxs("fieldset", { className: "language-fieldset", children: [
        /* @__PURE__ */ jsx("legend", { children: languageName(locale, uiLocale) }),
        /* @__PURE__ */ jsx("input", { ...getInputProps(f.locale, { type: "hidden" }) }),
        /* @__PURE__ */ jsx(FieldError, { meta: f.locale }),
        /* @__PURE__ */ jsx(TextInput, { meta: f.title, label: t("organiser.campaign.titleIn", { language: locale }), lang: locale }),
        /* @__PURE__ */ jsx(TextArea, { meta: f.summary, label: t("organiser.campaign.summaryIn", { language: locale }), rows: 3, lang: locale })
      ] }, entry2.key);
    }),
    /* @__PURE__ */ jsx("p", { className: "hint", children: t("organiser.campaign.blankLanguage") }),
    /* @__PURE__ */ jsx("button", { type: "submit", name: "intent", value: "save", className: "button-primary", children: submitLabel }),
    /* @__PURE__ */ jsxs("fieldset", { className: "language-fieldset add-language", children: [
      /* @__PURE__ */ jsx("legend", { children: t("organiser.addLanguage.heading") }),
      /* @__PURE__ */ jsx(TextInput, { meta: fields.newLocale, label: t("organiser.addLanguage.code"), hint: t("organiser.addLanguage.hint"), autoComplete: "off" }),
      /* @__PURE__ */ jsx("button", { type: "submit", name: "intent", value: ADD_LANGUAGE, className: "button-secondary", children: t("organiser.addLanguage.submit") })
    ] })
  ] });
}
async function loader$q({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation
  } = await requireOrganisation(context.db, user, params.orgSlug, "editor");
  return {
    organisation,
    locale: await detectLocale(request)
  };
}
async function action$g({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation
  } = await requireOrganisation(context.db, user, params.orgSlug, "editor");
  const formData = await request.formData();
  if (formData.get("intent") === ADD_LANGUAGE) {
    const result2 = addLanguageReply(formData);
    return data({
      result: result2
    }, {
      status: result2.error ? 400 : 200
    });
  }
  const submission = parseWithZod(formData, {
    schema: CampaignSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply()
  }, {
    status: 400
  });
  const result = await createCampaign(context.db, user, organisation.id, submission.value);
  if (!result.ok) return data({
    result: failureReply(submission, result)
  }, {
    status: 400
  });
  return redirect(withNotice(`/dashboard/orgs/${organisation.slug}/campaigns/${result.id}`, "created"), 303);
}
const campaignNew = UNSAFE_withComponentProps(function NewCampaign({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    organisation,
    locale
  } = loaderData;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("organiser.campaign.newTitle")
    }), /* @__PURE__ */ jsx(Breadcrumbs, {
      items: [{
        to: "/dashboard",
        label: t("organiser.dashboard")
      }, {
        to: `/dashboard/orgs/${organisation.slug}`,
        label: organisation.name
      }]
    }), /* @__PURE__ */ jsx("h1", {
      children: t("organiser.campaign.newTitle")
    }), /* @__PURE__ */ jsx("p", {
      children: t("organiser.campaign.lead")
    }), /* @__PURE__ */ jsx(CampaignForm, {
      id: "campaign",
      lastResult: actionData?.result,
      defaultValue: {
        translations: [{
          locale: "en"
        }, {
          locale: "fr"
        }]
      },
      showStatus: false,
      uiLocale: locale,
      submitLabel: t("organiser.campaign.create")
    })]
  });
});
const route37 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$g,
  default: campaignNew,
  loader: loader$q
}, Symbol.toStringTag, { value: "Module" }));
const REVISION_REASON_THRESHOLD = 100;
const STRUCTURE_EDITABLE_STATUSES = ["draft", "rejected"];
const PUBLISHED_STATUSES = ["open", "closed", "delivered", "won", "hidden"];
const LOCKED_STATUSES = ["pending"];
const UUID$3 = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isStructureEditable = (status) => STRUCTURE_EDITABLE_STATUSES.includes(status);
async function organisationOf(db, organisationId) {
  const [org] = await db.select({ id: organisations.id, slug: organisations.slug, name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
  return org;
}
async function requireOrgPetition(db, user, orgSlug, petitionId, minimum) {
  const access = await requirePetitionRole(db, user, petitionId, minimum);
  const organisation = await organisationOf(db, access.organisationId);
  if (organisation?.slug !== orgSlug) throw new Response("Not found", { status: 404 });
  return { ...access, organisation };
}
async function requireOrgCampaign(db, user, orgSlug, campaignId, minimum) {
  const access = await requireCampaignRole(db, user, campaignId, minimum);
  const organisation = await organisationOf(db, access.organisationId);
  if (organisation?.slug !== orgSlug) throw new Response("Not found", { status: 404 });
  return { ...access, organisation };
}
async function createPetition(db, actor, campaignId, input) {
  try {
    return await db.transaction(async (tx) => {
      const [campaign] = await tx.select({ organisationId: campaigns.organisationId }).from(campaigns).where(eq(campaigns.id, campaignId));
      if (!campaign) return fail(E.notFound);
      const [petition2] = await tx.insert(petitions).values({ campaignId, slug: input.slug, status: "draft", defaultLocale: input.defaultLocale, createdBy: actor.id }).onConflictDoNothing({ target: petitions.slug }).returning({ id: petitions.id });
      if (!petition2) return fail(E.slugTaken, "slug");
      await tx.insert(petitionTranslations).values({
        petitionId: petition2.id,
        locale: input.defaultLocale,
        title: input.title,
        target: input.target,
        ask: input.ask,
        bodyMarkdown: input.bodyMarkdown
      });
      await recordAudit(tx, {
        actorId: actor.id,
        organisationId: campaign.organisationId,
        action: "petition.create",
        subjectType: "petition",
        subjectId: petition2.id,
        details: { slug: input.slug, locale: input.defaultLocale }
      });
      return { ok: true, id: petition2.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail(E.slugTaken, "slug");
    throw error;
  }
}
async function getPetitionEditor(db, petitionId, locale) {
  if (!UUID$3.test(petitionId)) throw new Response("Not found", { status: 404 });
  const [petition2] = await db.select().from(petitions).where(eq(petitions.id, petitionId));
  if (!petition2) throw new Response("Not found", { status: 404 });
  const [translations, fields, links2, counts, campaignTexts, [campaign]] = await Promise.all([
    db.select().from(petitionTranslations).where(eq(petitionTranslations.petitionId, petitionId)).orderBy(asc(petitionTranslations.locale)),
    db.select().from(petitionFields$1).where(eq(petitionFields$1.petitionId, petitionId)).orderBy(asc(petitionFields$1.position)),
    db.select({ explainerId: petitionExplainers.explainerId }).from(petitionExplainers).where(eq(petitionExplainers.petitionId, petitionId)),
    getPetitionCounts(db, petitionId, petition2.paperSignatures),
    db.select().from(campaignTranslations).where(eq(campaignTranslations.campaignId, petition2.campaignId)),
    db.select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, petition2.campaignId))
  ]);
  const text2 = pickTranslation(translations, locale, petition2.defaultLocale);
  const status = petition2.status;
  return {
    petition: { ...petition2, status, title: text2?.title ?? petition2.slug },
    campaign: { id: petition2.campaignId, title: pickTranslation(campaignTexts, locale)?.title ?? campaign?.slug ?? "" },
    translations: translations.map(({ petitionId: _, ...t }) => t),
    fields: fields.map(({ petitionId: _, ...f }) => f),
    explainerIds: links2.map((l) => l.explainerId),
    signatureCount: counts.signatureCount,
    structureEditable: isStructureEditable(status),
    locked: LOCKED_STATUSES.includes(status),
    reasonRequired: PUBLISHED_STATUSES.includes(status) && counts.signatureCount >= REVISION_REASON_THRESHOLD
  };
}
const sameText = (a, b) => a !== void 0 && a.title === b.title && a.target === b.target && a.ask === b.ask && a.bodyMarkdown === b.bodyMarkdown;
async function savePetitionText(db, actor, petitionId, input) {
  return db.transaction(async (tx) => {
    const [petition2] = await tx.select({ status: petitions.status, paper: petitions.paperSignatures, campaignId: petitions.campaignId }).from(petitions).where(eq(petitions.id, petitionId)).for("update");
    if (!petition2) return fail(E.notFound);
    const status = petition2.status;
    if (LOCKED_STATUSES.includes(status)) return fail(E.notEditable);
    const [current] = await tx.select().from(petitionTranslations).where(and(eq(petitionTranslations.petitionId, petitionId), eq(petitionTranslations.locale, input.locale)));
    const after = { title: input.title, target: input.target, ask: input.ask, bodyMarkdown: input.bodyMarkdown };
    if (sameText(current, after)) return { ok: true };
    const published = PUBLISHED_STATUSES.includes(status);
    const { signatureCount } = await getPetitionCounts(db, petitionId, petition2.paper);
    if (published && signatureCount >= REVISION_REASON_THRESHOLD && !input.reason) return fail(E.reasonRequired, "reason");
    await tx.insert(petitionTranslations).values({ petitionId, locale: input.locale, ...after }).onConflictDoUpdate({ target: [petitionTranslations.petitionId, petitionTranslations.locale], set: after });
    await tx.update(petitions).set({ updatedAt: /* @__PURE__ */ new Date() }).where(eq(petitions.id, petitionId));
    if (published) {
      const before = current ? { title: current.title, target: current.target, ask: current.ask, bodyMarkdown: current.bodyMarkdown } : {};
      await tx.insert(petitionRevisions$1).values({
        petitionId,
        locale: input.locale,
        editorId: actor.id,
        reason: input.reason ?? null,
        signatureCount,
        before,
        after
      });
    }
    const [campaign] = await tx.select({ organisationId: campaigns.organisationId }).from(campaigns).where(eq(campaigns.id, petition2.campaignId));
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId: campaign?.organisationId,
      action: "petition.edit-text",
      subjectType: "petition",
      subjectId: petitionId,
      details: { locale: input.locale, added: !current, reason: input.reason ?? null, signatureCount, revision: published }
    });
    return { ok: true };
  });
}
async function removePetitionTranslation(db, actor, petitionId, locale) {
  return db.transaction(async (tx) => {
    const [petition2] = await tx.select().from(petitions).where(eq(petitions.id, petitionId)).for("update");
    if (!petition2) return fail(E.notFound);
    if (!isStructureEditable(petition2.status)) return fail(E.notEditable);
    if (petition2.defaultLocale === locale) return fail(E.defaultLocale);
    const deleted = await tx.delete(petitionTranslations).where(and(eq(petitionTranslations.petitionId, petitionId), eq(petitionTranslations.locale, locale))).returning({ locale: petitionTranslations.locale });
    if (deleted.length === 0) return fail(E.notFound);
    const [campaign] = await tx.select({ organisationId: campaigns.organisationId }).from(campaigns).where(eq(campaigns.id, petition2.campaignId));
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId: campaign?.organisationId,
      action: "petition.remove-language",
      subjectType: "petition",
      subjectId: petitionId,
      details: { locale }
    });
    return { ok: true };
  });
}
async function savePetitionSettings(db, actor, petitionId, input) {
  try {
    return await db.transaction(async (tx) => {
      const [petition2] = await tx.select().from(petitions).where(eq(petitions.id, petitionId)).for("update");
      if (!petition2) return fail(E.notFound);
      if (LOCKED_STATUSES.includes(petition2.status)) return fail(E.notEditable);
      const locales = await tx.select({ locale: petitionTranslations.locale }).from(petitionTranslations).where(eq(petitionTranslations.petitionId, petitionId));
      if (!locales.some((l) => l.locale === input.defaultLocale)) return fail(E.defaultLocale, "defaultLocale");
      const explainerIds = input.explainerIds.length ? (await tx.select({ id: explainers$1.id }).from(explainers$1).where(and(inArray(explainers$1.id, input.explainerIds), eq(explainers$1.status, "published")))).map((e) => e.id) : [];
      const slug = isStructureEditable(petition2.status) && input.slug ? input.slug : petition2.slug;
      const changes = {
        slug,
        defaultLocale: input.defaultLocale,
        goal: input.goal ?? null,
        goalFixed: input.goalMode === "fixed",
        paperSignatures: input.paperSignatures,
        paperSignaturesNote: input.paperSignaturesNote ?? null,
        opensAt: input.opensAt ?? null,
        closesAt: input.closesAt ?? null,
        verifiedDomains: input.verifiedDomains,
        collectPostcode: input.collectPostcode
      };
      if (slug !== petition2.slug) {
        const [clash] = await tx.select({ id: petitions.id }).from(petitions).where(eq(petitions.slug, slug));
        if (clash) return fail(E.slugTaken, "slug");
      }
      await tx.update(petitions).set({ ...changes, updatedAt: /* @__PURE__ */ new Date() }).where(eq(petitions.id, petitionId));
      await tx.delete(petitionExplainers).where(eq(petitionExplainers.petitionId, petitionId));
      if (explainerIds.length) {
        await tx.insert(petitionExplainers).values(input.explainerIds.filter((id) => explainerIds.includes(id)).map((explainerId, position) => ({ petitionId, explainerId, position })));
      }
      const changed = Object.fromEntries(
        Object.entries(changes).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(petition2[key]))
      );
      const [campaign] = await tx.select({ organisationId: campaigns.organisationId }).from(campaigns).where(eq(campaigns.id, petition2.campaignId));
      await recordAudit(tx, {
        actorId: actor.id,
        organisationId: campaign?.organisationId,
        action: "petition.edit-settings",
        subjectType: "petition",
        subjectId: petitionId,
        details: { changed, explainerIds }
      });
      return { ok: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail(E.slugTaken, "slug");
    throw error;
  }
}
async function listRevisions(db, petitionId) {
  return db.select({
    id: petitionRevisions$1.id,
    locale: petitionRevisions$1.locale,
    reason: petitionRevisions$1.reason,
    signatureCount: petitionRevisions$1.signatureCount,
    before: petitionRevisions$1.before,
    after: petitionRevisions$1.after,
    createdAt: petitionRevisions$1.createdAt,
    editorName: users.displayName
  }).from(petitionRevisions$1).leftJoin(users, eq(users.id, petitionRevisions$1.editorId)).where(eq(petitionRevisions$1.petitionId, petitionId)).orderBy(desc(petitionRevisions$1.createdAt));
}
async function listExplainerChoices(db, locale) {
  const rows = await db.select({ id: explainers$1.id, slug: explainers$1.slug, locale: explainerTranslations.locale, title: explainerTranslations.title }).from(explainers$1).innerJoin(explainerTranslations, eq(explainerTranslations.explainerId, explainers$1.id)).where(eq(explainers$1.status, "published")).orderBy(asc(explainers$1.position), asc(explainers$1.slug));
  const ids = [...new Set(rows.map((r) => r.id))];
  return ids.map((id) => {
    const group = rows.filter((r) => r.id === id);
    return { id, title: pickTranslation(group, locale).title };
  });
}
async function findPetitionForPreview(db, petitionId, locale) {
  const [petition2] = await db.select().from(petitions).where(eq(petitions.id, petitionId));
  if (!petition2) return null;
  const published = PUBLISHED_STATUSES.includes(petition2.status);
  return petitionViewFromRow(db, petition2, locale, petitionAvailability(published ? petition2 : { ...petition2, status: "open" }));
}
async function loadPetitionPreview(context, petitionId, locale) {
  const petition2 = await findPetitionForPreview(context.db, petitionId, locale);
  if (!petition2) throw new Response("Not found", { status: 404 });
  return buildPetitionPage(context, petition2, locale, new URL(`${context.env.APP_URL}/petitions/${petition2.slug}`));
}
async function load({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation
  } = await requireOrgCampaign(context.db, user, params.orgSlug, params.campaignId, "editor");
  return {
    user,
    organisation
  };
}
async function loader$p(args) {
  const {
    organisation
  } = await load(args);
  const locale = await detectLocale(args.request);
  const campaign = await getCampaign(args.context.db, args.params.campaignId, locale);
  if (!campaign) throw new Response("Not found", {
    status: 404
  });
  return {
    organisation,
    campaign,
    locale
  };
}
async function action$f(args) {
  const {
    user,
    organisation
  } = await load(args);
  const formData = await args.request.formData();
  if (formData.get("intent") === ADD_LANGUAGE) {
    const result2 = addLanguageReply(formData);
    return data({
      result: result2
    }, {
      status: result2.error ? 400 : 200
    });
  }
  const submission = parseWithZod(formData, {
    schema: CampaignSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply()
  }, {
    status: 400
  });
  const result = await updateCampaign(args.context.db, user, args.params.campaignId, submission.value);
  if (!result.ok) return data({
    result: failureReply(submission, result)
  }, {
    status: 400
  });
  return redirect(withNotice(`/dashboard/orgs/${organisation.slug}/campaigns/${args.params.campaignId}`, "saved"), 303);
}
const campaignEdit = UNSAFE_withComponentProps(function EditCampaign({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    organisation,
    campaign,
    locale
  } = loaderData;
  const present = campaign.translations.map((tr) => tr.locale);
  const translations = [...campaign.translations, ...["en", "fr"].filter((l) => !present.includes(l)).map((l) => ({
    locale: l
  }))];
  const base = `/dashboard/orgs/${organisation.slug}`;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: campaign.title
    }), /* @__PURE__ */ jsx(Breadcrumbs, {
      items: [{
        to: "/dashboard",
        label: t("organiser.dashboard")
      }, {
        to: base,
        label: organisation.name
      }]
    }), /* @__PURE__ */ jsx("h1", {
      children: campaign.title
    }), /* @__PURE__ */ jsx(Notice, {}), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: `${base}/campaigns/${campaign.id}/petitions/new`,
        children: t("organiser.org.newPetition")
      })
    }), /* @__PURE__ */ jsx("h2", {
      children: t("organiser.campaign.editHeading")
    }), /* @__PURE__ */ jsx(CampaignForm, {
      id: "campaign",
      lastResult: actionData?.result,
      defaultValue: {
        slug: campaign.slug,
        status: campaign.status,
        translations
      },
      showStatus: true,
      uiLocale: locale,
      submitLabel: t("organiser.save")
    })]
  });
});
const route38 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$f,
  default: campaignEdit,
  loader: loader$p
}, Symbol.toStringTag, { value: "Module" }));
async function loader$o({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation
  } = await requireOrgCampaign(context.db, user, params.orgSlug, params.campaignId, "editor");
  const locale = await detectLocale(request);
  const campaign = await getCampaign(context.db, params.campaignId, locale);
  if (!campaign) throw new Response("Not found", {
    status: 404
  });
  return {
    organisation,
    campaign: {
      id: campaign.id,
      title: campaign.title
    },
    locale
  };
}
async function action$e({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation
  } = await requireOrgCampaign(context.db, user, params.orgSlug, params.campaignId, "editor");
  const submission = parseWithZod(await request.formData(), {
    schema: CreatePetitionSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply()
  }, {
    status: 400
  });
  const result = await createPetition(context.db, user, params.campaignId, submission.value);
  if (!result.ok) return data({
    result: failureReply(submission, result)
  }, {
    status: 400
  });
  return redirect(withNotice(`/dashboard/orgs/${organisation.slug}/petitions/${result.id}`, "created"), 303);
}
const petitionNew = UNSAFE_withComponentProps(function NewPetition({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    organisation,
    campaign,
    locale
  } = loaderData;
  const [form, fields] = useForm({
    id: "new-petition",
    lastResult: actionData?.result,
    defaultValue: {
      defaultLocale: locale
    },
    shouldValidate: "onBlur"
  });
  const base = `/dashboard/orgs/${organisation.slug}`;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("organiser.petition.newTitle")
    }), /* @__PURE__ */ jsx(Breadcrumbs, {
      items: [{
        to: "/dashboard",
        label: t("organiser.dashboard")
      }, {
        to: base,
        label: organisation.name
      }, {
        to: `${base}/campaigns/${campaign.id}`,
        label: campaign.title
      }]
    }), /* @__PURE__ */ jsx("h1", {
      children: t("organiser.petition.newTitle")
    }), /* @__PURE__ */ jsx("p", {
      children: t("organiser.petition.newLead")
    }), /* @__PURE__ */ jsxs(Form, {
      method: "post",
      ...getFormProps(form),
      className: "stack-form",
      children: [/* @__PURE__ */ jsx(FormErrors, {
        form
      }), /* @__PURE__ */ jsx(TextInput, {
        meta: fields.slug,
        label: t("organiser.fields.slug"),
        hint: t("organiser.petition.slugHint")
      }), /* @__PURE__ */ jsx(TextInput, {
        meta: fields.defaultLocale,
        label: t("organiser.petition.defaultLocale"),
        hint: t("organiser.addLanguage.hint")
      }), /* @__PURE__ */ jsx(TextInput, {
        meta: fields.title,
        label: t("organiser.petition.title")
      }), /* @__PURE__ */ jsx(TextInput, {
        meta: fields.target,
        label: t("organiser.petition.target"),
        hint: t("organiser.petition.targetHint")
      }), /* @__PURE__ */ jsx(TextArea, {
        meta: fields.ask,
        label: t("organiser.petition.ask"),
        hint: t("organiser.petition.askHint"),
        rows: 3
      }), /* @__PURE__ */ jsx(TextArea, {
        meta: fields.bodyMarkdown,
        label: t("organiser.petition.body"),
        hint: t("organiser.petition.bodyHint"),
        rows: 12
      }), /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-primary",
        children: t("organiser.petition.create")
      })]
    })]
  });
});
const route39 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$e,
  default: petitionNew,
  loader: loader$o
}, Symbol.toStringTag, { value: "Module" }));
const TRANSITIONS = {
  submit: { from: ["draft", "rejected"], to: "pending" },
  approve: { from: ["pending"], to: "open" },
  reject: { from: ["pending"], to: "rejected" },
  hide: { from: ["open"], to: "hidden" },
  unhide: { from: ["hidden"], to: "open" },
  close: { from: ["open"], to: "closed" },
  deliver: { from: ["open", "closed"], to: "delivered" },
  won: { from: ["open", "closed", "delivered"], to: "won" }
};
function allowedTransitions(status) {
  return Object.keys(TRANSITIONS).filter((name) => TRANSITIONS[name].from.includes(status));
}
async function transition(db, actor, petitionId, request) {
  const { from, to } = TRANSITIONS[request.name];
  return db.transaction(async (tx) => {
    const [row] = await tx.update(petitions).set({ ...request.set, status: to, updatedAt: /* @__PURE__ */ new Date() }).where(and(eq(petitions.id, petitionId), inArray(petitions.status, [...from]))).returning({ id: petitions.id, slug: petitions.slug, defaultLocale: petitions.defaultLocale, campaignId: petitions.campaignId });
    if (!row) return fail(E.wrongStatus);
    const [campaign] = await tx.select({ organisationId: campaigns.organisationId, orgSlug: organisations.slug }).from(campaigns).innerJoin(organisations, eq(organisations.id, campaigns.organisationId)).where(eq(campaigns.id, row.campaignId));
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId: campaign.organisationId,
      action: `petition.${request.name}`,
      subjectType: "petition",
      subjectId: petitionId,
      details: { to, ...request.details }
    });
    if (request.notify) {
      await queueDecisionEmails(tx, { ...row, organisationId: campaign.organisationId, orgSlug: campaign.orgSlug }, request.name, request.notify);
    }
    return { ok: true };
  });
}
async function queueDecisionEmails(tx, petition2, decision, notify) {
  const locale = isLocale(petition2.defaultLocale) ? petition2.defaultLocale : "en";
  const t = await getFixedT(locale);
  const texts = await tx.select().from(petitionTranslations).where(eq(petitionTranslations.petitionId, petition2.id));
  const title = pickTranslation(texts, locale, petition2.defaultLocale)?.title ?? petition2.slug;
  const recipients = await tx.select({ id: users.id, email: users.email }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(and(eq(memberships.organisationId, petition2.organisationId), inArray(memberships.role, ["owner", "editor"])));
  const stamp = Date.now();
  for (const recipient of recipients) {
    await enqueueJob(tx, "send-email", {
      template: "petition-decision",
      to: recipient.email,
      idempotencyKey: `petition-decision/${petition2.id}/${decision}/${stamp}/${recipient.id}`,
      props: {
        locale,
        siteName: t("meta.siteName"),
        petitionTitle: title,
        decision,
        reason: notify.reason,
        manageUrl: `${notify.appUrl}/dashboard/orgs/${petition2.orgSlug}/petitions/${petition2.id}`,
        publicUrl: `${notify.appUrl}/petitions/${petition2.slug}`
      }
    });
  }
}
async function submitPetition(db, actor, petitionId) {
  const [text2] = await db.select({ locale: petitionTranslations.locale }).from(petitions).innerJoin(petitionTranslations, and(eq(petitionTranslations.petitionId, petitions.id), eq(petitionTranslations.locale, petitions.defaultLocale))).where(eq(petitions.id, petitionId));
  if (!text2) return fail(E.defaultLocale);
  return transition(db, actor, petitionId, { name: "submit", set: { submittedAt: /* @__PURE__ */ new Date() } });
}
async function approvePetition(db, admin, petitionId, appUrl, note) {
  return transition(db, admin, petitionId, {
    name: "approve",
    set: { reviewedBy: admin.id, reviewedAt: /* @__PURE__ */ new Date(), rejectionReason: null },
    details: note ? { note } : {},
    notify: { appUrl, reason: note ?? null }
  });
}
async function rejectPetition(db, admin, petitionId, reason, appUrl) {
  if (!reason) return fail(E.reasonRequired, "reason");
  return transition(db, admin, petitionId, {
    name: "reject",
    set: { reviewedBy: admin.id, reviewedAt: /* @__PURE__ */ new Date(), rejectionReason: reason },
    details: { reason },
    notify: { appUrl, reason }
  });
}
async function hidePetition(db, admin, petitionId, reason, appUrl) {
  if (!reason) return fail(E.reasonRequired, "reason");
  return transition(db, admin, petitionId, {
    name: "hide",
    set: { reviewedBy: admin.id, reviewedAt: /* @__PURE__ */ new Date(), rejectionReason: reason },
    details: { reason },
    notify: { appUrl, reason }
  });
}
async function unhidePetition(db, admin, petitionId, reason, appUrl) {
  if (!reason) return fail(E.reasonRequired, "reason");
  return transition(db, admin, petitionId, {
    name: "unhide",
    set: { reviewedBy: admin.id, reviewedAt: /* @__PURE__ */ new Date(), rejectionReason: null },
    details: { reason },
    notify: { appUrl, reason }
  });
}
async function closePetition(db, actor, petitionId) {
  return transition(db, actor, petitionId, { name: "close" });
}
async function deliverPetition(db, actor, petitionId, input) {
  return transition(db, actor, petitionId, {
    name: "deliver",
    set: { deliveredAt: input.deliveredAt, outcomeNote: input.outcomeNote },
    details: { deliveredAt: input.deliveredAt.toISOString(), outcomeNote: input.outcomeNote }
  });
}
async function markPetitionWon(db, actor, petitionId, input) {
  return transition(db, actor, petitionId, {
    name: "won",
    set: input.outcomeNote ? { outcomeNote: input.outcomeNote } : {},
    details: { outcomeNote: input.outcomeNote ?? null }
  });
}
async function listByStatus(db, statuses, locale, order) {
  const rows = await db.select({
    id: petitions.id,
    slug: petitions.slug,
    status: petitions.status,
    defaultLocale: petitions.defaultLocale,
    submittedAt: petitions.submittedAt,
    organisationName: organisations.name,
    orgSlug: organisations.slug
  }).from(petitions).innerJoin(campaigns, eq(campaigns.id, petitions.campaignId)).innerJoin(organisations, eq(organisations.id, campaigns.organisationId)).where(inArray(petitions.status, statuses)).orderBy(order === "oldest" ? asc(petitions.submittedAt) : desc(petitions.updatedAt)).limit(200);
  const texts = rows.length ? await db.select().from(petitionTranslations).where(inArray(petitionTranslations.petitionId, rows.map((r) => r.id))) : [];
  return rows.map(({ defaultLocale, ...r }) => ({
    ...r,
    title: pickTranslation(texts.filter((t) => t.petitionId === r.id), locale, defaultLocale)?.title ?? r.slug
  }));
}
async function getModerationQueue(db, locale) {
  const [pending, published] = await Promise.all([
    listByStatus(db, ["pending"], locale, "oldest"),
    listByStatus(db, ["open", "hidden"], locale, "newest")
  ]);
  return { pending, published };
}
async function getPetitionForReview(db, petitionId, locale) {
  const editor = await getPetitionEditor(db, petitionId, locale);
  const [organisation] = await db.select({ name: organisations.name, slug: organisations.slug }).from(campaigns).innerJoin(organisations, eq(organisations.id, campaigns.organisationId)).where(eq(campaigns.id, editor.petition.campaignId));
  const p = editor.petition;
  return {
    organisation,
    campaignTitle: editor.campaign.title,
    signatureCount: editor.signatureCount,
    transitions: allowedTransitions(p.status).filter((name) => ["approve", "reject", "hide", "unhide"].includes(name)),
    petition: {
      id: p.id,
      slug: p.slug,
      status: p.status,
      title: p.title,
      defaultLocale: p.defaultLocale,
      submittedAt: p.submittedAt,
      rejectionReason: p.rejectionReason,
      goal: p.goal,
      goalFixed: p.goalFixed,
      paperSignatures: p.paperSignatures,
      opensAt: p.opensAt,
      closesAt: p.closesAt,
      verifiedDomains: p.verifiedDomains,
      collectPostcode: p.collectPostcode
    },
    translations: editor.translations.map((t) => ({ ...t, html: renderMarkdown(t.bodyMarkdown) })),
    fields: editor.fields.map((f) => ({ key: f.key, kind: f.kind, required: f.required, isPublic: f.isPublic, labels: f.labels, options: f.options }))
  };
}
const StatusChangeSchema = z.discriminatedUnion("intent", [z.object({
  intent: z.literal("submit")
}), z.object({
  intent: z.literal("close")
}), DeliverSchema, WonSchema], {
  error: E.choice
});
const ORGANISER_TRANSITIONS = ["submit", "close", "deliver", "won"];
async function loader$n({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation,
    role
  } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "viewer");
  const locale = await detectLocale(request);
  const editor = await getPetitionEditor(context.db, params.petitionId, locale);
  const canEdit = role === "admin" || roleAllows(role, "editor");
  const transitions = canEdit ? allowedTransitions(editor.petition.status).filter((n) => ORGANISER_TRANSITIONS.includes(n)) : [];
  const {
    petition: petition2
  } = editor;
  return {
    locale,
    organisation,
    campaign: editor.campaign,
    canEdit,
    transitions,
    signatureCount: editor.signatureCount,
    isPublic: PUBLIC_STATUSES$1.includes(petition2.status),
    petition: {
      id: petition2.id,
      slug: petition2.slug,
      status: petition2.status,
      title: petition2.title,
      submittedAt: petition2.submittedAt,
      reviewedAt: petition2.reviewedAt,
      rejectionReason: petition2.rejectionReason,
      deliveredAt: petition2.deliveredAt,
      outcomeNote: petition2.outcomeNote,
      languages: editor.translations.map((tr) => tr.locale)
    }
  };
}
async function action$d({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation
  } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "editor");
  const submission = parseWithZod(await request.formData(), {
    schema: StatusChangeSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply()
  }, {
    status: 400
  });
  const value = submission.value;
  const id = params.petitionId;
  const result = value.intent === "submit" ? await submitPetition(context.db, user, id) : value.intent === "close" ? await closePetition(context.db, user, id) : value.intent === "deliver" ? await deliverPetition(context.db, user, id, {
    deliveredAt: value.deliveredOn,
    outcomeNote: value.outcomeNote
  }) : await markPetitionWon(context.db, user, id, {
    outcomeNote: value.outcomeNote
  });
  if (!result.ok) return data({
    result: failureReply(submission, result)
  }, {
    status: result.message === E.wrongStatus ? 409 : 400
  });
  const notice = value.intent === "submit" ? "submitted" : value.intent === "close" ? "closed" : value.intent === "deliver" ? "delivered" : "won";
  return redirect(withNotice(`/dashboard/orgs/${organisation.slug}/petitions/${id}`, notice), 303);
}
const petitionOverview = UNSAFE_withComponentProps(function PetitionOverview({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    organisation,
    campaign,
    petition: petition2,
    locale,
    transitions
  } = loaderData;
  const intent = actionData?.result.initialValue?.intent;
  const [deliverForm, deliverFields] = useForm({
    id: "deliver",
    lastResult: intent === "deliver" ? actionData?.result : void 0
  });
  const [wonForm, wonFields] = useForm({
    id: "won",
    lastResult: intent === "won" ? actionData?.result : void 0
  });
  const [simpleForm] = useForm({
    id: "status",
    lastResult: intent === "submit" || intent === "close" || !intent ? actionData?.result : void 0
  });
  const base = `/dashboard/orgs/${organisation.slug}`;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: petition2.title
    }), /* @__PURE__ */ jsx(Breadcrumbs, {
      items: [{
        to: "/dashboard",
        label: t("organiser.dashboard")
      }, {
        to: base,
        label: organisation.name
      }, ...loaderData.canEdit ? [{
        to: `${base}/campaigns/${campaign.id}`,
        label: campaign.title
      }] : []]
    }), /* @__PURE__ */ jsx("h1", {
      children: petition2.title
    }), /* @__PURE__ */ jsx(Notice, {}), /* @__PURE__ */ jsx(PetitionTabs, {
      base: `${base}/petitions/${petition2.id}`,
      canEdit: loaderData.canEdit
    }), /* @__PURE__ */ jsxs("dl", {
      className: "meta-list",
      children: [/* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("organiser.org.status")
        }), /* @__PURE__ */ jsx("dd", {
          children: /* @__PURE__ */ jsx(StatusBadge, {
            status: petition2.status
          })
        })]
      }), /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("organiser.org.signatures")
        }), /* @__PURE__ */ jsx("dd", {
          children: formatNumber(loaderData.signatureCount, locale)
        })]
      }), /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("organiser.petition.languages")
        }), /* @__PURE__ */ jsx("dd", {
          children: petition2.languages.join(", ")
        })]
      }), petition2.submittedAt ? /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("organiser.petition.submittedAt")
        }), /* @__PURE__ */ jsx("dd", {
          children: formatDate(petition2.submittedAt, locale)
        })]
      }) : null, petition2.deliveredAt ? /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("organiser.petition.deliveredAt")
        }), /* @__PURE__ */ jsx("dd", {
          children: formatDate(petition2.deliveredAt, locale)
        })]
      }) : null, petition2.outcomeNote ? /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("organiser.petition.outcomeNote")
        }), /* @__PURE__ */ jsx("dd", {
          children: petition2.outcomeNote
        })]
      }) : null]
    }), /* @__PURE__ */ jsxs("ul", {
      className: "link-list",
      children: [loaderData.isPublic ? /* @__PURE__ */ jsx("li", {
        children: /* @__PURE__ */ jsx(Link, {
          to: `/petitions/${petition2.slug}`,
          children: t("organiser.petition.publicPage")
        })
      }) : null, /* @__PURE__ */ jsx("li", {
        children: /* @__PURE__ */ jsx(Link, {
          to: `/dashboard/petitions/${petition2.id}/stats`,
          children: t("organiser.petition.statsLink")
        })
      })]
    }), petition2.status === "pending" ? /* @__PURE__ */ jsx("p", {
      className: "notice",
      children: t("organiser.petition.pendingNotice")
    }) : null, petition2.rejectionReason && (petition2.status === "rejected" || petition2.status === "hidden") ? /* @__PURE__ */ jsxs("div", {
      className: "notice",
      children: [/* @__PURE__ */ jsx("p", {
        children: t(petition2.status === "rejected" ? "organiser.petition.rejectedNotice" : "organiser.petition.hiddenNotice")
      }), /* @__PURE__ */ jsx("blockquote", {
        children: petition2.rejectionReason
      })]
    }) : null, transitions.length > 0 ? /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "status-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "status-heading",
        children: t("organiser.petition.statusHeading")
      }), /* @__PURE__ */ jsxs(Form, {
        method: "post",
        ...getFormProps(simpleForm),
        className: "button-row",
        children: [/* @__PURE__ */ jsx(FormErrors, {
          form: simpleForm
        }), transitions.includes("submit") ? /* @__PURE__ */ jsx("button", {
          type: "submit",
          name: "intent",
          value: "submit",
          className: "button-primary",
          children: t("organiser.petition.submit")
        }) : null, transitions.includes("close") ? /* @__PURE__ */ jsx("button", {
          type: "submit",
          name: "intent",
          value: "close",
          className: "button-secondary",
          children: t("organiser.petition.close")
        }) : null]
      }), transitions.includes("submit") ? /* @__PURE__ */ jsx("p", {
        className: "hint",
        children: t("organiser.petition.submitHint")
      }) : null, transitions.includes("deliver") ? /* @__PURE__ */ jsxs(Form, {
        method: "post",
        ...getFormProps(deliverForm),
        className: "stack-form outcome-form",
        children: [/* @__PURE__ */ jsx("h3", {
          children: t("organiser.petition.deliverHeading")
        }), /* @__PURE__ */ jsx(FormErrors, {
          form: deliverForm
        }), /* @__PURE__ */ jsx("input", {
          type: "hidden",
          name: "intent",
          value: "deliver"
        }), /* @__PURE__ */ jsx(TextInput, {
          meta: deliverFields.deliveredOn,
          type: "date",
          label: t("organiser.petition.deliveredOn")
        }), /* @__PURE__ */ jsx(TextArea, {
          meta: deliverFields.outcomeNote,
          label: t("organiser.petition.outcomeNote"),
          hint: t("organiser.petition.outcomeNoteHint"),
          rows: 3
        }), /* @__PURE__ */ jsx("button", {
          type: "submit",
          className: "button-secondary",
          children: t("organiser.petition.deliver")
        })]
      }) : null, transitions.includes("won") ? /* @__PURE__ */ jsxs(Form, {
        method: "post",
        ...getFormProps(wonForm),
        className: "stack-form outcome-form",
        children: [/* @__PURE__ */ jsx("h3", {
          children: t("organiser.petition.wonHeading")
        }), /* @__PURE__ */ jsx(FormErrors, {
          form: wonForm
        }), /* @__PURE__ */ jsx("input", {
          type: "hidden",
          name: "intent",
          value: "won"
        }), /* @__PURE__ */ jsx(TextArea, {
          meta: wonFields.outcomeNote,
          label: t("organiser.petition.outcomeNoteOptional"),
          hint: t("organiser.petition.outcomeNoteHint"),
          rows: 3
        }), /* @__PURE__ */ jsx("button", {
          type: "submit",
          className: "button-secondary",
          children: t("organiser.petition.markWon")
        })]
      }) : null]
    }) : null]
  });
});
const route40 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$d,
  default: petitionOverview,
  loader: loader$n
}, Symbol.toStringTag, { value: "Module" }));
const RemoveLanguageSchema = z.object({
  intent: z.literal("remove-language"),
  locale: localeSchema
});
async function loader$m({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation
  } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "editor");
  const locale = await detectLocale(request);
  const editor = await getPetitionEditor(context.db, params.petitionId, locale);
  const requested = new URL(request.url).searchParams.get("lang");
  const added = requested ? canonicalLocale(requested) : null;
  const isNew = added !== null && !editor.translations.some((tr) => tr.locale === added);
  return {
    locale,
    organisation,
    petition: {
      id: editor.petition.id,
      title: editor.petition.title,
      status: editor.petition.status,
      defaultLocale: editor.petition.defaultLocale
    },
    translations: [...editor.translations, ...isNew ? [{
      locale: added,
      title: "",
      target: "",
      ask: "",
      bodyMarkdown: ""
    }] : []],
    addError: requested && !added ? E.locale : null,
    locked: editor.locked,
    structureEditable: editor.structureEditable,
    published: PUBLISHED_STATUSES.includes(editor.petition.status),
    reasonRequired: editor.reasonRequired,
    signatureCount: editor.signatureCount
  };
}
async function action$c({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation
  } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "editor");
  const formData = await request.formData();
  const here = `/dashboard/orgs/${organisation.slug}/petitions/${params.petitionId}/text`;
  if (formData.get("intent") === "remove-language") {
    const submission2 = parseWithZod(formData, {
      schema: RemoveLanguageSchema
    });
    if (submission2.status !== "success") return data({
      locale: null,
      result: submission2.reply()
    }, {
      status: 400
    });
    const result2 = await removePetitionTranslation(context.db, user, params.petitionId, submission2.value.locale);
    if (!result2.ok) return data({
      locale: submission2.value.locale,
      result: failureReply(submission2, result2)
    }, {
      status: 400
    });
    return redirect(withNotice(here, "saved"), 303);
  }
  const submission = parseWithZod(formData, {
    schema: PetitionTextSchema
  });
  const locale = String(formData.get("locale") ?? "");
  if (submission.status !== "success") return data({
    locale,
    result: submission.reply()
  }, {
    status: 400
  });
  const result = await savePetitionText(context.db, user, params.petitionId, submission.value);
  if (!result.ok) return data({
    locale,
    result: failureReply(submission, result)
  }, {
    status: 400
  });
  return redirect(withNotice(here, "saved"), 303);
}
function TextForm(props) {
  const {
    t
  } = useTranslation();
  const {
    text: text2
  } = props;
  const [form, fields] = useForm({
    id: `text-${text2.locale}`,
    lastResult: props.lastResult,
    defaultValue: text2,
    shouldValidate: "onBlur"
  });
  return /* @__PURE__ */ jsxs("section", {
    "aria-labelledby": `${form.id}-heading`,
    className: "language-section",
    children: [/* @__PURE__ */ jsx("h2", {
      id: `${form.id}-heading`,
      children: languageName(text2.locale, props.uiLocale)
    }), /* @__PURE__ */ jsxs(Form, {
      method: "post",
      ...getFormProps(form),
      className: "stack-form",
      children: [/* @__PURE__ */ jsx(FormErrors, {
        form
      }), /* @__PURE__ */ jsx("input", {
        type: "hidden",
        name: "locale",
        value: text2.locale
      }), /* @__PURE__ */ jsx(TextInput, {
        meta: fields.title,
        label: t("organiser.petition.title"),
        lang: text2.locale
      }), /* @__PURE__ */ jsx(TextInput, {
        meta: fields.target,
        label: t("organiser.petition.target"),
        hint: t("organiser.petition.targetHint"),
        lang: text2.locale
      }), /* @__PURE__ */ jsx(TextArea, {
        meta: fields.ask,
        label: t("organiser.petition.ask"),
        hint: t("organiser.petition.askHint"),
        rows: 3,
        lang: text2.locale
      }), /* @__PURE__ */ jsx(TextArea, {
        meta: fields.bodyMarkdown,
        label: t("organiser.petition.body"),
        hint: t("organiser.petition.bodyHint"),
        rows: 12,
        lang: text2.locale
      }), props.showReason ? /* @__PURE__ */ jsx(TextArea, {
        meta: fields.reason,
        label: t(props.reasonRequired ? "organiser.petition.reasonRequired" : "organiser.petition.reasonOptional"),
        hint: t("organiser.petition.reasonHint"),
        rows: 2
      }) : null, /* @__PURE__ */ jsx("button", {
        type: "submit",
        name: "intent",
        value: "save",
        className: "button-primary",
        children: t("organiser.petition.saveLanguage", {
          language: text2.locale
        })
      })]
    }), props.removable ? /* @__PURE__ */ jsxs(Form, {
      method: "post",
      className: "inline-form",
      children: [/* @__PURE__ */ jsx("input", {
        type: "hidden",
        name: "intent",
        value: "remove-language"
      }), /* @__PURE__ */ jsx("input", {
        type: "hidden",
        name: "locale",
        value: text2.locale
      }), /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-link",
        children: t("organiser.petition.removeLanguage", {
          language: text2.locale
        })
      })]
    }) : null]
  });
}
const petitionText = UNSAFE_withComponentProps(function PetitionTextPage({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    organisation,
    petition: petition2,
    locale
  } = loaderData;
  const base = `/dashboard/orgs/${organisation.slug}`;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("organiser.petition.textTitle", {
        title: petition2.title
      })
    }), /* @__PURE__ */ jsx(Breadcrumbs, {
      items: [{
        to: "/dashboard",
        label: t("organiser.dashboard")
      }, {
        to: base,
        label: organisation.name
      }]
    }), /* @__PURE__ */ jsx("h1", {
      children: t("organiser.petition.textTitle", {
        title: petition2.title
      })
    }), /* @__PURE__ */ jsx(Notice, {}), /* @__PURE__ */ jsx(PetitionTabs, {
      base: `${base}/petitions/${petition2.id}`,
      canEdit: true
    }), loaderData.locked ? /* @__PURE__ */ jsx("p", {
      className: "notice",
      children: t("organiser.petition.lockedNotice")
    }) : null, loaderData.reasonRequired ? /* @__PURE__ */ jsx("p", {
      className: "notice",
      children: t("organiser.petition.revisionNotice", {
        count: loaderData.signatureCount
      })
    }) : null, !loaderData.locked ? loaderData.translations.map((text2) => /* @__PURE__ */ jsx(TextForm, {
      text: text2,
      uiLocale: locale,
      lastResult: actionData?.locale === text2.locale ? actionData.result : void 0,
      showReason: loaderData.published,
      reasonRequired: loaderData.reasonRequired,
      removable: loaderData.structureEditable && text2.locale !== petition2.defaultLocale && text2.title !== ""
    }, text2.locale)) : null, !loaderData.locked ? /* @__PURE__ */ jsx(AddLanguageForm, {
      heading: t("organiser.addLanguage.heading"),
      error: loaderData.addError
    }) : null, actionData && actionData.locale === null ? /* @__PURE__ */ jsx("p", {
      className: "form-error",
      role: "alert",
      children: t(E.locale)
    }) : null]
  });
});
const route41 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$c,
  default: petitionText,
  loader: loader$m
}, Symbol.toStringTag, { value: "Module" }));
async function lockPetition(tx, petitionId) {
  const [row] = await tx.select({ status: petitions.status, organisationId: campaigns.organisationId }).from(petitions).innerJoin(campaigns, eq(campaigns.id, petitions.campaignId)).where(eq(petitions.id, petitionId)).for("update", { of: petitions });
  return row;
}
async function withUniqueKey(run) {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) return fail(E.fieldKeyTaken, "key");
    throw error;
  }
}
async function addPetitionField(db, actor, petitionId, input) {
  return withUniqueKey(
    () => db.transaction(async (tx) => {
      const petition2 = await lockPetition(tx, petitionId);
      if (!petition2) return fail(E.notFound);
      if (!isStructureEditable(petition2.status)) return fail(E.notEditable);
      const existing = await tx.select({ key: petitionFields$1.key, position: petitionFields$1.position }).from(petitionFields$1).where(eq(petitionFields$1.petitionId, petitionId));
      if (existing.length >= MAX_FIELDS) return fail(E.tooMany);
      if (existing.some((f) => f.key === input.key)) return fail(E.fieldKeyTaken, "key");
      const position = existing.reduce((max, f) => Math.max(max, f.position + 1), 0);
      const [field] = await tx.insert(petitionFields$1).values({ petitionId, position, ...input }).returning({ id: petitionFields$1.id });
      await recordAudit(tx, {
        actorId: actor.id,
        organisationId: petition2.organisationId,
        action: "petition.field-add",
        subjectType: "petition",
        subjectId: petitionId,
        details: { fieldId: field.id, key: input.key, kind: input.kind }
      });
      return { ok: true };
    })
  );
}
async function updatePetitionField(db, actor, petitionId, fieldId, input) {
  return withUniqueKey(
    () => db.transaction(async (tx) => {
      const petition2 = await lockPetition(tx, petitionId);
      if (!petition2) return fail(E.notFound);
      if (LOCKED_STATUSES.includes(petition2.status)) return fail(E.notEditable);
      const [field] = await tx.select().from(petitionFields$1).where(and(eq(petitionFields$1.id, fieldId), eq(petitionFields$1.petitionId, petitionId)));
      if (!field) return fail(E.notFound);
      const structural = isStructureEditable(petition2.status);
      const changes = structural ? input : {
        labels: { ...field.labels, ...input.labels },
        options: field.options.map((option) => ({
          value: option.value,
          labels: { ...option.labels, ...input.options.find((o) => o.value === option.value)?.labels ?? {} }
        }))
      };
      await tx.update(petitionFields$1).set(changes).where(eq(petitionFields$1.id, fieldId));
      await recordAudit(tx, {
        actorId: actor.id,
        organisationId: petition2.organisationId,
        action: "petition.field-edit",
        subjectType: "petition",
        subjectId: petitionId,
        details: { fieldId, key: structural ? input.key : field.key, labelsOnly: !structural }
      });
      return { ok: true };
    })
  );
}
async function deletePetitionField(db, actor, petitionId, fieldId) {
  return db.transaction(async (tx) => {
    const petition2 = await lockPetition(tx, petitionId);
    if (!petition2) return fail(E.notFound);
    if (!isStructureEditable(petition2.status)) return fail(E.notEditable);
    const deleted = await tx.delete(petitionFields$1).where(and(eq(petitionFields$1.id, fieldId), eq(petitionFields$1.petitionId, petitionId))).returning({ key: petitionFields$1.key });
    if (deleted.length === 0) return fail(E.notFound);
    await renumber(tx, petitionId);
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId: petition2.organisationId,
      action: "petition.field-remove",
      subjectType: "petition",
      subjectId: petitionId,
      details: { fieldId, key: deleted[0].key }
    });
    return { ok: true };
  });
}
async function renumber(tx, petitionId) {
  await tx.execute(sql`
    update petition_fields f set position = o.rn - 1
    from (select id, row_number() over (order by position, id) as rn from petition_fields where petition_id = ${petitionId}) o
    where f.id = o.id`);
}
async function movePetitionField(db, actor, petitionId, fieldId, direction) {
  return db.transaction(async (tx) => {
    const petition2 = await lockPetition(tx, petitionId);
    if (!petition2) return fail(E.notFound);
    if (!isStructureEditable(petition2.status)) return fail(E.notEditable);
    await renumber(tx, petitionId);
    const fields = await tx.select({ id: petitionFields$1.id, position: petitionFields$1.position }).from(petitionFields$1).where(eq(petitionFields$1.petitionId, petitionId)).orderBy(asc(petitionFields$1.position));
    const index2 = fields.findIndex((f) => f.id === fieldId);
    if (index2 === -1) return fail(E.notFound);
    const other = fields[direction === "up" ? index2 - 1 : index2 + 1];
    if (!other) return { ok: true };
    await tx.update(petitionFields$1).set({ position: other.position }).where(eq(petitionFields$1.id, fieldId));
    await tx.update(petitionFields$1).set({ position: fields[index2].position }).where(eq(petitionFields$1.id, other.id));
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId: petition2.organisationId,
      action: "petition.field-move",
      subjectType: "petition",
      subjectId: petitionId,
      details: { fieldId, direction }
    });
    return { ok: true };
  });
}
function SignerFieldForm(props) {
  const { t } = useTranslation();
  const [form, fields] = useForm({ id: props.formId, lastResult: props.lastResult, defaultValue: props.defaultValue, shouldValidate: "onBlur" });
  const labels = fields.labels.getFieldList();
  const options = fields.options.getFieldList();
  const locked = !props.structureEditable;
  const kind = String(fields.kind.initialValue ?? props.defaultValue.kind);
  return /* @__PURE__ */ jsxs("section", { "aria-labelledby": `${form.id}-heading`, className: "card field-card", children: [
    /* @__PURE__ */ jsx("h2", { id: `${form.id}-heading`, children: props.heading }),
    /* @__PURE__ */ jsxs(Form, { method: "post", ...getFormProps(form), className: "stack-form", children: [
      /* @__PURE__ */ jsx(FormErrors, { form }),
      /* @__PURE__ */ jsx("input", { type: "hidden", name: "intent", value: props.fieldId ? "update" : "add" }),
      props.fieldId ? /* @__PURE__ */ jsx("input", { type: "hidden", name: "fieldId", value: props.fieldId }) : null,
      locked ? /* @__PURE__ */ jsxs(Fragment, { children: [
        /* @__PURE__ */ jsx("input", { ...getInputProps(fields.key, { type: "hidden" }) }),
        /* @__PURE__ */ jsx("input", { ...getInputProps(fields.kind, { type: "hidden" }) }),
        /* @__PURE__ */ jsxs("p", { className: "muted", children: [
          t("organiser.signerFields.key"),
          ": ",
          /* @__PURE__ */ jsx("code", { children: props.defaultValue.key }),
          " · ",
          t(`organiser.signerFields.kinds.${kind}`)
        ] })
      ] }) : /* @__PURE__ */ jsxs(Fragment, { children: [
        /* @__PURE__ */ jsx(TextInput, { meta: fields.key, label: t("organiser.signerFields.key"), hint: t("organiser.signerFields.keyHint") }),
        /* @__PURE__ */ jsx(
          Select,
          {
            meta: fields.kind,
            label: t("organiser.signerFields.kind"),
            options: ["text", "choice", "yesno"].map((k) => ({ value: k, label: t(`organiser.signerFields.kinds.${k}`) }))
          }
        ),
        /* @__PURE__ */ jsx(Checkbox, { meta: fields.required, label: t("organiser.signerFields.required") }),
        /* @__PURE__ */ jsx(Checkbox, { meta: fields.isPublic, label: t("organiser.signerFields.isPublic"), hint: t("organiser.signerFields.isPublicHint") })
      ] }),
      locked ? /* @__PURE__ */ jsxs(Fragment, { children: [
        props.defaultValue.required === "on" ? /* @__PURE__ */ jsx("input", { type: "hidden", name: fields.required.name, value: "on" }) : null,
        props.defaultValue.isPublic === "on" ? /* @__PURE__ */ jsx("input", { type: "hidden", name: fields.isPublic.name, value: "on" }) : null
      ] }) : null,
      /* @__PURE__ */ jsxs("fieldset", { className: "language-fieldset", children: [
        /* @__PURE__ */ jsx("legend", { children: t("organiser.signerFields.labels") }),
        labels.map((label2) => {
          const f = label2.getFieldset();
          const locale = String(f.locale.initialValue ?? "");
          return /* @__PURE__ */ jsxs("div", { children: [
            /* @__PURE__ */ jsx("input", { ...getInputProps(f.locale, { type: "hidden" }) }),
            /* @__PURE__ */ jsx(TextInput, { meta: f.text, label: t("organiser.signerFields.labelIn", { language: locale }), lang: locale })
          ] }, label2.key);
        })
      ] }),
      props.showOptions ? /* @__PURE__ */ jsxs("fieldset", { className: "language-fieldset", "aria-describedby": `${form.id}-options-hint`, children: [
        /* @__PURE__ */ jsx("legend", { children: t("organiser.signerFields.options") }),
        /* @__PURE__ */ jsx("p", { className: "hint", id: `${form.id}-options-hint`, children: t(locked ? "organiser.signerFields.optionsLockedHint" : "organiser.signerFields.optionsHint") }),
        /* @__PURE__ */ jsx(FieldError, { meta: fields.options }),
        options.map((option, index2) => {
          const o = option.getFieldset();
          const optionLabels = o.labels.getFieldList();
          return /* @__PURE__ */ jsxs("div", { className: "option-row", children: [
            locked ? /* @__PURE__ */ jsxs(Fragment, { children: [
              /* @__PURE__ */ jsx("input", { ...getInputProps(o.value, { type: "hidden" }) }),
              /* @__PURE__ */ jsx("p", { className: "muted", children: /* @__PURE__ */ jsx("code", { children: String(o.value.initialValue ?? "") }) })
            ] }) : /* @__PURE__ */ jsx(TextInput, { meta: o.value, label: t("organiser.signerFields.optionValue", { number: index2 + 1 }) }),
            optionLabels.map((label2) => {
              const f = label2.getFieldset();
              const locale = String(f.locale.initialValue ?? "");
              return /* @__PURE__ */ jsxs("div", { children: [
                /* @__PURE__ */ jsx("input", { ...getInputProps(f.locale, { type: "hidden" }) }),
                /* @__PURE__ */ jsx(TextInput, { meta: f.text, label: t("organiser.signerFields.optionLabelIn", { number: index2 + 1, language: locale }), lang: locale })
              ] }, label2.key);
            })
          ] }, option.key);
        })
      ] }) : null,
      /* @__PURE__ */ jsx("button", { type: "submit", className: "button-primary", children: props.fieldId ? t("organiser.signerFields.save") : t("organiser.signerFields.add") })
    ] }),
    props.fieldId && !locked ? /* @__PURE__ */ jsxs("div", { className: "button-row", children: [
      props.canMoveUp ? /* @__PURE__ */ jsx(ActionButton, { fieldId: props.fieldId, intent: "up", label: t("organiser.signerFields.moveUp") }) : null,
      props.canMoveDown ? /* @__PURE__ */ jsx(ActionButton, { fieldId: props.fieldId, intent: "down", label: t("organiser.signerFields.moveDown") }) : null,
      /* @__PURE__ */ jsx(ActionButton, { fieldId: props.fieldId, intent: "delete", label: t("organiser.signerFields.delete") })
    ] }) : null
  ] });
}
function ActionButton({ fieldId, intent, label: label2 }) {
  return /* @__PURE__ */ jsxs(Form, { method: "post", className: "inline-form", children: [
    /* @__PURE__ */ jsx("input", { type: "hidden", name: "intent", value: intent }),
    /* @__PURE__ */ jsx("input", { type: "hidden", name: "fieldId", value: fieldId }),
    /* @__PURE__ */ jsx("button", { type: "submit", className: "button-secondary", children: label2 })
  ] });
}
const FieldIdSchema = z.object({
  fieldId: z.string().regex(/^[0-9a-f-]{36}$/i)
});
async function loader$l({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation
  } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "editor");
  const locale = await detectLocale(request);
  const editor = await getPetitionEditor(context.db, params.petitionId, locale);
  const locales = [editor.petition.defaultLocale, ...editor.translations.map((tr) => tr.locale).filter((l) => l !== editor.petition.defaultLocale)];
  return {
    locale,
    organisation,
    petition: {
      id: editor.petition.id,
      title: editor.petition.title
    },
    locales,
    structureEditable: editor.structureEditable,
    locked: editor.locked,
    fields: editor.fields.map((f) => ({
      id: f.id,
      key: f.key,
      kind: f.kind,
      required: f.required,
      isPublic: f.isPublic,
      labels: f.labels,
      options: f.options
    }))
  };
}
async function action$b({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation
  } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "editor");
  const formData = await request.formData();
  const intent = formData.get("intent");
  const db = context.db;
  const petitionId = params.petitionId;
  const here = `/dashboard/orgs/${organisation.slug}/petitions/${petitionId}/fields`;
  if (intent === "delete" || intent === "up" || intent === "down") {
    const submission2 = parseWithZod(formData, {
      schema: FieldActionSchema
    });
    if (submission2.status !== "success") return data({
      formId: "actions",
      result: submission2.reply()
    }, {
      status: 400
    });
    const {
      fieldId
    } = submission2.value;
    const result2 = submission2.value.intent === "delete" ? await deletePetitionField(db, user, petitionId, fieldId) : await movePetitionField(db, user, petitionId, fieldId, submission2.value.intent);
    if (!result2.ok) return data({
      formId: `field-${fieldId}`,
      result: failureReply(submission2, result2)
    }, {
      status: 400
    });
    return redirect(withNotice(here, "saved"), 303);
  }
  const {
    petition: petition2
  } = await getPetitionEditor(db, petitionId, "en");
  const submission = parseWithZod(formData, {
    schema: createFieldSchema(petition2.defaultLocale)
  });
  const target = intent === "update" ? FieldIdSchema.safeParse({
    fieldId: formData.get("fieldId")
  }) : null;
  const formId = target?.success ? `field-${target.data.fieldId}` : "field-new";
  if (submission.status !== "success" || target && !target.success) return data({
    formId,
    result: submission.reply()
  }, {
    status: 400
  });
  const result = target?.success ? await updatePetitionField(db, user, petitionId, target.data.fieldId, submission.value) : await addPetitionField(db, user, petitionId, submission.value);
  if (!result.ok) return data({
    formId,
    result: failureReply(submission, result)
  }, {
    status: 400
  });
  return redirect(withNotice(here, "saved"), 303);
}
function toFormValue(field, locales, blankOptions) {
  const labelsFor = (labels) => locales.map((locale) => ({
    locale,
    text: labels[locale] ?? ""
  }));
  const options = (field?.options ?? []).map((o) => ({
    value: o.value,
    labels: labelsFor(o.labels)
  }));
  for (let i = 0; i < blankOptions; i++) options.push({
    value: "",
    labels: labelsFor({})
  });
  return {
    key: field?.key ?? "",
    kind: field?.kind ?? "text",
    required: field?.required ? "on" : "",
    isPublic: field?.isPublic ? "on" : "",
    labels: labelsFor(field?.labels ?? {}),
    options
  };
}
const petitionFields = UNSAFE_withComponentProps(function PetitionFields({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    organisation,
    petition: petition2,
    locales,
    fields,
    structureEditable
  } = loaderData;
  const base = `/dashboard/orgs/${organisation.slug}`;
  const resultFor = (formId) => actionData?.formId === formId ? actionData.result : void 0;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("organiser.signerFields.title", {
        title: petition2.title
      })
    }), /* @__PURE__ */ jsx(Breadcrumbs, {
      items: [{
        to: "/dashboard",
        label: t("organiser.dashboard")
      }, {
        to: base,
        label: organisation.name
      }]
    }), /* @__PURE__ */ jsx("h1", {
      children: t("organiser.signerFields.title", {
        title: petition2.title
      })
    }), /* @__PURE__ */ jsx(Notice, {}), /* @__PURE__ */ jsx(PetitionTabs, {
      base: `${base}/petitions/${petition2.id}`,
      canEdit: true
    }), /* @__PURE__ */ jsx("p", {
      children: t("organiser.signerFields.lead")
    }), loaderData.locked ? /* @__PURE__ */ jsx("p", {
      className: "notice",
      children: t("organiser.petition.lockedNotice")
    }) : null, !structureEditable && !loaderData.locked ? /* @__PURE__ */ jsx("p", {
      className: "notice",
      children: t("organiser.signerFields.labelsOnly")
    }) : null, actionData?.formId === "actions" ? /* @__PURE__ */ jsx("p", {
      className: "form-error",
      role: "alert",
      children: t("organiser.errors.notFound")
    }) : null, fields.length === 0 ? /* @__PURE__ */ jsx("p", {
      children: t("organiser.signerFields.none")
    }) : null, !loaderData.locked ? fields.map((field, index2) => /* @__PURE__ */ jsx(SignerFieldForm, {
      formId: `field-${field.id}`,
      fieldId: field.id,
      heading: t("organiser.signerFields.question", {
        number: index2 + 1,
        key: field.key
      }),
      defaultValue: toFormValue(field, locales, structureEditable && field.kind === "choice" ? 1 : 0),
      lastResult: resultFor(`field-${field.id}`),
      structureEditable,
      showOptions: field.kind === "choice",
      canMoveUp: structureEditable && index2 > 0,
      canMoveDown: structureEditable && index2 < fields.length - 1
    }, field.id)) : null, structureEditable ? /* @__PURE__ */ jsx(SignerFieldForm, {
      formId: "field-new",
      heading: t("organiser.signerFields.addHeading"),
      defaultValue: toFormValue(null, locales, 3),
      lastResult: resultFor("field-new"),
      structureEditable: true,
      showOptions: true
    }) : null]
  });
});
const route42 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$b,
  default: petitionFields,
  loader: loader$l
}, Symbol.toStringTag, { value: "Module" }));
const toInput = (date) => date ? date.toISOString().slice(0, 16) : "";
async function loader$k({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation
  } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "editor");
  const locale = await detectLocale(request);
  const [editor, explainers2] = await Promise.all([getPetitionEditor(context.db, params.petitionId, locale), listExplainerChoices(context.db, locale)]);
  const p = editor.petition;
  return {
    locale,
    organisation,
    explainers: explainers2,
    locked: editor.locked,
    structureEditable: editor.structureEditable,
    languages: editor.translations.map((tr) => tr.locale),
    petition: {
      id: p.id,
      title: p.title,
      slug: p.slug
    },
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
      explainerIds: editor.explainerIds
    }
  };
}
async function action$a({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation
  } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "editor");
  const submission = parseWithZod(await request.formData(), {
    schema: PetitionSettingsSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply()
  }, {
    status: 400
  });
  const result = await savePetitionSettings(context.db, user, params.petitionId, submission.value);
  if (!result.ok) return data({
    result: failureReply(submission, result)
  }, {
    status: 400
  });
  return redirect(withNotice(`/dashboard/orgs/${organisation.slug}/petitions/${params.petitionId}/settings`, "saved"), 303);
}
const petitionSettings = UNSAFE_withComponentProps(function PetitionSettings({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    organisation,
    petition: petition2,
    locale
  } = loaderData;
  const [form, fields] = useForm({
    id: "settings",
    lastResult: actionData?.result,
    defaultValue: loaderData.defaultValue,
    shouldValidate: "onBlur"
  });
  const base = `/dashboard/orgs/${organisation.slug}`;
  const goalMode = String(fields.goalMode.initialValue ?? "automatic");
  const chosen = [fields.explainerIds.initialValue ?? []].flat().map(String);
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("organiser.settings.title", {
        title: petition2.title
      })
    }), /* @__PURE__ */ jsx(Breadcrumbs, {
      items: [{
        to: "/dashboard",
        label: t("organiser.dashboard")
      }, {
        to: base,
        label: organisation.name
      }]
    }), /* @__PURE__ */ jsx("h1", {
      children: t("organiser.settings.title", {
        title: petition2.title
      })
    }), /* @__PURE__ */ jsx(Notice, {}), /* @__PURE__ */ jsx(PetitionTabs, {
      base: `${base}/petitions/${petition2.id}`,
      canEdit: true
    }), loaderData.locked ? /* @__PURE__ */ jsx("p", {
      className: "notice",
      children: t("organiser.petition.lockedNotice")
    }) : /* @__PURE__ */ jsxs(Form, {
      method: "post",
      ...getFormProps(form),
      className: "stack-form",
      children: [/* @__PURE__ */ jsx(FormErrors, {
        form
      }), loaderData.structureEditable ? /* @__PURE__ */ jsx(TextInput, {
        meta: fields.slug,
        label: t("organiser.fields.slug"),
        hint: t("organiser.petition.slugHint")
      }) : /* @__PURE__ */ jsxs("p", {
        children: [t("organiser.settings.slugFixed"), " ", /* @__PURE__ */ jsx("code", {
          children: petition2.slug
        })]
      }), /* @__PURE__ */ jsx(Select, {
        meta: fields.defaultLocale,
        label: t("organiser.petition.defaultLocale"),
        hint: t("organiser.settings.defaultLocaleHint"),
        options: loaderData.languages.map((l) => ({
          value: l,
          label: languageName(l, locale)
        }))
      }), /* @__PURE__ */ jsxs("fieldset", {
        className: "field",
        "aria-describedby": `${fields.goalMode.id}-hint`,
        children: [/* @__PURE__ */ jsx("legend", {
          children: t("organiser.settings.goalMode")
        }), ["automatic", "fixed"].map((mode) => /* @__PURE__ */ jsxs("label", {
          className: "choice",
          children: [/* @__PURE__ */ jsx("input", {
            type: "radio",
            name: fields.goalMode.name,
            value: mode,
            defaultChecked: goalMode === mode
          }), " ", t(`organiser.settings.goal_${mode}`)]
        }, mode)), /* @__PURE__ */ jsx("p", {
          className: "hint",
          id: `${fields.goalMode.id}-hint`,
          children: t("organiser.settings.goalModeHint")
        }), /* @__PURE__ */ jsx(FieldError, {
          meta: fields.goalMode
        })]
      }), /* @__PURE__ */ jsx(TextInput, {
        meta: fields.goal,
        type: "number",
        label: t("organiser.settings.goal")
      }), /* @__PURE__ */ jsx(TextInput, {
        meta: fields.paperSignatures,
        type: "number",
        label: t("organiser.settings.paper"),
        hint: t("organiser.settings.paperHint")
      }), /* @__PURE__ */ jsx(TextArea, {
        meta: fields.paperSignaturesNote,
        label: t("organiser.settings.paperNote"),
        rows: 2
      }), /* @__PURE__ */ jsx(TextInput, {
        meta: fields.opensAt,
        type: "datetime-local",
        label: t("organiser.settings.opensAt"),
        hint: t("organiser.settings.utcHint")
      }), /* @__PURE__ */ jsx(TextInput, {
        meta: fields.closesAt,
        type: "datetime-local",
        label: t("organiser.settings.closesAt"),
        hint: t("organiser.settings.utcHint")
      }), /* @__PURE__ */ jsx(TextArea, {
        meta: fields.verifiedDomains,
        label: t("organiser.settings.domains"),
        hint: t("organiser.settings.domainsHint"),
        rows: 3
      }), /* @__PURE__ */ jsx(Checkbox, {
        meta: fields.collectPostcode,
        label: t("organiser.settings.collectPostcode")
      }), /* @__PURE__ */ jsxs("fieldset", {
        className: "field",
        children: [/* @__PURE__ */ jsx("legend", {
          children: t("organiser.settings.explainers")
        }), loaderData.explainers.map((explainer2) => /* @__PURE__ */ jsxs("label", {
          className: "choice block",
          children: [/* @__PURE__ */ jsx("input", {
            type: "checkbox",
            name: fields.explainerIds.name,
            value: explainer2.id,
            defaultChecked: chosen.includes(explainer2.id)
          }), " ", explainer2.title]
        }, explainer2.id)), /* @__PURE__ */ jsx(FieldError, {
          meta: fields.explainerIds
        })]
      }), /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-primary",
        children: t("organiser.save")
      })]
    })]
  });
});
const route43 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$a,
  default: petitionSettings,
  loader: loader$k
}, Symbol.toStringTag, { value: "Module" }));
async function loader$j({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation
  } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "viewer");
  const locale = await detectLocale(request);
  const page = await loadPetitionPreview(context, params.petitionId, locale);
  return data({
    locale,
    organisation,
    ...page
  }, {
    headers: {
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex"
    }
  });
}
async function action$9({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "viewer");
  const locale = await detectLocale(request);
  const {
    petition: petition2
  } = await loadPetitionPreview(context, params.petitionId, locale);
  const submission = parseWithZod(await request.formData(), {
    schema: createSignFormSchema(petition2)
  });
  return data({
    result: submission.reply(),
    checked: submission.status === "success"
  }, {
    status: submission.status === "success" ? 200 : 400
  });
}
const petitionPreview = UNSAFE_withComponentProps(function PetitionPreview({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    locale,
    petition: petition2,
    stats,
    organisation
  } = loaderData;
  const manage = `/dashboard/orgs/${organisation.slug}/petitions/${petition2.id}`;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsxs("div", {
      className: "preview-banner",
      role: "note",
      "aria-label": t("organiser.preview.label"),
      children: [/* @__PURE__ */ jsxs("p", {
        children: [/* @__PURE__ */ jsx("strong", {
          children: t("organiser.preview.label")
        }), " — ", t("organiser.preview.explain", {
          status: t(`petition.status.${petition2.status}`)
        }), " ", /* @__PURE__ */ jsx(Link, {
          to: manage,
          children: t("organiser.preview.back")
        })]
      }), actionData?.checked ? /* @__PURE__ */ jsx("p", {
        role: "status",
        children: t("organiser.preview.formOk")
      }) : null]
    }), /* @__PURE__ */ jsxs("article", {
      className: "petition",
      lang: petition2.locale,
      children: [/* @__PURE__ */ jsx(PageTitle, {
        title: `${t("organiser.preview.label")}: ${petition2.title}`,
        description: petition2.ask
      }), /* @__PURE__ */ jsx("p", {
        className: "status-badge",
        lang: locale,
        children: t(`petition.status.${petition2.status}`)
      }), /* @__PURE__ */ jsx("h1", {
        children: petition2.title
      }), /* @__PURE__ */ jsx("p", {
        className: "target",
        children: t("petition.to", {
          target: petition2.target
        })
      }), /* @__PURE__ */ jsx("p", {
        className: "lead",
        children: petition2.ask
      }), /* @__PURE__ */ jsxs("div", {
        lang: locale,
        children: [/* @__PURE__ */ jsx(PetitionCounter, {
          stats,
          locale,
          countUrl: `/petitions/${petition2.slug}/count.json`,
          verifiedDomains: petition2.verifiedDomains
        }), petition2.availability === "open" ? /* @__PURE__ */ jsxs("section", {
          "aria-labelledby": "sign-heading",
          className: "sign-box",
          children: [/* @__PURE__ */ jsx("h2", {
            id: "sign-heading",
            children: t("sign.heading")
          }), /* @__PURE__ */ jsx(SignForm, {
            fields: petition2.fields,
            collectPostcode: petition2.collectPostcode,
            locale,
            countries: loaderData.countryList,
            tracking: {},
            lastResult: actionData?.result
          })]
        }) : petition2.availability === "not-open-yet" ? /* @__PURE__ */ jsx("p", {
          className: "notice",
          children: t("sign.notOpenYet")
        }) : /* @__PURE__ */ jsx("p", {
          className: "notice",
          children: t("petition.closedNotice")
        })]
      }), /* @__PURE__ */ jsx("div", {
        className: "prose",
        dangerouslySetInnerHTML: {
          __html: petition2.html
        }
      }), /* @__PURE__ */ jsxs("div", {
        lang: locale,
        children: [/* @__PURE__ */ jsx(PetitionStatsSection, {
          slug: petition2.slug,
          locale,
          countries: loaderData.countries,
          mapSvg: loaderData.mapSvg,
          mapLegend: loaderData.mapLegend,
          chartSvg: loaderData.chartSvg,
          wall: loaderData.wall
        }), /* @__PURE__ */ jsxs("section", {
          "aria-labelledby": "share-heading",
          children: [/* @__PURE__ */ jsx("h2", {
            id: "share-heading",
            children: t("confirm.shareHeading")
          }), /* @__PURE__ */ jsx(ShareLinks, {
            url: loaderData.petitionUrl,
            title: petition2.title
          })]
        }), loaderData.related.length > 0 ? /* @__PURE__ */ jsxs("section", {
          "aria-labelledby": "related-heading",
          children: [/* @__PURE__ */ jsx("h2", {
            id: "related-heading",
            children: t("petition.learnMore")
          }), /* @__PURE__ */ jsx("ul", {
            children: loaderData.related.map((explainer2) => /* @__PURE__ */ jsx("li", {
              children: /* @__PURE__ */ jsx(Link, {
                to: `/explainers/${explainer2.slug}`,
                children: explainer2.title
              })
            }, explainer2.slug))
          })]
        }) : null]
      })]
    })]
  });
});
const route44 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$9,
  default: petitionPreview,
  loader: loader$j
}, Symbol.toStringTag, { value: "Module" }));
const TEXT_KEYS = ["title", "target", "ask", "bodyMarkdown"];
async function loader$i({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const {
    organisation,
    role
  } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "viewer");
  const locale = await detectLocale(request);
  const [editor, revisions] = await Promise.all([getPetitionEditor(context.db, params.petitionId, locale), listRevisions(context.db, params.petitionId)]);
  return {
    locale,
    organisation,
    canEdit: role === "admin" || roleAllows(role, "editor"),
    petition: {
      id: editor.petition.id,
      title: editor.petition.title
    },
    revisions: revisions.map((r) => ({
      ...r,
      changes: TEXT_KEYS.filter((key) => (r.before[key] ?? "") !== (r.after[key] ?? "")).map((key) => ({
        key,
        before: r.before[key] ?? "",
        after: r.after[key] ?? ""
      }))
    }))
  };
}
const petitionRevisions = UNSAFE_withComponentProps(function PetitionRevisions({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  const {
    organisation,
    petition: petition2,
    revisions,
    locale
  } = loaderData;
  const base = `/dashboard/orgs/${organisation.slug}`;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("organiser.revisions.title", {
        title: petition2.title
      })
    }), /* @__PURE__ */ jsx(Breadcrumbs, {
      items: [{
        to: "/dashboard",
        label: t("organiser.dashboard")
      }, {
        to: base,
        label: organisation.name
      }]
    }), /* @__PURE__ */ jsx("h1", {
      children: t("organiser.revisions.title", {
        title: petition2.title
      })
    }), /* @__PURE__ */ jsx(PetitionTabs, {
      base: `${base}/petitions/${petition2.id}`,
      canEdit: loaderData.canEdit
    }), /* @__PURE__ */ jsx("p", {
      children: t("organiser.revisions.lead")
    }), revisions.length === 0 ? /* @__PURE__ */ jsx("p", {
      children: t("organiser.revisions.none")
    }) : null, revisions.map((revision) => /* @__PURE__ */ jsxs("article", {
      className: "card revision",
      "aria-labelledby": `revision-${revision.id}`,
      children: [/* @__PURE__ */ jsx("h2", {
        id: `revision-${revision.id}`,
        children: t("organiser.revisions.heading", {
          date: formatDate(revision.createdAt, locale),
          language: revision.locale
        })
      }), /* @__PURE__ */ jsx("p", {
        className: "muted",
        children: t("organiser.revisions.meta", {
          editor: revision.editorName ?? t("organiser.revisions.unknownEditor"),
          count: revision.signatureCount,
          formatted: formatNumber(revision.signatureCount, locale)
        })
      }), /* @__PURE__ */ jsxs("p", {
        children: [/* @__PURE__ */ jsx("strong", {
          children: t("organiser.revisions.reason")
        }), " ", revision.reason ?? t("organiser.revisions.noReason")]
      }), revision.changes.map((change) => /* @__PURE__ */ jsxs("div", {
        className: "revision-change",
        children: [/* @__PURE__ */ jsx("h3", {
          children: t(`organiser.revisions.fields.${change.key}`)
        }), /* @__PURE__ */ jsxs("div", {
          className: "before-after",
          children: [/* @__PURE__ */ jsxs("div", {
            children: [/* @__PURE__ */ jsx("p", {
              className: "muted",
              children: t("organiser.revisions.before")
            }), /* @__PURE__ */ jsx("div", {
              className: "text-block",
              lang: revision.locale,
              children: change.before || "—"
            })]
          }), /* @__PURE__ */ jsxs("div", {
            children: [/* @__PURE__ */ jsx("p", {
              className: "muted",
              children: t("organiser.revisions.after")
            }), /* @__PURE__ */ jsx("div", {
              className: "text-block",
              lang: revision.locale,
              children: change.after
            })]
          })]
        })]
      }, change.key))]
    }, revision.id))]
  });
});
const route45 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: petitionRevisions,
  loader: loader$i
}, Symbol.toStringTag, { value: "Module" }));
const STATUS_FOR = {
  valid: 200,
  expired: 410,
  used: 410,
  invalid: 404
};
async function loader$h({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const invitation = await describeInvitation(context.db, params.token);
  return data({
    invitation,
    displayName: user.displayName
  }, {
    status: STATUS_FOR[invitation.state]
  });
}
async function action$8({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const outcome = await acceptInvitation(context.db, user, params.token);
  if (outcome.ok) return redirect(withNotice(`/dashboard/orgs/${outcome.slug}`, "joined"), 303);
  if (outcome.reason === "already-member") return redirect(withNotice(`/dashboard/orgs/${outcome.slug}`, "alreadyMember"), 303);
  return data({
    state: outcome.reason
  }, {
    status: STATUS_FOR[outcome.reason]
  });
}
const invitationAccept = UNSAFE_withComponentProps(function AcceptInvitation({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    invitation
  } = loaderData;
  const state = actionData?.state ?? invitation.state;
  if (state !== "valid" || !invitation.organisation) {
    return /* @__PURE__ */ jsxs("div", {
      className: "narrow-wide",
      children: [/* @__PURE__ */ jsx(PageTitle, {
        title: t(`organiser.invitation.${state}Title`)
      }), /* @__PURE__ */ jsx("h1", {
        children: t(`organiser.invitation.${state}Title`)
      }), /* @__PURE__ */ jsx("p", {
        children: t(`organiser.invitation.${state}`)
      }), /* @__PURE__ */ jsx("p", {
        children: /* @__PURE__ */ jsx(Link, {
          to: "/dashboard",
          children: t("organiser.backToDashboard")
        })
      })]
    });
  }
  return /* @__PURE__ */ jsxs("div", {
    className: "narrow-wide",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("organiser.invitation.title", {
        organisation: invitation.organisation.name
      })
    }), /* @__PURE__ */ jsx("h1", {
      children: t("organiser.invitation.title", {
        organisation: invitation.organisation.name
      })
    }), /* @__PURE__ */ jsx("p", {
      children: t("organiser.invitation.lead", {
        organisation: invitation.organisation.name,
        role: t(`organiser.roles.${invitation.role}`)
      })
    }), /* @__PURE__ */ jsx("p", {
      className: "muted",
      children: t("organiser.invitation.signedInAs", {
        name: loaderData.displayName
      })
    }), /* @__PURE__ */ jsx(Form, {
      method: "post",
      children: /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-primary",
        children: t("organiser.invitation.accept")
      })
    })]
  });
});
const route46 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$8,
  default: invitationAccept,
  loader: loader$h
}, Symbol.toStringTag, { value: "Module" }));
async function loader$g({
  request,
  context
}) {
  await requireAdmin(request, context);
  const locale = await detectLocale(request);
  return {
    locale,
    ...await getModerationQueue(context.db, locale)
  };
}
function PetitionTable({
  items,
  caption,
  locale
}) {
  const {
    t
  } = useTranslation();
  return /* @__PURE__ */ jsxs("table", {
    className: "data-table",
    children: [/* @__PURE__ */ jsx("caption", {
      className: "visually-hidden",
      children: caption
    }), /* @__PURE__ */ jsx("thead", {
      children: /* @__PURE__ */ jsxs("tr", {
        children: [/* @__PURE__ */ jsx("th", {
          scope: "col",
          children: t("organiser.org.petition")
        }), /* @__PURE__ */ jsx("th", {
          scope: "col",
          children: t("organiser.admin.organisation")
        }), /* @__PURE__ */ jsx("th", {
          scope: "col",
          children: t("organiser.org.status")
        }), /* @__PURE__ */ jsx("th", {
          scope: "col",
          children: t("organiser.petition.submittedAt")
        })]
      })
    }), /* @__PURE__ */ jsx("tbody", {
      children: items.map((item) => /* @__PURE__ */ jsxs("tr", {
        children: [/* @__PURE__ */ jsx("td", {
          children: /* @__PURE__ */ jsx(Link, {
            to: `/admin/petitions/${item.id}`,
            children: item.title
          })
        }), /* @__PURE__ */ jsx("td", {
          children: item.organisationName
        }), /* @__PURE__ */ jsx("td", {
          children: /* @__PURE__ */ jsx(StatusBadge, {
            status: item.status
          })
        }), /* @__PURE__ */ jsx("td", {
          children: item.submittedAt ? formatDate(item.submittedAt, locale) : "—"
        })]
      }, item.id))
    })]
  });
}
const queue = UNSAFE_withComponentProps(function ModerationQueue({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  const {
    pending,
    published,
    locale
  } = loaderData;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("organiser.admin.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("organiser.admin.title")
    }), /* @__PURE__ */ jsx(Notice, {}), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: "/admin/explainers",
        children: t("organiser.admin.explainersLink")
      })
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "queue-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "queue-heading",
        children: t("organiser.admin.queue")
      }), pending.length === 0 ? /* @__PURE__ */ jsx("p", {
        children: t("organiser.admin.queueEmpty")
      }) : /* @__PURE__ */ jsx(PetitionTable, {
        items: pending,
        caption: t("organiser.admin.queue"),
        locale
      })]
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "published-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "published-heading",
        children: t("organiser.admin.published")
      }), /* @__PURE__ */ jsx("p", {
        className: "muted",
        children: t("organiser.admin.publishedLead")
      }), published.length === 0 ? /* @__PURE__ */ jsx("p", {
        children: t("organiser.admin.publishedEmpty")
      }) : /* @__PURE__ */ jsx(PetitionTable, {
        items: published,
        caption: t("organiser.admin.published"),
        locale
      })]
    })]
  });
});
const route47 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: queue,
  loader: loader$g
}, Symbol.toStringTag, { value: "Module" }));
async function loader$f({
  request,
  params,
  context
}) {
  await requireAdmin(request, context);
  const locale = await detectLocale(request);
  return {
    locale,
    ...await getPetitionForReview(context.db, params.petitionId, locale)
  };
}
async function action$7({
  request,
  params,
  context
}) {
  const admin = await requireAdmin(request, context);
  const submission = parseWithZod(await request.formData(), {
    schema: ReasonSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply()
  }, {
    status: 400
  });
  const {
    intent,
    reason
  } = submission.value;
  const {
    db,
    env
  } = context;
  const id = params.petitionId;
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Response("Not found", {
    status: 404
  });
  const result = intent === "approve" ? await approvePetition(db, admin, id, env.APP_URL, reason) : intent === "reject" ? await rejectPetition(db, admin, id, reason, env.APP_URL) : intent === "hide" ? await hidePetition(db, admin, id, reason, env.APP_URL) : await unhidePetition(db, admin, id, reason, env.APP_URL);
  if (!result.ok) return data({
    result: failureReply(submission, result)
  }, {
    status: result.message === E.wrongStatus ? 409 : 400
  });
  const notice = intent === "approve" ? "approved" : intent === "reject" ? "rejected" : intent === "hide" ? "hidden" : "unhidden";
  return redirect(withNotice(intent === "approve" || intent === "reject" ? "/admin" : `/admin/petitions/${id}`, notice), 303);
}
const petitionReview$1 = UNSAFE_withComponentProps(function PetitionReview({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    petition: petition2,
    organisation,
    locale,
    transitions
  } = loaderData;
  const [form, fields] = useForm({
    id: "decision",
    lastResult: actionData?.result,
    shouldValidate: "onBlur"
  });
  const dateOrDash = (d) => d ? formatDate(d, locale) : "—";
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("organiser.admin.reviewTitle", {
        title: petition2.title
      })
    }), /* @__PURE__ */ jsx(Breadcrumbs, {
      items: [{
        to: "/admin",
        label: t("organiser.admin.title")
      }]
    }), /* @__PURE__ */ jsx("h1", {
      children: t("organiser.admin.reviewTitle", {
        title: petition2.title
      })
    }), /* @__PURE__ */ jsx(Notice, {}), /* @__PURE__ */ jsxs("dl", {
      className: "meta-list",
      children: [/* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("organiser.admin.organisation")
        }), /* @__PURE__ */ jsx("dd", {
          children: organisation.name
        })]
      }), /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("organiser.admin.campaign")
        }), /* @__PURE__ */ jsx("dd", {
          children: loaderData.campaignTitle
        })]
      }), /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("organiser.org.status")
        }), /* @__PURE__ */ jsx("dd", {
          children: /* @__PURE__ */ jsx(StatusBadge, {
            status: petition2.status
          })
        })]
      }), /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("organiser.org.signatures")
        }), /* @__PURE__ */ jsx("dd", {
          children: formatNumber(loaderData.signatureCount, locale)
        })]
      }), /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("organiser.petition.submittedAt")
        }), /* @__PURE__ */ jsx("dd", {
          children: dateOrDash(petition2.submittedAt)
        })]
      }), /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("organiser.settings.goal")
        }), /* @__PURE__ */ jsx("dd", {
          children: petition2.goal ? `${formatNumber(petition2.goal, locale)} (${t(`organiser.settings.goal_${petition2.goalFixed ? "fixed" : "automatic"}`)})` : t("organiser.settings.goal_automatic")
        })]
      }), /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("organiser.settings.paper")
        }), /* @__PURE__ */ jsx("dd", {
          children: formatNumber(petition2.paperSignatures, locale)
        })]
      }), /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("organiser.settings.opensAt")
        }), /* @__PURE__ */ jsx("dd", {
          children: dateOrDash(petition2.opensAt)
        })]
      }), /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("organiser.settings.closesAt")
        }), /* @__PURE__ */ jsx("dd", {
          children: dateOrDash(petition2.closesAt)
        })]
      }), /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("organiser.settings.domains")
        }), /* @__PURE__ */ jsx("dd", {
          children: petition2.verifiedDomains.join(", ") || "—"
        })]
      })]
    }), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: `/dashboard/orgs/${organisation.slug}/petitions/${petition2.id}/preview`,
        children: t("organiser.admin.openPreview")
      })
    }), petition2.rejectionReason ? /* @__PURE__ */ jsxs("p", {
      className: "notice",
      children: [t("organiser.admin.lastReason"), " ", petition2.rejectionReason]
    }) : null, transitions.length > 0 ? /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "decision-heading",
      className: "decision-box",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "decision-heading",
        children: t("organiser.admin.decisionHeading")
      }), /* @__PURE__ */ jsxs(Form, {
        method: "post",
        ...getFormProps(form),
        className: "stack-form",
        children: [/* @__PURE__ */ jsx(FormErrors, {
          form
        }), /* @__PURE__ */ jsx(TextArea, {
          meta: fields.reason,
          label: t("organiser.admin.reason"),
          hint: t("organiser.admin.reasonHint"),
          rows: 3
        }), /* @__PURE__ */ jsx("div", {
          className: "button-row",
          children: transitions.map((name) => /* @__PURE__ */ jsx("button", {
            type: "submit",
            name: "intent",
            value: name,
            className: name === "approve" || name === "unhide" ? "button-primary" : "button-secondary",
            children: t(`organiser.admin.actions.${name}`)
          }, name))
        })]
      })]
    }) : null, loaderData.translations.map((text2) => /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": `text-${text2.locale}`,
      className: "card",
      lang: text2.locale,
      children: [/* @__PURE__ */ jsx("h2", {
        id: `text-${text2.locale}`,
        lang: locale,
        children: languageName(text2.locale, locale)
      }), /* @__PURE__ */ jsx("h3", {
        children: text2.title
      }), /* @__PURE__ */ jsx("p", {
        className: "target",
        children: t("petition.to", {
          target: text2.target
        })
      }), /* @__PURE__ */ jsx("p", {
        className: "lead",
        children: text2.ask
      }), /* @__PURE__ */ jsx("div", {
        className: "prose",
        dangerouslySetInnerHTML: {
          __html: text2.html
        }
      })]
    }, text2.locale)), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "questions-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "questions-heading",
        children: t("organiser.signerFields.heading")
      }), loaderData.fields.length === 0 ? /* @__PURE__ */ jsx("p", {
        children: t("organiser.signerFields.none")
      }) : null, /* @__PURE__ */ jsx("ul", {
        children: loaderData.fields.map((f) => /* @__PURE__ */ jsxs("li", {
          children: [/* @__PURE__ */ jsx("code", {
            children: f.key
          }), " — ", t(`organiser.signerFields.kinds.${f.kind}`), f.required ? `, ${t("organiser.signerFields.requiredShort")}` : "", f.isPublic ? `, ${t("organiser.signerFields.publicShort")}` : "", ": ", Object.entries(f.labels).map(([l, text2]) => `${l}: ${text2}`).join(" · "), f.options.length > 0 ? /* @__PURE__ */ jsxs(Fragment, {
            children: [" (", f.options.map((o) => o.labels[petition2.defaultLocale] ?? o.value).join(", "), ")"]
          }) : null]
        }, f.key))
      })]
    })]
  });
});
const route48 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$7,
  default: petitionReview$1,
  loader: loader$f
}, Symbol.toStringTag, { value: "Module" }));
async function listExplainersForEditing(db, locale) {
  const [rows, texts] = await Promise.all([
    db.select({ id: explainers$1.id, slug: explainers$1.slug, status: explainers$1.status }).from(explainers$1).orderBy(asc(explainers$1.position), asc(explainers$1.slug)),
    db.select({ explainerId: explainerTranslations.explainerId, locale: explainerTranslations.locale, title: explainerTranslations.title }).from(explainerTranslations)
  ]);
  return rows.map((row) => {
    const own = texts.filter((t) => t.explainerId === row.id);
    return { ...row, title: pickTranslation(own, locale)?.title ?? row.slug, locales: own.map((t) => t.locale).sort() };
  });
}
async function getExplainerForEditing(db, explainerId) {
  if (!/^[0-9a-f-]{36}$/i.test(explainerId)) return null;
  const [explainer2] = await db.select().from(explainers$1).where(eq(explainers$1.id, explainerId));
  if (!explainer2) return null;
  const translations = await db.select().from(explainerTranslations).where(eq(explainerTranslations.explainerId, explainerId)).orderBy(asc(explainerTranslations.locale));
  return {
    id: explainer2.id,
    slug: explainer2.slug,
    status: explainer2.status,
    translations: translations.map((t) => ({ locale: t.locale, title: t.title, summary: t.summary, bodyMarkdown: t.bodyMarkdown, updatedAt: t.updatedAt }))
  };
}
async function saveExplainerTranslation(db, admin, explainerId, input) {
  return db.transaction(async (tx) => {
    const [explainer2] = await tx.select({ id: explainers$1.id }).from(explainers$1).where(eq(explainers$1.id, explainerId)).for("update");
    if (!explainer2) return fail(E.notFound);
    const now = /* @__PURE__ */ new Date();
    const text2 = { title: input.title, summary: input.summary, bodyMarkdown: input.bodyMarkdown, updatedAt: now };
    const [saved] = await tx.insert(explainerTranslations).values({ explainerId, locale: input.locale, ...text2 }).onConflictDoUpdate({ target: [explainerTranslations.explainerId, explainerTranslations.locale], set: text2 }).returning({ locale: explainerTranslations.locale });
    await tx.update(explainers$1).set({ updatedAt: now }).where(eq(explainers$1.id, explainerId));
    await recordAudit(tx, {
      actorId: admin.id,
      action: "explainer.edit",
      subjectType: "explainer",
      subjectId: explainerId,
      details: { locale: saved.locale, title: input.title }
    });
    return { ok: true };
  });
}
async function setExplainerStatus(db, admin, explainerId, status) {
  return db.transaction(async (tx) => {
    const updated = await tx.update(explainers$1).set({ status, updatedAt: /* @__PURE__ */ new Date() }).where(eq(explainers$1.id, explainerId)).returning({ id: explainers$1.id });
    if (updated.length === 0) return fail(E.notFound);
    await recordAudit(tx, {
      actorId: admin.id,
      action: status === "published" ? "explainer.publish" : "explainer.unpublish",
      subjectType: "explainer",
      subjectId: explainerId
    });
    return { ok: true };
  });
}
async function loader$e({
  request,
  context
}) {
  await requireAdmin(request, context);
  const locale = await detectLocale(request);
  return {
    explainers: await listExplainersForEditing(context.db, locale)
  };
}
const explainers = UNSAFE_withComponentProps(function AdminExplainers({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("organiser.explainers.title")
    }), /* @__PURE__ */ jsx(Breadcrumbs, {
      items: [{
        to: "/admin",
        label: t("organiser.admin.title")
      }]
    }), /* @__PURE__ */ jsx("h1", {
      children: t("organiser.explainers.title")
    }), /* @__PURE__ */ jsx("p", {
      children: t("organiser.explainers.lead")
    }), /* @__PURE__ */ jsxs("table", {
      className: "data-table",
      children: [/* @__PURE__ */ jsx("caption", {
        className: "visually-hidden",
        children: t("organiser.explainers.title")
      }), /* @__PURE__ */ jsx("thead", {
        children: /* @__PURE__ */ jsxs("tr", {
          children: [/* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("organiser.explainers.explainer")
          }), /* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("organiser.org.status")
          }), /* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("organiser.petition.languages")
          })]
        })
      }), /* @__PURE__ */ jsx("tbody", {
        children: loaderData.explainers.map((e) => /* @__PURE__ */ jsxs("tr", {
          children: [/* @__PURE__ */ jsx("td", {
            children: /* @__PURE__ */ jsx(Link, {
              to: `/admin/explainers/${e.id}`,
              children: e.title
            })
          }), /* @__PURE__ */ jsx("td", {
            children: t(`organiser.explainers.status.${e.status}`)
          }), /* @__PURE__ */ jsx("td", {
            children: e.locales.join(", ")
          })]
        }, e.id))
      })]
    })]
  });
});
const route49 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: explainers,
  loader: loader$e
}, Symbol.toStringTag, { value: "Module" }));
const StatusSchema = z.object({
  intent: z.literal("status"),
  status: z.enum(["draft", "published"], {
    error: E.choice
  })
});
async function requireExplainer(request, context, id) {
  const admin = await requireAdmin(request, context);
  const explainer2 = await getExplainerForEditing(context.db, id);
  if (!explainer2) throw new Response("Not found", {
    status: 404
  });
  return {
    admin,
    explainer: explainer2
  };
}
async function loader$d({
  request,
  params,
  context
}) {
  const {
    explainer: explainer2
  } = await requireExplainer(request, context, params.explainerId);
  const locale = await detectLocale(request);
  const requested = new URL(request.url).searchParams.get("lang");
  const added = requested ? canonicalLocale(requested) : null;
  const isNew = added !== null && !explainer2.translations.some((tr) => tr.locale === added);
  return {
    locale,
    explainer: {
      ...explainer2,
      translations: [...explainer2.translations, ...isNew ? [{
        locale: added,
        title: "",
        summary: "",
        bodyMarkdown: "",
        updatedAt: null
      }] : []]
    },
    addError: requested && !added ? E.locale : null
  };
}
async function action$6({
  request,
  params,
  context
}) {
  const {
    admin,
    explainer: explainer2
  } = await requireExplainer(request, context, params.explainerId);
  const formData = await request.formData();
  const here = `/admin/explainers/${explainer2.id}`;
  if (formData.get("intent") === "status") {
    const submission2 = parseWithZod(formData, {
      schema: StatusSchema
    });
    if (submission2.status !== "success") return data({
      locale: null,
      result: submission2.reply(),
      previewHtml: null
    }, {
      status: 400
    });
    const result2 = await setExplainerStatus(context.db, admin, explainer2.id, submission2.value.status);
    if (!result2.ok) return data({
      locale: null,
      result: failureReply(submission2, result2),
      previewHtml: null
    }, {
      status: 400
    });
    return redirect(withNotice(here, submission2.value.status === "published" ? "published" : "unpublished"), 303);
  }
  const locale = String(formData.get("locale") ?? "");
  const submission = parseWithZod(formData, {
    schema: ExplainerTranslationSchema
  });
  if (submission.status !== "success") return data({
    locale,
    result: submission.reply(),
    previewHtml: null
  }, {
    status: 400
  });
  const {
    intent,
    ...text2
  } = submission.value;
  if (intent === "preview") return {
    locale,
    result: submission.reply(),
    previewHtml: renderMarkdown(text2.bodyMarkdown)
  };
  const result = await saveExplainerTranslation(context.db, admin, explainer2.id, text2);
  if (!result.ok) return data({
    locale,
    result: failureReply(submission, result),
    previewHtml: null
  }, {
    status: 400
  });
  return redirect(withNotice(here, "saved"), 303);
}
function TranslationForm({
  text: text2,
  uiLocale,
  lastResult,
  previewHtml
}) {
  const {
    t
  } = useTranslation();
  const [form, fields] = useForm({
    id: `explainer-${text2.locale}`,
    lastResult,
    defaultValue: text2,
    shouldValidate: "onBlur"
  });
  return /* @__PURE__ */ jsxs("section", {
    "aria-labelledby": `${form.id}-heading`,
    className: "language-section",
    children: [/* @__PURE__ */ jsx("h2", {
      id: `${form.id}-heading`,
      children: languageName(text2.locale, uiLocale)
    }), /* @__PURE__ */ jsxs(Form, {
      method: "post",
      ...getFormProps(form),
      className: "stack-form",
      children: [/* @__PURE__ */ jsx(FormErrors, {
        form
      }), /* @__PURE__ */ jsx("input", {
        type: "hidden",
        name: "locale",
        value: text2.locale
      }), /* @__PURE__ */ jsx(TextInput, {
        meta: fields.title,
        label: t("organiser.explainers.titleField"),
        lang: text2.locale
      }), /* @__PURE__ */ jsx(TextArea, {
        meta: fields.summary,
        label: t("organiser.explainers.summary"),
        rows: 3,
        lang: text2.locale
      }), /* @__PURE__ */ jsx(TextArea, {
        meta: fields.bodyMarkdown,
        label: t("organiser.petition.body"),
        hint: t("organiser.petition.bodyHint"),
        rows: 16,
        lang: text2.locale
      }), /* @__PURE__ */ jsxs("div", {
        className: "button-row",
        children: [/* @__PURE__ */ jsx("button", {
          type: "submit",
          name: "intent",
          value: "save",
          className: "button-primary",
          children: t("organiser.petition.saveLanguage", {
            language: text2.locale
          })
        }), /* @__PURE__ */ jsx("button", {
          type: "submit",
          name: "intent",
          value: "preview",
          className: "button-secondary",
          children: t("organiser.explainers.preview")
        })]
      })]
    }), previewHtml !== null ? /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": `${form.id}-preview`,
      className: "preview-box",
      lang: text2.locale,
      children: [/* @__PURE__ */ jsx("h3", {
        id: `${form.id}-preview`,
        lang: uiLocale,
        children: t("organiser.explainers.previewHeading")
      }), /* @__PURE__ */ jsx("div", {
        className: "prose",
        dangerouslySetInnerHTML: {
          __html: previewHtml
        }
      })]
    }) : null]
  });
}
const explainerEdit = UNSAFE_withComponentProps(function EditExplainer({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    explainer: explainer2,
    locale
  } = loaderData;
  const title = explainer2.translations.find((tr) => tr.locale === locale)?.title || explainer2.slug;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("organiser.explainers.editTitle", {
        title
      })
    }), /* @__PURE__ */ jsx(Breadcrumbs, {
      items: [{
        to: "/admin",
        label: t("organiser.admin.title")
      }, {
        to: "/admin/explainers",
        label: t("organiser.explainers.title")
      }]
    }), /* @__PURE__ */ jsx("h1", {
      children: t("organiser.explainers.editTitle", {
        title
      })
    }), /* @__PURE__ */ jsx(Notice, {}), /* @__PURE__ */ jsxs("p", {
      children: [t(`organiser.explainers.status.${explainer2.status}`), explainer2.status === "published" ? /* @__PURE__ */ jsxs(Fragment, {
        children: [" · ", /* @__PURE__ */ jsx(Link, {
          to: `/explainers/${explainer2.slug}`,
          children: t("organiser.explainers.publicPage")
        })]
      }) : null]
    }), /* @__PURE__ */ jsxs(Form, {
      method: "post",
      className: "inline-form",
      children: [/* @__PURE__ */ jsx("input", {
        type: "hidden",
        name: "intent",
        value: "status"
      }), /* @__PURE__ */ jsx("input", {
        type: "hidden",
        name: "status",
        value: explainer2.status === "published" ? "draft" : "published"
      }), /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-secondary",
        children: t(explainer2.status === "published" ? "organiser.explainers.unpublish" : "organiser.explainers.publish")
      })]
    }), actionData && actionData.locale === null ? /* @__PURE__ */ jsx("p", {
      className: "form-error",
      role: "alert",
      children: t(E.notFound)
    }) : null, explainer2.translations.map((text2) => /* @__PURE__ */ jsx(TranslationForm, {
      text: text2,
      uiLocale: locale,
      lastResult: actionData?.locale === text2.locale ? actionData.result : void 0,
      previewHtml: actionData?.locale === text2.locale ? actionData.previewHtml : null
    }, text2.locale)), /* @__PURE__ */ jsx(AddLanguageForm, {
      heading: t("organiser.addLanguage.translationHeading"),
      error: loaderData.addError
    })]
  });
});
const route50 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$6,
  default: explainerEdit,
  loader: loader$d
}, Symbol.toStringTag, { value: "Module" }));
const SIGNATURE_STATES = ["pending", "confirmed", "flagged", "invalidated"];
const REVIEW_DECISIONS = ["accept", "invalidate"];
const DECISION_FROM_STATES = {
  accept: ["flagged"],
  invalidate: ["flagged", "pending", "confirmed"]
};
const SIGNATURES_PAGE_SIZE = 50;
const TOP_SOURCES_LIMIT = 10;
const DAILY_TABLE_DAYS = 30;
const RECENT_WINDOW_MS = 48 * 60 * 60 * 1e3;
const UUID$2 = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
async function getDashboardPetition(db, petitionId, locale) {
  if (!UUID$2.test(petitionId)) return null;
  const [row] = await db.select({
    id: petitions.id,
    slug: petitions.slug,
    status: petitions.status,
    defaultLocale: petitions.defaultLocale,
    paperSignatures: petitions.paperSignatures,
    paperSignaturesNote: petitions.paperSignaturesNote,
    verifiedDomains: petitions.verifiedDomains,
    collectPostcode: petitions.collectPostcode,
    organisationId: organisations.id,
    organisationSlug: organisations.slug,
    organisationName: organisations.name
  }).from(petitions).innerJoin(campaigns, eq(campaigns.id, petitions.campaignId)).innerJoin(organisations, eq(organisations.id, campaigns.organisationId)).where(eq(petitions.id, petitionId));
  if (!row) return null;
  const [translations, fields] = await Promise.all([
    db.select().from(petitionTranslations).where(eq(petitionTranslations.petitionId, petitionId)),
    db.select().from(petitionFields$1).where(eq(petitionFields$1.petitionId, petitionId)).orderBy(asc(petitionFields$1.position), asc(petitionFields$1.key))
  ]);
  const text2 = translations.find((t) => t.locale === locale) ?? translations.find((t) => t.locale === row.defaultLocale) ?? translations[0];
  const { defaultLocale, ...rest } = row;
  return {
    ...rest,
    locale: text2?.locale ?? defaultLocale,
    title: text2?.title ?? row.slug,
    target: text2?.target ?? "",
    ask: text2?.ask ?? "",
    bodyMarkdown: text2?.bodyMarkdown ?? "",
    fields: fields.map((f) => ({ key: f.key, kind: f.kind, isPublic: f.isPublic, labels: f.labels, options: f.options }))
  };
}
async function findPetitionIdBySlug(db, slug) {
  const [row] = await db.select({ id: petitions.id }).from(petitions).where(eq(petitions.slug, slug));
  return row?.id ?? null;
}
async function requireDashboardPetition(request, context, petitionId, minimum) {
  const user = await requireUser(request, context);
  const access = await requirePetitionRole(context.db, user, petitionId, minimum);
  const locale = await detectLocale(request);
  const [petition2, flagged] = await Promise.all([getDashboardPetition(context.db, petitionId, locale), countFlagged(context.db, petitionId)]);
  if (!petition2) throw new Response("Not found", { status: 404 });
  const canEdit = access.role === "admin" || roleAllows(access.role, "editor");
  return {
    user,
    locale,
    petition: petition2,
    header: {
      id: petition2.id,
      slug: petition2.slug,
      title: petition2.title,
      locale: petition2.locale,
      status: petition2.status,
      organisationName: petition2.organisationName,
      organisationSlug: petition2.organisationSlug,
      canEdit,
      flagged
    }
  };
}
async function countFlagged(db, petitionId) {
  const [row] = await db.execute(sql`select count(*)::int as n from signatures where petition_id = ${petitionId} and status = 'flagged'`);
  return Number(row?.n ?? 0);
}
async function countSignaturesByState(db, petitionId) {
  const rows = await db.execute(sql`
    select status, count(*)::int as n from signatures where petition_id = ${petitionId} group by status`);
  const counts = { pending: 0, confirmed: 0, flagged: 0, invalidated: 0, all: 0 };
  for (const row of rows) {
    counts[row.status] = Number(row.n);
    counts.all += Number(row.n);
  }
  return counts;
}
function confirmationRate(counts) {
  const denominator = counts.all - counts.flagged;
  return denominator > 0 ? counts.confirmed / denominator : null;
}
async function listTopSources(db, petitionId, limit = TOP_SOURCES_LIMIT) {
  const rows = await db.execute(sql`
    with grouped as (
      select case when grouping(source) = 0 then 'source' else 'utm' end as kind,
             case when grouping(source) = 0 then source else utm->>'utm_source' end as value,
             count(*)::int as total,
             count(*) filter (where status = 'confirmed')::int as confirmed
      from signatures
      where petition_id = ${petitionId} and status <> 'invalidated'
      group by grouping sets ((source), (utm->>'utm_source'))
    ),
    ranked as (
      select *, row_number() over (partition by kind order by total desc, value nulls last) as rank from grouped
    )
    select kind, value, total, confirmed from ranked where rank <= ${limit} order by kind, rank`);
  const pick2 = (kind) => rows.filter((r) => r.kind === kind).map((r) => ({ source: r.value, total: Number(r.total), confirmed: Number(r.confirmed) }));
  return { sources: pick2("source"), utmSources: pick2("utm") };
}
async function getDailyCounts(db, petitionId, days = DAILY_TABLE_DAYS) {
  const rows = await db.execute(sql`
    select to_char(date_trunc('day', hour at time zone 'UTC'), 'YYYY-MM-DD') as day, sum(total)::int as n
    from petition_hourly_counts where petition_id = ${petitionId}
    group by 1 having sum(total) <> 0 order by 1 desc limit ${days}`);
  return rows.map((r) => ({ day: r.day, count: Number(r.n) }));
}
function withNow(points, now) {
  return points.length > 0 ? [...points, { at: now, count: 0 }] : points;
}
async function loadPetitionDashboard(db, petition2, locale, now = /* @__PURE__ */ new Date()) {
  const [states, counts, countries, hourly, daily, sources, t] = await Promise.all([
    countSignaturesByState(db, petition2.id),
    getPetitionCounts(db, petition2.id, petition2.paperSignatures),
    getCountryCounts(db, petition2.id),
    getHourlyCounts(db, petition2.id),
    getDailyCounts(db, petition2.id),
    listTopSources(db, petition2.id),
    getFixedT(locale)
  ]);
  const recentStart = now.getTime() - RECENT_WINDOW_MS;
  const recent = hourly.filter((h) => h.at.getTime() >= recentStart);
  const countryMap = Object.fromEntries(countries.map((c) => [c.country, c.total]));
  return {
    states,
    confirmationRate: confirmationRate(states),
    counts: { online: counts.online, paper: counts.paper, total: counts.signatureCount, verified: counts.verified, countryCount: counts.countryCount, updatedAt: counts.updatedAt?.toISOString() ?? null },
    paperNote: petition2.paperSignaturesNote,
    countries: countries.map((c) => ({ ...c, name: isCountryCode(c.country) ? countryName(c.country, locale) : c.country })),
    mapSvg: renderWorldMapSvg(countryMap, { title: t("dashboard.stats.mapTitle"), description: t("dashboard.stats.mapDescription"), locale }),
    mapLegend,
    allTimeChartSvg: renderTimeSeriesSvg(withNow(hourly, now), {
      title: t("dashboard.stats.allTimeChart"),
      description: t("dashboard.stats.allTimeChartDescription"),
      emptyLabel: t("dashboard.stats.chartEmpty"),
      idPrefix: "chart-all",
      locale
    }),
    recentChartSvg: renderTimeSeriesSvg(withNow(recent, now), {
      title: t("dashboard.stats.recentChart"),
      description: t("dashboard.stats.recentChartDescription"),
      emptyLabel: t("dashboard.stats.chartEmpty"),
      idPrefix: "chart-recent",
      locale
    }),
    recentHours: recent.slice(-24).reverse().map((h) => ({ at: h.at.toISOString(), count: h.count })),
    daily,
    sources
  };
}
const CURSOR_FORMAT$1 = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([0-9a-f-]{36})$/;
function encodeCursor(cursor) {
  return Buffer.from(`${cursor.at}|${cursor.id}`).toString("base64url");
}
function decodeCursor(value) {
  if (!value || value.length > 200) return null;
  const match = CURSOR_FORMAT$1.exec(Buffer.from(value, "base64url").toString());
  if (!match || !UUID$2.test(match[2])) return null;
  return { at: match[1], id: match[2] };
}
function foldForSearch(text2) {
  return text2.normalize("NFD").replace(new RegExp("\\p{Diacritic}", "gu"), "").toLowerCase().trim();
}
function matchCountries(query, locale) {
  const folded = foldForSearch(query);
  if (folded.length < 2) return [];
  return COUNTRY_CODES.filter(
    (code) => code.toLowerCase() === folded || folded.length >= 3 && (foldForSearch(countryName(code, locale)).includes(folded) || foldForSearch(countryName(code, "en")).includes(folded))
  );
}
function escapeLike(text2) {
  return text2.replace(/[\\%_]/g, (c) => `\\${c}`);
}
function listConditions(petitionId, filter) {
  const conditions = [sql`petition_id = ${petitionId}`];
  if (filter.state) conditions.push(sql`status = ${filter.state}`);
  const query = filter.query?.trim();
  if (query) {
    const pattern = `%${escapeLike(query)}%`;
    const alternatives = [sql`full_name ilike ${pattern}`, sql`email ilike ${pattern}`];
    const codes = matchCountries(query, filter.locale);
    if (codes.length > 0) alternatives.push(sql`country in (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})`);
    conditions.push(sql`(${sql.join(alternatives, sql` or `)})`);
  }
  return conditions;
}
function signaturePageQuery(petitionId, filter, cursor, direction, size) {
  const older = direction === "older";
  const where = sql.join(listConditions(petitionId, filter), sql` and `);
  const columns = sql`id, full_name, email, country, postcode, status, verified, source, utm->>'utm_source' as utm_source, channel,
    ip_hash, flag_reason, created_at, confirmed_at, reviewed_at, anonymised_at,
    to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at`;
  const limit = size + 1;
  const [cmp, inside, dir, indexOrder, edge] = older ? [sql`<`, sql`>`, sql`desc`, sql`desc nulls last`, sql`min`] : [sql`>`, sql`<`, sql`asc`, sql`asc nulls first`, sql`max`];
  const sameInstant = cursor ? sql`select ${columns} from signatures where ${where} and created_at = ${cursor.at}::timestamptz and id ${cmp} ${cursor.id}::uuid
        order by id ${dir} limit ${limit}` : sql`select ${columns} from signatures where false`;
  const beyond = cursor ? sql`and created_at ${cmp} ${cursor.at}::timestamptz` : sql``;
  return sql`
    with a as (${sameInstant}),
    b as (select ${columns} from signatures where ${where} ${beyond} order by created_at ${indexOrder} limit ${limit}),
    stop as (select ${edge}(created_at) as at from b),
    c as (select ${columns} from signatures where ${where} and created_at = (select at from stop))
    select * from (
      select * from a
      union all select * from b where created_at ${inside} (select at from stop)
      union all select * from c
    ) page
    order by created_at ${dir}, id ${dir}
    limit ${limit}`;
}
async function listSignatures(db, petitionId, filter, page = {}) {
  const size = page.size ?? SIGNATURES_PAGE_SIZE;
  const cursor = page.cursor ?? null;
  const direction = !cursor || (page.direction ?? "older") === "older" ? "older" : "newer";
  const rows = await db.execute(signaturePageQuery(petitionId, filter, cursor, direction, size));
  const more = rows.length > size;
  const pageRows = rows.slice(0, size);
  if (direction === "newer") {
    if (!more) return listSignatures(db, petitionId, filter, { size });
    pageRows.reverse();
  }
  const cursorOf = (r) => r ? encodeCursor({ at: r.cursor_at, id: r.id }) : null;
  const first = pageRows[0];
  const last = pageRows[pageRows.length - 1];
  return {
    rows: pageRows.map((r) => ({
      id: r.id,
      fullName: r.full_name,
      email: r.email,
      country: r.country,
      postcode: r.postcode,
      status: r.status,
      verified: r.verified,
      source: r.source,
      utmSource: r.utm_source,
      channel: r.channel,
      ipHash: r.ip_hash,
      flagReason: r.flag_reason,
      createdAt: new Date(r.created_at).toISOString(),
      confirmedAt: r.confirmed_at ? new Date(r.confirmed_at).toISOString() : null,
      reviewedAt: r.reviewed_at ? new Date(r.reviewed_at).toISOString() : null,
      anonymised: r.anonymised_at !== null
    })),
    olderCursor: (direction === "older" ? more : true) ? cursorOf(last) : null,
    newerCursor: (direction === "older" ? Boolean(page.cursor) : true) ? cursorOf(first) : null
  };
}
const dashboardStyles = "/assets/dashboard-DYWdw-k5.css";
function formatDateTime(iso2, locale) {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso2));
}
function formatDay(day, locale) {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(/* @__PURE__ */ new Date(`${day}T00:00:00Z`));
}
function formatPercent(ratio, locale) {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(ratio);
}
function describeFlagReason(reason, t) {
  if (!reason) return "";
  return reason.split(",").map((code) => t(`dashboard.review.reasons.${code}`, { defaultValue: code })).join("; ");
}
const PUBLIC_STATUSES = ["open", "closed", "delivered", "won"];
function PetitionHeader({ petition: petition2, title, locale }) {
  const { t } = useTranslation();
  const base = `/dashboard/petitions/${petition2.id}`;
  return /* @__PURE__ */ jsxs("header", { className: "dashboard-header no-print", children: [
    /* @__PURE__ */ jsxs("p", { className: "breadcrumb", children: [
      petition2.organisationName,
      " › ",
      /* @__PURE__ */ jsx("span", { lang: petition2.locale, children: petition2.title }),
      " ",
      /* @__PURE__ */ jsx("span", { className: "status-badge", children: t("dashboard.petitionNav.status", { status: t(`petition.status.${petition2.status}`) }) })
    ] }),
    /* @__PURE__ */ jsx("h1", { children: title }),
    /* @__PURE__ */ jsx("nav", { "aria-label": t("dashboard.petitionNav.label"), className: "petition-nav", children: /* @__PURE__ */ jsxs("ul", { children: [
      /* @__PURE__ */ jsx("li", { children: /* @__PURE__ */ jsx(NavLink, { to: `${base}/stats`, children: t("dashboard.petitionNav.stats") }) }),
      petition2.canEdit ? /* @__PURE__ */ jsxs(Fragment, { children: [
        /* @__PURE__ */ jsx("li", { children: /* @__PURE__ */ jsx(NavLink, { to: `${base}/signatures`, children: t("dashboard.petitionNav.signatures") }) }),
        /* @__PURE__ */ jsx("li", { children: /* @__PURE__ */ jsx(NavLink, { to: `${base}/review`, children: petition2.flagged > 0 ? t("dashboard.petitionNav.reviewCount", { count: petition2.flagged, formatted: formatNumber(petition2.flagged, locale) }) : t("dashboard.petitionNav.review") }) })
      ] }) : null,
      /* @__PURE__ */ jsx("li", { children: /* @__PURE__ */ jsx(NavLink, { to: `${base}/delivery-pack`, children: t("dashboard.petitionNav.delivery") }) }),
      PUBLIC_STATUSES.includes(petition2.status) ? /* @__PURE__ */ jsx("li", { children: /* @__PURE__ */ jsx("a", { href: `/petitions/${petition2.slug}`, children: t("dashboard.petitionNav.publicPage") }) }) : null
    ] }) })
  ] });
}
const UUID$1 = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const links$6 = () => [{
  rel: "stylesheet",
  href: dashboardStyles
}];
async function loader$c({
  request,
  params,
  context
}) {
  if (!UUID$1.test(params.petitionId)) {
    await requireUser(request, context);
    const id = await findPetitionIdBySlug(context.db, params.petitionId);
    if (!id) throw new Response("Not found", {
      status: 404
    });
    await requireDashboardPetition(request, context, id, "viewer");
    throw redirect(`/dashboard/petitions/${id}/stats`);
  }
  const {
    locale,
    petition: petition2,
    header
  } = await requireDashboardPetition(request, context, params.petitionId, "viewer");
  return {
    locale,
    header,
    ...await loadPetitionDashboard(context.db, petition2, locale)
  };
}
function SourceTable({
  caption,
  rows,
  locale
}) {
  const {
    t
  } = useTranslation();
  return /* @__PURE__ */ jsxs("table", {
    className: "data-table",
    children: [/* @__PURE__ */ jsx("caption", {
      children: caption
    }), /* @__PURE__ */ jsx("thead", {
      children: /* @__PURE__ */ jsxs("tr", {
        children: [/* @__PURE__ */ jsx("th", {
          scope: "col",
          children: t("dashboard.stats.source")
        }), /* @__PURE__ */ jsx("th", {
          scope: "col",
          className: "num",
          children: t("dashboard.stats.total")
        }), /* @__PURE__ */ jsx("th", {
          scope: "col",
          className: "num",
          children: t("dashboard.stats.confirmed")
        })]
      })
    }), /* @__PURE__ */ jsx("tbody", {
      children: rows.map((row) => /* @__PURE__ */ jsxs("tr", {
        children: [/* @__PURE__ */ jsx("td", {
          children: row.source ?? t("dashboard.stats.noSource")
        }), /* @__PURE__ */ jsx("td", {
          className: "num",
          children: formatNumber(row.total, locale)
        }), /* @__PURE__ */ jsx("td", {
          className: "num",
          children: formatNumber(row.confirmed, locale)
        })]
      }, row.source ?? ""))
    })]
  });
}
const petitionStats = UNSAFE_withComponentProps(function PetitionStats({
  loaderData: data2
}) {
  const {
    t
  } = useTranslation();
  const {
    locale
  } = data2;
  const n = (value) => formatNumber(value, locale);
  return /* @__PURE__ */ jsxs("div", {
    className: "dashboard-page",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: `${t("dashboard.stats.title")} · ${data2.header.title}`
    }), /* @__PURE__ */ jsx(PetitionHeader, {
      petition: data2.header,
      title: t("dashboard.stats.title"),
      locale
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "figures-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "figures-heading",
        children: t("dashboard.stats.figuresHeading")
      }), /* @__PURE__ */ jsxs("dl", {
        className: "figures",
        children: [/* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.stats.publicTotal")
          }), /* @__PURE__ */ jsx("dd", {
            children: n(data2.counts.total)
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.stats.online")
          }), /* @__PURE__ */ jsx("dd", {
            children: n(data2.counts.online)
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.stats.paper")
          }), /* @__PURE__ */ jsx("dd", {
            children: n(data2.counts.paper)
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.stats.verified")
          }), /* @__PURE__ */ jsx("dd", {
            children: n(data2.counts.verified)
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.stats.confirmationRate")
          }), /* @__PURE__ */ jsx("dd", {
            children: data2.confirmationRate === null ? t("dashboard.common.none") : formatPercent(data2.confirmationRate, locale)
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.stats.countries")
          }), /* @__PURE__ */ jsx("dd", {
            children: n(data2.counts.countryCount)
          })]
        })]
      }), /* @__PURE__ */ jsx("p", {
        className: "hint",
        children: t("dashboard.stats.publicTotalHint")
      }), /* @__PURE__ */ jsx("p", {
        className: "hint",
        children: t("dashboard.stats.confirmationRateHint")
      }), data2.paperNote ? /* @__PURE__ */ jsx("p", {
        className: "hint",
        children: t("dashboard.stats.paperNote", {
          note: data2.paperNote
        })
      }) : null]
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "states-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "states-heading",
        children: t("dashboard.stats.statesHeading")
      }), /* @__PURE__ */ jsxs("table", {
        className: "data-table",
        children: [/* @__PURE__ */ jsx("thead", {
          children: /* @__PURE__ */ jsxs("tr", {
            children: [/* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.stats.state")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              className: "num",
              children: t("dashboard.stats.signatures")
            })]
          })
        }), /* @__PURE__ */ jsxs("tbody", {
          children: [SIGNATURE_STATES.map((state) => /* @__PURE__ */ jsxs("tr", {
            children: [/* @__PURE__ */ jsx("th", {
              scope: "row",
              children: t(`dashboard.states.${state}`)
            }), /* @__PURE__ */ jsx("td", {
              className: "num",
              "data-state": state,
              children: n(data2.states[state])
            })]
          }, state)), /* @__PURE__ */ jsxs("tr", {
            children: [/* @__PURE__ */ jsx("th", {
              scope: "row",
              children: t("dashboard.stats.received")
            }), /* @__PURE__ */ jsx("td", {
              className: "num",
              children: n(data2.states.all)
            })]
          })]
        })]
      })]
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "time-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "time-heading",
        children: t("dashboard.stats.chartsHeading")
      }), /* @__PURE__ */ jsxs("div", {
        className: "chart-pair",
        children: [/* @__PURE__ */ jsxs("figure", {
          children: [/* @__PURE__ */ jsx("figcaption", {
            children: t("dashboard.stats.recentChart")
          }), /* @__PURE__ */ jsx("div", {
            className: "chart",
            dangerouslySetInnerHTML: {
              __html: data2.recentChartSvg
            }
          })]
        }), /* @__PURE__ */ jsxs("figure", {
          children: [/* @__PURE__ */ jsx("figcaption", {
            children: t("dashboard.stats.allTimeChart")
          }), /* @__PURE__ */ jsx("div", {
            className: "chart",
            dangerouslySetInnerHTML: {
              __html: data2.allTimeChartSvg
            }
          })]
        })]
      }), data2.daily.length === 0 ? /* @__PURE__ */ jsx("p", {
        children: t("dashboard.stats.noData")
      }) : /* @__PURE__ */ jsxs("div", {
        className: "table-pair",
        children: [/* @__PURE__ */ jsxs("table", {
          className: "data-table",
          children: [/* @__PURE__ */ jsx("caption", {
            children: t("dashboard.stats.perDay")
          }), /* @__PURE__ */ jsx("thead", {
            children: /* @__PURE__ */ jsxs("tr", {
              children: [/* @__PURE__ */ jsx("th", {
                scope: "col",
                children: t("dashboard.stats.day")
              }), /* @__PURE__ */ jsx("th", {
                scope: "col",
                className: "num",
                children: t("dashboard.stats.signatures")
              })]
            })
          }), /* @__PURE__ */ jsx("tbody", {
            children: data2.daily.map((d) => /* @__PURE__ */ jsxs("tr", {
              children: [/* @__PURE__ */ jsx("td", {
                children: formatDay(d.day, locale)
              }), /* @__PURE__ */ jsx("td", {
                className: "num",
                children: n(d.count)
              })]
            }, d.day))
          })]
        }), data2.recentHours.length > 0 ? /* @__PURE__ */ jsxs("table", {
          className: "data-table",
          children: [/* @__PURE__ */ jsx("caption", {
            children: t("dashboard.stats.perHour")
          }), /* @__PURE__ */ jsx("thead", {
            children: /* @__PURE__ */ jsxs("tr", {
              children: [/* @__PURE__ */ jsx("th", {
                scope: "col",
                children: t("dashboard.stats.hour")
              }), /* @__PURE__ */ jsx("th", {
                scope: "col",
                className: "num",
                children: t("dashboard.stats.signatures")
              })]
            })
          }), /* @__PURE__ */ jsx("tbody", {
            children: data2.recentHours.map((h) => /* @__PURE__ */ jsxs("tr", {
              children: [/* @__PURE__ */ jsx("td", {
                children: formatDateTime(h.at, locale)
              }), /* @__PURE__ */ jsx("td", {
                className: "num",
                children: n(h.count)
              })]
            }, h.at))
          })]
        }) : null]
      })]
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "countries-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "countries-heading",
        children: t("dashboard.stats.countriesHeading")
      }), /* @__PURE__ */ jsxs("figure", {
        className: "world-map-figure",
        children: [/* @__PURE__ */ jsx("div", {
          dangerouslySetInnerHTML: {
            __html: data2.mapSvg
          }
        }), /* @__PURE__ */ jsxs("figcaption", {
          children: [/* @__PURE__ */ jsx("span", {
            className: "visually-hidden",
            children: t("dashboard.stats.mapLegend")
          }), /* @__PURE__ */ jsx("ul", {
            className: "map-legend",
            children: data2.mapLegend.filter((entry2) => entry2.bucket > 0).map((entry2) => /* @__PURE__ */ jsxs("li", {
              children: [/* @__PURE__ */ jsx("span", {
                className: `map-swatch ${entry2.className}`,
                "aria-hidden": "true"
              }), entry2.max === null ? `${n(entry2.min)}+` : `${n(entry2.min)}–${n(entry2.max)}`]
            }, entry2.bucket))
          })]
        })]
      }), data2.countries.length > 0 ? /* @__PURE__ */ jsxs("table", {
        className: "data-table country-table",
        children: [/* @__PURE__ */ jsx("thead", {
          children: /* @__PURE__ */ jsxs("tr", {
            children: [/* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.stats.country")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              className: "num",
              children: t("dashboard.stats.signatures")
            })]
          })
        }), /* @__PURE__ */ jsx("tbody", {
          children: data2.countries.map((c) => /* @__PURE__ */ jsxs("tr", {
            children: [/* @__PURE__ */ jsx("td", {
              children: c.name
            }), /* @__PURE__ */ jsx("td", {
              className: "num",
              children: n(c.total)
            })]
          }, c.country))
        })]
      }) : /* @__PURE__ */ jsx("p", {
        children: t("dashboard.stats.noData")
      })]
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "sources-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "sources-heading",
        children: t("dashboard.stats.sourcesHeading")
      }), /* @__PURE__ */ jsx("p", {
        className: "muted",
        children: t("dashboard.stats.sourcesLead")
      }), data2.sources.sources.length === 0 ? /* @__PURE__ */ jsx("p", {
        children: t("dashboard.stats.noSources")
      }) : /* @__PURE__ */ jsxs("div", {
        className: "table-pair",
        children: [/* @__PURE__ */ jsx(SourceTable, {
          caption: t("dashboard.stats.bySource"),
          rows: data2.sources.sources,
          locale
        }), /* @__PURE__ */ jsx(SourceTable, {
          caption: t("dashboard.stats.byUtmSource"),
          rows: data2.sources.utmSources,
          locale
        })]
      })]
    })]
  });
});
const route51 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: petitionStats,
  links: links$6,
  loader: loader$c
}, Symbol.toStringTag, { value: "Module" }));
const SearchSchema = z.object({
  q: z.string().trim().max(200, "dashboard.signatures.errors.tooLong").optional(),
  state: z.enum(SIGNATURE_STATES, {
    error: "dashboard.signatures.errors.state"
  }).optional(),
  after: z.string().max(200).optional(),
  before: z.string().max(200).optional()
});
const links$5 = () => [{
  rel: "stylesheet",
  href: dashboardStyles
}];
async function loader$b({
  request,
  params,
  context
}) {
  const {
    locale,
    header
  } = await requireDashboardPetition(request, context, params.petitionId, "editor");
  const submission = parseWithZod(new URL(request.url).searchParams, {
    schema: SearchSchema
  });
  if (submission.status !== "success") {
    return data({
      locale,
      header,
      result: submission.reply(),
      filter: {},
      page: null
    }, {
      status: 400
    });
  }
  const {
    q,
    state,
    after,
    before
  } = submission.value;
  const cursor = decodeCursor(before ?? after);
  const page = await listSignatures(context.db, params.petitionId, {
    query: q,
    state,
    locale
  }, {
    cursor,
    direction: before ? "newer" : "older"
  });
  return {
    locale,
    header,
    result: void 0,
    filter: {
      q,
      state
    },
    page: {
      ...page,
      isFirst: page.newerCursor === null,
      rows: page.rows.map((r) => ({
        ...r,
        countryName: isCountryCode(r.country) ? countryName(r.country, locale) : r.country
      }))
    }
  };
}
function pageLink(filter, cursor) {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.state) params.set("state", filter.state);
  if (cursor.after) params.set("after", cursor.after);
  if (cursor.before) params.set("before", cursor.before);
  const query = params.toString();
  return query ? `?${query}` : "?";
}
const petitionSignatures = UNSAFE_withComponentProps(function PetitionSignatures({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  const {
    locale,
    header,
    page,
    filter
  } = loaderData;
  const [form, fields] = useForm({
    id: "signature-search",
    lastResult: loaderData.result,
    defaultValue: filter,
    onValidate: ({
      formData
    }) => parseWithZod(formData, {
      schema: SearchSchema
    })
  });
  const base = `/dashboard/petitions/${header.id}`;
  return /* @__PURE__ */ jsxs("div", {
    className: "dashboard-page",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: `${t("dashboard.signatures.title")} · ${header.title}`
    }), /* @__PURE__ */ jsx(PetitionHeader, {
      petition: header,
      title: t("dashboard.signatures.title"),
      locale
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "search-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "search-heading",
        className: "visually-hidden",
        children: t("dashboard.signatures.searchHeading")
      }), /* @__PURE__ */ jsxs(Form, {
        method: "get",
        ...getFormProps(form),
        className: "filter-form",
        role: "search",
        children: [/* @__PURE__ */ jsxs("div", {
          className: "field grow",
          children: [/* @__PURE__ */ jsx("label", {
            htmlFor: fields.q.id,
            children: t("dashboard.signatures.query")
          }), /* @__PURE__ */ jsx("input", {
            ...getInputProps(fields.q, {
              type: "search"
            }),
            "aria-describedby": `${fields.q.id}-hint ${fields.q.errors ? fields.q.errorId : ""}`.trim()
          }), /* @__PURE__ */ jsx("p", {
            id: `${fields.q.id}-hint`,
            className: "hint",
            children: t("dashboard.signatures.queryHint")
          }), fields.q.errors ? /* @__PURE__ */ jsx("p", {
            className: "field-error",
            id: fields.q.errorId,
            children: t(fields.q.errors[0])
          }) : null]
        }), /* @__PURE__ */ jsxs("div", {
          className: "field",
          children: [/* @__PURE__ */ jsx("label", {
            htmlFor: fields.state.id,
            children: t("dashboard.signatures.state")
          }), /* @__PURE__ */ jsxs("select", {
            ...getSelectProps(fields.state),
            children: [/* @__PURE__ */ jsx("option", {
              value: "",
              children: t("dashboard.signatures.anyState")
            }), SIGNATURE_STATES.map((s) => /* @__PURE__ */ jsx("option", {
              value: s,
              children: t(`dashboard.states.${s}`)
            }, s))]
          }), fields.state.errors ? /* @__PURE__ */ jsx("p", {
            className: "field-error",
            id: fields.state.errorId,
            children: t(fields.state.errors[0])
          }) : null]
        }), /* @__PURE__ */ jsxs("div", {
          className: "inline-actions",
          children: [/* @__PURE__ */ jsx("button", {
            type: "submit",
            className: "button-primary",
            children: t("dashboard.signatures.submit")
          }), /* @__PURE__ */ jsx(Link, {
            to: `${base}/signatures`,
            className: "button-secondary",
            children: t("dashboard.signatures.clear")
          })]
        })]
      })]
    }), page ? page.rows.length === 0 ? /* @__PURE__ */ jsx("p", {
      children: t("dashboard.signatures.empty")
    }) : /* @__PURE__ */ jsx("div", {
      className: "table-scroll",
      tabIndex: 0,
      role: "region",
      "aria-labelledby": "signatures-caption",
      children: /* @__PURE__ */ jsxs("table", {
        className: "data-table",
        children: [/* @__PURE__ */ jsx("caption", {
          id: "signatures-caption",
          children: t("dashboard.signatures.tableCaption")
        }), /* @__PURE__ */ jsx("thead", {
          children: /* @__PURE__ */ jsxs("tr", {
            children: [/* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.signatures.name")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.signatures.email")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.signatures.country")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.signatures.state")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.signatures.verified")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.signatures.source")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.signatures.created")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.signatures.confirmed")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.signatures.flagReason")
            })]
          })
        }), /* @__PURE__ */ jsx("tbody", {
          children: page.rows.map((row) => /* @__PURE__ */ jsxs("tr", {
            children: [/* @__PURE__ */ jsx("td", {
              children: /* @__PURE__ */ jsx(Link, {
                to: `${base}/signatures/${row.id}`,
                children: row.anonymised ? t("dashboard.signatures.anonymised") : row.fullName
              })
            }), /* @__PURE__ */ jsx("td", {
              className: "wrap-anywhere",
              children: row.anonymised ? "" : row.email
            }), /* @__PURE__ */ jsx("td", {
              children: row.countryName
            }), /* @__PURE__ */ jsx("td", {
              children: t(`dashboard.states.${row.status}`)
            }), /* @__PURE__ */ jsx("td", {
              children: row.verified ? t("dashboard.common.yes") : t("dashboard.common.no")
            }), /* @__PURE__ */ jsx("td", {
              children: [row.source, row.utmSource].filter(Boolean).join(" · ") || t("dashboard.common.none")
            }), /* @__PURE__ */ jsx("td", {
              children: formatDateTime(row.createdAt, locale)
            }), /* @__PURE__ */ jsx("td", {
              children: row.confirmedAt ? formatDateTime(row.confirmedAt, locale) : t("dashboard.common.none")
            }), /* @__PURE__ */ jsx("td", {
              children: describeFlagReason(row.flagReason, t)
            })]
          }, row.id))
        })]
      })
    }) : null, page ? /* @__PURE__ */ jsxs("nav", {
      className: "pager",
      "aria-label": t("dashboard.signatures.pager"),
      children: [!page.isFirst ? /* @__PURE__ */ jsx(Link, {
        to: pageLink(filter, {}),
        children: t("dashboard.signatures.newest")
      }) : null, page.newerCursor ? /* @__PURE__ */ jsx(Link, {
        to: pageLink(filter, {
          before: page.newerCursor
        }),
        rel: "prev",
        children: t("dashboard.signatures.newer")
      }) : null, page.olderCursor ? /* @__PURE__ */ jsx(Link, {
        to: pageLink(filter, {
          after: page.olderCursor
        }),
        rel: "next",
        children: t("dashboard.signatures.older")
      }) : null]
    }) : null, /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "export-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "export-heading",
        children: t("dashboard.signatures.exportHeading")
      }), /* @__PURE__ */ jsx("p", {
        children: /* @__PURE__ */ jsx("a", {
          href: `${base}/export.csv`,
          download: true,
          children: t("dashboard.signatures.exportLink")
        })
      }), /* @__PURE__ */ jsx("p", {
        className: "hint",
        children: t("dashboard.signatures.exportHint")
      })]
    })]
  });
});
const route52 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: petitionSignatures,
  links: links$5,
  loader: loader$b
}, Symbol.toStringTag, { value: "Module" }));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REVIEW_GROUPS_LIMIT = 10;
const ACCEPTED_STATUS = sql`case when ${signatures.confirmedAt} is not null then 'confirmed' else 'pending' end`;
function newStatus(decision) {
  return decision === "accept" ? ACCEPTED_STATUS : sql`'invalidated'`;
}
async function reviewSignature(db, petitionId, signatureId, decision, actor) {
  if (!UUID.test(signatureId)) return { ok: false, reason: "not-found" };
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ status: signatures.status }).from(signatures).where(and(eq(signatures.id, signatureId), eq(signatures.petitionId, petitionId))).for("update");
    if (!current) return { ok: false, reason: "not-found" };
    if (!DECISION_FROM_STATES[decision].includes(current.status)) return { ok: false, reason: "not-allowed" };
    const [updated] = await tx.update(signatures).set({ status: sql`${newStatus(decision)}`, reviewedBy: actor.userId, reviewedAt: sql`now()` }).where(eq(signatures.id, signatureId)).returning({ status: signatures.status });
    await recordAudit(tx, {
      actorId: actor.userId,
      organisationId: actor.organisationId,
      action: `signature.${decision}`,
      subjectType: "signature",
      subjectId: signatureId,
      details: { petitionId, from: current.status, to: updated.status }
    });
    return { ok: true, from: current.status, to: updated.status };
  });
}
function hasCriterion(filter) {
  return Boolean(filter.ipHash || filter.domain || filter.from || filter.to);
}
function bulkWhere(petitionId, decision, filter) {
  const allowed = DECISION_FROM_STATES[decision];
  const states = filter.states.filter((s) => allowed.includes(s));
  if (!hasCriterion(filter)) throw new Error("a bulk review needs at least one criterion");
  return and(
    eq(signatures.petitionId, petitionId),
    // An empty list must match nothing, not everything.
    states.length > 0 ? inArray(signatures.status, states) : sql`false`,
    filter.ipHash ? eq(signatures.ipHash, filter.ipHash) : void 0,
    filter.domain ? sql`split_part(${signatures.canonicalEmail}, '@', 2) = ${filter.domain.trim().toLowerCase().replace(/^@/, "")}` : void 0,
    filter.from ? gte(signatures.createdAt, filter.from) : void 0,
    filter.to ? lt(signatures.createdAt, filter.to) : void 0
  );
}
async function previewBulkReview(db, petitionId, decision, filter) {
  const [row] = await db.execute(sql`
    select count(*)::int as n, count(*) filter (where ${signatures.confirmedAt} is not null)::int as confirmed
    from ${signatures} where ${bulkWhere(petitionId, decision, filter)}`);
  return { count: Number(row?.n ?? 0), emailConfirmed: Number(row?.confirmed ?? 0) };
}
async function applyBulkReview(db, petitionId, decision, filter, actor, previewCount) {
  return db.transaction(async (tx) => {
    const [row] = await tx.execute(sql`
      with changed as (
        update ${signatures} set status = ${newStatus(decision)}, reviewed_by = ${actor.userId}, reviewed_at = now()
        where ${bulkWhere(petitionId, decision, filter)}
        returning status
      )
      select count(*)::int as n, count(*) filter (where status = 'confirmed')::int as confirmed from changed`);
    const changed = Number(row?.n ?? 0);
    await recordAudit(tx, {
      actorId: actor.userId,
      organisationId: actor.organisationId,
      action: `signatures.bulk-${decision}`,
      subjectType: "petition",
      subjectId: petitionId,
      details: {
        changed,
        previewed: previewCount,
        filter: {
          ipHash: filter.ipHash ?? null,
          domain: filter.domain ?? null,
          from: filter.from?.toISOString() ?? null,
          to: filter.to?.toISOString() ?? null,
          states: filter.states
        },
        ...decision === "accept" ? { nowConfirmed: Number(row?.confirmed ?? 0) } : {}
      }
    });
    return changed;
  });
}
async function listFlagGroups(db, petitionId, limit = REVIEW_GROUPS_LIMIT) {
  const rows = await db.execute(sql`
    with held as (
      select ip_hash, split_part(canonical_email, '@', 2) as domain from signatures
      where petition_id = ${petitionId} and status = 'flagged'
    )
    (select 'ip' as kind, ip_hash as value, count(*)::int as n from held where ip_hash is not null
      group by ip_hash having count(*) > 1 order by n desc, value limit ${limit})
    union all
    (select 'domain', domain, count(*)::int as n from held group by domain having count(*) > 1 order by n desc, domain limit ${limit})`);
  const pick2 = (kind) => rows.filter((r) => r.kind === kind).map((r) => ({ value: r.value, count: Number(r.n) }));
  return { ips: pick2("ip"), domains: pick2("domain") };
}
async function getSignatureDetail(db, petitionId, signatureId) {
  if (!UUID.test(signatureId)) return null;
  const [row] = await db.execute(sql`
    select s.id, s.full_name, s.email, s.country, s.postcode, s.locale, s.status, s.verified, s.show_name, s.updates_opt_in,
           s.source, s.utm, s.channel, s.ip_hash, s.flag_reason, s.custom_fields, s.created_at, s.confirmed_at, s.reviewed_at,
           u.display_name as reviewer, s.anonymised_at
    from signatures s left join users u on u.id = s.reviewed_by
    where s.id = ${signatureId} and s.petition_id = ${petitionId}`);
  if (!row) return null;
  const iso2 = (v) => v ? new Date(v).toISOString() : null;
  return {
    id: row.id,
    fullName: row.full_name,
    email: row.email,
    country: row.country,
    postcode: row.postcode,
    locale: row.locale,
    status: row.status,
    verified: row.verified,
    showName: row.show_name,
    updatesOptIn: row.updates_opt_in,
    source: row.source,
    utm: row.utm,
    channel: row.channel,
    ipHash: row.ip_hash,
    flagReason: row.flag_reason,
    customFields: row.custom_fields,
    createdAt: new Date(row.created_at).toISOString(),
    confirmedAt: iso2(row.confirmed_at),
    reviewedAt: iso2(row.reviewed_at),
    reviewedBy: row.reviewer,
    anonymised: row.anonymised_at !== null
  };
}
const DecisionSchema = z.object({
  decision: z.enum(REVIEW_DECISIONS, {
    error: "dashboard.review.errors.decision"
  })
});
const DoneSchema = z.object({
  done: z.enum(REVIEW_DECISIONS).optional()
});
const links$4 = () => [{
  rel: "stylesheet",
  href: dashboardStyles
}];
async function loader$a({
  request,
  params,
  context
}) {
  const {
    locale,
    header,
    petition: petition2
  } = await requireDashboardPetition(request, context, params.petitionId, "editor");
  const signature = await getSignatureDetail(context.db, params.petitionId, params.signatureId);
  if (!signature) throw new Response("Not found", {
    status: 404
  });
  const done = DoneSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  return {
    locale,
    header,
    done: done.success ? done.data.done ?? null : null,
    signature: {
      ...signature,
      countryName: isCountryCode(signature.country) ? countryName(signature.country, locale) : signature.country
    },
    fields: petition2.fields.map((f) => ({
      key: f.key,
      label: f.labels[locale] ?? f.labels[petition2.locale] ?? f.key
    }))
  };
}
async function action$5({
  request,
  params,
  context
}) {
  const {
    user,
    petition: petition2
  } = await requireDashboardPetition(request, context, params.petitionId, "editor");
  const submission = parseWithZod(await request.formData(), {
    schema: DecisionSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply()
  }, {
    status: 400
  });
  const outcome = await reviewSignature(context.db, petition2.id, params.signatureId, submission.value.decision, {
    userId: user.id,
    organisationId: petition2.organisationId
  });
  if (!outcome.ok && outcome.reason === "not-found") throw new Response("Not found", {
    status: 404
  });
  if (!outcome.ok) return data({
    result: submission.reply({
      formErrors: ["dashboard.signature.notAllowed"]
    })
  }, {
    status: 409
  });
  return redirect(`/dashboard/petitions/${petition2.id}/signatures/${params.signatureId}?done=${submission.value.decision}`, 303);
}
const petitionSignature = UNSAFE_withComponentProps(function PetitionSignature({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    locale,
    header,
    signature,
    done
  } = loaderData;
  const none = t("dashboard.common.none");
  const yesNo = (value) => value ? t("dashboard.common.yes") : t("dashboard.common.no");
  const title = signature.anonymised ? t("dashboard.signature.erasedTitle") : t("dashboard.signature.title", {
    name: signature.fullName
  });
  const formError = actionData?.result?.error?.[""]?.[0];
  const canAccept = DECISION_FROM_STATES.accept.includes(signature.status);
  const canInvalidate = DECISION_FROM_STATES.invalidate.includes(signature.status);
  const base = `/dashboard/petitions/${header.id}`;
  return /* @__PURE__ */ jsxs("div", {
    className: "dashboard-page",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: `${title} · ${header.title}`
    }), /* @__PURE__ */ jsx(PetitionHeader, {
      petition: header,
      title,
      locale
    }), done ? /* @__PURE__ */ jsx("p", {
      className: "success",
      role: "status",
      children: t(`dashboard.signature.done.${done}`, {
        state: t(`dashboard.states.${signature.status}`)
      })
    }) : null, formError ? /* @__PURE__ */ jsx("p", {
      className: "form-error",
      role: "alert",
      children: t(formError)
    }) : null, /* @__PURE__ */ jsxs("p", {
      children: [/* @__PURE__ */ jsx(Link, {
        to: `${base}/signatures`,
        children: t("dashboard.signature.back")
      }), " · ", /* @__PURE__ */ jsx(Link, {
        to: `${base}/review`,
        children: t("dashboard.signature.backToQueue")
      })]
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "details-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "details-heading",
        children: t("dashboard.signature.detailsHeading")
      }), /* @__PURE__ */ jsxs("dl", {
        className: "meta-list",
        children: [/* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.signatures.state")
          }), /* @__PURE__ */ jsx("dd", {
            children: t(`dashboard.states.${signature.status}`)
          })]
        }), signature.flagReason ? /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.signatures.flagReason")
          }), /* @__PURE__ */ jsx("dd", {
            children: describeFlagReason(signature.flagReason, t)
          })]
        }) : null, /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.signatures.name")
          }), /* @__PURE__ */ jsx("dd", {
            children: signature.anonymised ? t("dashboard.signatures.anonymised") : signature.fullName
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.signatures.email")
          }), /* @__PURE__ */ jsx("dd", {
            children: signature.anonymised ? none : signature.email
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.signatures.country")
          }), /* @__PURE__ */ jsx("dd", {
            children: signature.countryName
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.signatures.postcode")
          }), /* @__PURE__ */ jsx("dd", {
            children: !signature.anonymised && signature.postcode || none
          })]
        }), !signature.anonymised ? loaderData.fields.map((field) => /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: field.label
          }), /* @__PURE__ */ jsx("dd", {
            children: signature.customFields[field.key] ?? none
          })]
        }, field.key)) : null, /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.signatures.verified")
          }), /* @__PURE__ */ jsx("dd", {
            children: yesNo(signature.verified)
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.signature.showName")
          }), /* @__PURE__ */ jsx("dd", {
            children: yesNo(signature.showName)
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.signature.updatesOptIn")
          }), /* @__PURE__ */ jsx("dd", {
            children: yesNo(signature.updatesOptIn)
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.signature.locale")
          }), /* @__PURE__ */ jsx("dd", {
            children: signature.locale
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.signature.channel")
          }), /* @__PURE__ */ jsx("dd", {
            children: signature.channel
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.signatures.source")
          }), /* @__PURE__ */ jsx("dd", {
            children: signature.source ?? none
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.signature.utm")
          }), /* @__PURE__ */ jsx("dd", {
            children: Object.entries(signature.utm).map(([k, v]) => `${k}=${v}`).join(", ") || none
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.signature.ipHash")
          }), /* @__PURE__ */ jsx("dd", {
            className: "ip-hash",
            children: signature.ipHash ?? none
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.signatures.created")
          }), /* @__PURE__ */ jsx("dd", {
            children: formatDateTime(signature.createdAt, locale)
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.signatures.confirmed")
          }), /* @__PURE__ */ jsx("dd", {
            children: signature.confirmedAt ? formatDateTime(signature.confirmedAt, locale) : none
          })]
        }), /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.signature.reviewed")
          }), /* @__PURE__ */ jsx("dd", {
            children: signature.reviewedAt ? t("dashboard.signature.reviewedBy", {
              time: formatDateTime(signature.reviewedAt, locale),
              name: signature.reviewedBy ?? none
            }) : none
          })]
        })]
      })]
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "decision-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "decision-heading",
        children: t("dashboard.signature.decisionHeading")
      }), canAccept ? /* @__PURE__ */ jsxs(Form, {
        method: "post",
        className: "stack-form",
        children: [/* @__PURE__ */ jsx("p", {
          className: "hint",
          children: t("dashboard.signature.acceptHint")
        }), /* @__PURE__ */ jsx("button", {
          type: "submit",
          name: "decision",
          value: "accept",
          className: "button-primary",
          children: t("dashboard.signature.accept")
        })]
      }) : null, canInvalidate ? /* @__PURE__ */ jsxs(Form, {
        method: "post",
        className: "stack-form",
        children: [/* @__PURE__ */ jsx("p", {
          className: "hint",
          children: t("dashboard.signature.invalidateHint")
        }), /* @__PURE__ */ jsx("button", {
          type: "submit",
          name: "decision",
          value: "invalidate",
          className: "button-danger",
          children: t("dashboard.signature.invalidate")
        })]
      }) : /* @__PURE__ */ jsx("p", {
        children: t("dashboard.signature.noDecision")
      })]
    })]
  });
});
const route53 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$5,
  default: petitionSignature,
  links: links$4,
  loader: loader$a
}, Symbol.toStringTag, { value: "Module" }));
const BULK_STATES = ["flagged", "pending", "confirmed"];
const BULK_DECISIONS = ["accept", "invalidate"];
const M = {
  decision: "dashboard.review.errors.decision",
  criterion: "dashboard.review.errors.criterion",
  ip: "dashboard.review.errors.ip",
  domain: "dashboard.review.errors.domain",
  datetime: "dashboard.review.errors.datetime",
  range: "dashboard.review.errors.range",
  states: "dashboard.review.errors.states",
  previewed: "dashboard.review.errors.previewed"
};
const utcDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, M.datetime).transform((value) => /* @__PURE__ */ new Date(`${value}Z`)).refine((date) => !Number.isNaN(date.getTime()), M.datetime);
const BulkReviewSchema = z.object({
  decision: z.enum(BULK_DECISIONS, { error: M.decision }),
  ip: z.string().trim().max(128, M.ip).regex(/^[A-Za-z0-9_-]+$/, M.ip).optional(),
  domain: z.string().trim().toLowerCase().max(253, M.domain).regex(/^@?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, M.domain).transform((value) => value.replace(/^@/, "")).optional(),
  from: utcDateTime.optional(),
  to: utcDateTime.optional(),
  states: z.array(z.enum(BULK_STATES, { error: M.states }), { error: M.states }).min(1, M.states),
  /** The count the confirmation step showed, recorded beside the number actually changed. */
  previewed: z.number({ error: M.previewed }).int(M.previewed).min(0, M.previewed).optional()
}).superRefine((value, ctx) => {
  if (!value.ip && !value.domain && !value.from && !value.to) ctx.addIssue({ code: "custom", message: M.criterion, path: [] });
  if (value.from && value.to && value.to <= value.from) ctx.addIssue({ code: "custom", message: M.range, path: ["to"] });
});
function bulkReviewParams(input) {
  const params = new URLSearchParams();
  if (input.decision) params.set("decision", input.decision);
  if (input.ip) params.set("ip", input.ip);
  if (input.domain) params.set("domain", input.domain);
  if (input.from) params.set("from", formatUtcInput(input.from));
  if (input.to) params.set("to", formatUtcInput(input.to));
  for (const state of input.states ?? []) params.append("states", state);
  return params;
}
function formatUtcInput(date) {
  return date.toISOString().slice(0, 19);
}
function BulkReviewForm({ action: action2, defaultValue, lastResult }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "bulk-review",
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: BulkReviewSchema })
  });
  const error = (field) => field.errors ? /* @__PURE__ */ jsx("p", { className: "field-error", id: field.errorId, children: t(field.errors[0]) }) : null;
  const states = new Set(defaultValue.states);
  return /* @__PURE__ */ jsxs(Form, { method: "get", action: action2, ...getFormProps(form), className: "stack-form narrow", children: [
    form.errors?.length ? /* @__PURE__ */ jsx("p", { className: "form-error", role: "alert", id: form.errorId, children: t(form.errors[0]) }) : null,
    /* @__PURE__ */ jsxs("fieldset", { className: "field", "aria-describedby": fields.decision.errors ? fields.decision.errorId : void 0, children: [
      /* @__PURE__ */ jsx("legend", { children: t("dashboard.review.bulkDecision") }),
      ["invalidate", "accept"].map((decision) => /* @__PURE__ */ jsxs("label", { className: "choice", children: [
        /* @__PURE__ */ jsx("input", { type: "radio", name: fields.decision.name, value: decision, defaultChecked: defaultValue.decision === decision }),
        decision === "accept" ? t("dashboard.review.bulkAccept") : t("dashboard.review.bulkInvalidate")
      ] }, decision)),
      error(fields.decision)
    ] }),
    /* @__PURE__ */ jsxs("div", { className: "field", children: [
      /* @__PURE__ */ jsx("label", { htmlFor: fields.ip.id, children: t("dashboard.review.ip") }),
      /* @__PURE__ */ jsx("input", { ...getInputProps(fields.ip, { type: "text" }), autoComplete: "off" }),
      error(fields.ip)
    ] }),
    /* @__PURE__ */ jsxs("div", { className: "field", children: [
      /* @__PURE__ */ jsx("label", { htmlFor: fields.domain.id, children: t("dashboard.review.domain") }),
      /* @__PURE__ */ jsx(
        "input",
        {
          ...getInputProps(fields.domain, { type: "text" }),
          autoComplete: "off",
          "aria-describedby": [`${fields.domain.id}-hint`, fields.domain.errors ? fields.domain.errorId : ""].join(" ").trim()
        }
      ),
      /* @__PURE__ */ jsx("p", { className: "hint", id: `${fields.domain.id}-hint`, children: t("dashboard.review.domainHint") }),
      error(fields.domain)
    ] }),
    /* @__PURE__ */ jsxs("div", { className: "field", children: [
      /* @__PURE__ */ jsx("label", { htmlFor: fields.from.id, children: t("dashboard.review.from") }),
      /* @__PURE__ */ jsx("input", { ...getInputProps(fields.from, { type: "datetime-local" }), step: 1 }),
      error(fields.from)
    ] }),
    /* @__PURE__ */ jsxs("div", { className: "field", children: [
      /* @__PURE__ */ jsx("label", { htmlFor: fields.to.id, children: t("dashboard.review.to") }),
      /* @__PURE__ */ jsx("input", { ...getInputProps(fields.to, { type: "datetime-local" }), step: 1 }),
      error(fields.to)
    ] }),
    /* @__PURE__ */ jsxs("fieldset", { className: "field", "aria-describedby": [`${fields.states.id}-hint`, fields.states.errors ? fields.states.errorId : ""].join(" ").trim(), children: [
      /* @__PURE__ */ jsx("legend", { children: t("dashboard.review.states") }),
      BULK_STATES.map((state) => /* @__PURE__ */ jsxs("label", { className: "choice", children: [
        /* @__PURE__ */ jsx("input", { type: "checkbox", name: fields.states.name, value: state, defaultChecked: states.has(state) }),
        t(`dashboard.states.${state}`)
      ] }, state)),
      /* @__PURE__ */ jsx("p", { className: "hint", id: `${fields.states.id}-hint`, children: t("dashboard.review.statesHint") }),
      error(fields.states)
    ] }),
    /* @__PURE__ */ jsx("button", { type: "submit", className: "button-primary", children: t("dashboard.review.preview") })
  ] });
}
const ReviewOneSchema = z.object({
  signatureId: z.uuid({
    error: "dashboard.review.errors.decision"
  }),
  decision: z.enum(REVIEW_DECISIONS, {
    error: "dashboard.review.errors.decision"
  }),
  after: z.string().max(200).optional()
});
const QueueQuerySchema = z.object({
  after: z.string().max(200).optional(),
  before: z.string().max(200).optional(),
  done: z.enum(REVIEW_DECISIONS).optional(),
  changed: z.coerce.number().int().min(0).optional(),
  reviewed: z.enum(REVIEW_DECISIONS).optional()
});
const links$3 = () => [{
  rel: "stylesheet",
  href: dashboardStyles
}];
async function loader$9({
  request,
  params,
  context
}) {
  const {
    locale,
    header
  } = await requireDashboardPetition(request, context, params.petitionId, "editor");
  const url = new URL(request.url);
  const parsed = QueueQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  const query = parsed.success ? parsed.data : {};
  const cursor = decodeCursor(query.before ?? query.after);
  const [page, groups] = await Promise.all([listSignatures(context.db, params.petitionId, {
    state: "flagged",
    locale
  }, {
    cursor,
    direction: query.before ? "newer" : "older"
  }), listFlagGroups(context.db, params.petitionId)]);
  const bulkDefaults = {
    decision: url.searchParams.get("decision") ?? "invalidate",
    ip: url.searchParams.get("ip") ?? "",
    domain: url.searchParams.get("domain") ?? "",
    from: url.searchParams.get("from") ?? "",
    to: url.searchParams.get("to") ?? "",
    states: url.searchParams.getAll("states").length > 0 ? url.searchParams.getAll("states") : ["flagged"]
  };
  return {
    locale,
    header,
    notice: query.done && query.changed !== void 0 ? {
      decision: query.done,
      changed: query.changed
    } : null,
    reviewed: query.reviewed ?? null,
    after: query.after ?? null,
    page: {
      ...page,
      rows: page.rows.map((r) => ({
        ...r,
        countryName: isCountryCode(r.country) ? countryName(r.country, locale) : r.country
      }))
    },
    groups,
    bulkDefaults
  };
}
async function action$4({
  request,
  params,
  context
}) {
  const {
    user,
    petition: petition2
  } = await requireDashboardPetition(request, context, params.petitionId, "editor");
  const submission = parseWithZod(await request.formData(), {
    schema: ReviewOneSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply()
  }, {
    status: 400
  });
  const {
    signatureId,
    decision,
    after
  } = submission.value;
  const outcome = await reviewSignature(context.db, petition2.id, signatureId, decision, {
    userId: user.id,
    organisationId: petition2.organisationId
  });
  if (!outcome.ok && outcome.reason === "not-found") throw new Response("Not found", {
    status: 404
  });
  if (!outcome.ok) return data({
    result: submission.reply({
      formErrors: ["dashboard.signature.notAllowed"]
    })
  }, {
    status: 409
  });
  const next = new URLSearchParams({
    reviewed: decision
  });
  if (after) next.set("after", after);
  return redirect(`/dashboard/petitions/${petition2.id}/review?${next}`, 303);
}
const petitionReview = UNSAFE_withComponentProps(function PetitionReview2({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    locale,
    header,
    page,
    groups,
    notice
  } = loaderData;
  const base = `/dashboard/petitions/${header.id}`;
  const formError = actionData?.result?.error?.[""]?.[0];
  const groupLink = (decision, criterion) => `${base}/review/bulk?${bulkReviewParams({
    decision,
    ...criterion,
    states: ["flagged"]
  })}`;
  return /* @__PURE__ */ jsxs("div", {
    className: "dashboard-page",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: `${t("dashboard.review.title")} · ${header.title}`
    }), /* @__PURE__ */ jsx(PetitionHeader, {
      petition: header,
      title: t("dashboard.review.title"),
      locale
    }), notice ? /* @__PURE__ */ jsx("p", {
      className: "success",
      role: "status",
      children: t(`dashboard.review.done.${notice.decision}`, {
        count: notice.changed
      })
    }) : null, loaderData.reviewed ? /* @__PURE__ */ jsx("p", {
      className: "success",
      role: "status",
      children: t(`dashboard.review.reviewed.${loaderData.reviewed}`)
    }) : null, formError ? /* @__PURE__ */ jsx("p", {
      className: "form-error",
      role: "alert",
      children: t(formError)
    }) : null, /* @__PURE__ */ jsx("p", {
      className: "muted",
      children: t("dashboard.review.lead")
    }), page.rows.length === 0 ? /* @__PURE__ */ jsx("p", {
      children: t("dashboard.review.empty")
    }) : /* @__PURE__ */ jsx("div", {
      className: "table-scroll",
      tabIndex: 0,
      role: "region",
      "aria-labelledby": "queue-caption",
      children: /* @__PURE__ */ jsxs("table", {
        className: "data-table",
        children: [/* @__PURE__ */ jsx("caption", {
          id: "queue-caption",
          children: t("dashboard.review.tableCaption")
        }), /* @__PURE__ */ jsx("thead", {
          children: /* @__PURE__ */ jsxs("tr", {
            children: [/* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.signatures.name")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.signatures.email")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.signatures.country")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.review.reason")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.signatures.created")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.signatures.confirmed")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.signature.ipHash")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.review.decision")
            })]
          })
        }), /* @__PURE__ */ jsx("tbody", {
          children: page.rows.map((row) => /* @__PURE__ */ jsxs("tr", {
            id: `signature-${row.id}`,
            children: [/* @__PURE__ */ jsx("td", {
              children: /* @__PURE__ */ jsx(Link, {
                to: `${base}/signatures/${row.id}`,
                children: row.anonymised ? t("dashboard.signatures.anonymised") : row.fullName
              })
            }), /* @__PURE__ */ jsx("td", {
              className: "wrap-anywhere",
              children: row.anonymised ? "" : row.email
            }), /* @__PURE__ */ jsx("td", {
              children: row.countryName
            }), /* @__PURE__ */ jsx("td", {
              children: describeFlagReason(row.flagReason, t)
            }), /* @__PURE__ */ jsx("td", {
              children: formatDateTime(row.createdAt, locale)
            }), /* @__PURE__ */ jsx("td", {
              children: row.confirmedAt ? formatDateTime(row.confirmedAt, locale) : t("dashboard.common.none")
            }), /* @__PURE__ */ jsx("td", {
              className: "ip-hash",
              children: row.ipHash ?? t("dashboard.common.none")
            }), /* @__PURE__ */ jsx("td", {
              children: /* @__PURE__ */ jsxs(Form, {
                method: "post",
                className: "inline-actions",
                children: [/* @__PURE__ */ jsx("input", {
                  type: "hidden",
                  name: "signatureId",
                  value: row.id
                }), loaderData.after ? /* @__PURE__ */ jsx("input", {
                  type: "hidden",
                  name: "after",
                  value: loaderData.after
                }) : null, /* @__PURE__ */ jsx("button", {
                  type: "submit",
                  name: "decision",
                  value: "accept",
                  className: "button-secondary button-small",
                  "aria-label": t("dashboard.review.acceptLabel", {
                    name: row.fullName
                  }),
                  children: t("dashboard.review.acceptOne")
                }), /* @__PURE__ */ jsx("button", {
                  type: "submit",
                  name: "decision",
                  value: "invalidate",
                  className: "button-danger button-small",
                  "aria-label": t("dashboard.review.invalidateLabel", {
                    name: row.fullName
                  }),
                  children: t("dashboard.review.invalidateOne")
                })]
              })
            })]
          }, row.id))
        })]
      })
    }), /* @__PURE__ */ jsxs("nav", {
      className: "pager",
      "aria-label": t("dashboard.signatures.pager"),
      children: [page.newerCursor ? /* @__PURE__ */ jsx(Link, {
        to: `?before=${page.newerCursor}`,
        rel: "prev",
        children: t("dashboard.signatures.newer")
      }) : null, page.olderCursor ? /* @__PURE__ */ jsx(Link, {
        to: `?after=${page.olderCursor}`,
        rel: "next",
        children: t("dashboard.signatures.older")
      }) : null]
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "groups-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "groups-heading",
        children: t("dashboard.review.groupsHeading")
      }), groups.ips.length === 0 && groups.domains.length === 0 ? /* @__PURE__ */ jsx("p", {
        children: t("dashboard.review.noGroups")
      }) : /* @__PURE__ */ jsx("div", {
        className: "table-pair",
        children: [["ip", t("dashboard.review.byIp"), groups.ips], ["domain", t("dashboard.review.byDomain"), groups.domains]].map(([kind, caption, rows]) => rows.length === 0 ? null : /* @__PURE__ */ jsxs("table", {
          className: "data-table",
          children: [/* @__PURE__ */ jsx("caption", {
            children: caption
          }), /* @__PURE__ */ jsx("thead", {
            children: /* @__PURE__ */ jsxs("tr", {
              children: [/* @__PURE__ */ jsx("th", {
                scope: "col",
                children: t("dashboard.review.group")
              }), /* @__PURE__ */ jsx("th", {
                scope: "col",
                className: "num",
                children: t("dashboard.review.count")
              }), /* @__PURE__ */ jsx("th", {
                scope: "col",
                children: t("dashboard.review.decision")
              })]
            })
          }), /* @__PURE__ */ jsx("tbody", {
            children: rows.map((group) => /* @__PURE__ */ jsxs("tr", {
              children: [/* @__PURE__ */ jsx("td", {
                className: kind === "ip" ? "ip-hash" : void 0,
                children: group.value
              }), /* @__PURE__ */ jsx("td", {
                className: "num",
                children: formatNumber(group.count, locale)
              }), /* @__PURE__ */ jsx("td", {
                children: /* @__PURE__ */ jsxs("span", {
                  className: "inline-actions",
                  children: [/* @__PURE__ */ jsx(Link, {
                    to: groupLink("accept", {
                      [kind]: group.value
                    }),
                    children: t("dashboard.review.acceptOne")
                  }), /* @__PURE__ */ jsx(Link, {
                    to: groupLink("invalidate", {
                      [kind]: group.value
                    }),
                    children: t("dashboard.review.invalidateOne")
                  })]
                })
              })]
            }, group.value))
          })]
        }, kind))
      })]
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "bulk-heading",
      id: "bulk",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "bulk-heading",
        children: t("dashboard.review.bulkHeading")
      }), /* @__PURE__ */ jsx("p", {
        className: "muted",
        children: t("dashboard.review.bulkLead")
      }), /* @__PURE__ */ jsx(BulkReviewForm, {
        action: `${base}/review/bulk`,
        defaultValue: loaderData.bulkDefaults
      })]
    })]
  });
});
const route54 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$4,
  default: petitionReview,
  links: links$3,
  loader: loader$9
}, Symbol.toStringTag, { value: "Module" }));
const links$2 = () => [{
  rel: "stylesheet",
  href: dashboardStyles
}];
function toFilter(input) {
  return {
    ipHash: input.ip,
    domain: input.domain,
    from: input.from,
    to: input.to,
    // Accepting only ever applies to held signatures, whatever else was ticked.
    states: input.decision === "accept" ? ["flagged"] : input.states
  };
}
function defaultsFrom(params) {
  const text2 = (key) => {
    const value = params.get(key);
    return typeof value === "string" ? value : "";
  };
  return {
    decision: text2("decision"),
    ip: text2("ip"),
    domain: text2("domain"),
    from: text2("from"),
    to: text2("to"),
    states: params.getAll("states").filter((v) => typeof v === "string")
  };
}
async function loader$8({
  request,
  params,
  context
}) {
  const {
    locale,
    header
  } = await requireDashboardPetition(request, context, params.petitionId, "editor");
  const searchParams = new URL(request.url).searchParams;
  const submission = parseWithZod(searchParams, {
    schema: BulkReviewSchema
  });
  if (submission.status !== "success") {
    return data({
      locale,
      header,
      result: submission.reply(),
      defaults: defaultsFrom(searchParams),
      preview: null
    }, {
      status: 400
    });
  }
  const input = submission.value;
  const filter = toFilter(input);
  const preview = await previewBulkReview(context.db, params.petitionId, input.decision, filter);
  return {
    locale,
    header,
    result: void 0,
    defaults: defaultsFrom(searchParams),
    preview: {
      ...preview,
      decision: input.decision,
      ip: input.ip ?? null,
      domain: input.domain ?? null,
      from: input.from ? formatUtcInput(input.from) : null,
      to: input.to ? formatUtcInput(input.to) : null,
      fromIso: input.from?.toISOString() ?? null,
      toIso: input.to?.toISOString() ?? null,
      states: filter.states,
      changeLink: `?${bulkReviewParams(input)}`
    }
  };
}
async function action$3({
  request,
  params,
  context
}) {
  const {
    user,
    petition: petition2
  } = await requireDashboardPetition(request, context, params.petitionId, "editor");
  const formData = await request.formData();
  const submission = parseWithZod(formData, {
    schema: BulkReviewSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply(),
    defaults: defaultsFrom(formData)
  }, {
    status: 400
  });
  const input = submission.value;
  const changed = await applyBulkReview(context.db, petition2.id, input.decision, toFilter(input), {
    userId: user.id,
    organisationId: petition2.organisationId
  }, input.previewed ?? null);
  return redirect(`/dashboard/petitions/${petition2.id}/review?done=${input.decision}&changed=${changed}`, 303);
}
const petitionReviewBulk = UNSAFE_withComponentProps(function PetitionReviewBulk({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    locale,
    header,
    preview
  } = loaderData;
  const base = `/dashboard/petitions/${header.id}`;
  const result = actionData?.result ?? loaderData.result;
  return /* @__PURE__ */ jsxs("div", {
    className: "dashboard-page",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: `${t("dashboard.bulk.title")} · ${header.title}`
    }), /* @__PURE__ */ jsx(PetitionHeader, {
      petition: header,
      title: t("dashboard.bulk.title"),
      locale
    }), preview && !actionData ? /* @__PURE__ */ jsxs(Fragment, {
      children: [/* @__PURE__ */ jsx("p", {
        className: "big-count",
        role: "status",
        children: preview.count === 0 ? t("dashboard.bulk.nothing") : t(preview.decision === "accept" ? "dashboard.bulk.willAccept" : "dashboard.bulk.willInvalidate", {
          count: preview.count,
          formatted: formatNumber(preview.count, locale)
        })
      }), preview.decision === "accept" && preview.emailConfirmed > 0 ? /* @__PURE__ */ jsx("p", {
        children: t("dashboard.bulk.acceptIncludesConfirmed", {
          count: preview.emailConfirmed
        })
      }) : null, /* @__PURE__ */ jsx("h2", {
        children: t("dashboard.bulk.criteria")
      }), /* @__PURE__ */ jsxs("dl", {
        className: "meta-list",
        children: [preview.ip ? /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.review.ip")
          }), /* @__PURE__ */ jsx("dd", {
            className: "ip-hash",
            children: preview.ip
          })]
        }) : null, preview.domain ? /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.review.domain")
          }), /* @__PURE__ */ jsx("dd", {
            children: preview.domain
          })]
        }) : null, preview.fromIso ? /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.review.from")
          }), /* @__PURE__ */ jsx("dd", {
            children: formatDateTime(preview.fromIso, locale)
          })]
        }) : null, preview.toIso ? /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.review.to")
          }), /* @__PURE__ */ jsx("dd", {
            children: formatDateTime(preview.toIso, locale)
          })]
        }) : null, /* @__PURE__ */ jsxs("div", {
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.review.states")
          }), /* @__PURE__ */ jsx("dd", {
            children: preview.states.map((s) => t(`dashboard.states.${s}`)).join(", ")
          })]
        })]
      }), preview.count > 0 ? /* @__PURE__ */ jsxs(Form, {
        method: "post",
        className: "stack-form",
        children: [/* @__PURE__ */ jsx("p", {
          className: "hint",
          children: t("dashboard.bulk.countNote")
        }), /* @__PURE__ */ jsx("input", {
          type: "hidden",
          name: "decision",
          value: preview.decision
        }), preview.ip ? /* @__PURE__ */ jsx("input", {
          type: "hidden",
          name: "ip",
          value: preview.ip
        }) : null, preview.domain ? /* @__PURE__ */ jsx("input", {
          type: "hidden",
          name: "domain",
          value: preview.domain
        }) : null, preview.from ? /* @__PURE__ */ jsx("input", {
          type: "hidden",
          name: "from",
          value: preview.from
        }) : null, preview.to ? /* @__PURE__ */ jsx("input", {
          type: "hidden",
          name: "to",
          value: preview.to
        }) : null, preview.states.map((s) => /* @__PURE__ */ jsx("input", {
          type: "hidden",
          name: "states",
          value: s
        }, s)), /* @__PURE__ */ jsx("input", {
          type: "hidden",
          name: "previewed",
          value: preview.count
        }), /* @__PURE__ */ jsx("button", {
          type: "submit",
          className: preview.decision === "accept" ? "button-primary" : "button-danger",
          children: preview.decision === "accept" ? t("dashboard.bulk.confirmAccept") : t("dashboard.bulk.confirmInvalidate")
        })]
      }) : null, /* @__PURE__ */ jsx("p", {
        children: /* @__PURE__ */ jsx(Link, {
          to: `${base}/review${preview.changeLink}#bulk`,
          children: t("dashboard.bulk.change")
        })
      })]
    }) : /* @__PURE__ */ jsx(BulkReviewForm, {
      action: `${base}/review/bulk`,
      defaultValue: actionData?.defaults ?? loaderData.defaults,
      lastResult: result
    })]
  });
});
const route55 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$3,
  default: petitionReviewBulk,
  links: links$2,
  loader: loader$8
}, Symbol.toStringTag, { value: "Module" }));
const EXPORT_BATCH_ROWS = 1e3;
const EXPORT_IDLE_TIMEOUT_MS = 2 * 60 * 1e3;
const BOM = "\uFEFF";
function csvCell(value) {
  if (value === null || value === void 0) return "";
  let text2 = typeof value === "boolean" ? value ? "true" : "false" : String(value);
  if (/^[=+\-@\t\r]/.test(text2)) text2 = `'${text2}`;
  return /[",\r\n]/.test(text2) ? `"${text2.replace(/"/g, '""')}"` : text2;
}
function csvLine(cells) {
  return `${cells.map(csvCell).join(",")}\r
`;
}
const FIXED_COLUMNS = ["name", "email", "country", "postcode", "state", "verified", "updates_opt_in", "show_name", "source", ...UTM_KEYS, "created_at", "confirmed_at"];
function exportHeader(fieldKeys) {
  const fieldColumns = fieldKeys.map((key) => FIXED_COLUMNS.includes(key) ? `field_${key}` : key);
  return csvLine(["name", "email", "country", "postcode", ...fieldColumns, "state", "verified", "updates_opt_in", "show_name", "source", ...UTM_KEYS, "created_at", "confirmed_at"]);
}
function iso(value) {
  return value ? new Date(value).toISOString() : null;
}
function exportLine(row, fieldKeys) {
  const personal = !row.anonymised;
  return csvLine([
    personal ? row.full_name : "",
    personal ? row.email : "",
    row.country,
    personal ? row.postcode : "",
    ...fieldKeys.map((key) => personal ? row.custom_fields[key] : ""),
    row.status,
    row.verified,
    row.updates_opt_in,
    row.show_name,
    row.source,
    ...UTM_KEYS.map((key) => row.utm[key]),
    iso(row.created_at),
    iso(row.confirmed_at)
  ]);
}
function postgresClientOf(tx) {
  const client = tx.session?.client;
  if (typeof client?.unsafe !== "function") throw new Error("drizzle's transaction no longer exposes its postgres.js client: update export.server.ts");
  return client;
}
async function exportSignaturesCsv(db, petitionId, actor) {
  const [petition2] = await db.select({ slug: petitions.slug }).from(petitions).where(eq(petitions.id, petitionId));
  if (!petition2) return null;
  const fields = await db.select({ key: petitionFields$1.key }).from(petitionFields$1).where(eq(petitionFields$1.petitionId, petitionId)).orderBy(asc(petitionFields$1.position), asc(petitionFields$1.key));
  const fieldKeys = fields.map((f) => f.key);
  const encoder = new TextEncoder();
  const open = () => new Promise((resolveOpen, rejectOpen) => {
    let opened = false;
    const done = db.transaction(
      async (tx) => {
        const raw = postgresClientOf(tx);
        const [count] = await raw`select count(*)::int as n from signatures where petition_id = ${petitionId}`;
        await recordAudit(tx, {
          actorId: actor.userId,
          organisationId: actor.organisationId,
          action: "signatures.export",
          subjectType: "petition",
          subjectId: petitionId,
          details: { rows: Number(count?.n ?? 0), format: "csv" }
        });
        const batches = raw`
              select full_name, email, country, postcode, custom_fields, status, verified, updates_opt_in, show_name, source, utm,
                     created_at, confirmed_at, anonymised_at is not null as anonymised
              from signatures where petition_id = ${petitionId}
              order by created_at asc nulls first`.cursor(EXPORT_BATCH_ROWS)[Symbol.asyncIterator]();
        await new Promise((resolve, reject) => {
          opened = true;
          resolveOpen({ batches, release: (error) => error ? reject(error) : resolve(), done });
        });
      },
      { isolationLevel: "repeatable read" }
    ).catch((error) => {
      if (!opened) rejectOpen(error);
    });
  });
  let current = null;
  let inFlight = Promise.resolve();
  let idleTimer;
  let ended = false;
  const close = async (error) => {
    clearTimeout(idleTimer);
    if (ended) return;
    ended = true;
    if (!current) return;
    await current.batches.return?.();
    current.release(error);
    await current.done;
  };
  const abandon = async (error) => {
    await inFlight;
    await close(error);
  };
  const stream = new ReadableStream(
    {
      async pull(controller) {
        clearTimeout(idleTimer);
        const step = (async () => {
          if (!current) {
            current = await open();
            controller.enqueue(encoder.encode(BOM + exportHeader(fieldKeys)));
          } else {
            const next = await current.batches.next();
            if (next.done) {
              await close();
              controller.close();
              return;
            }
            controller.enqueue(encoder.encode(next.value.map((row) => exportLine(row, fieldKeys)).join("")));
          }
          idleTimer = setTimeout(() => {
            const error = new Error(`signature export stalled: not read for ${EXPORT_IDLE_TIMEOUT_MS} ms`);
            controller.error(error);
            void abandon(error);
          }, EXPORT_IDLE_TIMEOUT_MS).unref();
        })();
        inFlight = step.catch(() => {
        });
        try {
          await step;
        } catch (error) {
          await close(error);
          throw error;
        }
      },
      async cancel() {
        await abandon();
      }
    },
    // Pulled only when read: a response nobody reads opens no transaction.
    { highWaterMark: 0 }
  );
  const day = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  return { filename: `${petition2.slug}-signatures-${day}.csv`, stream };
}
async function loader$7({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const access = await requirePetitionRole(context.db, user, params.petitionId, "editor");
  const csv = await exportSignaturesCsv(context.db, access.petitionId, {
    userId: user.id,
    organisationId: access.organisationId
  });
  if (!csv) throw new Response("Not found", {
    status: 404
  });
  const {
    filename,
    stream
  } = csv;
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff"
    }
  });
}
const route56 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  loader: loader$7
}, Symbol.toStringTag, { value: "Module" }));
const DELIVERY_PACK_MAX_NAMES = 5e4;
function fieldLabel(field, locale, fallback) {
  return field.labels[locale] ?? field.labels[fallback] ?? Object.values(field.labels)[0] ?? field.key;
}
function describeAnswer(field, value, locale, fallback, yesNo) {
  if (!value) return null;
  if (field.kind === "text") return value;
  const label2 = fieldLabel(field, locale, fallback);
  if (field.kind === "yesno") return value === "yes" || value === "no" ? `${label2}: ${yesNo[value]}` : null;
  const option = field.options.find((o) => o.value === value);
  return option ? `${label2}: ${option.labels[locale] ?? option.labels[fallback] ?? option.value}` : null;
}
async function getDeliveryPack(db, petition2, locale) {
  const publicFields = petition2.fields.filter((f) => f.isPublic);
  const [counts, countries, named, t] = await Promise.all([
    getPetitionCounts(db, petition2.id, petition2.paperSignatures),
    getCountryCounts(db, petition2.id),
    db.execute(sql`
      select full_name, country, custom_fields, verified, count(*) over ()::int as total
      from signatures
      where petition_id = ${petition2.id} and status = 'confirmed' and show_name and anonymised_at is null
      order by confirmed_at, id
      limit ${DELIVERY_PACK_MAX_NAMES}`),
    getFixedT(locale)
  ]);
  const yesNo = { yes: t("dashboard.delivery.yes"), no: t("dashboard.delivery.no") };
  const namedTotal = Number(named[0]?.total ?? 0);
  return {
    text: {
      locale: petition2.locale,
      title: petition2.title,
      target: petition2.target,
      ask: petition2.ask,
      html: renderMarkdown(petition2.bodyMarkdown)
    },
    totals: {
      total: counts.signatureCount,
      online: counts.online,
      paper: counts.paper,
      paperNote: petition2.paperSignaturesNote,
      verified: counts.verified,
      countryCount: counts.countryCount,
      updatedAt: counts.updatedAt?.toISOString() ?? null
    },
    verifiedDomains: petition2.verifiedDomains,
    countries: countries.map((c) => ({ ...c, name: isCountryCode(c.country) ? countryName(c.country, locale) : c.country })),
    signatories: named.map(
      (row) => ({
        name: row.full_name,
        country: isCountryCode(row.country) ? countryName(row.country, locale) : row.country,
        details: publicFields.map((f) => describeAnswer(f, row.custom_fields[f.key] ?? "", locale, petition2.locale, yesNo)).filter((d) => d !== null),
        verified: row.verified
      })
    ),
    namedTotal,
    namedOmitted: Math.max(0, namedTotal - named.length),
    generatedAt: (/* @__PURE__ */ new Date()).toISOString()
  };
}
const links$1 = () => [{
  rel: "stylesheet",
  href: dashboardStyles
}];
async function loader$6({
  request,
  params,
  context
}) {
  const {
    locale,
    petition: petition2,
    header
  } = await requireDashboardPetition(request, context, params.petitionId, "viewer");
  return {
    locale,
    header,
    pack: await getDeliveryPack(context.db, petition2, locale)
  };
}
const petitionDeliveryPack = UNSAFE_withComponentProps(function PetitionDeliveryPack({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  const {
    locale,
    header,
    pack
  } = loaderData;
  const n = (value) => formatNumber(value, locale);
  return /* @__PURE__ */ jsxs("div", {
    className: "dashboard-page",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: `${t("dashboard.delivery.title")} · ${header.title}`
    }), /* @__PURE__ */ jsx(PetitionHeader, {
      petition: header,
      title: t("dashboard.delivery.title"),
      locale
    }), /* @__PURE__ */ jsx("p", {
      className: "notice no-print",
      children: t("dashboard.delivery.printHint")
    }), /* @__PURE__ */ jsxs("article", {
      className: "delivery-pack",
      "aria-labelledby": "pack-title",
      children: [/* @__PURE__ */ jsxs("section", {
        lang: pack.text.locale,
        "aria-labelledby": "pack-title",
        children: [/* @__PURE__ */ jsx("h2", {
          id: "pack-title",
          className: "pack-title",
          children: pack.text.title
        }), /* @__PURE__ */ jsx("p", {
          className: "target",
          lang: locale,
          children: t("dashboard.delivery.to", {
            target: pack.text.target
          })
        }), /* @__PURE__ */ jsx("p", {
          className: "lead",
          children: pack.text.ask
        }), /* @__PURE__ */ jsx("div", {
          className: "prose",
          dangerouslySetInnerHTML: {
            __html: pack.text.html
          }
        })]
      }), /* @__PURE__ */ jsxs("section", {
        "aria-labelledby": "pack-totals",
        children: [/* @__PURE__ */ jsx("h2", {
          id: "pack-totals",
          children: t("dashboard.delivery.totalsHeading")
        }), /* @__PURE__ */ jsxs("dl", {
          className: "pack-figures",
          children: [/* @__PURE__ */ jsx("dt", {
            children: t("dashboard.delivery.total")
          }), /* @__PURE__ */ jsx("dd", {
            children: n(pack.totals.total)
          }), /* @__PURE__ */ jsx("dt", {
            children: t("dashboard.delivery.online")
          }), /* @__PURE__ */ jsx("dd", {
            children: n(pack.totals.online)
          }), pack.totals.paper > 0 ? /* @__PURE__ */ jsxs(Fragment, {
            children: [/* @__PURE__ */ jsx("dt", {
              children: t("dashboard.delivery.paper")
            }), /* @__PURE__ */ jsxs("dd", {
              children: [n(pack.totals.paper), pack.totals.paperNote ? ` (${pack.totals.paperNote})` : ""]
            })]
          }) : null, /* @__PURE__ */ jsx("dt", {
            children: t("dashboard.delivery.verified")
          }), /* @__PURE__ */ jsx("dd", {
            children: n(pack.totals.verified)
          }), /* @__PURE__ */ jsx("dt", {
            children: t("dashboard.delivery.countries")
          }), /* @__PURE__ */ jsx("dd", {
            children: n(pack.totals.countryCount)
          })]
        }), pack.verifiedDomains.length > 0 ? /* @__PURE__ */ jsx("p", {
          children: t("dashboard.delivery.verifiedDomains", {
            domains: pack.verifiedDomains.join(", ")
          })
        }) : null, /* @__PURE__ */ jsx("p", {
          className: "muted",
          children: t("dashboard.delivery.asOf", {
            date: formatDateTime(pack.generatedAt, locale)
          })
        })]
      }), pack.countries.length > 0 ? /* @__PURE__ */ jsxs("section", {
        "aria-labelledby": "pack-countries",
        children: [/* @__PURE__ */ jsx("h2", {
          id: "pack-countries",
          children: t("dashboard.delivery.byCountry")
        }), /* @__PURE__ */ jsxs("table", {
          className: "data-table country-table",
          children: [/* @__PURE__ */ jsx("thead", {
            children: /* @__PURE__ */ jsxs("tr", {
              children: [/* @__PURE__ */ jsx("th", {
                scope: "col",
                children: t("dashboard.delivery.country")
              }), /* @__PURE__ */ jsx("th", {
                scope: "col",
                className: "num",
                children: t("dashboard.delivery.signatures")
              })]
            })
          }), /* @__PURE__ */ jsx("tbody", {
            children: pack.countries.map((c) => /* @__PURE__ */ jsxs("tr", {
              children: [/* @__PURE__ */ jsx("td", {
                children: c.name
              }), /* @__PURE__ */ jsx("td", {
                className: "num",
                children: n(c.total)
              })]
            }, c.country))
          })]
        })]
      }) : null, /* @__PURE__ */ jsxs("section", {
        "aria-labelledby": "pack-signatories",
        className: "pack-section-break",
        children: [/* @__PURE__ */ jsx("h2", {
          id: "pack-signatories",
          children: t("dashboard.delivery.signatoriesHeading")
        }), pack.namedTotal === 0 ? /* @__PURE__ */ jsx("p", {
          children: t("dashboard.delivery.none")
        }) : /* @__PURE__ */ jsxs(Fragment, {
          children: [/* @__PURE__ */ jsx("p", {
            children: t("dashboard.delivery.signatoriesLead", {
              count: pack.namedTotal,
              formatted: n(pack.namedTotal)
            })
          }), /* @__PURE__ */ jsx("ul", {
            className: "signatories",
            children: pack.signatories.map((s, i) => /* @__PURE__ */ jsxs("li", {
              children: [/* @__PURE__ */ jsx("strong", {
                children: s.name
              }), s.verified ? /* @__PURE__ */ jsxs("span", {
                className: "verified-badge",
                children: [" ✓ ", t("dashboard.delivery.verifiedMark")]
              }) : null, /* @__PURE__ */ jsx("br", {}), /* @__PURE__ */ jsx("span", {
                className: "muted",
                children: [...s.details, s.country].join(" · ")
              })]
            }, i))
          }), pack.namedOmitted > 0 ? /* @__PURE__ */ jsx("p", {
            children: t("dashboard.delivery.omitted", {
              formatted: n(pack.namedOmitted)
            })
          }) : null]
        })]
      })]
    })]
  });
});
const route57 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: petitionDeliveryPack,
  links: links$1,
  loader: loader$6
}, Symbol.toStringTag, { value: "Module" }));
const AUDIT_PAGE_SIZE = 50;
async function findOrganisationBySlug(db, slug) {
  const [row] = await db.select({ id: organisations.id, slug: organisations.slug, name: organisations.name }).from(organisations).where(eq(organisations.slug, slug));
  return row ?? null;
}
const CURSOR_FORMAT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|(\d{1,18})$/;
function encodeAuditCursor(cursor) {
  return Buffer.from(`${cursor.at}|${cursor.id}`).toString("base64url");
}
function decodeAuditCursor(value) {
  if (!value || value.length > 200) return null;
  const match = CURSOR_FORMAT.exec(Buffer.from(value, "base64url").toString());
  return match ? { at: match[1], id: Number(match[2]) } : null;
}
async function listAuditLog(db, organisationId, cursor, size = AUDIT_PAGE_SIZE) {
  const conditions = [sql`a.organisation_id = ${organisationId}`];
  if (cursor) {
    conditions.push(
      sql`a.created_at <= ${cursor.at}::timestamptz and (a.created_at < ${cursor.at}::timestamptz or a.id < ${cursor.id})`
    );
  }
  const rows = await db.execute(sql`
    select a.id, a.action, u.display_name, u.email, a.subject_type, a.subject_id, a.details, a.created_at,
           to_char(a.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
    from audit_log a left join users u on u.id = a.actor_id
    where ${sql.join(conditions, sql` and `)}
    order by a.created_at desc, a.id desc
    limit ${size + 1}`);
  const page = rows.slice(0, size);
  const last = page[page.length - 1];
  return {
    rows: page.map((r) => ({
      id: Number(r.id),
      action: r.action,
      actorName: r.display_name,
      actorEmail: r.email,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      details: r.details,
      createdAt: new Date(r.created_at).toISOString()
    })),
    nextCursor: rows.length > size && last ? encodeAuditCursor({ at: last.cursor_at, id: Number(last.id) }) : null
  };
}
const links = () => [{
  rel: "stylesheet",
  href: dashboardStyles
}];
async function loader$5({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const organisation = await findOrganisationBySlug(context.db, params.orgSlug);
  if (!organisation) throw new Response("Not found", {
    status: 404
  });
  await requireOrgRole(context.db, user, organisation.id, "owner");
  const cursor = decodeAuditCursor(new URL(request.url).searchParams.get("after"));
  const [locale, page] = await Promise.all([detectLocale(request), listAuditLog(context.db, organisation.id, cursor)]);
  return {
    locale,
    organisation,
    isFirst: cursor === null,
    ...page
  };
}
const orgAudit = UNSAFE_withComponentProps(function OrgAudit({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  const {
    locale,
    organisation,
    rows
  } = loaderData;
  return /* @__PURE__ */ jsxs("div", {
    className: "dashboard-page",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: `${t("dashboard.audit.title")} · ${organisation.name}`
    }), /* @__PURE__ */ jsx("p", {
      className: "breadcrumb",
      children: organisation.name
    }), /* @__PURE__ */ jsx("h1", {
      children: t("dashboard.audit.title")
    }), /* @__PURE__ */ jsx("p", {
      className: "muted",
      children: t("dashboard.audit.lead", {
        organisation: organisation.name
      })
    }), rows.length === 0 ? /* @__PURE__ */ jsx("p", {
      children: t("dashboard.audit.empty")
    }) : /* @__PURE__ */ jsx("div", {
      className: "table-scroll",
      tabIndex: 0,
      role: "region",
      "aria-labelledby": "audit-caption",
      children: /* @__PURE__ */ jsxs("table", {
        className: "data-table",
        children: [/* @__PURE__ */ jsx("caption", {
          id: "audit-caption",
          children: t("dashboard.audit.tableCaption")
        }), /* @__PURE__ */ jsx("thead", {
          children: /* @__PURE__ */ jsxs("tr", {
            children: [/* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.audit.time")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.audit.actor")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.audit.action")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.audit.subject")
            }), /* @__PURE__ */ jsx("th", {
              scope: "col",
              children: t("dashboard.audit.details")
            })]
          })
        }), /* @__PURE__ */ jsx("tbody", {
          children: rows.map((row) => /* @__PURE__ */ jsxs("tr", {
            children: [/* @__PURE__ */ jsx("td", {
              children: formatDateTime(row.createdAt, locale)
            }), /* @__PURE__ */ jsx("td", {
              className: "wrap-anywhere",
              children: row.actorName ? `${row.actorName} (${row.actorEmail})` : t("dashboard.audit.noActor")
            }), /* @__PURE__ */ jsx("td", {
              children: /* @__PURE__ */ jsx("code", {
                children: row.action
              })
            }), /* @__PURE__ */ jsxs("td", {
              className: "wrap-anywhere",
              children: [row.subjectType, row.subjectId ? ` ${row.subjectId}` : ""]
            }), /* @__PURE__ */ jsx("td", {
              children: Object.keys(row.details).length > 0 ? /* @__PURE__ */ jsx("pre", {
                className: "details-json",
                children: JSON.stringify(row.details, null, 2)
              }) : null
            })]
          }, row.id))
        })]
      })
    }), /* @__PURE__ */ jsxs("nav", {
      className: "pager",
      "aria-label": t("dashboard.audit.pager"),
      children: [!loaderData.isFirst ? /* @__PURE__ */ jsx(Link, {
        to: "?",
        children: t("dashboard.audit.newest")
      }) : null, loaderData.nextCursor ? /* @__PURE__ */ jsx(Link, {
        to: `?after=${loaderData.nextCursor}`,
        rel: "next",
        children: t("dashboard.audit.older")
      }) : null]
    })]
  });
});
const route58 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: orgAudit,
  links,
  loader: loader$5
}, Symbol.toStringTag, { value: "Module" }));
const MAX_SCHEDULE_AHEAD_MS = 365 * 24 * 60 * 60 * 1e3;
const titleIn = (table, idColumn, id, locale) => sql`coalesce(
    (select title from ${sql.raw(table)} where ${sql.raw(idColumn)} = ${id} and locale = ${locale}),
    (select title from ${sql.raw(table)} where ${sql.raw(idColumn)} = ${id} order by locale = 'en' desc, locale limit 1))`;
async function listSendTargets(db, user, locale) {
  const rows = await db.execute(sql`
    select c.id as campaign_id, ${titleIn("campaign_translations", "campaign_id", sql`c.id`, locale)} as campaign_title,
      o.name as organisation_name, p.id as petition_id, ${titleIn("petition_translations", "petition_id", sql`p.id`, locale)} as petition_title,
      p.status as petition_status
    from campaigns c join organisations o on o.id = c.organisation_id
    left join petitions p on p.campaign_id = c.id and p.status not in ('draft', 'rejected')
    where ${user.isAdmin}::boolean or exists (
      select 1 from memberships m where m.organisation_id = c.organisation_id and m.user_id = ${user.id} and m.role in ('owner', 'editor'))
    order by o.name, c.created_at, p.created_at`);
  const byCampaign = /* @__PURE__ */ new Map();
  for (const row of rows) {
    let target = byCampaign.get(row.campaign_id);
    if (!target) {
      target = { campaignId: row.campaign_id, campaignTitle: row.campaign_title ?? "", organisationName: row.organisation_name, petitions: [] };
      byCampaign.set(row.campaign_id, target);
    }
    if (row.petition_id) target.petitions.push({ id: row.petition_id, title: row.petition_title ?? "", status: row.petition_status });
  }
  return [...byCampaign.values()];
}
async function listMessages(db, user, locale, limit = 100) {
  const rows = await db.execute(sql`
    select m.id, m.kind, m.subject, m.status, m.recipient_count, m.scheduled_at, m.created_at,
      ${titleIn("campaign_translations", "campaign_id", sql`coalesce(m.campaign_id, (select campaign_id from petitions where id = m.petition_id))`, locale)} as campaign_title,
      case when m.petition_id is null then null else ${titleIn("petition_translations", "petition_id", sql`m.petition_id`, locale)} end as petition_title
    from email_messages m
    where ${user.isAdmin}::boolean or exists (select 1 from memberships x where x.organisation_id = m.organisation_id and x.user_id = ${user.id})
    order by m.created_at desc limit ${limit}`);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    subject: r.subject,
    status: r.status,
    recipientCount: r.recipient_count === null ? null : Number(r.recipient_count),
    scheduledAt: r.scheduled_at ? new Date(r.scheduled_at) : null,
    createdAt: new Date(r.created_at),
    campaignTitle: r.campaign_title ?? "",
    petitionTitle: r.petition_title
  }));
}
async function createDraft(db, user, target, locale) {
  let organisationId;
  let campaignId;
  let petitionId = null;
  let audience;
  let subject = "";
  if ("campaignId" in target) {
    ({ organisationId, campaignId } = await requireCampaignRole(db, user, target.campaignId, "editor"));
    audience = { scope: "campaign", campaignId };
  } else if (target.kind === "update") {
    ({ organisationId, campaignId, petitionId } = await requirePetitionRole(db, user, target.petitionId, "editor"));
    audience = { scope: "petition", petitionId, campaignId };
  } else {
    ({ organisationId, campaignId } = await requirePetitionRole(db, user, target.targetPetitionId, "editor"));
    audience = { scope: "campaign", campaignId, targetPetitionId: target.targetPetitionId };
    const [row] = await db.execute(sql`select ${titleIn("petition_translations", "petition_id", sql`${target.targetPetitionId}::uuid`, locale)} as title`);
    subject = row?.title ?? "";
  }
  return db.transaction(async (tx) => {
    const id = randomUUID();
    await tx.execute(sql`
      insert into email_messages (id, organisation_id, campaign_id, petition_id, kind, subject, body_markdown, audience, status, created_by)
      values (${id}, ${organisationId}, ${campaignId}, ${petitionId}, ${target.kind}, ${subject}, '', ${JSON.stringify(audience)}::jsonb, 'draft', ${user.id})`);
    await recordAudit(tx, { actorId: user.id, organisationId, action: "email.draft-created", subjectType: "email_message", subjectId: id, details: { kind: target.kind } });
    return id;
  });
}
async function requireMessage(db, user, id, minimum, locale) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Response("Not found", { status: 404 });
  const [row] = await db.execute(sql`
    select m.*, ${titleIn("campaign_translations", "campaign_id", sql`m.campaign_id`, locale)} as campaign_title,
      case when m.petition_id is null then null else ${titleIn("petition_translations", "petition_id", sql`m.petition_id`, locale)} end as petition_title,
      case when m.audience->>'targetPetitionId' is null then null
        else ${titleIn("petition_translations", "petition_id", sql`(m.audience->>'targetPetitionId')::uuid`, locale)} end as target_title
    from email_messages m where m.id = ${id}`);
  if (!row) throw new Response("Not found", { status: 404 });
  const role = await requireOrgRole(db, user, row.organisation_id, minimum);
  return {
    id: row.id,
    organisationId: row.organisation_id,
    campaignId: row.campaign_id,
    petitionId: row.petition_id,
    kind: row.kind,
    subject: row.subject,
    bodyMarkdown: row.body_markdown,
    audience: row.audience,
    status: row.status,
    scheduledAt: row.scheduled_at ? new Date(row.scheduled_at) : null,
    sentAt: row.sent_at ? new Date(row.sent_at) : null,
    recipientCount: row.recipient_count === null ? null : Number(row.recipient_count),
    createdAt: new Date(row.created_at),
    campaignTitle: row.campaign_title ?? "",
    petitionTitle: row.petition_title,
    targetTitle: row.target_title,
    role
  };
}
function audienceFor(message2, input) {
  const petitionScope = input.scope === "petition" && message2.petitionId !== null && message2.kind === "update";
  return {
    scope: petitionScope ? "petition" : "campaign",
    ...petitionScope ? { petitionId: message2.petitionId } : {},
    campaignId: message2.campaignId ?? void 0,
    ...message2.audience.targetPetitionId ? { targetPetitionId: message2.audience.targetPetitionId } : {},
    countries: [...new Set(input.countries)].sort(),
    locales: [...new Set(input.locales)].sort(),
    verifiedOnly: input.verifiedOnly
  };
}
async function saveDraft(db, user, message2, input) {
  await requireOrgRole(db, user, message2.organisationId, "editor");
  const audience = audienceFor(message2, input);
  const updated = await db.execute(sql`
    update email_messages set subject = ${input.subject}, body_markdown = ${input.bodyMarkdown}, audience = ${JSON.stringify(audience)}::jsonb
    where id = ${message2.id} and status = 'draft' returning id`);
  return updated.length === 1 ? { ok: true } : { ok: false, reason: "not-draft" };
}
async function describeAudience(db, message2) {
  const [facets, count] = await Promise.all([audienceFacets(db, message2.audience), countAudience(db, message2.audience)]);
  return { ...facets, count };
}
async function previewMessage(db, message2, options) {
  const example = "00000000-0000-4000-8000-000000000000.preview";
  return renderMessageFor(
    db,
    message2.id,
    {
      locale: options.locale,
      signerName: options.signerName,
      isOrganisation: false,
      unsubscribeUrl: `${options.appUrl}/unsubscribe/${example}`,
      preferencesUrl: `${options.appUrl}/email-preferences/${example}`
    },
    options.appUrl
  );
}
async function sendTestToSelf(db, user, message2, options) {
  await requireOrgRole(db, user, message2.organisationId, "editor");
  if (!message2.subject.trim()) return { ok: false, reason: "empty" };
  const preview = await previewMessage(db, message2, { ...options, signerName: user.displayName });
  if (!preview) throw new Response("Not found", { status: 404 });
  await db.transaction(async (tx) => {
    await enqueueJob(tx, "send-email", {
      template: preview.template,
      props: { ...preview.props, ..."subject" in preview.props ? { subject: `[Test] ${preview.props.subject}` } : {} },
      to: user.email,
      idempotencyKey: `test/${message2.id}/${randomUUID()}`
    });
    await recordAudit(tx, { actorId: user.id, organisationId: message2.organisationId, action: "email.test-sent", subjectType: "email_message", subjectId: message2.id, details: { to: user.email } });
  });
  return { ok: true };
}
async function scheduleMessage(db, user, message2, options) {
  await requireOrgRole(db, user, message2.organisationId, "editor");
  return db.transaction(async (tx) => {
    const [current] = await tx.execute(sql`
      select status, subject, body_markdown, kind, audience from email_messages where id = ${message2.id} for update`);
    if (current?.status !== "draft") return { ok: false, reason: "not-draft" };
    if (!current.subject.trim() || current.kind === "update" && !current.body_markdown.trim()) return { ok: false, reason: "empty" };
    const count = await countAudience(tx, current.audience);
    if (count === 0) return { ok: false, reason: "no-recipients", count };
    if (count !== options.expectedCount) return { ok: false, reason: "count-changed", count };
    const runAt = options.sendAt ?? /* @__PURE__ */ new Date();
    await tx.execute(sql`update email_messages set status = 'scheduled', scheduled_at = ${runAt.toISOString()}::timestamptz, recipient_count = ${count} where id = ${message2.id}`);
    await enqueueJob(tx, "send-message", { messageId: message2.id }, { jobKey: `send-message/${message2.id}`, runAt, maxAttempts: 5 });
    await recordAudit(tx, {
      actorId: user.id,
      organisationId: message2.organisationId,
      action: options.sendAt ? "email.scheduled" : "email.sent",
      subjectType: "email_message",
      subjectId: message2.id,
      details: { recipients: count, sendAt: runAt.toISOString(), kind: current.kind }
    });
    return { ok: true };
  });
}
async function cancelMessage(db, user, message2) {
  await requireOrgRole(db, user, message2.organisationId, "editor");
  return db.transaction(async (tx) => {
    const cancelled = await tx.execute(sql`update email_messages set status = 'cancelled' where id = ${message2.id} and status = 'scheduled' returning id`);
    if (cancelled.length === 0) return { ok: false, reason: "not-draft" };
    await removeJob(tx, `send-message/${message2.id}`);
    await recordAudit(tx, { actorId: user.id, organisationId: message2.organisationId, action: "email.cancelled", subjectType: "email_message", subjectId: message2.id });
    return { ok: true };
  });
}
async function messageStats(db, messageId) {
  const [row] = await db.execute(sql`
    select count(*)::int as total,
      count(*) filter (where d.status in ('queued', 'sending'))::int as waiting,
      count(*) filter (where d.status in ('sent', 'delivered', 'bounced', 'complained'))::int as sent,
      count(*) filter (where d.status = 'delivered')::int as delivered,
      count(*) filter (where d.status = 'bounced')::int as bounced,
      count(*) filter (where d.status = 'complained')::int as complained,
      count(*) filter (where d.status = 'failed')::int as failed,
      count(*) filter (where d.status = 'suppressed')::int as suppressed,
      count(*) filter (where d.signature_id is not null and d.status <> 'suppressed' and (s.updates_opt_in is false
        or exists (select 1 from suppressions x where x.canonical_email = s.canonical_email and x.reason = 'unsubscribed')))::int as unsubscribed
    from email_deliveries d left join signatures s on s.id = d.signature_id
    where d.message_id = ${messageId}`);
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
}
const NewDraftSchema = z.discriminatedUnion("intent", [z.object({
  intent: z.literal("update"),
  target: z.string({
    error: "supporterEmail.index.errors.target"
  }).regex(/^(campaign|petition):[0-9a-f-]{36}$/, "supporterEmail.index.errors.target")
}), z.object({
  intent: z.literal("carry-over"),
  petitionId: z.uuid("supporterEmail.index.errors.target")
})]);
async function loader$4({
  request,
  context
}) {
  const user = await requireUser(request, context);
  const locale = await detectLocale(request);
  const [targets, messages2] = await Promise.all([listSendTargets(context.db, user, locale), listMessages(context.db, user, locale)]);
  return {
    locale,
    targets,
    messages: messages2
  };
}
async function action$2({
  request,
  context
}) {
  const user = await requireUser(request, context);
  const submission = parseWithZod(await request.formData(), {
    schema: NewDraftSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply()
  }, {
    status: 400
  });
  const value = submission.value;
  let target;
  if (value.intent === "carry-over") target = {
    kind: "carry-over",
    targetPetitionId: value.petitionId
  };
  else {
    const [type, id2] = value.target.split(":");
    target = type === "campaign" ? {
      kind: "update",
      campaignId: id2
    } : {
      kind: "update",
      petitionId: id2
    };
  }
  const id = await createDraft(context.db, user, target, await detectLocale(request));
  return redirect(`/dashboard/email/messages/${id}/edit`, 303);
}
const index = UNSAFE_withComponentProps(function SupporterEmailIndex({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    targets,
    messages: messages2,
    locale
  } = loaderData;
  const error = actionData?.result?.error ? Object.values(actionData.result.error)[0]?.[0] : void 0;
  const petitions2 = targets.flatMap((c) => c.petitions.map((p) => ({
    ...p,
    campaignTitle: c.campaignTitle
  })));
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("supporterEmail.index.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("supporterEmail.index.title")
    }), /* @__PURE__ */ jsx("p", {
      className: "lead",
      children: t("supporterEmail.index.lead")
    }), /* @__PURE__ */ jsx(FormError, {
      message: error ? t(error) : null
    }), targets.length === 0 ? /* @__PURE__ */ jsx("p", {
      children: t("supporterEmail.index.noTargets")
    }) : /* @__PURE__ */ jsxs("div", {
      className: "compose-starters",
      children: [/* @__PURE__ */ jsxs(Form, {
        method: "post",
        className: "stack-form card",
        children: [/* @__PURE__ */ jsx("h2", {
          children: t("supporterEmail.index.write")
        }), /* @__PURE__ */ jsx("input", {
          type: "hidden",
          name: "intent",
          value: "update"
        }), /* @__PURE__ */ jsxs("div", {
          className: "field",
          children: [/* @__PURE__ */ jsx("label", {
            htmlFor: "new-target",
            children: t("supporterEmail.index.target")
          }), /* @__PURE__ */ jsx("select", {
            id: "new-target",
            name: "target",
            required: true,
            children: targets.map((c) => /* @__PURE__ */ jsxs("optgroup", {
              label: `${c.organisationName} — ${c.campaignTitle}`,
              children: [/* @__PURE__ */ jsx("option", {
                value: `campaign:${c.campaignId}`,
                children: t("supporterEmail.index.wholeCampaign", {
                  title: c.campaignTitle
                })
              }), c.petitions.map((p) => /* @__PURE__ */ jsx("option", {
                value: `petition:${p.id}`,
                children: t("supporterEmail.index.petition", {
                  title: p.title
                })
              }, p.id))]
            }, c.campaignId))
          })]
        }), /* @__PURE__ */ jsx("button", {
          type: "submit",
          className: "button-primary",
          children: t("supporterEmail.index.start")
        })]
      }), petitions2.length > 0 ? /* @__PURE__ */ jsxs(Form, {
        method: "post",
        className: "stack-form card",
        children: [/* @__PURE__ */ jsx("h2", {
          children: t("supporterEmail.index.carryOver")
        }), /* @__PURE__ */ jsx("p", {
          className: "hint",
          children: t("supporterEmail.index.carryOverLead")
        }), /* @__PURE__ */ jsx("input", {
          type: "hidden",
          name: "intent",
          value: "carry-over"
        }), /* @__PURE__ */ jsxs("div", {
          className: "field",
          children: [/* @__PURE__ */ jsx("label", {
            htmlFor: "carry-over-petition",
            children: t("supporterEmail.index.carryOverTarget")
          }), /* @__PURE__ */ jsx("select", {
            id: "carry-over-petition",
            name: "petitionId",
            required: true,
            children: petitions2.map((p) => /* @__PURE__ */ jsxs("option", {
              value: p.id,
              children: [p.title, " (", p.campaignTitle, ")"]
            }, p.id))
          })]
        }), /* @__PURE__ */ jsx("button", {
          type: "submit",
          className: "button-secondary",
          children: t("supporterEmail.index.carryOverStart")
        })]
      }) : null]
    }), /* @__PURE__ */ jsx("h2", {
      children: t("supporterEmail.index.messages")
    }), messages2.length === 0 ? /* @__PURE__ */ jsx("p", {
      children: t("supporterEmail.index.none")
    }) : /* @__PURE__ */ jsxs("table", {
      className: "data-table",
      children: [/* @__PURE__ */ jsx("thead", {
        children: /* @__PURE__ */ jsxs("tr", {
          children: [/* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("supporterEmail.index.subject")
          }), /* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("supporterEmail.index.kind")
          }), /* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("supporterEmail.index.status")
          }), /* @__PURE__ */ jsx("th", {
            scope: "col",
            className: "num",
            children: t("supporterEmail.index.recipients")
          }), /* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("supporterEmail.index.created")
          })]
        })
      }), /* @__PURE__ */ jsx("tbody", {
        children: messages2.map((m) => /* @__PURE__ */ jsxs("tr", {
          children: [/* @__PURE__ */ jsxs("td", {
            children: [/* @__PURE__ */ jsx(Link, {
              to: m.status === "draft" ? `/dashboard/email/messages/${m.id}/edit` : `/dashboard/email/messages/${m.id}`,
              children: m.subject || t("supporterEmail.index.untitled")
            }), /* @__PURE__ */ jsx("br", {}), /* @__PURE__ */ jsx("span", {
              className: "muted",
              children: m.petitionTitle ?? m.campaignTitle
            })]
          }), /* @__PURE__ */ jsx("td", {
            children: t(`supporterEmail.kinds.${m.kind}`)
          }), /* @__PURE__ */ jsx("td", {
            children: t(`supporterEmail.statuses.${m.status}`)
          }), /* @__PURE__ */ jsx("td", {
            className: "num",
            children: m.recipientCount === null ? "—" : formatNumber(m.recipientCount, locale)
          }), /* @__PURE__ */ jsx("td", {
            children: formatDate(m.createdAt, locale)
          })]
        }, m.id))
      })]
    })]
  });
});
const route59 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$2,
  default: index,
  loader: loader$4
}, Symbol.toStringTag, { value: "Module" }));
const REFRESH_S = 5;
const handle = {
  hydrate: true
};
async function loader$3({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const locale = await detectLocale(request);
  const message2 = await requireMessage(context.db, user, params.id, "viewer", locale);
  const stats = await messageStats(context.db, message2.id);
  const search = new URL(request.url).searchParams;
  const notice = search.has("sent") ? "sentNow" : search.has("scheduled") ? "scheduled" : search.has("cancelled") ? "cancelled" : search.has("started") ? "cannotCancel" : null;
  return {
    locale,
    notice,
    canEdit: message2.role === "admin" || roleAllows(message2.role, "editor"),
    refresh: message2.status === "scheduled" || message2.status === "sending",
    message: {
      id: message2.id,
      kind: message2.kind,
      subject: message2.subject,
      status: message2.status,
      scheduledAt: message2.scheduledAt?.toISOString() ?? null,
      sentAt: message2.sentAt?.toISOString() ?? null,
      recipientCount: message2.recipientCount,
      campaignTitle: message2.campaignTitle,
      petitionTitle: message2.petitionTitle,
      targetTitle: message2.targetTitle,
      scope: message2.audience.scope ?? "campaign",
      filters: [...(message2.audience.countries ?? []).map((c) => countryName(c, locale)), ...message2.audience.locales ?? []],
      verifiedOnly: Boolean(message2.audience.verifiedOnly)
    },
    stats
  };
}
async function action$1({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const message2 = await requireMessage(context.db, user, params.id, "editor", await detectLocale(request));
  const result = await cancelMessage(context.db, user, message2);
  return redirect(`/dashboard/email/messages/${message2.id}?${result.ok ? "cancelled" : "started"}`, 303);
}
function useProgressRefresh(active) {
  const revalidator = useRevalidator();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      if (revalidator.state === "idle") void revalidator.revalidate();
    }, REFRESH_S * 1e3);
    return () => clearInterval(timer);
  }, [active, revalidator]);
}
function when(iso2, locale) {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC"
  }).format(new Date(iso2)) + " UTC";
}
const message = UNSAFE_withComponentProps(function MessagePage({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  const {
    message: message2,
    stats,
    locale
  } = loaderData;
  useProgressRefresh(loaderData.refresh);
  const n = (value) => formatNumber(value, locale);
  const total = stats.total || message2.recipientCount || 0;
  const done = stats.total - stats.waiting;
  const audience = message2.targetTitle ? t("supporterEmail.message.audienceInvite", {
    campaign: message2.campaignTitle,
    title: message2.targetTitle
  }) : message2.scope === "petition" && message2.petitionTitle ? t("supporterEmail.message.audiencePetition", {
    title: message2.petitionTitle
  }) : t("supporterEmail.message.audienceCampaign", {
    title: message2.campaignTitle
  });
  const filters = [...message2.filters, ...message2.verifiedOnly ? [t("supporterEmail.message.verifiedOnly")] : []];
  const rows = [["sent", stats.sent], ["delivered", stats.delivered], ["bounced", stats.bounced], ["complained", stats.complained], ["unsubscribed", stats.unsubscribed], ["failed", stats.failed], ["suppressed", stats.suppressed], ["waiting", stats.waiting]];
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: message2.subject || t(`supporterEmail.kinds.${message2.kind}`)
    }), /* @__PURE__ */ jsx("p", {
      className: "breadcrumb",
      children: /* @__PURE__ */ jsx(Link, {
        to: "/dashboard/email",
        children: t("supporterEmail.message.back")
      })
    }), /* @__PURE__ */ jsx("h1", {
      children: message2.subject || t(`supporterEmail.kinds.${message2.kind}`)
    }), loaderData.refresh ? /* @__PURE__ */ jsx("noscript", {
      dangerouslySetInnerHTML: {
        __html: `<meta http-equiv="refresh" content="${REFRESH_S}">`
      }
    }) : null, /* @__PURE__ */ jsx(Notice$1, {
      message: loaderData.notice ? t(`supporterEmail.message.${loaderData.notice}`) : null
    }), /* @__PURE__ */ jsxs("dl", {
      className: "meta-list",
      children: [/* @__PURE__ */ jsx("dt", {
        children: t("supporterEmail.message.kind")
      }), /* @__PURE__ */ jsx("dd", {
        children: t(`supporterEmail.kinds.${message2.kind}`)
      }), /* @__PURE__ */ jsx("dt", {
        children: t("supporterEmail.message.status")
      }), /* @__PURE__ */ jsx("dd", {
        "aria-live": "polite",
        children: t(`supporterEmail.statuses.${message2.status}`)
      }), /* @__PURE__ */ jsx("dt", {
        children: t("supporterEmail.message.audience")
      }), /* @__PURE__ */ jsxs("dd", {
        children: [audience, filters.length > 0 ? /* @__PURE__ */ jsxs(Fragment, {
          children: [/* @__PURE__ */ jsx("br", {}), t("supporterEmail.message.filters", {
            filters: filters.join(", ")
          })]
        }) : null]
      }), message2.scheduledAt ? /* @__PURE__ */ jsxs(Fragment, {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("supporterEmail.message.scheduledFor")
        }), /* @__PURE__ */ jsx("dd", {
          children: when(message2.scheduledAt, locale)
        })]
      }) : null, message2.sentAt ? /* @__PURE__ */ jsxs(Fragment, {
        children: [/* @__PURE__ */ jsx("dt", {
          children: t("supporterEmail.message.sentAt")
        }), /* @__PURE__ */ jsx("dd", {
          children: when(message2.sentAt, locale)
        })]
      }) : null]
    }), message2.status === "draft" && loaderData.canEdit ? /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: `/dashboard/email/messages/${message2.id}/edit`,
        children: t("supporterEmail.message.edit")
      })
    }) : null, message2.status === "scheduled" && loaderData.canEdit ? /* @__PURE__ */ jsx(Form, {
      method: "post",
      children: /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-danger",
        children: t("supporterEmail.message.cancel")
      })
    }) : null, message2.status !== "draft" && message2.status !== "cancelled" ? /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "progress-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "progress-heading",
        children: t("supporterEmail.message.progress")
      }), /* @__PURE__ */ jsx("p", {
        "aria-live": "polite",
        children: /* @__PURE__ */ jsx("label", {
          htmlFor: "send-progress",
          children: t("supporterEmail.message.progressLabel", {
            done: n(done),
            total: n(total)
          })
        })
      }), /* @__PURE__ */ jsxs("progress", {
        id: "send-progress",
        className: "send-progress",
        value: done,
        max: Math.max(total, 1),
        children: [n(done), " / ", n(total)]
      }), loaderData.refresh ? /* @__PURE__ */ jsx("p", {
        className: "hint",
        children: t("supporterEmail.message.refreshing")
      }) : null, /* @__PURE__ */ jsx("h2", {
        children: t("supporterEmail.message.stats")
      }), /* @__PURE__ */ jsx("table", {
        className: "data-table stats-table",
        children: /* @__PURE__ */ jsx("tbody", {
          children: rows.map(([key, value]) => /* @__PURE__ */ jsxs("tr", {
            children: [/* @__PURE__ */ jsx("th", {
              scope: "row",
              children: t(`supporterEmail.message.${key}`)
            }), /* @__PURE__ */ jsx("td", {
              className: "num",
              children: n(value)
            })]
          }, key))
        })
      })]
    }) : null]
  });
});
const route60 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$1,
  default: message,
  handle,
  loader: loader$3
}, Symbol.toStringTag, { value: "Module" }));
const ComposeSchema = z.object({
  intent: z.enum(["save", "test", "send", "schedule"]),
  subject: z.string({
    error: "supporterEmail.compose.errors.subject"
  }).trim().max(200, "supporterEmail.compose.errors.tooLong"),
  body: z.string().max(5e4, "supporterEmail.compose.errors.tooLong").default(""),
  scope: z.enum(["petition", "campaign"]).default("campaign"),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)).max(300).default([]),
  locales: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)).max(50).default([]),
  verifiedOnly: z.boolean().default(false),
  expectedCount: z.number().int().min(0).default(0),
  /** `<input type="datetime-local">`, read as UTC (the label says so): pages ship no JavaScript to learn the browser's zone. */
  sendAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "supporterEmail.compose.errors.sendAt").optional()
});
const editPath = (id) => `/dashboard/email/messages/${id}/edit`;
const messagePath = (id) => `/dashboard/email/messages/${id}`;
async function loader$2({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const locale = await detectLocale(request);
  const message2 = await requireMessage(context.db, user, params.id, "editor", locale);
  if (message2.status !== "draft") throw redirect(messagePath(message2.id));
  const audience = await describeAudience(context.db, message2);
  const search = new URL(request.url).searchParams;
  return {
    locale,
    email: user.email,
    saved: search.has("saved"),
    tested: search.has("tested"),
    message: {
      id: message2.id,
      kind: message2.kind,
      subject: message2.subject,
      body: message2.bodyMarkdown,
      scope: message2.audience.scope ?? "campaign",
      countries: message2.audience.countries ?? [],
      locales: message2.audience.locales ?? [],
      verifiedOnly: Boolean(message2.audience.verifiedOnly),
      canChooseScope: message2.kind === "update" && message2.petitionId !== null,
      campaignTitle: message2.campaignTitle,
      petitionTitle: message2.petitionTitle,
      targetTitle: message2.targetTitle
    },
    audience: {
      ...audience,
      countries: audience.countries.map((c) => ({
        ...c,
        label: countryName(c.value, locale)
      }))
    }
  };
}
const FAILURE_MESSAGES = {
  "not-draft": "supporterEmail.compose.errors.notDraft",
  "count-changed": "supporterEmail.compose.errors.countChanged",
  "no-recipients": "supporterEmail.compose.errors.noRecipients",
  empty: "supporterEmail.compose.errors.empty"
};
async function action({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const locale = await detectLocale(request);
  let message2 = await requireMessage(context.db, user, params.id, "editor", locale);
  if (message2.status !== "draft") throw redirect(messagePath(message2.id));
  const submission = parseWithZod(await request.formData(), {
    schema: ComposeSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply(),
    count: null
  }, {
    status: 400
  });
  const value = submission.value;
  const needsBody = message2.kind === "update" && (value.intent === "send" || value.intent === "schedule" || value.intent === "test");
  const fieldErrors = {};
  if (value.intent !== "save" && !value.subject) fieldErrors.subject = ["supporterEmail.compose.errors.subject"];
  if (needsBody && !value.body.trim()) fieldErrors.body = ["supporterEmail.compose.errors.body"];
  let sendAt = null;
  if (value.intent === "schedule") {
    sendAt = value.sendAt ? /* @__PURE__ */ new Date(`${value.sendAt}Z`) : null;
    const now = Date.now();
    if (!sendAt || Number.isNaN(sendAt.getTime()) || sendAt.getTime() <= now || sendAt.getTime() > now + MAX_SCHEDULE_AHEAD_MS) {
      fieldErrors.sendAt = ["supporterEmail.compose.errors.sendAt"];
    }
  }
  const saved = await saveDraft(context.db, user, message2, {
    subject: value.subject,
    bodyMarkdown: value.body,
    scope: value.scope,
    countries: value.countries,
    locales: value.locales,
    verifiedOnly: value.verifiedOnly
  });
  if (!saved.ok) throw redirect(messagePath(message2.id));
  if (Object.keys(fieldErrors).length > 0) return data({
    result: submission.reply({
      fieldErrors
    }),
    count: null
  }, {
    status: 400
  });
  if (value.intent === "save") return redirect(`${editPath(message2.id)}?saved`, 303);
  message2 = await requireMessage(context.db, user, params.id, "editor", locale);
  const result = value.intent === "test" ? await sendTestToSelf(context.db, user, message2, {
    appUrl: context.env.APP_URL,
    locale
  }) : await scheduleMessage(context.db, user, message2, {
    sendAt,
    expectedCount: value.expectedCount
  });
  if (!result.ok) {
    if (result.reason === "not-draft") throw redirect(messagePath(message2.id));
    return data({
      result: submission.reply({
        formErrors: [FAILURE_MESSAGES[result.reason]]
      }),
      count: result.count ?? null
    }, {
      status: 400
    });
  }
  if (value.intent === "test") return redirect(`${editPath(message2.id)}?tested`, 303);
  return redirect(`${messagePath(message2.id)}?${value.intent === "send" ? "sent" : "scheduled"}`, 303);
}
const compose = UNSAFE_withComponentProps(function Compose({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    message: message2,
    audience,
    locale
  } = loaderData;
  const [form, fields] = useForm({
    id: "compose",
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    defaultValue: {
      subject: message2.subject,
      body: message2.body,
      scope: message2.scope,
      countries: message2.countries,
      locales: message2.locales,
      verifiedOnly: message2.verifiedOnly ? "on" : void 0,
      sendAt: ""
    }
  });
  const count = audience.count;
  const formError = form.errors?.[0];
  const about = message2.targetTitle ? t("supporterEmail.compose.invitationTo", {
    title: message2.targetTitle
  }) : t("supporterEmail.compose.about", {
    title: message2.petitionTitle ?? message2.campaignTitle
  });
  const countryOptions2 = audience.countries.map((c) => c.value);
  const localeOptions = audience.locales.map((l) => l.value);
  const labelFor = (list, value) => {
    const item = list.find((i) => i.value === value);
    return t("supporterEmail.compose.option", {
      label: item.label ?? t(`language.${value}`, {
        defaultValue: value
      }),
      count: formatNumber(item.count, locale)
    });
  };
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("supporterEmail.compose.title")
    }), /* @__PURE__ */ jsx("p", {
      className: "breadcrumb",
      children: /* @__PURE__ */ jsx(Link, {
        to: "/dashboard/email",
        children: t("supporterEmail.message.back")
      })
    }), /* @__PURE__ */ jsx("h1", {
      children: t("supporterEmail.compose.title")
    }), /* @__PURE__ */ jsx("p", {
      className: "lead",
      children: about
    }), /* @__PURE__ */ jsx(Notice$1, {
      message: loaderData.saved ? t("supporterEmail.compose.saved") : loaderData.tested ? t("supporterEmail.compose.tested", {
        email: loaderData.email
      }) : null
    }), /* @__PURE__ */ jsxs(Form, {
      method: "post",
      ...getFormProps(form),
      className: "stack-form compose-form",
      children: [/* @__PURE__ */ jsx(FormError, {
        message: formError ? t(formError, {
          count: actionData?.count ?? 0
        }) : null,
        id: form.errorId
      }), /* @__PURE__ */ jsxs("div", {
        className: "field",
        children: [/* @__PURE__ */ jsx("label", {
          htmlFor: fields.subject.id,
          children: t("supporterEmail.compose.subject")
        }), /* @__PURE__ */ jsx("input", {
          ...getInputProps(fields.subject, {
            type: "text"
          }),
          maxLength: 200
        }), /* @__PURE__ */ jsx(FieldError$1, {
          errors: fields.subject.errors,
          id: fields.subject.errorId
        })]
      }), /* @__PURE__ */ jsxs("div", {
        className: "field",
        children: [/* @__PURE__ */ jsx("label", {
          htmlFor: fields.body.id,
          children: t("supporterEmail.compose.body")
        }), /* @__PURE__ */ jsx("textarea", {
          ...getTextareaProps(fields.body, {
            ariaDescribedBy: `${fields.body.id}-hint`
          }),
          rows: 14
        }), /* @__PURE__ */ jsx("p", {
          className: "hint",
          id: `${fields.body.id}-hint`,
          children: t(message2.kind === "carry-over" ? "supporterEmail.compose.bodyOptionalHint" : "supporterEmail.compose.bodyHint")
        }), /* @__PURE__ */ jsx(FieldError$1, {
          errors: fields.body.errors,
          id: fields.body.errorId
        })]
      }), /* @__PURE__ */ jsxs("fieldset", {
        className: "audience",
        children: [/* @__PURE__ */ jsx("legend", {
          children: t("supporterEmail.compose.audience")
        }), message2.canChooseScope ? /* @__PURE__ */ jsxs("fieldset", {
          className: "field",
          children: [/* @__PURE__ */ jsx("legend", {
            children: t("supporterEmail.compose.scope")
          }), getCollectionProps(fields.scope, {
            type: "radio",
            options: ["petition", "campaign"]
          }).map((props) => /* @__PURE__ */ jsxs("label", {
            className: "choice",
            children: [/* @__PURE__ */ createElement("input", {
              ...props,
              key: void 0
            }), props.value === "petition" ? t("supporterEmail.compose.scopePetition") : t("supporterEmail.compose.scopeCampaign", {
              title: message2.campaignTitle
            })]
          }, props.key))]
        }) : /* @__PURE__ */ jsx("input", {
          type: "hidden",
          name: "scope",
          value: "campaign"
        }), countryOptions2.length > 0 ? /* @__PURE__ */ jsxs("fieldset", {
          className: "field options",
          children: [/* @__PURE__ */ jsx("legend", {
            children: t("supporterEmail.compose.countries")
          }), getCollectionProps(fields.countries, {
            type: "checkbox",
            options: countryOptions2
          }).map((props) => /* @__PURE__ */ jsxs("label", {
            className: "choice",
            children: [/* @__PURE__ */ createElement("input", {
              ...props,
              key: void 0
            }), labelFor(audience.countries, props.value)]
          }, props.key))]
        }) : null, localeOptions.length > 0 ? /* @__PURE__ */ jsxs("fieldset", {
          className: "field options",
          children: [/* @__PURE__ */ jsx("legend", {
            children: t("supporterEmail.compose.languages")
          }), getCollectionProps(fields.locales, {
            type: "checkbox",
            options: localeOptions
          }).map((props) => /* @__PURE__ */ jsxs("label", {
            className: "choice",
            children: [/* @__PURE__ */ createElement("input", {
              ...props,
              key: void 0
            }), labelFor(audience.locales, props.value)]
          }, props.key))]
        }) : null, /* @__PURE__ */ jsxs("div", {
          className: "field checkbox",
          children: [/* @__PURE__ */ jsx("input", {
            ...getInputProps(fields.verifiedOnly, {
              type: "checkbox"
            })
          }), /* @__PURE__ */ jsx("label", {
            htmlFor: fields.verifiedOnly.id,
            children: t("supporterEmail.compose.verifiedOnly", {
              count: audience.verified
            })
          })]
        })]
      }), /* @__PURE__ */ jsx("p", {
        className: "recipient-count",
        role: "status",
        children: /* @__PURE__ */ jsx("strong", {
          children: t("supporterEmail.compose.count", {
            count,
            formatted: formatNumber(count, locale)
          })
        })
      }), /* @__PURE__ */ jsx("p", {
        className: "hint",
        children: t("supporterEmail.compose.countNote")
      }), /* @__PURE__ */ jsx("input", {
        type: "hidden",
        name: "expectedCount",
        value: count
      }), /* @__PURE__ */ jsxs("div", {
        className: "button-row",
        children: [/* @__PURE__ */ jsx("button", {
          type: "submit",
          name: "intent",
          value: "save",
          className: "button-secondary",
          children: t("supporterEmail.compose.save")
        }), /* @__PURE__ */ jsx("button", {
          type: "submit",
          name: "intent",
          value: "test",
          className: "button-secondary",
          children: t("supporterEmail.compose.test")
        }), /* @__PURE__ */ jsx("button", {
          type: "submit",
          name: "intent",
          value: "send",
          className: "button-primary",
          children: t("supporterEmail.compose.sendNow", {
            count
          })
        })]
      }), /* @__PURE__ */ jsxs("fieldset", {
        className: "field schedule",
        children: [/* @__PURE__ */ jsx("legend", {
          children: t("supporterEmail.compose.schedule")
        }), /* @__PURE__ */ jsx("label", {
          htmlFor: fields.sendAt.id,
          children: t("supporterEmail.compose.sendAt")
        }), /* @__PURE__ */ jsx("input", {
          ...getInputProps(fields.sendAt, {
            type: "datetime-local"
          })
        }), /* @__PURE__ */ jsx(FieldError$1, {
          errors: fields.sendAt.errors,
          id: fields.sendAt.errorId
        }), /* @__PURE__ */ jsx("button", {
          type: "submit",
          name: "intent",
          value: "schedule",
          className: "button-secondary",
          children: t("supporterEmail.compose.scheduleButton")
        })]
      })]
    }), /* @__PURE__ */ jsx("h2", {
      children: t("supporterEmail.compose.preview")
    }), /* @__PURE__ */ jsx("iframe", {
      title: t("supporterEmail.compose.previewFrame"),
      src: `/dashboard/email/messages/${message2.id}/preview?locale=${locale}`,
      sandbox: "",
      className: "email-frame"
    }), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx("a", {
        href: `/dashboard/email/messages/${message2.id}/preview?locale=${locale}&format=text`,
        children: t("supporterEmail.compose.previewText")
      })
    })]
  });
});
const route61 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action,
  default: compose,
  loader: loader$2
}, Symbol.toStringTag, { value: "Module" }));
async function loader$1({
  request,
  params,
  context
}) {
  const user = await requireUser(request, context);
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = isLocale(requested) ? requested : await detectLocale(request);
  const message2 = await requireMessage(context.db, user, params.id, "viewer", locale);
  const preview = await previewMessage(context.db, message2, {
    appUrl: context.env.APP_URL,
    locale,
    signerName: user.displayName
  });
  if (!preview) throw new Response("Not found", {
    status: 404
  });
  const format = new URL(request.url).searchParams.get("format");
  return new Response(format === "text" ? preview.email.text : preview.email.html, {
    headers: {
      "Content-Type": format === "text" ? "text/plain; charset=utf-8" : "text/html; charset=utf-8",
      // Email HTML is full of inline styles; it is shown sandboxed, with no scripts, inside our own page only.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; sandbox; frame-ancestors 'self'",
      "Cache-Control": "no-store"
    }
  });
}
const route62 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  loader: loader$1
}, Symbol.toStringTag, { value: "Module" }));
function loader() {
  throw new Response("Not found", {
    status: 404
  });
}
const notFound = UNSAFE_withComponentProps(function NotFound() {
  return null;
});
const route63 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: notFound,
  loader
}, Symbol.toStringTag, { value: "Module" }));
const serverManifest = { "entry": { "module": "/assets/entry.client-BZoa8COi.js", "imports": ["/assets/context-EjRrqNw1.js", "/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/i18n-Cb-tcA04.js"], "css": [] }, "routes": { "root": { "id": "root", "parentId": void 0, "path": "", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": true, "module": "/assets/root-DSO3cBtX.js", "imports": ["/assets/context-EjRrqNw1.js", "/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/i18n-Cb-tcA04.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/home": { "id": "routes/home", "parentId": "root", "path": void 0, "index": true, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/home-7vTcA-gF.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-pPvWHbgg.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/explainers-index": { "id": "routes/explainers-index", "parentId": "root", "path": "explainers", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/explainers-index-4JPa3KOR.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/explainer": { "id": "routes/explainer", "parentId": "root", "path": "explainers/:slug", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/explainer-CeGSl4Z0.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-pPvWHbgg.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/petition": { "id": "routes/petition", "parentId": "root", "path": "petitions/:slug", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-Dd9SVa8M.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/sign-form-QHJ_KTcM.js", "/assets/petition-stats-c5IEftIO.js", "/assets/share-links-ABE2ryN4.js", "/assets/format-pPvWHbgg.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/parse-Sbk7EIvx.js", "/assets/schemas-CRq6wiUg.js", "/assets/helpers-CX0GcLgQ.js", "/assets/countries-Drh4jxG5.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/petition-signed": { "id": "routes/petition-signed", "parentId": "root", "path": "petitions/:slug/signed", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-signed-DH1lnY37.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/petition-confirm": { "id": "routes/petition-confirm", "parentId": "root", "path": "petitions/:slug/confirm/:token", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-confirm-DkNVvUJP.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/share-links-ABE2ryN4.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/petition-count": { "id": "routes/petition-count", "parentId": "root", "path": "petitions/:slug/count.json", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": false, "hasErrorBoundary": false, "module": "/assets/petition-count-l0sNRNKZ.js", "imports": [], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/embed-petition": { "id": "routes/embed-petition", "parentId": "root", "path": "embed/petitions/:slug", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/embed-petition-BEmwykOY.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/sign-form-QHJ_KTcM.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/format-pPvWHbgg.js", "/assets/parse-Sbk7EIvx.js", "/assets/schemas-CRq6wiUg.js", "/assets/helpers-CX0GcLgQ.js", "/assets/countries-Drh4jxG5.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/api-signatures": { "id": "routes/api-signatures", "parentId": "root", "path": "api/v1/petitions/:slug/signatures", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": false, "hasErrorBoundary": false, "module": "/assets/api-signatures-l0sNRNKZ.js", "imports": [], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dev-outbox": { "id": "routes/dev-outbox", "parentId": "root", "path": "dev/outbox", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/dev-outbox-D68BW9jK.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dev-outbox-message": { "id": "routes/dev-outbox-message", "parentId": "root", "path": "dev/outbox/:id", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/dev-outbox-message-1A1G66Oe.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dev-outbox-html": { "id": "routes/dev-outbox-html", "parentId": "root", "path": "dev/outbox/:id/html", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": false, "hasErrorBoundary": false, "module": "/assets/dev-outbox-html-l0sNRNKZ.js", "imports": [], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/account/login": { "id": "routes/account/login", "parentId": "root", "path": "login", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/login-BBP7qqxC.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js", "/assets/parse-Sbk7EIvx.js", "/assets/schemas-CRq6wiUg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/account/login-two-factor": { "id": "routes/account/login-two-factor", "parentId": "root", "path": "login/two-factor", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/login-two-factor-Bw6Hp7A-.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/schemas-D8g9lfl7.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js", "/assets/parse-Sbk7EIvx.js", "/assets/schemas-CRq6wiUg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/account/logout": { "id": "routes/account/logout", "parentId": "root", "path": "logout", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": false, "hasErrorBoundary": false, "module": "/assets/logout-l0sNRNKZ.js", "imports": [], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/account/signup": { "id": "routes/account/signup", "parentId": "root", "path": "signup", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/signup-D2HbOO0b.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/schemas-D8g9lfl7.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js", "/assets/parse-Sbk7EIvx.js", "/assets/schemas-CRq6wiUg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/account/signup-sent": { "id": "routes/account/signup-sent", "parentId": "root", "path": "signup/check-email", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/signup-sent-D2I5Gv0p.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/account/verify-email": { "id": "routes/account/verify-email", "parentId": "root", "path": "verify-email/:token", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/verify-email-Cx9vrXNT.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/link-problem-C5d0NfN8.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/account/forgot-password": { "id": "routes/account/forgot-password", "parentId": "root", "path": "forgot-password", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/forgot-password-DwbLggTX.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/schemas-D8g9lfl7.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js", "/assets/parse-Sbk7EIvx.js", "/assets/schemas-CRq6wiUg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/account/reset-password": { "id": "routes/account/reset-password", "parentId": "root", "path": "reset-password/:token", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/reset-password-B-WbDxWB.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/schemas-D8g9lfl7.js", "/assets/link-problem-C5d0NfN8.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js", "/assets/parse-Sbk7EIvx.js", "/assets/schemas-CRq6wiUg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/account/change-email-confirm": { "id": "routes/account/change-email-confirm", "parentId": "root", "path": "change-email/:token", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/change-email-confirm-DdOYvY-G.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/link-problem-C5d0NfN8.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/supporter-email/unsubscribe": { "id": "routes/supporter-email/unsubscribe", "parentId": "root", "path": "unsubscribe/:token", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/unsubscribe-B9pUZKcA.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/parts-CRKYeRz8.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/supporter-email/preferences": { "id": "routes/supporter-email/preferences", "parentId": "root", "path": "email-preferences/:token", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/preferences-DQxKbi6t.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/parts-CRKYeRz8.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/supporter-email/webhook-resend": { "id": "routes/supporter-email/webhook-resend", "parentId": "root", "path": "webhooks/resend", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": false, "hasErrorBoundary": false, "module": "/assets/webhook-resend-l0sNRNKZ.js", "imports": [], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/supporter-email/my-data": { "id": "routes/supporter-email/my-data", "parentId": "root", "path": "my-data", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/my-data-ByU8vros.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/parts-CRKYeRz8.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/supporter-email/my-data-manage": { "id": "routes/supporter-email/my-data-manage", "parentId": "root", "path": "my-data/:token", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/my-data-manage-Dm0Ok0nB.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-pPvWHbgg.js", "/assets/parts-CRKYeRz8.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/supporter-email/my-data-download": { "id": "routes/supporter-email/my-data-download", "parentId": "root", "path": "my-data/:token/download", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": false, "hasErrorBoundary": false, "module": "/assets/my-data-download-l0sNRNKZ.js", "imports": [], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dashboard/layout": { "id": "routes/dashboard/layout", "parentId": "root", "path": void 0, "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/layout-Bxsv-ZWG.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dashboard/index": { "id": "routes/dashboard/index", "parentId": "routes/dashboard/layout", "path": "dashboard", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/index-D4Nflmtj.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-pPvWHbgg.js", "/assets/page-parts-CwdT8j-q.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/account/settings": { "id": "routes/account/settings", "parentId": "routes/dashboard/layout", "path": "account", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/settings-Pr4vtxSm.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/account/password": { "id": "routes/account/password", "parentId": "routes/dashboard/layout", "path": "account/password", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/password-QF-wPsny.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/schemas-D8g9lfl7.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js", "/assets/parse-Sbk7EIvx.js", "/assets/schemas-CRq6wiUg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/account/email": { "id": "routes/account/email", "parentId": "routes/dashboard/layout", "path": "account/email", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/email-CnifEr7R.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/schemas-D8g9lfl7.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js", "/assets/parse-Sbk7EIvx.js", "/assets/schemas-CRq6wiUg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/account/two-factor": { "id": "routes/account/two-factor", "parentId": "routes/dashboard/layout", "path": "account/two-factor", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/two-factor-07o1KHg0.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/schemas-D8g9lfl7.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js", "/assets/parse-Sbk7EIvx.js", "/assets/schemas-CRq6wiUg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/organiser/org-new": { "id": "routes/organiser/org-new", "parentId": "routes/dashboard/layout", "path": "dashboard/orgs/new", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/org-new-BOUeDoWd.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/form-fields-zgTNUevO.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/organiser/org-overview": { "id": "routes/organiser/org-overview", "parentId": "routes/dashboard/layout", "path": "dashboard/orgs/:orgSlug", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/org-overview-C2Igc4xP.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-pPvWHbgg.js", "/assets/page-parts-CwdT8j-q.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/organiser/org-members": { "id": "routes/organiser/org-members", "parentId": "routes/dashboard/layout", "path": "dashboard/orgs/:orgSlug/members", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/org-members-Cg9eQwh_.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-pPvWHbgg.js", "/assets/form-fields-zgTNUevO.js", "/assets/page-parts-CwdT8j-q.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/organiser/campaign-new": { "id": "routes/organiser/campaign-new", "parentId": "routes/dashboard/layout", "path": "dashboard/orgs/:orgSlug/campaigns/new", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/campaign-new-B2eeiCao.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/campaign-form-BHnpU7xM.js", "/assets/page-parts-CwdT8j-q.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/organiser-schemas-CQJ39nGF.js", "/assets/countries-Drh4jxG5.js", "/assets/schemas-CRq6wiUg.js", "/assets/form-fields-zgTNUevO.js", "/assets/helpers-CX0GcLgQ.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/organiser/campaign-edit": { "id": "routes/organiser/campaign-edit", "parentId": "routes/dashboard/layout", "path": "dashboard/orgs/:orgSlug/campaigns/:campaignId", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/campaign-edit-BUdaQodc.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/campaign-form-BHnpU7xM.js", "/assets/page-parts-CwdT8j-q.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/organiser-schemas-CQJ39nGF.js", "/assets/countries-Drh4jxG5.js", "/assets/schemas-CRq6wiUg.js", "/assets/form-fields-zgTNUevO.js", "/assets/helpers-CX0GcLgQ.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/organiser/petition-new": { "id": "routes/organiser/petition-new", "parentId": "routes/dashboard/layout", "path": "dashboard/orgs/:orgSlug/campaigns/:campaignId/petitions/new", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-new-CnDLEdok.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/form-fields-zgTNUevO.js", "/assets/page-parts-CwdT8j-q.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/organiser/petition-overview": { "id": "routes/organiser/petition-overview", "parentId": "routes/dashboard/layout", "path": "dashboard/orgs/:orgSlug/petitions/:petitionId", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-overview-BrdbAzMl.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-pPvWHbgg.js", "/assets/form-fields-zgTNUevO.js", "/assets/page-parts-CwdT8j-q.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/organiser/petition-text": { "id": "routes/organiser/petition-text", "parentId": "routes/dashboard/layout", "path": "dashboard/orgs/:orgSlug/petitions/:petitionId/text", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-text-Zh2Jb_30.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/organiser-schemas-CQJ39nGF.js", "/assets/form-fields-zgTNUevO.js", "/assets/page-parts-CwdT8j-q.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js", "/assets/countries-Drh4jxG5.js", "/assets/schemas-CRq6wiUg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/organiser/petition-fields": { "id": "routes/organiser/petition-fields", "parentId": "routes/dashboard/layout", "path": "dashboard/orgs/:orgSlug/petitions/:petitionId/fields", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-fields-_K_Q6nnd.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/page-parts-CwdT8j-q.js", "/assets/form-fields-zgTNUevO.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/organiser/petition-settings": { "id": "routes/organiser/petition-settings", "parentId": "routes/dashboard/layout", "path": "dashboard/orgs/:orgSlug/petitions/:petitionId/settings", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-settings-Domn88hY.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/form-fields-zgTNUevO.js", "/assets/page-parts-CwdT8j-q.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/organiser/petition-preview": { "id": "routes/organiser/petition-preview", "parentId": "routes/dashboard/layout", "path": "dashboard/orgs/:orgSlug/petitions/:petitionId/preview", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-preview-Cis7-l1S.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/sign-form-QHJ_KTcM.js", "/assets/petition-stats-c5IEftIO.js", "/assets/share-links-ABE2ryN4.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/format-pPvWHbgg.js", "/assets/parse-Sbk7EIvx.js", "/assets/schemas-CRq6wiUg.js", "/assets/helpers-CX0GcLgQ.js", "/assets/countries-Drh4jxG5.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/organiser/petition-revisions": { "id": "routes/organiser/petition-revisions", "parentId": "routes/dashboard/layout", "path": "dashboard/orgs/:orgSlug/petitions/:petitionId/revisions", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-revisions-B-AsyCF1.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-pPvWHbgg.js", "/assets/page-parts-CwdT8j-q.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/organiser/invitation-accept": { "id": "routes/organiser/invitation-accept", "parentId": "routes/dashboard/layout", "path": "invitations/:token", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/invitation-accept-D4DX0nmn.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/admin/queue": { "id": "routes/admin/queue", "parentId": "routes/dashboard/layout", "path": "admin", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/queue-BJkhEQXj.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-pPvWHbgg.js", "/assets/page-parts-CwdT8j-q.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/admin/petition-review": { "id": "routes/admin/petition-review", "parentId": "routes/dashboard/layout", "path": "admin/petitions/:petitionId", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-review-CKDfQIEU.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-pPvWHbgg.js", "/assets/form-fields-zgTNUevO.js", "/assets/page-parts-CwdT8j-q.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/admin/explainers": { "id": "routes/admin/explainers", "parentId": "routes/dashboard/layout", "path": "admin/explainers", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/explainers-JJaWTah3.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/page-parts-CwdT8j-q.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/admin/explainer-edit": { "id": "routes/admin/explainer-edit", "parentId": "routes/dashboard/layout", "path": "admin/explainers/:explainerId", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/explainer-edit-UMQWdIq2.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/organiser-schemas-CQJ39nGF.js", "/assets/form-fields-zgTNUevO.js", "/assets/page-parts-CwdT8j-q.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js", "/assets/countries-Drh4jxG5.js", "/assets/schemas-CRq6wiUg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dashboard/petition-stats": { "id": "routes/dashboard/petition-stats", "parentId": "routes/dashboard/layout", "path": "dashboard/petitions/:petitionId/stats", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-stats-DUdWWWw4.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-pPvWHbgg.js", "/assets/signature-states-W4YWNadK.js", "/assets/format-CyhnXVi-.js", "/assets/petition-header-lvIcqXws.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dashboard/petition-signatures": { "id": "routes/dashboard/petition-signatures", "parentId": "routes/dashboard/layout", "path": "dashboard/petitions/:petitionId/signatures", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-signatures-C3Xp8BqF.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/signature-states-W4YWNadK.js", "/assets/format-CyhnXVi-.js", "/assets/petition-header-lvIcqXws.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js", "/assets/parse-Sbk7EIvx.js", "/assets/schemas-CRq6wiUg.js", "/assets/format-pPvWHbgg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dashboard/petition-signature": { "id": "routes/dashboard/petition-signature", "parentId": "routes/dashboard/layout", "path": "dashboard/petitions/:petitionId/signatures/:signatureId", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-signature-Bg_spOK8.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/signature-states-W4YWNadK.js", "/assets/format-CyhnXVi-.js", "/assets/petition-header-lvIcqXws.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/format-pPvWHbgg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dashboard/petition-review": { "id": "routes/dashboard/petition-review", "parentId": "routes/dashboard/layout", "path": "dashboard/petitions/:petitionId/review", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-review-CathZi32.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-pPvWHbgg.js", "/assets/format-CyhnXVi-.js", "/assets/bulk-review-form-BF-kKGzS.js", "/assets/petition-header-lvIcqXws.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/schemas-CRq6wiUg.js", "/assets/helpers-CX0GcLgQ.js", "/assets/parse-Sbk7EIvx.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dashboard/petition-review-bulk": { "id": "routes/dashboard/petition-review-bulk", "parentId": "routes/dashboard/layout", "path": "dashboard/petitions/:petitionId/review/bulk", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-review-bulk-B9epfWAo.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-pPvWHbgg.js", "/assets/format-CyhnXVi-.js", "/assets/bulk-review-form-BF-kKGzS.js", "/assets/petition-header-lvIcqXws.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/schemas-CRq6wiUg.js", "/assets/helpers-CX0GcLgQ.js", "/assets/parse-Sbk7EIvx.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dashboard/petition-export": { "id": "routes/dashboard/petition-export", "parentId": "routes/dashboard/layout", "path": "dashboard/petitions/:petitionId/export.csv", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": false, "hasErrorBoundary": false, "module": "/assets/petition-export-l0sNRNKZ.js", "imports": [], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dashboard/petition-delivery-pack": { "id": "routes/dashboard/petition-delivery-pack", "parentId": "routes/dashboard/layout", "path": "dashboard/petitions/:petitionId/delivery-pack", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-delivery-pack-BbjSout6.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-pPvWHbgg.js", "/assets/format-CyhnXVi-.js", "/assets/petition-header-lvIcqXws.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dashboard/org-audit": { "id": "routes/dashboard/org-audit", "parentId": "routes/dashboard/layout", "path": "dashboard/orgs/:orgSlug/audit", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/org-audit-Ch0ulXLB.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-CyhnXVi-.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/supporter-email/index": { "id": "routes/supporter-email/index", "parentId": "routes/dashboard/layout", "path": "dashboard/email", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/index-D4oZSiTz.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-pPvWHbgg.js", "/assets/parts-CRKYeRz8.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/supporter-email/message": { "id": "routes/supporter-email/message", "parentId": "routes/dashboard/layout", "path": "dashboard/email/messages/:id", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/message-Bv4CDyiM.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-pPvWHbgg.js", "/assets/parts-CRKYeRz8.js", "/assets/useTranslation-CBcoYHQg.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/supporter-email/compose": { "id": "routes/supporter-email/compose", "parentId": "routes/dashboard/layout", "path": "dashboard/email/messages/:id/edit", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/compose-B69tLb4G.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js", "/assets/context-EjRrqNw1.js", "/assets/page-title-z-uok8ez.js", "/assets/format-pPvWHbgg.js", "/assets/parts-CRKYeRz8.js", "/assets/useTranslation-CBcoYHQg.js", "/assets/helpers-CX0GcLgQ.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/supporter-email/preview": { "id": "routes/supporter-email/preview", "parentId": "routes/dashboard/layout", "path": "dashboard/email/messages/:id/preview", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": false, "hasErrorBoundary": false, "module": "/assets/preview-l0sNRNKZ.js", "imports": [], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/not-found": { "id": "routes/not-found", "parentId": "root", "path": "*", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/not-found-Dim_GkBu.js", "imports": ["/assets/chunk-OB3PAWPO-aKPpK_Tm.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 } }, "url": "/assets/manifest-3d4b1cb7.js", "version": "3d4b1cb7", "sri": void 0 };
const assetsBuildDirectory = "build-dash/client";
const basename = "/";
const future = { "unstable_optimizeDeps": false, "v8_passThroughRequests": false, "v8_trailingSlashAwareDataRequests": true, "unstable_previewServerPrerendering": false, "v8_middleware": false, "v8_splitRouteModules": true, "v8_viteEnvironmentApi": false };
const ssr = true;
const isSpaMode = false;
const prerender = [];
const routeDiscovery = { "mode": "lazy", "manifestPath": "/__manifest" };
const publicPath = "/";
const entry = { module: entryServer };
const routes = {
  "root": {
    id: "root",
    parentId: void 0,
    path: "",
    index: void 0,
    caseSensitive: void 0,
    module: route0
  },
  "routes/home": {
    id: "routes/home",
    parentId: "root",
    path: void 0,
    index: true,
    caseSensitive: void 0,
    module: route1
  },
  "routes/explainers-index": {
    id: "routes/explainers-index",
    parentId: "root",
    path: "explainers",
    index: void 0,
    caseSensitive: void 0,
    module: route2
  },
  "routes/explainer": {
    id: "routes/explainer",
    parentId: "root",
    path: "explainers/:slug",
    index: void 0,
    caseSensitive: void 0,
    module: route3
  },
  "routes/petition": {
    id: "routes/petition",
    parentId: "root",
    path: "petitions/:slug",
    index: void 0,
    caseSensitive: void 0,
    module: route4
  },
  "routes/petition-signed": {
    id: "routes/petition-signed",
    parentId: "root",
    path: "petitions/:slug/signed",
    index: void 0,
    caseSensitive: void 0,
    module: route5
  },
  "routes/petition-confirm": {
    id: "routes/petition-confirm",
    parentId: "root",
    path: "petitions/:slug/confirm/:token",
    index: void 0,
    caseSensitive: void 0,
    module: route6
  },
  "routes/petition-count": {
    id: "routes/petition-count",
    parentId: "root",
    path: "petitions/:slug/count.json",
    index: void 0,
    caseSensitive: void 0,
    module: route7
  },
  "routes/embed-petition": {
    id: "routes/embed-petition",
    parentId: "root",
    path: "embed/petitions/:slug",
    index: void 0,
    caseSensitive: void 0,
    module: route8
  },
  "routes/api-signatures": {
    id: "routes/api-signatures",
    parentId: "root",
    path: "api/v1/petitions/:slug/signatures",
    index: void 0,
    caseSensitive: void 0,
    module: route9
  },
  "routes/dev-outbox": {
    id: "routes/dev-outbox",
    parentId: "root",
    path: "dev/outbox",
    index: void 0,
    caseSensitive: void 0,
    module: route10
  },
  "routes/dev-outbox-message": {
    id: "routes/dev-outbox-message",
    parentId: "root",
    path: "dev/outbox/:id",
    index: void 0,
    caseSensitive: void 0,
    module: route11
  },
  "routes/dev-outbox-html": {
    id: "routes/dev-outbox-html",
    parentId: "root",
    path: "dev/outbox/:id/html",
    index: void 0,
    caseSensitive: void 0,
    module: route12
  },
  "routes/account/login": {
    id: "routes/account/login",
    parentId: "root",
    path: "login",
    index: void 0,
    caseSensitive: void 0,
    module: route13
  },
  "routes/account/login-two-factor": {
    id: "routes/account/login-two-factor",
    parentId: "root",
    path: "login/two-factor",
    index: void 0,
    caseSensitive: void 0,
    module: route14
  },
  "routes/account/logout": {
    id: "routes/account/logout",
    parentId: "root",
    path: "logout",
    index: void 0,
    caseSensitive: void 0,
    module: route15
  },
  "routes/account/signup": {
    id: "routes/account/signup",
    parentId: "root",
    path: "signup",
    index: void 0,
    caseSensitive: void 0,
    module: route16
  },
  "routes/account/signup-sent": {
    id: "routes/account/signup-sent",
    parentId: "root",
    path: "signup/check-email",
    index: void 0,
    caseSensitive: void 0,
    module: route17
  },
  "routes/account/verify-email": {
    id: "routes/account/verify-email",
    parentId: "root",
    path: "verify-email/:token",
    index: void 0,
    caseSensitive: void 0,
    module: route18
  },
  "routes/account/forgot-password": {
    id: "routes/account/forgot-password",
    parentId: "root",
    path: "forgot-password",
    index: void 0,
    caseSensitive: void 0,
    module: route19
  },
  "routes/account/reset-password": {
    id: "routes/account/reset-password",
    parentId: "root",
    path: "reset-password/:token",
    index: void 0,
    caseSensitive: void 0,
    module: route20
  },
  "routes/account/change-email-confirm": {
    id: "routes/account/change-email-confirm",
    parentId: "root",
    path: "change-email/:token",
    index: void 0,
    caseSensitive: void 0,
    module: route21
  },
  "routes/supporter-email/unsubscribe": {
    id: "routes/supporter-email/unsubscribe",
    parentId: "root",
    path: "unsubscribe/:token",
    index: void 0,
    caseSensitive: void 0,
    module: route22
  },
  "routes/supporter-email/preferences": {
    id: "routes/supporter-email/preferences",
    parentId: "root",
    path: "email-preferences/:token",
    index: void 0,
    caseSensitive: void 0,
    module: route23
  },
  "routes/supporter-email/webhook-resend": {
    id: "routes/supporter-email/webhook-resend",
    parentId: "root",
    path: "webhooks/resend",
    index: void 0,
    caseSensitive: void 0,
    module: route24
  },
  "routes/supporter-email/my-data": {
    id: "routes/supporter-email/my-data",
    parentId: "root",
    path: "my-data",
    index: void 0,
    caseSensitive: void 0,
    module: route25
  },
  "routes/supporter-email/my-data-manage": {
    id: "routes/supporter-email/my-data-manage",
    parentId: "root",
    path: "my-data/:token",
    index: void 0,
    caseSensitive: void 0,
    module: route26
  },
  "routes/supporter-email/my-data-download": {
    id: "routes/supporter-email/my-data-download",
    parentId: "root",
    path: "my-data/:token/download",
    index: void 0,
    caseSensitive: void 0,
    module: route27
  },
  "routes/dashboard/layout": {
    id: "routes/dashboard/layout",
    parentId: "root",
    path: void 0,
    index: void 0,
    caseSensitive: void 0,
    module: route28
  },
  "routes/dashboard/index": {
    id: "routes/dashboard/index",
    parentId: "routes/dashboard/layout",
    path: "dashboard",
    index: void 0,
    caseSensitive: void 0,
    module: route29
  },
  "routes/account/settings": {
    id: "routes/account/settings",
    parentId: "routes/dashboard/layout",
    path: "account",
    index: void 0,
    caseSensitive: void 0,
    module: route30
  },
  "routes/account/password": {
    id: "routes/account/password",
    parentId: "routes/dashboard/layout",
    path: "account/password",
    index: void 0,
    caseSensitive: void 0,
    module: route31
  },
  "routes/account/email": {
    id: "routes/account/email",
    parentId: "routes/dashboard/layout",
    path: "account/email",
    index: void 0,
    caseSensitive: void 0,
    module: route32
  },
  "routes/account/two-factor": {
    id: "routes/account/two-factor",
    parentId: "routes/dashboard/layout",
    path: "account/two-factor",
    index: void 0,
    caseSensitive: void 0,
    module: route33
  },
  "routes/organiser/org-new": {
    id: "routes/organiser/org-new",
    parentId: "routes/dashboard/layout",
    path: "dashboard/orgs/new",
    index: void 0,
    caseSensitive: void 0,
    module: route34
  },
  "routes/organiser/org-overview": {
    id: "routes/organiser/org-overview",
    parentId: "routes/dashboard/layout",
    path: "dashboard/orgs/:orgSlug",
    index: void 0,
    caseSensitive: void 0,
    module: route35
  },
  "routes/organiser/org-members": {
    id: "routes/organiser/org-members",
    parentId: "routes/dashboard/layout",
    path: "dashboard/orgs/:orgSlug/members",
    index: void 0,
    caseSensitive: void 0,
    module: route36
  },
  "routes/organiser/campaign-new": {
    id: "routes/organiser/campaign-new",
    parentId: "routes/dashboard/layout",
    path: "dashboard/orgs/:orgSlug/campaigns/new",
    index: void 0,
    caseSensitive: void 0,
    module: route37
  },
  "routes/organiser/campaign-edit": {
    id: "routes/organiser/campaign-edit",
    parentId: "routes/dashboard/layout",
    path: "dashboard/orgs/:orgSlug/campaigns/:campaignId",
    index: void 0,
    caseSensitive: void 0,
    module: route38
  },
  "routes/organiser/petition-new": {
    id: "routes/organiser/petition-new",
    parentId: "routes/dashboard/layout",
    path: "dashboard/orgs/:orgSlug/campaigns/:campaignId/petitions/new",
    index: void 0,
    caseSensitive: void 0,
    module: route39
  },
  "routes/organiser/petition-overview": {
    id: "routes/organiser/petition-overview",
    parentId: "routes/dashboard/layout",
    path: "dashboard/orgs/:orgSlug/petitions/:petitionId",
    index: void 0,
    caseSensitive: void 0,
    module: route40
  },
  "routes/organiser/petition-text": {
    id: "routes/organiser/petition-text",
    parentId: "routes/dashboard/layout",
    path: "dashboard/orgs/:orgSlug/petitions/:petitionId/text",
    index: void 0,
    caseSensitive: void 0,
    module: route41
  },
  "routes/organiser/petition-fields": {
    id: "routes/organiser/petition-fields",
    parentId: "routes/dashboard/layout",
    path: "dashboard/orgs/:orgSlug/petitions/:petitionId/fields",
    index: void 0,
    caseSensitive: void 0,
    module: route42
  },
  "routes/organiser/petition-settings": {
    id: "routes/organiser/petition-settings",
    parentId: "routes/dashboard/layout",
    path: "dashboard/orgs/:orgSlug/petitions/:petitionId/settings",
    index: void 0,
    caseSensitive: void 0,
    module: route43
  },
  "routes/organiser/petition-preview": {
    id: "routes/organiser/petition-preview",
    parentId: "routes/dashboard/layout",
    path: "dashboard/orgs/:orgSlug/petitions/:petitionId/preview",
    index: void 0,
    caseSensitive: void 0,
    module: route44
  },
  "routes/organiser/petition-revisions": {
    id: "routes/organiser/petition-revisions",
    parentId: "routes/dashboard/layout",
    path: "dashboard/orgs/:orgSlug/petitions/:petitionId/revisions",
    index: void 0,
    caseSensitive: void 0,
    module: route45
  },
  "routes/organiser/invitation-accept": {
    id: "routes/organiser/invitation-accept",
    parentId: "routes/dashboard/layout",
    path: "invitations/:token",
    index: void 0,
    caseSensitive: void 0,
    module: route46
  },
  "routes/admin/queue": {
    id: "routes/admin/queue",
    parentId: "routes/dashboard/layout",
    path: "admin",
    index: void 0,
    caseSensitive: void 0,
    module: route47
  },
  "routes/admin/petition-review": {
    id: "routes/admin/petition-review",
    parentId: "routes/dashboard/layout",
    path: "admin/petitions/:petitionId",
    index: void 0,
    caseSensitive: void 0,
    module: route48
  },
  "routes/admin/explainers": {
    id: "routes/admin/explainers",
    parentId: "routes/dashboard/layout",
    path: "admin/explainers",
    index: void 0,
    caseSensitive: void 0,
    module: route49
  },
  "routes/admin/explainer-edit": {
    id: "routes/admin/explainer-edit",
    parentId: "routes/dashboard/layout",
    path: "admin/explainers/:explainerId",
    index: void 0,
    caseSensitive: void 0,
    module: route50
  },
  "routes/dashboard/petition-stats": {
    id: "routes/dashboard/petition-stats",
    parentId: "routes/dashboard/layout",
    path: "dashboard/petitions/:petitionId/stats",
    index: void 0,
    caseSensitive: void 0,
    module: route51
  },
  "routes/dashboard/petition-signatures": {
    id: "routes/dashboard/petition-signatures",
    parentId: "routes/dashboard/layout",
    path: "dashboard/petitions/:petitionId/signatures",
    index: void 0,
    caseSensitive: void 0,
    module: route52
  },
  "routes/dashboard/petition-signature": {
    id: "routes/dashboard/petition-signature",
    parentId: "routes/dashboard/layout",
    path: "dashboard/petitions/:petitionId/signatures/:signatureId",
    index: void 0,
    caseSensitive: void 0,
    module: route53
  },
  "routes/dashboard/petition-review": {
    id: "routes/dashboard/petition-review",
    parentId: "routes/dashboard/layout",
    path: "dashboard/petitions/:petitionId/review",
    index: void 0,
    caseSensitive: void 0,
    module: route54
  },
  "routes/dashboard/petition-review-bulk": {
    id: "routes/dashboard/petition-review-bulk",
    parentId: "routes/dashboard/layout",
    path: "dashboard/petitions/:petitionId/review/bulk",
    index: void 0,
    caseSensitive: void 0,
    module: route55
  },
  "routes/dashboard/petition-export": {
    id: "routes/dashboard/petition-export",
    parentId: "routes/dashboard/layout",
    path: "dashboard/petitions/:petitionId/export.csv",
    index: void 0,
    caseSensitive: void 0,
    module: route56
  },
  "routes/dashboard/petition-delivery-pack": {
    id: "routes/dashboard/petition-delivery-pack",
    parentId: "routes/dashboard/layout",
    path: "dashboard/petitions/:petitionId/delivery-pack",
    index: void 0,
    caseSensitive: void 0,
    module: route57
  },
  "routes/dashboard/org-audit": {
    id: "routes/dashboard/org-audit",
    parentId: "routes/dashboard/layout",
    path: "dashboard/orgs/:orgSlug/audit",
    index: void 0,
    caseSensitive: void 0,
    module: route58
  },
  "routes/supporter-email/index": {
    id: "routes/supporter-email/index",
    parentId: "routes/dashboard/layout",
    path: "dashboard/email",
    index: void 0,
    caseSensitive: void 0,
    module: route59
  },
  "routes/supporter-email/message": {
    id: "routes/supporter-email/message",
    parentId: "routes/dashboard/layout",
    path: "dashboard/email/messages/:id",
    index: void 0,
    caseSensitive: void 0,
    module: route60
  },
  "routes/supporter-email/compose": {
    id: "routes/supporter-email/compose",
    parentId: "routes/dashboard/layout",
    path: "dashboard/email/messages/:id/edit",
    index: void 0,
    caseSensitive: void 0,
    module: route61
  },
  "routes/supporter-email/preview": {
    id: "routes/supporter-email/preview",
    parentId: "routes/dashboard/layout",
    path: "dashboard/email/messages/:id/preview",
    index: void 0,
    caseSensitive: void 0,
    module: route62
  },
  "routes/not-found": {
    id: "routes/not-found",
    parentId: "root",
    path: "*",
    index: void 0,
    caseSensitive: void 0,
    module: route63
  }
};
const allowedActionOrigins = false;
export {
  allowedActionOrigins,
  serverManifest as assets,
  assetsBuildDirectory,
  basename,
  entry,
  future,
  isSpaMode,
  prerender,
  publicPath,
  routeDiscovery,
  routes,
  ssr
};
