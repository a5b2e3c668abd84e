import{w as o}from"./chunk-OB3PAWPO-aKPpK_Tm.js";const r=o(function(){return null});export{r as default};
