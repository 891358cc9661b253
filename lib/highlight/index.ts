export { planHighlights, HIGHLIGHT_CATEGORIES, type HighlightCategory, type HighlightPlan } from './plan';
export { locateHighlights, flattenText, MAX_RANGES, type Located } from './locate';
