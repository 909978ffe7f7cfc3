/**
 * The d3 modules that handle gestures, in one chunk loaded after the first render (see
 * whenInteractive): d3-zoom and d3-brush, with d3-transition, are about 20 KB gzip, a third of
 * the explorer's budget, and nothing needs them before the user reaches the timeline.
 */
export { brushX, select, zoom, zoomIdentity, zoomTransform } from 'd3';
