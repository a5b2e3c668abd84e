import{w as o}from"./chunk-OB3PAWPO-BcZi2K4P.js";const r=o(function(){return null});export{r as default};
