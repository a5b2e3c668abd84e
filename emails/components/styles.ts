/** Inline styles shared by the templates (email clients ignore stylesheets). */
export const buttonStyle = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };
export const quoteStyle = { borderLeft: "4px solid #d3d9d4", paddingLeft: "12px", color: "#4f5753" };
