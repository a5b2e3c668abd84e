function a(t,e){return new Intl.NumberFormat(e).format(t)}function n(t,e){return new Intl.DateTimeFormat(e,{dateStyle:"long",timeZone:"UTC"}).format(new Date(t))}export{n as a,a as f};
