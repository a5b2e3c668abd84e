const e=["pending","confirmed","flagged","invalidated"],a={accept:["flagged"],invalidate:["flagged","pending","confirmed"]};export{a as D,e as S};
