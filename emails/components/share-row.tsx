import { Link, Text } from "@react-email/components";

/** Plain share links (no tracking, no scripts), the same networks as the petition page. */
export function ShareRow({ url, title, emailLabel }: { url: string; title: string; emailLabel: string }) {
  const u = encodeURIComponent(url);
  const both = encodeURIComponent(`${title} ${url}`);
  const links = [
    { name: "WhatsApp", href: `https://wa.me/?text=${both}` },
    { name: "Telegram", href: `https://t.me/share/url?url=${u}&text=${encodeURIComponent(title)}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "X", href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(title)}` },
    { name: emailLabel, href: `mailto:?subject=${encodeURIComponent(title)}&body=${both}` },
  ];
  return (
    <Text>
      {links.map((link, i) => (
        <span key={link.name}>
          {i > 0 ? " · " : null}
          <Link href={link.href}>{link.name}</Link>
        </span>
      ))}
    </Text>
  );
}
