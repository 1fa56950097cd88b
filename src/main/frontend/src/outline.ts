/**
 * Ukraine's border as [latitude, longitude] points, simplified by hand to about 90 points from
 * publicly known positions of its border crossings, tripoints, capes and coastal towns. It is
 * accurate to tens of kilometres: it gives the map its bearings, it is not a boundary to measure
 * against. Drawn here rather than loaded, because the page fetches nothing but the API's answers.
 * Crimea is drawn within it, as the international border runs; who holds and who claims a region is
 * the record's business (the region panel), not the outline's.
 */
export const UKRAINE: [number, number][] = [
  // Belarus
  [51.55, 23.62], [51.66, 24.0], [51.9, 25.2], [51.93, 26.2], [51.78, 27.0], [51.62, 27.8], [51.45, 28.6],
  [51.55, 29.3], [51.4, 30.0], [51.27, 30.56], [51.5, 30.63], [51.94, 30.8], [52.1, 31.3], [52.37, 31.78],
  // Russia
  [52.1, 32.3], [52.33, 33.2], [52.3, 33.6], [51.95, 34.1], [51.7, 34.25], [51.25, 34.25], [51.2, 35.2],
  [50.95, 35.45], [50.45, 35.6], [50.35, 36.2], [50.33, 36.95], [50.1, 37.6], [50.3, 38.1], [50.08, 38.5],
  [49.95, 39.2], [49.6, 40.13], [49.0, 40.05], [48.6, 39.85], [48.08, 39.84], [47.85, 39.0], [47.6, 38.45],
  [47.1, 38.22],
  // Sea of Azov
  [47.08, 37.55], [46.75, 36.8], [46.72, 36.35], [46.37, 35.38], [46.17, 34.82],
  // Crimea
  [45.35, 35.5], [45.45, 36.0], [45.36, 36.47], [45.3, 36.6], [45.0, 36.1], [45.03, 35.38], [44.85, 34.97],
  [44.67, 34.4], [44.5, 34.17], [44.39, 33.78], [44.6, 33.5], [44.9, 33.6], [45.19, 33.37], [45.35, 32.5],
  [45.75, 33.0], [46.15, 33.65],
  // Black Sea
  [46.12, 32.9], [46.3, 32.2], [46.52, 31.55], [46.62, 31.3], [46.48, 30.75], [46.2, 30.35], [45.7, 30.0],
  [45.45, 29.75], [45.4, 29.6], [45.2, 29.65],
  // The Danube, then Moldova
  [45.35, 28.84], [45.45, 28.28], [45.47, 28.2], [45.95, 28.6], [46.15, 29.0], [46.45, 29.5], [46.4, 30.1],
  [46.9, 29.95], [47.3, 29.6], [47.95, 29.2], [48.1, 28.6], [48.45, 27.9], [48.47, 27.0], [48.25, 26.63],
  // Romania, Hungary, Slovakia, Poland
  [47.98, 25.9], [47.9, 25.2], [47.73, 24.9], [47.95, 24.0], [47.95, 23.2], [47.95, 22.9], [48.1, 22.6],
  [48.39, 22.15], [49.08, 22.56], [49.5, 22.7], [49.8, 22.9], [50.3, 23.6], [50.8, 24.1], [51.2, 23.7],
];

/** The capital, for orientation. */
export const KYIV: [number, number] = [50.45, 30.52];
