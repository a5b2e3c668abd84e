import { useTranslation } from "react-i18next";

/** Plain links to each network's share page: no third-party scripts, works without JavaScript. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const { t } = useTranslation();
  const text = t("confirm.shareText", { title });
  const u = encodeURIComponent(url);
  const both = encodeURIComponent(`${text} ${url}`);
  const links = [
    { name: "WhatsApp", href: `https://wa.me/?text=${both}` },
    { name: "Telegram", href: `https://t.me/share/url?url=${u}&text=${encodeURIComponent(text)}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "X", href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(text)}` },
    { name: "Email", href: `mailto:?subject=${encodeURIComponent(title)}&body=${both}` },
  ];
  return (
    <div className="share">
      <ul className="share-links">
        {links.map((link) => (
          <li key={link.name}>
            <a href={link.href} rel="noopener noreferrer" target="_blank">
              {link.name}
            </a>
          </li>
        ))}
      </ul>
      <label htmlFor="share-url">{t("confirm.copyLink")}</label>
      <input id="share-url" type="text" readOnly value={url} className="copy-field" />
    </div>
  );
}
